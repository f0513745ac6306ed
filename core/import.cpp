#include "core/import.h"

#include "core/utf8.h"

namespace core {
namespace {

std::string_view base_name(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
    return path;
}

bool is_manifest(std::string_view name) { return base_name(name) == "manifest.json"; }

}  // namespace

std::string document_id(std::string_view file_name) {
    std::string id(base_name(file_name));
    const auto dot = id.find_last_of('.');
    if (dot != std::string::npos && dot > 0) id.erase(dot);
    return id;
}

ImportResult import_files(const std::vector<SourceFile>& files) {
    ImportResult result;
    for (const SourceFile& f : files) {
        if (!is_manifest(f.name)) continue;
        ManifestResult m = parse_manifest(f.bytes);
        if (!m.ok()) {
            result.messages.push_back({f.name, 0, "manifest not used: " + m.error});
            continue;
        }
        result.manifest = std::move(m.manifest);
    }
    for (const SourceFile& f : files) {
        if (is_manifest(f.name)) continue;
        if (f.bytes.empty()) {
            result.messages.push_back({f.name, 0, "empty file, skipped"});
            continue;
        }
        if (f.bytes.find('\0') != std::string::npos) {
            result.messages.push_back({f.name, 0, "binary file (contains NUL bytes), skipped"});
            continue;
        }
        ArticleInput a;
        a.file = f.name;
        a.id = document_id(f.name);
        Utf8Repair repaired = repair_utf8(f.bytes);
        a.text = std::move(repaired.text);
        a.invalid_utf8 = repaired.invalid_sequences;
        if (repaired.invalid_sequences)
            result.messages.push_back({f.name, 0,
                                       "not valid UTF-8: " + std::to_string(repaired.invalid_sequences) +
                                           " invalid sequence(s) replaced, first at byte " +
                                           std::to_string(repaired.first_invalid_offset)});
        if (const ManifestEntry* e = result.manifest.find(f.name)) {
            a.published = e->published;
            a.title = e->title;
            a.source = e->source;
        }
        result.articles.push_back(std::move(a));
    }
    return result;
}

}  // namespace core
