// View models for the co-mention views: heatmap orders and the force-directed network.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "ui/models/force_layout.h"
#include "ui/models/matrix_order.h"

namespace {

struct Lcg {
    uint32_t state;
    uint32_t next() {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
    int below(int bound) { return int(next() % uint32_t(bound)); }
};

bool is_permutation_of_indices(const std::vector<int>& order, int n) {
    std::vector<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < n; ++i)
        if (sorted.size() != std::size_t(n) || sorted[std::size_t(i)] != i) return false;
    return true;
}

float distance(const vm::ForceNode& a, const vm::ForceNode& b) {
    return std::sqrt((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y));
}

// Two triangles {0,1,2} and {3,4,5} joined by the edge 2-3.
vm::ForceGraph two_triangles() {
    vm::ForceGraph g;
    g.nodes.resize(6);
    g.edges = {{0, 1, 5}, {1, 2, 5}, {0, 2, 5}, {3, 4, 5}, {4, 5, 5}, {3, 5, 5}, {2, 3, 1}};
    return g;
}

// Steps until the largest move falls under 0.05 px; returns the steps taken, or -1.
int settle(vm::ForceGraph& g, float width, float height, int max_steps) {
    for (int step = 1; step <= max_steps; ++step)
        if (vm::force_step(g, width, height) < 0.05f) return step;
    return -1;
}

}  // namespace

// [SECTION] matrix order

TEST_CASE("matrix order: by frequency, descending with ties by index", "[view-models]") {
    CHECK(vm::order_by_frequency({3, 9, 3, 0, 9}) == std::vector<int>{1, 4, 0, 2, 3});
    CHECK(vm::order_by_frequency({}).empty());
}

TEST_CASE("matrix order: clustering makes shuffled blocks contiguous", "[view-models]") {
    const int block_sizes[] = {4, 3, 5, 2};
    std::vector<int> block_of;
    for (int b = 0; b < 4; ++b) block_of.insert(block_of.end(), std::size_t(block_sizes[b]), b);
    const int n = int(block_of.size());

    Lcg random{2024};
    std::vector<int> shuffled(static_cast<std::size_t>(n));  // shuffled[i]: the block-ordered row placed at i
    for (int i = 0; i < n; ++i) shuffled[std::size_t(i)] = i;
    for (int i = n - 1; i > 0; --i) std::swap(shuffled[std::size_t(i)], shuffled[std::size_t(random.below(i + 1))]);

    vm::CountMatrix m;
    m.n = n;
    m.counts.assign(std::size_t(n * n), 0);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const int bi = block_of[std::size_t(shuffled[std::size_t(i)])];
            const int bj = block_of[std::size_t(shuffled[std::size_t(j)])];
            // Strong within a block, an occasional stray co-mention across blocks.
            const int count = bi == bj ? 8 + random.below(10) : (random.below(5) == 0 ? 1 : 0);
            m.counts[std::size_t(i * n + j)] = m.counts[std::size_t(j * n + i)] = count;
        }
    REQUIRE(m.at(2, 5) == m.at(5, 2));

    const std::vector<int> order = vm::order_by_clustering(m);
    REQUIRE(is_permutation_of_indices(order, n));
    // Contiguous: the block changes exactly (number of blocks - 1) times along the order.
    int changes = 0;
    for (std::size_t i = 1; i < order.size(); ++i)
        changes += block_of[std::size_t(shuffled[std::size_t(order[i])])] !=
                   block_of[std::size_t(shuffled[std::size_t(order[i - 1])])];
    CHECK(changes == 3);
    CHECK(vm::order_by_clustering(m) == order);  // deterministic
}

TEST_CASE("matrix order: a pair seen only together ends up adjacent, isolated rows last", "[view-models]") {
    // 0 and 3 co-occur only with each other; 1, 2 and 4 form a group; 5 is never co-mentioned.
    vm::CountMatrix m;
    m.n = 6;
    m.counts = {0, 0, 0, 4, 0, 0,
                0, 0, 9, 0, 7, 0,
                0, 9, 0, 0, 8, 0,
                4, 0, 0, 0, 0, 0,
                0, 7, 8, 0, 0, 0,
                0, 0, 0, 0, 0, 0};
    const std::vector<int> order = vm::order_by_clustering(m);
    REQUIRE(is_permutation_of_indices(order, 6));
    const auto position = [&](int row) { return std::find(order.begin(), order.end(), row) - order.begin(); };
    CHECK(std::abs(position(0) - position(3)) == 1);
    CHECK(position(5) == 5);
    CHECK(position(1) < 3);  // the heavier group first
    CHECK(vm::order_by_clustering(vm::CountMatrix{}).empty());
}

// [SECTION] force layout

