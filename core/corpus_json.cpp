#include "core/corpus_json.h"

namespace core {

void append_event_json(JsonWriter& w, const Corpus& corpus, const Event& e) {
    const Document& d = corpus.documents[e.doc];
    auto sentence_text = [&](const Evidence& ev) { return document_text(d, ev.begin, ev.end); };
    w.begin_object();
    w.field("doc", d.id);
    w.field("type", event_type_name(e.type));
    w.field_or_null("date", e.date);
    w.field_or_null("date_text", e.date_text);
    w.field_or_null("date_basis", e.date.empty() ? "" : date_basis_name(e.date_basis));
    w.string_list("actors", e.actors);
    w.string_list("weapons", e.weapons);
    w.string_list("places", e.places);
    w.key("count");
    if (e.count) w.number(e.count);
    else w.null();
    w.field_or_null("name", e.name);
    w.field("sentence", sentence_text(e.main));
    w.field("begin", e.main.begin);
    w.field("end", e.main.end);
    w.key("evidence");
    w.begin_array();
    for (const Evidence& ev : e.evidence) {
        w.begin_object();
        w.field("begin", ev.begin);
        w.field("end", ev.end);
        w.field("sentence", sentence_text(ev));
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

void append_document_metadata(JsonWriter& w, const Document& d) {
    w.field("id", d.id);
    w.field("file", d.file);
    w.field("title", d.title);
    w.field_or_null("published", d.published);
    w.field("published_basis", date_basis_name(d.published_basis));
    if (!d.published_from.empty()) w.field("published_from", d.published_from);
    if (!d.source.empty()) w.field("source", d.source);
}

std::string corpus_to_json(const Corpus& corpus) {
    std::string out;
    // Most of the output is evidence sentences and co-mention references; a rough size
    // estimate saves the string from doubling a dozen times on a large corpus.
    std::size_t estimate = 4096 + corpus.documents.size() * 256 + corpus.entities.size() * 96;
    for (const Event& e : corpus.events) estimate += 400 + 2 * (e.main.end - e.main.begin);
    for (const CoMention& c : corpus.comentions.pairs) estimate += 160 + c.refs_count * 32;
    out.reserve(estimate);
    write_corpus_json(corpus, [&](std::string_view chunk) { out.append(chunk); });
    return out;
}

void write_corpus_json(const Corpus& corpus, const std::function<void(std::string_view)>& sink) {
    // Written in chunks of about 256 KB, so the whole text never needs to be in memory at once.
    constexpr std::size_t kChunk = std::size_t{1} << 18;
    std::string out;
    out.reserve(kChunk + 4096);
    auto flush = [&](bool always) {
        if (out.empty() || (!always && out.size() < kChunk)) return;
        sink(out);
        out.clear();
    };
    JsonWriter w(out);
    w.begin_object();
    w.key("documents");
    w.begin_array();
    for (const Document& d : corpus.documents) {
        w.begin_object();
        append_document_metadata(w, d);
        w.field_or_null("byline", d.byline);
        w.field("words", static_cast<int64_t>(d.words));
        w.field("sentences", static_cast<int64_t>(d.sentences.size()));
        w.field("events", static_cast<int64_t>(d.events.size()));
        w.end_object();
        flush(false);
    }
    w.end_array();

    w.key("entities");
    w.begin_array();
    for (const Entity& e : corpus.entities) {
        w.begin_object();
        w.field("name", e.name);
        w.field("kind", entity_kind_name(e.kind));
        w.field("mentions", e.mentions);
        w.field("documents", e.documents);
        w.end_object();
        flush(false);
    }
    w.end_array();

    w.key("events");
    w.begin_array();
    for (const Event& e : corpus.events) {
        append_event_json(w, corpus, e);
        flush(false);
    }
    w.end_array();

    w.key("comentions");
    w.begin_array();
    for (const CoMention& c : corpus.comentions.pairs) {
        if (!c.sentences) continue;  // named together only in a paragraph or a document: counted in memory, not listed
        w.begin_object();
        w.field("a", corpus.entities[c.a].name);
        w.field("b", corpus.entities[c.b].name);
        w.field("count", c.sentences);
        w.field("paragraphs", c.paragraphs);
        w.field("documents", c.documents);
        w.key("sentences");
        w.begin_array();
        for (const SentenceRef& r : corpus.comentions.refs_of(c)) w.number_pair(r.doc, r.sentence);
        w.end_array();
        w.end_object();
        flush(false);
    }
    w.end_array();
    w.end_object();
    out += '\n';
    flush(true);
}

}  // namespace core
