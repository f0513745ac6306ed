#include "ui/models/force_layout.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <utility>

namespace vm {

namespace {

// Fruchterman-Reingold forces (repulsion k^2/d, attraction d^2/k, balanced at d = k) scaled
// down so that with unit dt the explicit integration stays stable: the stiffest curvature a
// node sees stays far below what the damping absorbs. Six nodes settle in about 50 steps, 150
// clustered nodes in about 1,000 (0.04 ms each natively).
constexpr float kStrength = 0.05f;      // scales both forces
constexpr float kWeakestSpring = 0.2f;  // the lightest edge's pull, relative to the heaviest's
constexpr float kCentering = 0.01f;     // per pixel away from the centre
constexpr float kDamping = 0.6f;        // velocity kept from one step to the next

// A third of the side of each node's share of the box: room enough between neighbours, while
// the layout as a whole stays clear of the walls (at half, small graphs end pressed against them).
float ideal_edge_length(const ForceGraph& graph, float width, float height) {
    const float per_node_area = width * height / float(std::max<std::size_t>(graph.nodes.size(), 1));
    float largest_radius = 0;
    for (const ForceNode& node : graph.nodes) largest_radius = std::max(largest_radius, node.radius);
    return std::max(0.35f * std::sqrt(std::max(per_node_area, 0.f)), 4 * largest_radius);
}

// Keeps one coordinate within [radius, extent - radius], centring it when the box is too small.
void keep_inside(float& position, float& velocity, float radius, float extent) {
    if (extent <= 2 * radius) {
        position = extent / 2;
        velocity = 0;
    } else if (position < radius) {
        position = radius;
        velocity = 0;
    } else if (position > extent - radius) {
        position = extent - radius;
        velocity = 0;
    }
}

bool valid_edge(const ForceEdge& edge, std::size_t node_count) {
    return edge.a >= 0 && edge.b >= 0 && std::size_t(edge.a) < node_count && std::size_t(edge.b) < node_count &&
           edge.a != edge.b && edge.weight > 0;
}

// cos and sin of an angle in [0, 2 pi] by Taylor series: plain products and sums, so the
// seed is bit-identical on every platform (libm's cos and sin may differ by an ulp).
void cos_sin(double angle, double& cosine, double& sine) {
    const double pi = 3.14159265358979323846;
    const double x = angle - pi;  // |x| <= pi keeps the series short; cos(a) = -cos(a - pi)
    double term = 1, c = 0, s = 0;
    for (int k = 0; k < 40; ++k) {
        if (k % 4 == 0) c += term;
        if (k % 4 == 1) s += term;
        if (k % 4 == 2) c -= term;
        if (k % 4 == 3) s -= term;
        term *= x / double(k + 1);
    }
    cosine = -c;
    sine = -s;
}

// Nodes in depth-first order, strongest edges first, each component starting from its most
// connected node. Laid out around a circle in this order, a tightly knit group starts as one
// arc instead of interleaved with others, so the forces need not untangle it.
std::vector<std::size_t> depth_first_order(const ForceGraph& graph) {
    const std::size_t n = graph.nodes.size();
    std::vector<std::vector<std::pair<float, std::size_t>>> neighbours(n);
    std::vector<float> degree(n, 0.f);
    for (const ForceEdge& edge : graph.edges) {
        if (!valid_edge(edge, n)) continue;
        const std::size_t a = std::size_t(edge.a), b = std::size_t(edge.b);
        neighbours[a].push_back({edge.weight, b});
        neighbours[b].push_back({edge.weight, a});
        degree[a] += edge.weight;
        degree[b] += edge.weight;
    }
    for (auto& list : neighbours)
        std::sort(list.begin(), list.end(), [](const auto& x, const auto& y) {
            return x.first != y.first ? x.first > y.first : x.second < y.second;
        });
    std::vector<std::size_t> roots(n);
    for (std::size_t i = 0; i < n; ++i) roots[i] = i;
    std::stable_sort(roots.begin(), roots.end(), [&](std::size_t x, std::size_t y) { return degree[x] > degree[y]; });

    std::vector<std::size_t> order, stack;
    std::vector<bool> visited(n, false);
    for (std::size_t root : roots) {
        if (visited[root]) continue;
        stack.push_back(root);
        while (!stack.empty()) {
            const std::size_t node = stack.back();
            stack.pop_back();
            if (visited[node]) continue;
            visited[node] = true;
            order.push_back(node);
            // Pushed weakest first so the strongest neighbour is visited next.
            for (auto it = neighbours[node].rbegin(); it != neighbours[node].rend(); ++it)
                if (!visited[it->second]) stack.push_back(it->second);
        }
    }
    return order;
}

}  // namespace

void seed_positions(ForceGraph& graph, float width, float height) {
    const std::size_t n = graph.nodes.size();
    const std::vector<std::size_t> order = depth_first_order(graph);
    const double centre_x = width / 2.0, centre_y = height / 2.0;
    const double radius = n > 1 ? 0.4 * std::min(width, height) : 0.0;
    const double pi = 3.14159265358979323846;
    double step_cos, step_sin;
    cos_sin(2 * pi / double(std::max<std::size_t>(n, 1)), step_cos, step_sin);
    double direction_x = 1, direction_y = 0;
    for (std::size_t node_index : order) {
        ForceNode& node = graph.nodes[node_index];
        if (!node.pinned) {
            node.x = float(centre_x + radius * direction_x);
            node.y = float(centre_y + radius * direction_y);
            node.vx = node.vy = 0;
        }
        const double rotated_x = direction_x * step_cos - direction_y * step_sin;
        direction_y = direction_x * step_sin + direction_y * step_cos;
        direction_x = rotated_x;
    }
}

float force_step(ForceGraph& graph, float width, float height, float dt) {
    std::vector<ForceNode>& nodes = graph.nodes;
    const std::size_t n = nodes.size();
    if (n == 0 || !(width > 0) || !(height > 0) || !(dt > 0)) return 0;
    const float length = ideal_edge_length(graph, width, height);
    std::vector<float> force_x(n, 0.f), force_y(n, 0.f);

    const float repulsion = kStrength * length * length;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            float dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
            float distance_sq = dx * dx + dy * dy;
            if (distance_sq < 1e-4f) {
                // Coincident nodes have no direction to repel along; pick one from the indices.
                dx = (i + j) % 2 ? 0.01f : -0.01f;
                dy = 0.01f;
                distance_sq = dx * dx + dy * dy;
            }
            const float distance = std::sqrt(distance_sq);
            // Clamped at a tenth of the ideal length so near-coincident nodes do not explode.
            const float magnitude = repulsion / std::max(distance, 0.1f * length);
            const float fx = magnitude * dx / distance, fy = magnitude * dy / distance;
            force_x[i] += fx;
            force_y[i] += fy;
            force_x[j] -= fx;
            force_y[j] -= fy;
        }

