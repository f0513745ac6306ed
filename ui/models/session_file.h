// What the explorer keeps between visits, as bytes a platform stores without reading them:
// the articles as imported, and apart from them the curation steps with the lexicon additions
// (they change at every step; the articles only at an import).
//
//   std::string corpus = vm::session_corpus_bytes(app.data.imported);   // a header line, then JSONL
//   for (std::size_t next = 0; next < n;) store(vm::session_corpus_piece(app.data.imported, next, 4 << 20));
//   vm::SessionCorpus back = vm::read_session_corpus(corpus);           // back.error says what is wrong
//   std::string kept = vm::curation_file_json(curation_json, additions);
//   vm::CurationFile k = vm::read_curation_file(kept);                  // k.curation_json, k.lexicon_additions
//   vm::SessionLexicon lex = vm::lexicon_with(k.lexicon_additions);      // the built-in one extended, in order
//
// The articles go as core::append_articles_jsonl writes them, so ids, titles, dates (typed ones
// included) and texts come back byte for byte and the curation steps, which name events by
// document id and byte offset, find their events again.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/import.h"
#include "core/lexicon.h"

namespace vm {

std::string session_corpus_bytes(const core::ImportResult& imported);
// The same bytes a piece at a time, for a platform that stores a large corpus without holding
// all of it twice: from article `next` on, articles until about `text_bytes` of their text (the
// header line first when `next` is 0); `next` moves past them. The pieces in order are
// session_corpus_bytes; the last leaves `next` at the article count.
std::string session_corpus_piece(const core::ImportResult& imported, std::size_t& next, std::size_t text_bytes);

struct SessionCorpus {
    core::ImportResult imported;
    std::string error;  // "" when read
};
SessionCorpus read_session_corpus(const std::string& bytes);

// {"format": "corpus-explorer-curation/1", "curation": {...core curation...}, "lexicon": ["addition", ...]}
std::string curation_file_json(const std::string& curation_json, const std::vector<std::string>& lexicon_additions);

struct CurationFile {
    std::string curation_json;                  // core::curation_to_json's form; "" when none
    std::vector<std::string> lexicon_additions;  // each as the person gave it
    std::string error;
};
CurationFile read_curation_file(const std::string& json);

struct SessionLexicon {
    std::shared_ptr<const core::Lexicon> lexicon;  // null: no additions, the built-in lexicon
    std::string error;
};
SessionLexicon lexicon_with(const std::vector<std::string>& additions);

// The same articles (ids, texts, titles, dates, sources) in the same order: the example corpus
// as embedded needs nothing kept.
bool same_articles(const std::vector<core::ArticleInput>& a, const std::vector<core::ArticleInput>& b);

}  // namespace vm
