// Articles and what the corpus found in them, out as files: JSONL and CSV that
// import_files reads back, events and co-mentions for spreadsheets, a manifest.
//
//   std::string jsonl = core::articles_to_jsonl(result.articles);
//   // {"id":"bbc-1","file":"bbc.csv","title":"...","published":"2024-02-24","source":"","text":"..."}\n ...
//   core::ImportResult again = core::import_files({{"corpus.jsonl", jsonl}});  // same ids and fields
//
//   std::string csv = core::articles_to_csv(result.articles);  // header: id,file,title,published,source,text
//
//   std::string events = core::events_to_csv(corpus);      // one row per event, lists joined by "; "
//   std::string again = core::corpus_to_jsonl(corpus);      // import_files reads it back: same ids, titles, dates
//   std::string m = core::manifest_to_json(core::corpus_manifest(corpus));
//
// Both article formats keep every character of the text (line breaks, quotes, control characters, any
// Unicode); the ids come back unchanged because both formats carry an id field that the
// importer honours. Texts are expected to be valid UTF-8, as import_files leaves them.
#pragma once
#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/manifest.h"
#include "core/source.h"

namespace core {

// One JSON object a line, fields in the order id, file, title, published, source, text.
std::string articles_to_jsonl(const std::vector<ArticleInput>& articles);
// The same lines, appended to `out` (a corpus's worth of text is not copied once more to join it);
// or only those of articles [begin, end).
void append_articles_jsonl(std::string& out, const std::vector<ArticleInput>& articles);
void append_articles_jsonl(std::string& out, const std::vector<ArticleInput>& articles, std::size_t begin, std::size_t end);

// A header row and one row per article; no byte order mark; "\r\n" line ends when `crlf`
// (what spreadsheet programs on Windows expect), else "\n".
std::string articles_to_csv(const std::vector<ArticleInput>& articles, bool crlf = false);

// [SECTION] what the corpus found
// Events in corpus order. Columns: doc,type,date,date_text,date_basis,actors,weapons,places,
// count,name,sentence,begin,end; empty where the JSON has null; begin/end are byte offsets
// of the evidence sentence in the document's text.
std::string events_to_csv(const Corpus& corpus);
// The "events" array of corpus_to_json (shared/spec/EVENTS.md), on its own.
std::string events_to_json(const Corpus& corpus);
// One row per entity pair: a,b,sentences,paragraphs,documents (how many of each name both).
std::string comentions_to_csv(const Corpus& corpus);
// One JSON object a line: id, file, title, published (null when unknown), published_basis,
// source (when known), text. Read back by import_files as .jsonl with the same ids, titles
// and publication dates (a date found in the text, or inferred, comes back as metadata).
std::string corpus_to_jsonl(const Corpus& corpus);
// The corpus title and an entry per document with a known date or title, for
// manifest_to_json. A .txt document is named by its file name; a row of a table by its id.
Manifest corpus_manifest(const Corpus& corpus);

}  // namespace core
