#include "native/parallel_extract.h"

#include <atomic>
#include <thread>
#include <vector>

unsigned default_threads() {
    const unsigned n = std::thread::hardware_concurrency();
    return n ? n : 1;
}

void extract_in_parallel(core::CorpusBuilder& builder, unsigned threads) {
    const std::size_t total = builder.total();
    if (threads <= 1 || total < 2) {
        while (!builder.step(256)) {
        }
        return;
    }
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        core::ExtractScratch scratch;
        for (std::size_t i = next++; i < total; i = next++) builder.extract(i, scratch);
    };
    std::vector<std::thread> pool;
    const unsigned n = static_cast<unsigned>(std::min<std::size_t>(threads, total));
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (std::thread& t : pool) t.join();
    builder.mark_extracted(total);
}
