// What the fuzz targets share: a check that stops the run with a message (libFuzzer then
// keeps the input as a finding), and the split of one input into named files.
//
//   FUZZ_CHECK(back.size() == n, "the JSONL did not read back");
//   for (const core::SourceFile& f : fuzz::split_files(data, size, "input.txt")) ...
//
// An input holds one or more files, each opening with a line "=== NAME" (the name picks
// the reader: a.txt, b.csv, c.json, d.jsonl, manifest.json); bytes before the first such
// line, or an input without one, are a file called `default_name`.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/import.h"
#include "core/source.h"

#define FUZZ_CHECK(condition, what)                                                           \
    do {                                                                                      \
        if (!(condition)) {                                                                   \
            std::fprintf(stderr, "fuzz check failed at %s:%d: %s\n", __FILE__, __LINE__, what); \
            std::abort();                                                                     \
        }                                                                                     \
    } while (0)

namespace fuzz {

// Two short articles, one dated by hand: the corpus the curation and gold targets apply their
// inputs to (small, since every input is applied to it).
inline core::ImportResult two_articles() {
    core::ImportResult r = core::import_files(
        {{"brief.txt",
          "North Korea fired two ballistic missiles into the sea on Thursday, South Korea's military said.\n"
          "Japan protested.\n"},
         {"drill.txt", "The United States and South Korea began a joint air drill on Friday, March 15, 2024.\n"}});
    r.articles[0].published = "2024-03-15";
    return r;
}

inline std::vector<core::SourceFile> split_files(const uint8_t* data, std::size_t size, const char* default_name) {
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    const std::string_view marker = "=== ";
    std::vector<core::SourceFile> files;
    std::size_t pos = 0;
    if (in.compare(0, marker.size(), marker) != 0) {
        std::size_t next = in.find("\n=== ");
        next = next == std::string_view::npos ? in.size() : next + 1;
        files.push_back({default_name, std::string(in.substr(0, next))});
        pos = next;
    }
    while (pos < in.size()) {
        // At "=== NAME\n": the name runs to the line end, the file to the next marker line.
        const std::size_t name_end = std::min(in.find('\n', pos), in.size());
        const std::string name(in.substr(pos + marker.size(), name_end - std::min(name_end, pos + marker.size())));
        const std::size_t body = std::min(name_end + 1, in.size());
        std::size_t next = in.find("\n=== ", body == 0 ? 0 : body - 1);
        next = next == std::string_view::npos ? in.size() : next + 1;
        if (next < body) next = in.size();
        files.push_back({name, std::string(in.substr(body, next - body))});
        pos = next;
    }
    return files;
}

}  // namespace fuzz
