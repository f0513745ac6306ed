// Articles out as files that import_files reads back: JSONL and CSV.
//
//   std::string jsonl = core::articles_to_jsonl(result.articles);
//   // {"id":"bbc-1","file":"bbc.csv","title":"...","published":"2024-02-24","source":"","text":"..."}\n ...
//   core::ImportResult again = core::import_files({{"corpus.jsonl", jsonl}});  // same ids and fields
//
//   std::string csv = core::articles_to_csv(result.articles);  // header: id,file,title,published,source,text
//
// Both keep every character of the text (line breaks, quotes, control characters, any
// Unicode); the ids come back unchanged because both formats carry an id field that the
// importer honours. Texts are expected to be valid UTF-8, as import_files leaves them.
#pragma once
#include <string>
#include <vector>

#include "core/source.h"

namespace core {

// One JSON object a line, fields in the order id, file, title, published, source, text.
std::string articles_to_jsonl(const std::vector<ArticleInput>& articles);

// A header row and one row per article; no byte order mark; "\r\n" line ends when `crlf`
// (what spreadsheet programs on Windows expect), else "\n".
std::string articles_to_csv(const std::vector<ArticleInput>& articles, bool crlf = false);

}  // namespace core
