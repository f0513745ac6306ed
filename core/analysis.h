// What the per-document stages found, kept until the corpus-wide passes (internal to the
// corpus builder: core/corpus.cpp and core/corpus_dating.cpp).
//
//   Analysis a;                    // filled by the builder's per-document step
//   date_events(a, pub, lex);      // (re)dates the mentions and merges them into events
//   date_from_corpus(docs, analyses, lex);  // dates undated documents from the others
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/corpus.h"
#include "core/events.h"
#include "core/names.h"
#include "core/normalize.h"
#include "core/sentences.h"
#include "core/times.h"

namespace core {

// Offsets are the original text's (the folded copy is gone once a document is extracted).
struct Analysis {
    std::vector<TimeSpan> times;       // begin/end: original offsets
    std::vector<MentionSpan> spans;    // entity mentions; begin/end: original offsets
    std::vector<uint32_t> span_sentence;       // the sentence of each span
    std::vector<uint32_t> sentence_paragraph;  // the paragraph of each sentence
    DocumentNames names;  // the names the lexicon does not know (entity ids from lex.entities.size() on)
    std::vector<EventMention> mentions;
    std::vector<MergedEvent> events;
    std::vector<std::string> mention_dates;
    Date dateline;  // a dateline's month and day when it has no year ("SEOUL, Sept 9 -"), else unknown
};

// Everything one article gives on its own (`art` is consumed): the document and its analysis.
void extract_document(ArticleInput& art, const Lexicon& lex, ExtractScratch& scratch, Document& d, Analysis& a);

// The spans of the text a document's events can quote: every sentence with an event mention and
// every time an event is dated by, in text order, overlapping ones joined.
std::vector<std::pair<uint32_t, uint32_t>> event_excerpt_spans(const Document& d, const Analysis& a);
// Keeps those spans as excerpts and frees the text: what the corpus-wide passes and the event
// outputs read is still there (document_text), in a fraction of the memory.
void keep_event_excerpts(Document& d, const Analysis& a);

// Resolves the mentions' times against `pub` and merges them into events.
void date_events(Analysis& a, const Date& pub, const Lexicon& lex);

// [SECTION] dating a document from the rest of the corpus
// A document with no publication date names weekdays ("on Friday"). When another, dated
// document dates the same event on a day of that weekday, the publication date lies within
// the six days after it. "The same event" needs specific evidence: the same type and the same
// named operation or gathering, place, or count ("eight missiles"); a weekday and a type alone
// match too many events. The day at least two such matches agree on wins; it must not
// contradict the document (a year its text states, a dateline's month and day). Indexed by
// those keys and voted by a sweep, so the cost is linear in the corpus.
void date_from_corpus(std::vector<Document>& docs, std::vector<Analysis>& an, const Lexicon& lex);

}  // namespace core
