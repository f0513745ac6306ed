// The corpus as JSON, in the shape of shared/spec/EVENTS.md (what `corpus extract --json` prints).
//
//   std::string json = core::corpus_to_json(corpus);
//   // {"documents": [{"id", "file", "title", "published", "published_basis", ...}],
//   //  "entities":  [{"name", "kind", "mentions", "documents"}],
//   //  "events":    [{"doc", "type", "date", "date_text", "date_basis", "actors", "weapons", "places",
//   //                 "count", "name", "sentence", "begin", "end", "evidence": [{"begin", "end", "sentence"}]}],
//   //  "comentions": [{"a", "b", "count", "paragraphs", "documents", "sentences": [[doc, sentence], ...]}]}
//
//   core::JsonWriter w(out);
//   core::append_event_json(w, corpus, corpus.events[0]);   // one element of "events"
//
// Keys keep this order; no floating point; the same corpus gives the same bytes on every build.
// "published_from" (inferred dates) and "source" appear only when set.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "core/corpus.h"
#include "core/json_writer.h"
#include "core/parallel_for.h"

namespace core {

std::string corpus_to_json(const Corpus& corpus);
// The same bytes, handed to `sink` a chunk at a time (the command line writes them out as they come).
// `run` may write the events and co-mentions a block each on several threads (core/parallel_for.h);
// then `sink` too is called on any of them, one call at a time, in order.
void write_corpus_json(const Corpus& corpus, const std::function<void(std::string_view)>& sink, const ParallelFor& run = {});

// Writes a document's identity and date fields (id, file, title, published, published_basis,
// published_from and source when set) into the object being written: the part the corpus
// JSON and the JSONL export share.
void append_document_metadata(JsonWriter& w, const Document& d);

// Writes one event object, as it stands in the "events" array.
void append_event_json(JsonWriter& w, const Corpus& corpus, const Event& e);

}  // namespace core
