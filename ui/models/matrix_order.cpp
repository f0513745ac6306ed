#include "ui/models/matrix_order.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace vm {

namespace {

// Cosine similarity of the rows, each with its diagonal replaced by the row's largest
// off-diagonal count. Without that, two entities only ever mentioned with each other would
// have rows (0, c) and (c, 0): orthogonal, although they are as close as entities get.
std::vector<double> row_similarity(const CountMatrix& m) {
    const std::size_t n = std::size_t(m.n);
    std::vector<double> rows(n * n), norms(n);
    for (std::size_t i = 0; i < n; ++i) {
        int strongest = 0;
        for (std::size_t j = 0; j < n; ++j)
            if (j != i) strongest = std::max(strongest, m.at(int(i), int(j)));
        double squares = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double value = j == i ? strongest : std::max(0, m.at(int(i), int(j)));
            rows[i * n + j] = value;
            squares += value * value;
        }
        norms[i] = std::sqrt(squares);
    }
    std::vector<double> similarity(n * n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (norms[i] == 0 || norms[j] == 0) continue;
            double dot = 0;
            for (std::size_t k = 0; k < n; ++k) dot += rows[i * n + k] * rows[j * n + k];
            similarity[i * n + j] = similarity[j * n + i] = dot / (norms[i] * norms[j]);
        }
    return similarity;
}

// Joins two leaf orders end to end, reversing either if that puts more similar leaves at the
// seam; the first best of the four orientations wins, which keeps the result deterministic.
std::vector<int> join_leaves(std::vector<int> left, std::vector<int> right,
                             const std::vector<double>& similarity, std::size_t n) {
    auto seam = [&](int a, int b) { return similarity[std::size_t(a) * n + std::size_t(b)]; };
    const double keep = seam(left.back(), right.front());
    const double flip_right = seam(left.back(), right.back());
    const double flip_left = seam(left.front(), right.front());
    const double flip_both = seam(left.front(), right.back());
    const double best = std::max({keep, flip_right, flip_left, flip_both});
    if (keep != best) {
        if (flip_right == best) {
            std::reverse(right.begin(), right.end());
        } else if (flip_left == best) {
            std::reverse(left.begin(), left.end());
        } else {
            std::reverse(left.begin(), left.end());
            std::reverse(right.begin(), right.end());
        }
    }
    left.insert(left.end(), right.begin(), right.end());
    return left;
}

}  // namespace

int CountMatrix::at(int i, int j) const { return counts[std::size_t(i) * std::size_t(n) + std::size_t(j)]; }

std::vector<int> order_by_frequency(const std::vector<int>& totals) {
    std::vector<int> order(totals.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = int(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return totals[std::size_t(a)] > totals[std::size_t(b)]; });
    return order;
}

std::vector<int> order_by_clustering(const CountMatrix& matrix) {
    const std::size_t n = std::size_t(std::max(matrix.n, 0));
    if (n == 0 || matrix.counts.size() < n * n) return {};
    const std::vector<double> similarity = row_similarity(matrix);

    // Cluster c lives in slot c (its lowest original row); merged-away slots go inactive.
    std::vector<std::vector<int>> leaves(n);
    std::vector<double> weight(n, 0.0);  // off-diagonal co-mentions, for ordering leftovers
    std::vector<bool> active(n, true);
    std::vector<double> linkage = similarity;  // average similarity between clusters
    for (std::size_t i = 0; i < n; ++i) {
        leaves[i] = {int(i)};
        for (std::size_t j = 0; j < n; ++j)
            if (j != i) weight[i] += std::max(0, matrix.at(int(i), int(j)));
    }

    for (std::size_t merges = 0; merges + 1 < n; ++merges) {
        double best = 0;
        std::size_t best_a = n, best_b = n;
        for (std::size_t a = 0; a < n; ++a) {
            if (!active[a]) continue;
            for (std::size_t b = a + 1; b < n; ++b)
                if (active[b] && linkage[a * n + b] > best) {
                    best = linkage[a * n + b];
                    best_a = a;
                    best_b = b;
                }
        }
        if (best_a == n) break;  // nothing similar left: the rest are separate groups

        const double size_a = double(leaves[best_a].size()), size_b = double(leaves[best_b].size());
        for (std::size_t c = 0; c < n; ++c) {
            if (!active[c] || c == best_a || c == best_b) continue;
            const double merged =
                (size_a * linkage[best_a * n + c] + size_b * linkage[best_b * n + c]) / (size_a + size_b);
            linkage[best_a * n + c] = linkage[c * n + best_a] = merged;
        }
        leaves[best_a] = join_leaves(std::move(leaves[best_a]), std::move(leaves[best_b]), similarity, n);
        weight[best_a] += weight[best_b];
        active[best_b] = false;
    }

    std::vector<std::size_t> groups;
    for (std::size_t c = 0; c < n; ++c)
        if (active[c]) groups.push_back(c);
    std::stable_sort(groups.begin(), groups.end(),
                     [&](std::size_t a, std::size_t b) { return weight[a] > weight[b]; });
    std::vector<int> order;
    order.reserve(n);
    for (std::size_t c : groups) order.insert(order.end(), leaves[c].begin(), leaves[c].end());
    return order;
}

}  // namespace vm