TEST_CASE("force layout: seeding is deterministic, inside the box and spread out", "[view-models]") {
    vm::ForceGraph a = two_triangles(), b = two_triangles();
    vm::seed_positions(a, 800, 600);
    vm::seed_positions(b, 800, 600);
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        CHECK((a.nodes[i].x == b.nodes[i].x && a.nodes[i].y == b.nodes[i].y));
        CHECK((a.nodes[i].x > 0 && a.nodes[i].x < 800 && a.nodes[i].y > 0 && a.nodes[i].y < 600));
        for (std::size_t j = 0; j < i; ++j) CHECK(distance(a.nodes[i], a.nodes[j]) > 20.f);
    }
}

TEST_CASE("force layout: two joined triangles settle with triangles apart", "[view-models]") {
    vm::ForceGraph g = two_triangles();
    vm::seed_positions(g, 800, 600);
    const int steps = settle(g, 800, 600, 1500);
    INFO("steps " << steps);
    REQUIRE(steps > 0);
    for (const vm::ForceNode& node : g.nodes) {
        REQUIRE(std::isfinite(node.x));
        REQUIRE(std::isfinite(node.y));
        CHECK((node.x >= node.radius && node.x <= 800 - node.radius));
        CHECK((node.y >= node.radius && node.y <= 600 - node.radius));
    }
    float longest_in_triangle = 0, shortest_across = 1e9f;
    for (int i = 0; i < 6; ++i)
        for (int j = i + 1; j < 6; ++j) {
            const float d = distance(g.nodes[std::size_t(i)], g.nodes[std::size_t(j)]);
            if ((i < 3) == (j < 3)) longest_in_triangle = std::max(longest_in_triangle, d);
            else if (!(i == 2 && j == 3)) shortest_across = std::min(shortest_across, d);
        }
    CHECK(longest_in_triangle < shortest_across);
    CHECK(distance(g.nodes[2], g.nodes[3]) < shortest_across);
    // At rest it stays at rest: the view can stop stepping and let the page go idle.
    CHECK(vm::force_step(g, 800, 600) < 0.05f);
}

TEST_CASE("force layout: pinned nodes stay put and others still settle", "[view-models]") {
    vm::ForceGraph g = two_triangles();
    vm::seed_positions(g, 800, 600);
    g.nodes[0].pinned = true;
    g.nodes[0].x = 100;
    g.nodes[0].y = 120;
    REQUIRE(settle(g, 800, 600, 1500) > 0);
    CHECK(g.nodes[0].x == 100.f);
    CHECK(g.nodes[0].y == 120.f);
    CHECK(distance(g.nodes[0], g.nodes[1]) < distance(g.nodes[0], g.nodes[4]));
}

TEST_CASE("force layout: 150 nodes in 10 clusters settle inside the box", "[view-models]") {
    Lcg random{5};
    vm::ForceGraph g;
    g.nodes.resize(150);
    for (int i = 0; i < 150; ++i)
        for (int j = i + 1; j < 150; ++j) {
            const int roll = random.below(100);
            if (i / 15 == j / 15 ? roll < 40 : roll < 1) g.edges.push_back({i, j, float(1 + roll % 7)});
        }
    vm::seed_positions(g, 800, 600);
    REQUIRE(settle(g, 800, 600, 3000) > 0);
    double within = 0, across = 0;
    int within_pairs = 0, across_pairs = 0;
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        REQUIRE((std::isfinite(g.nodes[i].x) && std::isfinite(g.nodes[i].y)));
        CHECK((g.nodes[i].x >= 8 && g.nodes[i].x <= 792 && g.nodes[i].y >= 8 && g.nodes[i].y <= 592));
        for (std::size_t j = 0; j < i; ++j) {
            const bool same_cluster = i / 15 == j / 15;
            (same_cluster ? within : across) += distance(g.nodes[i], g.nodes[j]);
            ++(same_cluster ? within_pairs : across_pairs);
        }
    }
    CHECK(within / within_pairs < 0.6 * across / across_pairs);
}

TEST_CASE("force layout: coincident nodes separate without NaN; tiny and empty graphs", "[view-models]") {
    vm::ForceGraph g;
    g.nodes.resize(30);
    for (vm::ForceNode& node : g.nodes) node.x = node.y = 50;  // all on one spot, nothing seeded
    for (int i = 0; i + 1 < 30; ++i) g.edges.push_back({i, i + 1, float(1 + i % 4)});
    g.edges.push_back({0, 99, 1});  // out of range: ignored
    REQUIRE(settle(g, 400, 300, 3000) > 0);
    for (std::size_t i = 0; i < g.nodes.size(); ++i) {
        REQUIRE((std::isfinite(g.nodes[i].x) && std::isfinite(g.nodes[i].y)));
        for (std::size_t j = 0; j < i; ++j) CHECK(distance(g.nodes[i], g.nodes[j]) > 1.f);
    }

    vm::ForceGraph empty;
    CHECK(vm::force_step(empty, 800, 600) == 0.f);
    vm::ForceGraph single;
    single.nodes.resize(1);
    vm::seed_positions(single, 800, 600);
    REQUIRE(settle(single, 800, 600, 100) > 0);
    CHECK(single.nodes[0].x == Approx(400));
}
