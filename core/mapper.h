// Extraction as a map step: one article in, one line out with everything the corpus-wide
// passes need, so a corpus can be extracted on many machines and put together once.
//
//   const std::string lexicon_id = core::lexicon_fingerprint(lex);
//   core::ArticleInput art;  std::vector<std::string> notes;
//   if (core::article_from_jsonl_line(line, line_number, art, notes))
//       core::map_article(art, lex, lexicon_id, scratch, out);      // out: one JSON line, no newline
//
//   core::MappedDocument m;  std::string error;                      // in the reduce:
//   if (core::read_mapped_line(out, lex, lexicon_id, m, error))
//       builder.add_extracted(std::move(m.document), std::move(m.analysis));
//
// A mapper line holds the document's metadata, paragraph and sentence spans, the excerpts
// events can quote (every sentence with an event mention, every time an event is dated by),
// and the analysis the corpus-wide passes read (times, entity mentions, found names, event
// mentions); never the full text. Events are merged again from the mentions when the line is
// read, as the extraction itself does, so the reduce gives the corpus a single process gives.
// The line names the lexicon it was made with; reading it with another one is an error
// (entity ids are the lexicon's). A line that is not a mapper line, or whose indexes point
// outside its own lists, is rejected with a reason: the reduce never trusts its input.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"
#include "core/corpus.h"

namespace core {

constexpr int kMapperVersion = 1;

// Identifies a lexicon's content (builtin or extended): a hash of its JSON form.
std::string lexicon_fingerprint(const Lexicon& lex);

// One line of a JSONL input as the importer reads a .jsonl file: its id field, else
// "stdin-<line_number>". False (with the reason in `notes`) when the line gives no article;
// true with `notes` holding what was repaired (a truncated text, a date not understood).
bool article_from_jsonl_line(std::string_view line, std::size_t line_number, ArticleInput& art,
                             std::vector<std::string>& notes);

// Extracts `art` (consumed) and writes its mapper line to `out` (replacing its content).
void map_article(ArticleInput& art, const Lexicon& lex, const std::string& lexicon_id, ExtractScratch& scratch,
                 std::string& out);

struct MappedDocument {
    Document document;  // no text: excerpts only
    Analysis analysis;
};

bool read_mapped_line(std::string_view line, const Lexicon& lex, const std::string& lexicon_id, MappedDocument& out,
                      std::string& error);

}  // namespace core
