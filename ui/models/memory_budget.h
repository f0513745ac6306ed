// Will an import fit in memory? The page (32-bit WebAssembly) can grow to 4 GB at most, and
// building a corpus takes several times its text: the import estimates the need from the byte
// count before any byte crosses into the program, and refuses with a message rather than run
// out of memory half-way with the corpus on screen lost.
//
//   vm::MemoryUse m{used, peak, limit};                      // from the platform
//   std::uint64_t need = vm::import_memory_need(input_bytes);
//   if (need > vm::memory_available(m)) report(vm::import_too_big_message(input_bytes, need, vm::memory_available(m)));
//
// The factor is measured: `./dev bench` prints the page's memory per input byte (row
// "page: memory per input byte"); keep kBytesPerInputByte above it.
#pragma once
#include <cstdint>
#include <string>

namespace vm {

struct MemoryUse {
    std::uint64_t used = 0;   // bytes allocated now
    std::uint64_t peak = 0;   // the most the program ever held from the system
    std::uint64_t limit = 0;  // the most it can hold (0: no known limit)
};

// Memory per byte of input while a corpus is built: the text is held by the import, the
// pending files and the documents, plus sentences, mentions, events, co-mentions and the
// word index. The old corpus stays on screen until the new one is done, so its memory is
// part of `used`, not of this.
constexpr double kBytesPerInputByte = 12.0;
constexpr std::uint64_t kImportOverhead = 16u << 20;  // lexicon, index tables, a frame's worth of slack

std::uint64_t import_memory_need(std::uint64_t input_bytes);
std::uint64_t memory_available(const MemoryUse& m);  // limit - used; huge when there is no limit
// "This corpus (1024 MB of text) needs about 12300 MB of memory to build; the page can use 3900 MB. ..."
std::string import_too_big_message(std::uint64_t input_bytes, std::uint64_t need, std::uint64_t available);

}  // namespace vm
