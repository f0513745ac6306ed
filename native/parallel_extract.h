// Extracting a corpus's articles on every core: each thread takes the next article and
// extracts it on its own scratch buffers; the corpus-wide passes then run once. The result is
// the same, byte for byte, as a single-threaded build (each article's result goes to its own
// slot, and finish() reads them in order).
//
//   core::CorpusBuilder builder(core::import_files(files), lexicon);
//   extract_in_parallel(builder, default_threads());
//   core::Corpus corpus = builder.finish();
//
// for_each_in_parallel shares any such list of independent items out the same way (the files
// read_input_paths reads).
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

#include "core/corpus.h"
#include "core/parallel_for.h"

unsigned default_threads();  // the machine's cores (1 if unknown)
void extract_in_parallel(core::CorpusBuilder& builder, unsigned threads);
// The core's way to share out work (core/parallel_for.h) on `threads` threads; for one, none.
core::ParallelFor parallel_for(unsigned threads);

// Calls each(i) once for every i below count, on up to `threads` threads (the caller's among
// them), each taking the next index as it is free. Every thread runs its own copy of `each`, so
// state a thread keeps to itself (scratch buffers) lives in the lambda, captured by value.
template <class Each>
void for_each_in_parallel(std::size_t count, unsigned threads, Each each) {
    std::atomic<std::size_t> next{0};
    auto work = [&next, count](Each mine) {
        for (std::size_t i = next++; i < count; i = next++) mine(i);
    };
    std::vector<std::thread> pool;
    const std::size_t n = std::min<std::size_t>(std::max(threads, 1u), count);
    for (std::size_t t = 1; t < n; ++t) pool.emplace_back(work, each);
    work(each);
    for (std::thread& t : pool) t.join();
}
