// Curation: a person's corrections to the events the extractor found, kept as a list of steps
// that is applied again to every fresh extraction (a rebuild after a date or lexicon change,
// a reload), so the corrections are data, not edits to a corpus that would be lost.
//
//   core::Curation c;
//   c.steps.push_back(core::reject_step(core::event_ref(corpus, corpus.events[3])));
//   c.steps.push_back(core::date_step(ref, "2023-04"));           // ISO: YYYY, YYYY-MM, YYYY-MM-DD
//   core::CurationResult r = core::apply_curation(corpus, c);     // corpus.events now curated
//   r.status[i];          // "", "accepted", "edited", "added" for corpus.events[i]
//   r.rejected;           // events a step rejected, out of corpus.events, still listable
//   r.skipped;            // "step 3 (reject): no missile_launch event at byte 120 of doc-7"
//   std::string json = core::curation_to_json(c);
//   core::CurationRead back = core::read_curation(json);          // back.error says what is wrong
//
// An event is named by where it was first found (EventRef: document id, type and the byte
// where its main evidence sentence begins), not by its index: indexes change with every
// rebuild, the sentence does not. A later step names the event by that same first reference
// even after a step changed its type. Steps are applied in order; one naming an event that is
// not there (a document removed, an extractor change) is skipped and reported, never thrown.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/corpus.h"

namespace core {

struct EventRef {
    std::string doc;   // Document::id
    std::string type;  // event type name as first found ("missile_launch")
    uint32_t begin = 0;  // byte offset of the main evidence sentence in the document
    bool operator==(const EventRef& o) const { return doc == o.doc && type == o.type && begin == o.begin; }
    bool operator!=(const EventRef& o) const { return !(*this == o); }
};

enum class CurationOp { accept, reject, restore, set_type, set_date, set_actors, add };
const char* curation_op_name(CurationOp op);  // "accept", "reject", "restore", "type", "date", "actors", "add"

struct CurationStep {
    CurationOp op = CurationOp::accept;
    EventRef event;  // the event the step is about; for add, the new event's document, type and sentence begin
    uint32_t end = 0;                 // add: end of the sentence (byte offset)
    std::string type;                 // set_type: the new type name
    std::string date;                 // set_date, add: ISO ("" for add: undated)
    std::vector<std::string> actors;  // set_actors, add: names of corpus entities
};

struct Curation {
    std::vector<CurationStep> steps;
};

// Step makers, so callers never fill the wrong fields.
CurationStep accept_step(EventRef event);
CurationStep reject_step(EventRef event);
CurationStep restore_step(EventRef event);  // a rejected event comes back
CurationStep type_step(EventRef event, std::string type);
CurationStep date_step(EventRef event, std::string date);
CurationStep actors_step(EventRef event, std::vector<std::string> actors);
CurationStep add_step(std::string doc, uint32_t begin, uint32_t end, std::string type, std::string date,
                      std::vector<std::string> actors);

EventRef event_ref(const Corpus& corpus, const Event& event);
bool event_type_from_name(std::string_view name, EventType& type);
// Why a date cannot be an event's date, "" when it can: ISO at any precision with a real month and day.
std::string curation_date_error(std::string_view date);

struct CurationResult {
    std::vector<std::string> status;  // per corpus.events: "", "accepted", "edited", "added"
    // Per corpus.events: the reference later steps use. Empty when no step is in effect and the
    // events are as extracted, each then named by its own (event_ref): a million references
    // would cost seconds at load. Read it through curation_ref and find_curated_event.
    std::vector<EventRef> refs;
    std::vector<Event> rejected;      // by the event order; their `doc` indexes the corpus
    std::vector<EventRef> rejected_refs;
    std::vector<std::string> skipped;  // one line per step that could not be applied
    std::size_t applied = 0;           // steps that changed something
};

// Event `event`'s reference for later steps, refs or not; empty past the events.
EventRef curation_ref(const Corpus& corpus, const CurationResult& result, std::size_t event);
// Every event's, as curation_from_gold takes them.
std::vector<EventRef> curation_refs(const Corpus& corpus, const CurationResult& result);
// The index in corpus.events of the event `ref` names, -1 when none.
int find_curated_event(const Corpus& corpus, const CurationResult& result, const EventRef& ref);

// Applies the first `step_count` steps to the events of a freshly built corpus (what
// build_corpus gave, or a copy of its events), then restores the event order of
// core/corpus.h and its indexes (index_events).
CurationResult apply_curation(Corpus& corpus, const Curation& curation, std::size_t step_count = SIZE_MAX);

// [SECTION] storing a curation: {"schema": "curation/1", "steps": [{"op": "reject", "event":
// {"doc": "...", "type": "...", "begin": 120}}, {"op": "add", "doc": "...", "begin": 0, "end": 80,
// "type": "...", "date": "2023", "actors": ["Japan"]}, ...]}
std::string curation_to_json(const Curation& curation);
struct CurationRead {
    Curation curation;
    std::string error;  // empty when read: "steps[2].event.begin: not a byte offset"
    bool ok() const { return error.empty(); }
};
CurationRead read_curation(std::string_view json);

}  // namespace core