    float heaviest = 0;
    for (const ForceEdge& edge : graph.edges) heaviest = std::max(heaviest, edge.weight);
    for (const ForceEdge& edge : graph.edges) {
        if (!valid_edge(edge, n)) continue;
        const std::size_t a = std::size_t(edge.a), b = std::size_t(edge.b);
        const float dx = nodes[b].x - nodes[a].x, dy = nodes[b].y - nodes[a].y;
        const float distance = std::sqrt(dx * dx + dy * dy);
        // Light edges keep a fifth of the pull so rare co-mentions still hold their pair together.
        const float pull = kWeakestSpring + (1 - kWeakestSpring) * edge.weight / heaviest;
        // The d^2 / k attraction, along the unit vector (dx, dy) / d.
        const float fx = kStrength * pull * distance * dx / length, fy = kStrength * pull * distance * dy / length;
        force_x[a] += fx;
        force_y[a] += fy;
        force_x[b] -= fx;
        force_y[b] -= fy;
    }

    const float centre_x = width / 2, centre_y = height / 2;
    const float fastest = 0.25f * length;  // per step, so one bad frame cannot fling a node away
    float largest_move = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ForceNode& node = nodes[i];
        if (node.pinned) {
            node.vx = node.vy = 0;
            continue;
        }
        const float fx = force_x[i] + kCentering * (centre_x - node.x);
        const float fy = force_y[i] + kCentering * (centre_y - node.y);
        node.vx = (node.vx + fx * dt) * kDamping;
        node.vy = (node.vy + fy * dt) * kDamping;
        const float speed = std::sqrt(node.vx * node.vx + node.vy * node.vy);
        if (speed * dt > fastest) {
            node.vx *= fastest / (speed * dt);
            node.vy *= fastest / (speed * dt);
        }
        const float old_x = node.x, old_y = node.y;
        node.x += node.vx * dt;
        node.y += node.vy * dt;
        keep_inside(node.x, node.vx, node.radius, width);
        keep_inside(node.y, node.vy, node.radius, height);
        const float moved_x = node.x - old_x, moved_y = node.y - old_y;
        largest_move = std::max(largest_move, std::sqrt(moved_x * moved_x + moved_y * moved_y));
    }
    return largest_move;
}

}  // namespace vm
