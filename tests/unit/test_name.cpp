#include <catch2/catch.hpp>
#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "core/name.h"

TEST_CASE("names: equal text is one stored string, read as a string", "[name]") {
    const std::string text = "North Korea";
    const core::Name a = text, b = std::string_view("North Korea"), c = "South Korea";
    CHECK(a == b);
    CHECK(&a.str() == &b.str());  // interned: the same string, not a copy
    CHECK(a != c);
    CHECK(a == "North Korea");
    CHECK(a == text);
    CHECK(text == a);
    CHECK(a.size() == 11);
    const std::string& read = a;
    CHECK(read == "North Korea");
    CHECK(std::string("from ") + a == "from North Korea");
}

TEST_CASE("names: the empty name, and order by text", "[name]") {
    const core::Name none, empty = "";
    CHECK(none.empty());
    CHECK(none == empty);
    CHECK(none.str().empty());
    std::vector<core::Name> names = {"Japan", "China", "United States", "China"};
    std::sort(names.begin(), names.end());
    CHECK(names == std::vector<core::Name>{"China", "China", "Japan", "United States"});
    CHECK_FALSE(names[0] < names[1]);
}

#ifndef __EMSCRIPTEN__  // the page is one thread; the CLI and the desktop app extract in parallel
TEST_CASE("names: threads interning the same names get the same strings", "[name]") {
    std::vector<std::vector<core::Name>> seen(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < seen.size(); ++t)
        threads.emplace_back([&seen, t] {
            for (int i = 0; i < 2000; ++i) seen[t].push_back(core::Name("name " + std::to_string(i % 500)));
        });
    for (std::thread& t : threads) t.join();
    for (std::size_t t = 1; t < seen.size(); ++t)
        for (std::size_t i = 0; i < seen[0].size(); ++i) REQUIRE(&seen[t][i].str() == &seen[0][i].str());
    CHECK(seen[0][7].str() == "name 7");
}
#endif
