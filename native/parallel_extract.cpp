#include "native/parallel_extract.h"

#include <thread>

unsigned default_threads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

core::ParallelFor parallel_for(unsigned threads) {
    if (threads <= 1) return {};
    return [threads](std::size_t count, const core::ForEach& each) {
        for_each_in_parallel(count, threads, [&each](std::size_t i) { each(i); });
    };
}

void extract_in_parallel(core::CorpusBuilder& builder, unsigned threads) {
    const std::size_t total = builder.total();
    if (threads <= 1 || total < 2) {
        while (!builder.step(256)) {
        }
        return;
    }
    for_each_in_parallel(total, threads, [&builder, scratch = core::ExtractScratch()](std::size_t i) mutable {
        builder.extract(i, scratch);
    });
    builder.mark_extracted(total);
}
