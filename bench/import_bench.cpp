// Times import_files over the files named on the command line (any mix of .txt, .csv,
// .json, .jsonl, manifest.json) and prints articles, messages and throughput.
//
//   g++ -std=c++17 -O2 -I. bench/import_bench.cpp core/import.cpp core/csv.cpp
//       core/date_formats.cpp core/manifest.cpp core/utf8.cpp -o /tmp/import_bench
//   /tmp/import_bench ../shared/corpora/bbc-news/{train,val,test}.csv
//
// The files are read before the clock starts: this measures parsing, not the disk.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/import.h"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FILE...\n", argv[0]);
        return 2;
    }
    std::vector<core::SourceFile> files;
    std::size_t bytes = 0;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 1;
        }
        std::ostringstream ss;
        ss << in.rdbuf();
        files.push_back({argv[i], ss.str()});
        bytes += files.back().bytes.size();
    }
    const int runs = 5;
    double best = 1e9;
    core::ImportResult result;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        result = core::import_files(files);
        const auto stop = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double>(stop - start).count());
    }
    const double mb = static_cast<double>(bytes) / (1024.0 * 1024.0);
    std::printf("%zu file(s), %.1f MB: %zu articles, %zu messages, best of %d: %.1f ms, %.0f MB/s\n", files.size(),
                mb, result.articles.size(), result.messages.size(), runs, best * 1000.0, mb / best);
    for (std::size_t i = 0; i < result.messages.size() && i < 10; ++i)
        std::printf("  %s:%zu: %s\n", result.messages[i].file.c_str(), result.messages[i].row,
                    result.messages[i].reason.c_str());
    return 0;
}
