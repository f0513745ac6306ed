// The short id lists of event mentions and merged events: in place up to IdList::kInline ids,
// on the heap past them, and the same list either way through copies, moves and erasures.
#include <catch2/catch.hpp>

#include <algorithm>
#include <utility>
#include <vector>

#include "core/id_list.h"

namespace {

std::vector<uint32_t> ids_of(const core::IdList& l) { return l.to_vector(); }

core::IdList counting_up(uint32_t n) {
    core::IdList l;
    for (uint32_t i = 0; i < n; ++i) l.push_back(i * 10);
    return l;
}

}  // namespace

TEST_CASE("an id list keeps its ids in order across the move from its own space to the heap", "[id_list]") {
    const core::IdList empty;
    CHECK(empty.empty());
    CHECK(empty.begin() == empty.end());
    for (uint32_t n : {1u, core::IdList::kInline, core::IdList::kInline + 1, 37u}) {
        const core::IdList l = counting_up(n);
        REQUIRE(l.size() == n);
        CHECK(l.front() == 0);
        CHECK(l[n - 1] == (n - 1) * 10);
        for (uint32_t i = 0; i < n; ++i) CHECK(l[i] == i * 10);
    }
    core::IdList added;
    for (uint32_t id : {3u, 1u, 3u, 2u, 1u}) added.add_unique(id);
    CHECK(added == core::IdList{3, 1, 2});
    CHECK(added.contains(2));
    CHECK_FALSE(added.contains(4));
    CHECK_FALSE(core::IdList{3, 1, 2} == core::IdList{3, 1});
}

TEST_CASE("an id list copied or moved is the same list, and the one moved from is empty", "[id_list]") {
    for (uint32_t n : {2u, 9u}) {  // in place, on the heap
        core::IdList a = counting_up(n);
        core::IdList copy = a;
        CHECK(copy == a);
        copy.push_back(99);  // the copy has its own ids
        CHECK(a.size() == n);

        core::IdList moved = std::move(a);
        CHECK(ids_of(moved) == ids_of(counting_up(n)));
        CHECK(a.empty());  // NOLINT: a list moved from is empty and usable
        a.push_back(5);
        CHECK(ids_of(a) == std::vector<uint32_t>{5});

        core::IdList target = counting_up(20);  // on the heap: freed by the assignments
        target = moved;
        CHECK(target == moved);
        target = std::move(copy);
        CHECK(target.size() == n + 1);
        CHECK(target[n] == 99);
        const core::IdList& same = target;
        target = same;  // to itself
        CHECK(target.size() == n + 1);
    }
}

TEST_CASE("an id list takes std::sort and std::remove with erase", "[id_list]") {
    core::IdList l{7, 3, 9, 3, 1, 3};
    std::sort(l.begin(), l.end());
    CHECK(ids_of(l) == std::vector<uint32_t>{1, 3, 3, 3, 7, 9});
    l.erase(std::remove(l.begin(), l.end(), 3u), l.end());
    CHECK(ids_of(l) == std::vector<uint32_t>{1, 7, 9});
    l.erase(l.begin(), l.begin() + 1);
    CHECK(ids_of(l) == std::vector<uint32_t>{7, 9});
    l.clear();
    CHECK(l.empty());
    l.push_back(4);
    CHECK(ids_of(l) == std::vector<uint32_t>{4});
}
