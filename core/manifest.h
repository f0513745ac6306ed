// The corpus manifest: metadata that the article texts themselves do not state.
//
//   core::ManifestResult m = core::parse_manifest(json_text);
//   if (!m.ok()) show(m.error);            // "line 3: expected ..." or "documents[1].file: missing"
//   if (auto* e = m.manifest.find("002_x.txt")) use(e->published);
//
// Format (seeds/manifest.json): {"title": "...", "about": "...",
//   "documents": [{"file": "a.txt", "published": "2022-11-17", "title": "...", "source": "...", "note": "..."}]}
#pragma once
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

namespace core {

struct ManifestEntry {
    std::string file;       // file name the entry describes, e.g. "002_31cc6ebf6603e5f0.txt"
    std::string published;  // ISO date ("2022-11-17", "2022-11" or "2022"), or empty
    std::string title;
    std::string source;
    std::string note;
};

struct Manifest {
    std::string title;
    std::string about;
    std::vector<ManifestEntry> documents;

    // Looks up by file name; a path's folders and a missing ".txt" are ignored. The first entry
    // for a name wins. An index is built on first use and again whenever `documents` has
    // changed size, so a corpus of many files costs one lookup per file, not a scan. (An entry
    // renamed in place is no longer found by its old name, but by its new one only once the
    // list changes size.)
    const ManifestEntry* find(std::string_view file) const;

    mutable std::unordered_map<std::string, uint32_t> find_index;  // find()'s: key -> position in documents
    mutable std::size_t find_indexed = 0;                            // documents.size() when it was built
};

struct ManifestResult {
    Manifest manifest;
    std::string error;  // empty when the manifest was read
    bool ok() const { return error.empty(); }
};

ManifestResult parse_manifest(std::string_view json_text);
std::string manifest_to_json(const Manifest& manifest);

// True for "YYYY", "YYYY-MM" and "YYYY-MM-DD" with a real month and day.
bool is_iso_date(std::string_view s);

}  // namespace core
