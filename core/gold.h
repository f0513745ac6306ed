// Gold files and scoring: the events a person marked as right (`events-gold/1`, the format of
// shared/gold/seeds.gold.json) and how the extractor's events compare with them.
//
//   core::GoldRead g = core::read_gold(bytes);
//   if (!g.ok()) report(g.error);                          // "documents[2].events[0]: no type"
//   core::Score s = core::score_events(corpus, g.gold);
//   if (!s.ok()) report(s.error);                          // evidence not in its document
//   print(core::score_report(s, false));                   // the lines score_events.py prints
//   std::string bytes = core::write_gold(corpus);          // the corpus's events as a gold file
//
// A corpus event matches a gold event of its document and type when its evidence sentence
// overlaps one of the gold evidence strings, wherever the string occurs in the text.
// Precision counts events matching a required or optional gold event; recall counts required
// gold events matched at least once. Dates: over matched dated events, by date basis; and over
// every dated gold event, found or not. Actors: per found gold event with actors, the best F1
// of a matching event's actor set, averaged.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus.h"
#include "core/curation.h"

namespace core {

struct GoldEvent {
    std::string id;
    std::string type;        // an event type name ("missile_launch")
    std::string date;        // ISO, "" for null
    std::string date_basis;  // "text", "manifest", "corpus", ...; "" when not given
    std::string name;
    std::vector<std::string> actors;
    std::vector<std::string> evidence;  // exact substrings of the document text
};

struct GoldDocument {
    std::string doc;  // the document id (Document::id)
    std::string published, published_basis;
    std::vector<GoldEvent> events;    // required
    std::vector<GoldEvent> optional;  // neither required nor false alarms
};

struct Gold {
    std::string about;
    std::vector<GoldDocument> documents;
};

struct GoldRead {
    Gold gold;
    std::string error;  // empty when read
    bool ok() const { return error.empty(); }
};

bool looks_like_gold(std::string_view bytes);  // a JSON object with "schema": "events-gold/1"
GoldRead read_gold(std::string_view bytes);

// The corpus's events as a gold file: every event, its evidence sentences, date, date basis
// ("text" for a stated date, else how the publication date is known), actors and name.
// `status[i]`, when given for event i, is written as its "curated" field ("accepted", "added",
// "edited"); events with status "rejected" are left out.
std::string write_gold(const Corpus& corpus, const std::vector<std::string>& status = {});

struct ScoreRow {
    std::string type;
    int system = 0, correct = 0, gold = 0, found = 0;
    double precision = -1, recall = -1, f1 = -1;  // -1: no events to divide by (the scorer's None)
};

struct ScoreMiss {
    std::string doc, gold_id, type;
    std::string evidence;  // the gold event's first evidence string
    std::string date;      // the gold event's date ("" for none)
    std::vector<std::string> actors;
    int document = -1;     // index into Corpus::documents
    uint32_t begin = 0, end = 0;  // where that evidence is in the document
};

struct DateBasisCount {
    std::string basis;
    int right = 0, of = 0;
};

struct Score {
    std::string error;  // empty when scored; else nothing below is set
    bool ok() const { return error.empty(); }
    std::vector<ScoreRow> rows;  // by type name
    int system_events = 0, correct_events = 0, gold_events = 0, found_events = 0;
    double precision = 0, recall = 0, f1 = 0;
    std::vector<DateBasisCount> dates;  // by basis name
    int dates_right = 0, dates_of = 0;
    double date_accuracy = 0;
    double actor_f1 = 0;
    int actor_exact = 0, actor_events = 0;
    int dated_gold = 0, dated_right = 0;
    std::vector<ScoreMiss> misses;      // required gold events no corpus event matched
    std::vector<uint32_t> false_alarms; // corpus event indexes matching no gold event
    // Per corpus event: 1 matched a gold event, 0 a false alarm, -1 its document is not in the gold.
    std::vector<int8_t> event_verdict;
    // Per corpus event: the first required gold event it matches, as {gold document, event}
    // indexes into Gold::documents and its events; {-1, -1} for none.
    std::vector<std::pair<int, int>> event_match;
};

Score score_events(const Corpus& corpus, const Gold& gold);

// What a person would do to make the corpus's events the gold's (`refs[i]` names corpus event i
// as curation steps do): reject each false alarm, set the date and actors of each found event
// where the gold differs (accept it where it does not), add each miss on the sentence holding
// its evidence (actors the corpus does not know are left out).
std::vector<CurationStep> curation_from_gold(const Corpus& corpus, const Gold& gold, const Score& score,
                                             const std::vector<EventRef>& refs);

// The lines shared/tools/score_events.py prints, character for character; with `verbose`
// also its MISS and FALSE lines.
std::string score_report(const Score& score, const Corpus& corpus, bool verbose);
// Its last line: "events: P=0.964 R=1.000 F1=0.982; dates right 19/19 = 1.000" (no newline).
std::string score_summary_line(const Score& score);

}  // namespace core
