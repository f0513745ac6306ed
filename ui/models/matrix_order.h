// Row and column orders for the entity x entity co-mention heatmap.
//
//   vm::CountMatrix m;  m.n = 3;  m.counts = {0, 5, 0,
//                                             5, 0, 1,
//                                             0, 1, 0};
//   std::vector<int> by_count = vm::order_by_frequency({5, 6, 1});  // {1, 0, 2}
//   std::vector<int> by_block = vm::order_by_clustering(m);         // co-mentioned rows adjacent
//   // row r of the drawn heatmap is entity by_block[r]; columns use the same order
//
// order_by_clustering is a seriation: entities mentioned together end up next to each other so
// groups show as blocks along the diagonal. It is average-linkage agglomerative clustering on
// the cosine similarity of rows; each merge joins the two clusters end to end in whichever
// orientation puts the most similar leaves side by side. Rows with no similarity left to anyone
// are appended as whole clusters, heaviest first. Ties go to the lower index, and the result is
// the same on every platform. Cost is O(n^3): fine for the few hundred entities a heatmap shows.
#pragma once
#include <vector>

namespace vm {

struct CountMatrix {
    int n = 0;
    std::vector<int> counts;  // n*n symmetric, row-major
    int at(int i, int j) const;
};

// Indices sorted by descending total, ties by ascending index.
std::vector<int> order_by_frequency(const std::vector<int>& totals);

std::vector<int> order_by_clustering(const CountMatrix& matrix);

}  // namespace vm
