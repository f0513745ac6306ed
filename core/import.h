// Files in, articles out: the one reader behind the CLI, the desktop app and the web page.
//
//   core::ImportResult r = core::import_files({{"a.txt", bytes}, {"manifest.json", json}});
//   for (const core::ArticleInput& a : r.articles) ...;
//   for (const core::LoadMessage& m : r.messages) report(m.file, m.row, m.reason);
//
//   core::ImportLimits small;                 // tighter limits, e.g. for a browser tab
//   small.max_articles = 10000;
//   r = core::import_files(files, small);
//
// The format follows the file extension (any case):
//   .txt    one article per file; id = the file name without folders and extension
//   .csv    a header row and one article per row; the text column is the first of
//           text, body, content, article; optional title/headline, date/published,
//           source/url and id columns; id = "<file stem>-<row>" unless an id column says
//   .json   an array of article objects; or {"articles": [...]} / {"documents": [...]}
//           of article objects; or one article object; or, when its "documents" carry no
//           text, a manifest (metadata for the .txt files, as manifest.json)
//   .jsonl  one article object per line; blank lines skipped; id = "<file stem>-<line>"
//   manifest.json  metadata (published, title, source) for the .txt files beside it
// Dates that are not ISO are read if they are in a common format (see date_formats.h).
// Ids are made unique by suffixing "-2", "-3", ... in load order.
//
// Bad input never throws: it is skipped, repaired or truncated and reported in
// `messages` (file, 1-based row for tables and JSON arrays or line for JSONL, 0 for
// the whole file), and the rest still loads.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/manifest.h"
#include "core/source.h"

namespace core {

struct ImportLimits {
    // Longer articles are truncated (at a UTF-8 character boundary) and reported: a
    // 50 MB "article" is nearly always a mistake, but its beginning is still worth reading.
    std::size_t max_article_bytes = std::size_t{8} << 20;
    std::size_t max_file_bytes = std::size_t{256} << 20;  // larger files are skipped
    std::size_t max_articles = 200000;                    // loading stops at this many
};

struct ImportResult {
    std::vector<ArticleInput> articles;
    std::vector<LoadMessage> messages;
    Manifest manifest;  // the manifest(s) that were applied, merged; empty if none
};

ImportResult import_files(const std::vector<SourceFile>& files);
ImportResult import_files(const std::vector<SourceFile>& files, const ImportLimits& limits);
// The same, taking the files' buffers for the articles where it can instead of copying them.
ImportResult import_files(std::vector<SourceFile>&& files, const ImportLimits& limits = ImportLimits{});

std::string document_id(std::string_view file_name);  // "a/002_x.txt" -> "002_x"; " b .txt" -> "b"

// Which reader a file name selects.
enum class FileFormat { text, csv, json, jsonl, manifest, unsupported };
FileFormat file_format(std::string_view file_name);

}  // namespace core
