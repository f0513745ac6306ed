// The import's memory check: the need grows with the text, the room is the ceiling less what
// is in use, and the refusal says both in MB.
#include <catch2/catch.hpp>

#include "ui/models/memory_budget.h"

TEST_CASE("an import's memory need grows with its text, over a fixed overhead", "[memory]") {
    CHECK(vm::import_memory_need(0) == vm::kImportOverhead);
    const std::uint64_t mb100 = vm::import_memory_need(100000000);
    CHECK(mb100 == static_cast<std::uint64_t>(100000000 * vm::kBytesPerInputByte) + vm::kImportOverhead);
    CHECK(vm::import_memory_need(1000000000) > 4ull * 1024 * 1024 * 1024);  // 1 GB of text does not fit in wasm32
}

TEST_CASE("the room is the ceiling less what is used; no ceiling, no limit", "[memory]") {
    CHECK(vm::memory_available({100, 150, 1000}) == 900);
    CHECK(vm::memory_available({1200, 1200, 1000}) == 0);
    CHECK(vm::memory_available({100, 150, 0}) > (1ull << 62));
}

TEST_CASE("the refusal names the text, the need and the room in MB", "[memory]") {
    const std::string m = vm::import_too_big_message(1024000000, 12300000000ull, 3900400000ull);
    CHECK(m.find("(1024 MB of text) needs about 12300 MB of memory to build; the page can use 3900 MB") != std::string::npos);
    CHECK(m.find("the corpus on screen is unchanged") != std::string::npos);
}
