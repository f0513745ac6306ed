#include "ui/models/memory_budget.h"

#include <limits>

namespace vm {

std::uint64_t import_memory_need(std::uint64_t input_bytes) {
    return static_cast<std::uint64_t>(static_cast<double>(input_bytes) * kBytesPerInputByte) + kImportOverhead;
}

std::uint64_t memory_available(const MemoryUse& m) {
    if (m.limit == 0) return std::numeric_limits<std::uint64_t>::max();
    return m.limit > m.used ? m.limit - m.used : 0;
}

std::string import_too_big_message(std::uint64_t input_bytes, std::uint64_t need, std::uint64_t available) {
    auto mb = [](std::uint64_t bytes) { return std::to_string((bytes + 500000) / 1000000); };  // decimal, as the bench prints
    return "This corpus (" + mb(input_bytes) + " MB of text) needs about " + mb(need) +
           " MB of memory to build; the page can use " + mb(available) +
           " MB. Nothing was loaded and the corpus on screen is unchanged: load fewer files, "
           "or use the desktop app for a corpus this large.";
}

}  // namespace vm
