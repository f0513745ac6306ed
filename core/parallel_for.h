// Work the core can share out among threads without knowing of any.
//
//   core::ParallelFor run = [](std::size_t count, const core::ForEach& each) { ... };
//   core::write_corpus_json(corpus, sink, run);   // the events and co-mentions, blocks side by side
//
// run(count, each) must call each(i) once for every i below count, in any order, on any
// threads, and return when all calls have. The core's results do not depend on how it does:
// each call writes only its own item. An empty ParallelFor runs the calls in order (the page).
// (Finishing a build's documents side by side was tried too: the corpus's memory, allocated
// on one thread's heap and freed on another's, cost more than the threads gained.)
#pragma once
#include <cstddef>
#include <functional>

namespace core {

using ForEach = std::function<void(std::size_t)>;
using ParallelFor = std::function<void(std::size_t count, const ForEach& each)>;

inline void for_each_item(const ParallelFor& run, std::size_t count, const ForEach& each) {
    if (run) {
        run(count, each);
        return;
    }
    for (std::size_t i = 0; i < count; ++i) each(i);
}

}  // namespace core
