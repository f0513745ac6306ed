// The heap on transparent huge pages (2 MB instead of 4 KB), where the kernel gives them only
// to memory that asks for them (/sys/kernel/mm/transparent_hugepage/enabled is "madvise").
// An extraction writes hundreds of megabytes of fresh heap: with small pages, faulting them in
// one at a time and missing the TLB on them was a third of a run. glibc's malloc asks for huge
// pages when its tunable glibc.malloc.hugetlb=1 is set, and reads tunables only from the
// environment at start-up, so the program starts itself once more with it set.
//
//   int main(int argc, char** argv) {
//       restart_with_huge_pages(argv);  // first, before any thread or input
//
// Does nothing where the kernel gives huge pages anyway ("always") or never, outside Linux and
// glibc, under AddressSanitizer (its own allocator), when GLIBC_TUNABLES already names the
// tunable (the user's choice, or this program's second start), or when the new start fails.
#pragma once

void restart_with_huge_pages(char** argv);
