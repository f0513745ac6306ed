// Fuzz target: the URL hash a shared link carries. Checked: what a hash reads as, written
// and read again, is the same state (format after parse is a fixed point).
#include "tests/fuzz/fuzz_check.h"
#include "ui/models/share_hash.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    std::vector<std::string> unknown;
    const vm::ShareState s = vm::parse_share_hash(std::string_view(reinterpret_cast<const char*>(data), size), &unknown);
    const std::string once = vm::format_share_hash(s);
    std::vector<std::string> unknown_again;
    const std::string twice = vm::format_share_hash(vm::parse_share_hash(once, &unknown_again));
    FUZZ_CHECK(once == twice, "a written hash reads back as another state");
    FUZZ_CHECK(unknown_again.empty(), "a written hash holds keys its reader does not know");
    return 0;
}
