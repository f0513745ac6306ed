// The embedded seeds as SourceFiles, for tests that need real articles
// without a file system (the same tests run natively and under node).
#pragma once
#include <string>
#include <vector>

#include "core/embedded.h"
#include "core/source.h"

inline std::vector<core::SourceFile> seed_source_files() {
    std::vector<core::SourceFile> files;
    for (const embedded::File& f : embedded::seeds()) files.push_back({std::string(f.name), std::string(f.bytes)});
    return files;
}

inline std::string seed_bytes(const std::string& name) {
    for (const embedded::File& f : embedded::seeds())
        if (f.name == name) return std::string(f.bytes);
    return {};
}
