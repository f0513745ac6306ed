// Files in, articles out: the one reader behind the CLI, the desktop app and the web page.
//
//   core::ImportResult r = core::import_files({{"a.txt", bytes}, {"manifest.json", json}});
//   for (const core::ArticleInput& a : r.articles) ...;
//   for (const core::LoadMessage& m : r.messages) report(m.file, m.row, m.reason);
//
// A file named "manifest.json" gives metadata for the other files; every other
// file is one article. Bad input never throws: it is skipped or repaired and
// reported in `messages`, and the rest still loads.
#pragma once
#include <string>
#include <vector>

#include "core/manifest.h"
#include "core/source.h"

namespace core {

struct ImportResult {
    std::vector<ArticleInput> articles;
    std::vector<LoadMessage> messages;
    Manifest manifest;  // the manifest that was applied, if any
};

ImportResult import_files(const std::vector<SourceFile>& files);

std::string document_id(std::string_view file_name);  // "a/002_x.txt" -> "002_x"

}  // namespace core
