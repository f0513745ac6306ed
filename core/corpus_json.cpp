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

namespace {

// Rough sizes of the output, to size strings and blocks: most of it is evidence sentences and
// co-mention references.
std::size_t event_size(const Event& e) { return 400 + 2 * (e.main.end - e.main.begin); }
std::size_t pair_size(const CoMention& c) { return 160 + std::size_t{c.refs_count} * 32; }

// The elements [0, count) of the array `w` holds open, written `element` by `element` in blocks
// of about kBlockBytes (by `size_of`), handed to `sink` in order. With `run`, a wave of blocks
// is written side by side, in memory at once; without, one block at a time. A wave goes to
// `sink` as the first item of the next wave's loop, so one thread hands it over while the
// others write: two sets of blocks take turns.
void write_elements(JsonWriter& w, const std::function<void(std::string_view)>& sink, std::size_t count,
                    const ParallelFor& run, const std::function<std::size_t(std::size_t)>& size_of,
                    const std::function<void(JsonWriter&, std::size_t)>& element) {
    constexpr std::size_t kBlockBytes = std::size_t{1} << 17;
    const std::size_t wave_blocks = run ? 16 : 1;
    std::vector<std::string> texts(2 * wave_blocks);
    std::vector<std::size_t> starts(wave_blocks + 1), sizes(wave_blocks);
    bool any = false;
    std::size_t held = 0, held_at = 0;  // the blocks of the last wave, not yet handed to `sink`
    for (std::size_t i = 0, turn = 0; i < count || held > 0; turn ^= 1) {
        std::size_t blocks = 0;
        for (; blocks < wave_blocks && i < count; ++blocks) {
            starts[blocks] = i;
            std::size_t bytes = 0;
            do bytes += size_of(i++);
            while (i < count && bytes < kBlockBytes);
            sizes[blocks] = bytes;
        }
        starts[blocks] = i;
        const std::size_t at = turn * wave_blocks;
        // No item for an empty hand-over: a lone block then needs no second thread.
        const std::size_t first_block = held > 0 ? 1 : 0;
        for_each_item(run, first_block + blocks, [&](std::size_t item) {
            if (item < first_block) {
                for (std::size_t b = held_at; b < held_at + held; ++b) {
                    if (texts[b].empty()) continue;  // every element of the block was left out
                    if (any) sink(",");
                    sink(texts[b]);
                    any = true;
                }
                return;
            }
            const std::size_t b = item - first_block;
            std::string& text = texts[at + b];
            text.clear();
            text.reserve(sizes[b] + sizes[b] / 4);
            JsonWriter block = JsonWriter::elements_of(w, text);
            for (std::size_t k = starts[b]; k < starts[b + 1]; ++k) element(block, k);
        });
        held = blocks;
        held_at = at;
    }
    if (any) w.elements_written();
}

}  // namespace

std::string corpus_to_json(const Corpus& corpus) {
    std::string out;
    // A size estimate saves the string from doubling a dozen times on a large corpus.
    std::size_t estimate = 4096 + corpus.documents.size() * 256 + corpus.entities.size() * 96;
    for (const Event& e : corpus.events) estimate += event_size(e);
    for (const CoMention& c : corpus.comentions.pairs) estimate += pair_size(c);
    out.reserve(estimate);
    write_corpus_json(corpus, [&](std::string_view chunk) { out.append(chunk); });
    return out;
}

void write_corpus_json(const Corpus& corpus, const std::function<void(std::string_view)>& sink, const ParallelFor& run) {
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
    flush(true);
    write_elements(
        w, sink, corpus.events.size(), run, [&](std::size_t i) { return event_size(corpus.events[i]); },
        [&](JsonWriter& block, std::size_t i) { append_event_json(block, corpus, corpus.events[i]); });
    w.end_array();

    w.key("comentions");
    w.begin_array();
    flush(true);
    write_elements(w, sink, corpus.comentions.pairs.size(), run, [&](std::size_t i) { return pair_size(corpus.comentions.pairs[i]); },
                   [&](JsonWriter& block, std::size_t i) {
        const CoMention& c = corpus.comentions.pairs[i];
        if (!c.sentences) return;  // named together only in a paragraph or a document: counted in memory, not listed
        block.begin_object();
        block.field("a", corpus.entities[c.a].name);
        block.field("b", corpus.entities[c.b].name);
        block.field("count", c.sentences);
        block.field("paragraphs", c.paragraphs);
        block.field("documents", c.documents);
        block.key("sentences");
        block.begin_array();
        for (const SentenceRef& r : corpus.comentions.refs_of(c)) block.number_pair(r.doc, r.sentence);
        block.end_array();
        block.end_object();
    });
    w.end_array();
    w.end_object();
    out += '\n';
    flush(true);
}

}  // namespace core
