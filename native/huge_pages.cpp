#include "native/huge_pages.h"

#include <cstdio>
#include <cstdlib>  // defines __GLIBC__ where the C library is glibc
#include <cstring>
#include <string>

#if defined(__linux__)
#include <unistd.h>
#endif

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HUGE_PAGES_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define HUGE_PAGES_UNDER_ASAN 1
#endif

namespace {

#if defined(__linux__) && defined(__GLIBC__)
// "always [madvise] never": the mode in brackets is the one in force.
bool kernel_wants_madvise() {
    std::FILE* f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!f) return false;
    char line[128] = {};
    const bool read = std::fgets(line, sizeof line, f) != nullptr;
    std::fclose(f);
    return read && std::strstr(line, "[madvise]") != nullptr;
}
#endif

}  // namespace

void restart_with_huge_pages(char** argv) {
#if defined(__linux__) && defined(__GLIBC__) && !defined(HUGE_PAGES_UNDER_ASAN)
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb")) return;
    if (!kernel_wants_madvise()) return;
    const std::string before = tunables ? tunables : "";
    const std::string with = before.empty() ? "glibc.malloc.hugetlb=1" : before + ":glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", with.c_str(), 1) != 0) return;
    execv("/proc/self/exe", argv);
    // Still here: the new start failed. Go on with small pages and the environment as it was.
    if (tunables) setenv("GLIBC_TUNABLES", before.c_str(), 1);
    else unsetenv("GLIBC_TUNABLES");
#else
    (void)argv;
#endif
}
