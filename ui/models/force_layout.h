// A small force-directed layout for the co-mention network, run a few steps per frame.
//
//   vm::ForceGraph g;
//   g.nodes.resize(entity_count);
//   g.edges.push_back({0, 1, 12.f});                 // weight: co-mention count
//   vm::seed_positions(g, width, height);            // once
//   // every frame while the layout is settling:
//   float moved = 0;
//   for (int i = 0; i < 5; ++i) moved = vm::force_step(g, width, height);
//   settling = moved > 0.05f;                        // then stop, so the page can go idle
//   // dragging a node: set pinned = true and move x, y; restart settling
//
// Each step applies Fruchterman-Reingold forces: every pair repels (k^2/d; O(n^2), fine for ~150
// nodes) and each edge attracts (d^2/k, stronger the heavier the edge relative to the heaviest),
// balancing at an ideal edge length k from the box area per node. A weak pull towards the centre
// keeps separate components on screen, and velocity is damped so the layout comes to rest
// instead of orbiting. Nodes stay inside the box (their radius from each side); pinned nodes
// push and pull others but never move.
// Only arithmetic and square roots are used, so the same graph settles identically everywhere.
#pragma once
#include <vector>

namespace vm {

struct ForceNode {
    float x = 0, y = 0, vx = 0, vy = 0, radius = 8;
    bool pinned = false;
};

struct ForceEdge {
    int a, b;  // node indices
    float weight;
};

struct ForceGraph {
    std::vector<ForceNode> nodes;
    std::vector<ForceEdge> edges;
};

// Places unpinned nodes around a circle in depth-first order of the edges (so a tightly knit
// group starts as one arc) and zeroes their velocity. A single node goes to the centre.
void seed_positions(ForceGraph& graph, float width, float height);

// One step of the simulation; returns the largest distance any node moved.
float force_step(ForceGraph& graph, float width, float height, float dt = 1.f);

}  // namespace vm
