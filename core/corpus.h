// The corpus: every article of a collection with what the core found in it.
//
//   core::Corpus corpus = core::build_corpus(core::import_files(files));
//   for (const core::Document& d : corpus.documents) show(d.title, d.words, d.published);
//   for (const core::Event& e : corpus.events) timeline(e.date, core::event_type_name(e.type), e.sentence_text);
//   for (uint32_t i : corpus.events_by_entity[entity]) ...;            // events naming an entity
//   const core::CoMention& p = corpus.comentions.pairs[k];            // matrix cell (p.a, p.b)
//   for (const core::LoadMessage& m : corpus.messages) warn(m.file + ": " + m.reason);
//
// Built once at load; views only read it. Every offset (begin/end) is a byte offset
// into Document::text, which is the file's bytes (repaired only if not valid UTF-8).
// Output order never depends on hash-map iteration or pointers: native and
// WebAssembly builds produce the same corpus.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/article.h"
#include "core/comentions.h"
#include "core/import.h"
#include "core/lexicon.h"
#include "core/name.h"
#include "core/times.h"

namespace core {

struct Analysis;  // core/analysis.h: what extraction found, kept for the corpus-wide passes

// How a document's publication date (or an event's date) is known.
enum class DateBasis { unknown, text, manifest, inferred };
const char* date_basis_name(DateBasis basis);  // "unknown", "text", "manifest", "inferred"

struct Paragraph {
    uint32_t begin = 0, end = 0;
    ParagraphRole role = ParagraphRole::body;  // boilerplate is kept here but not read for events
};

struct Sentence {
    uint32_t begin = 0, end = 0;
    uint32_t paragraph = 0;  // index into Document::paragraph_spans
};

struct EntityMention {
    uint32_t entity = 0;  // index into Corpus::entities
    uint32_t begin = 0, end = 0;
    uint32_t sentence = 0;  // index into Document::sentences
};

struct TimeExpression {
    uint32_t begin = 0, end = 0;
    uint32_t sentence = 0;
    TimeKind kind = TimeKind::date;
    std::string value;  // ISO ("2024-02-23", "2024-02", "2024", "2024-W07"), or "" when it cannot be known
};

struct Evidence {
    uint32_t sentence = 0;  // index into the document's sentences
    uint32_t begin = 0, end = 0;
};

struct Event {
    uint32_t doc = 0;  // index into Corpus::documents
    EventType type = EventType::other;
    std::string date;        // ISO at the precision the text supports, "" when unknown
    Name date_text;          // the words it came from ("on Feb. 23")
    DateBasis date_basis = DateBasis::unknown;  // text: stated in full; else how the publication date is known
    std::vector<Name> actors, weapons, places;  // canonical names
    int count = 0;     // 0 when not stated
    Name name;         // named operation or gathering ("Vigilant Storm", "G20")
    Evidence main;     // the sentence that dates it (or the first)
    std::vector<Evidence> evidence;  // every mention, in text order (includes `main`)
    std::vector<uint32_t> entities;  // indexes into Corpus::entities of actors, weapons, places, name
};

// A piece of a document's text kept when the whole text is not (mapper output, a bundle).
// Its bytes are [at, at + size) of the document's excerpt_text: one buffer per document, not
// one string per sentence (a million-event bundle quotes a million sentences).
struct Excerpt {
    uint32_t begin = 0;  // byte offset in the original text
    uint32_t at = 0;
    uint32_t size = 0;
};

struct Document {
    std::string id;     // unique in the corpus
    std::string file;   // where it came from
    std::string text;   // valid UTF-8; empty when only excerpts are kept
    std::vector<Excerpt> excerpts;  // without the text: the sentences events quote, by offset
    std::string excerpt_text;       // the excerpts' bytes, one after another
    std::string title;  // metadata title, else the first line (a "published :" stamp skipped)
    std::string byline;  // "Kos Temenes", or empty
    std::string source;  // outlet or URL given by metadata, or empty
    std::size_t words = 0;
    std::size_t paragraphs = 0;
    std::string published;  // ISO date or empty
    DateBasis published_basis = DateBasis::unknown;
    std::string published_from;  // for an inferred date: the id of the document it was inferred from
    std::size_t invalid_utf8 = 0;
    std::vector<Paragraph> paragraph_spans;
    std::vector<Sentence> sentences;
    std::vector<EntityMention> mentions;  // in text order
    std::vector<TimeExpression> times;    // in text order
    std::vector<uint32_t> events;         // indexes into Corpus::events
};

struct Entity {
    std::string name;
    EntityKind kind = EntityKind::country;
    uint32_t mentions = 0;
    uint32_t documents = 0;
};

struct Corpus {
    std::string title;  // from the manifest, if any
    std::vector<Document> documents;
    std::vector<LoadMessage> messages;  // everything the import had to report
    std::vector<Entity> entities;       // most mentioned first, then by name
    std::vector<Event> events;          // by date (undated last), then document and position
    std::vector<std::vector<uint32_t>> events_by_type;    // [EventType] -> event indexes
    std::vector<std::vector<uint32_t>> events_by_entity;  // [entity] -> event indexes
    CoMentions comentions;              // entity pairs by sentence, paragraph and document
};

// The text between two offsets: from the text, or from the excerpt holding them when only
// excerpts are kept; "" when neither has it.
std::string_view document_text(const Document& d, uint32_t begin, uint32_t end);

// An excerpt's bytes, and a new excerpt at the end of the document's (in offset order).
std::string_view excerpt_text(const Document& d, const Excerpt& x);
void add_excerpt(Document& d, uint32_t begin, std::string_view text);

// The order of Corpus::events (for a stable sort): by date, undated last, then document and position.
bool event_before(const Event& x, const Event& y);

// Fills events_by_type, events_by_entity and each document's events from the events.
void index_events(Corpus& corpus);

Corpus build_corpus(ImportResult imported);
Corpus build_corpus(ImportResult imported, const Lexicon& lexicon);

// [SECTION] building in slices, for a browser tab that must keep drawing
//   core::CorpusBuilder builder(core::import_files(files), lexicon);
//   each frame:  if (builder.step(20)) app.corpus = builder.finish();
//                else progress(builder.done(), builder.total());
// step() extracts the next documents on their own (most of the work, proportional to the
// text); finish() runs what needs every document at once: dating documents from the rest
// of the corpus, entities, co-mentions, indexes and the event order. build_corpus() is a
// builder run to the end, so both give the same corpus. The lexicon must outlive the builder.
//
// Correcting a publication date: a document's event dates follow from its publication
// date, so the UI puts the date into the import (ArticleInput::published) and builds again;
// a stated date in the text still wins, as at load.
// Scratch buffers one thread reuses from document to document.
struct ExtractScratch {
    std::vector<Token> tokens;
};

struct CorpusBuilder {
    explicit CorpusBuilder(ImportResult imported, const Lexicon& lexicon = Lexicon::builtin());
    CorpusBuilder(CorpusBuilder&&) noexcept;
    CorpusBuilder& operator=(CorpusBuilder&&) noexcept;
    ~CorpusBuilder();

    bool step(std::size_t max_documents);  // true when every document has been extracted
    // The same for one article, on the caller's scratch: calls for different indexes may run
    // on different threads at once (the native tools extract on every core); then
    // mark_extracted(count) before finish(). step() passes over articles extracted so.
    void extract(std::size_t index, ExtractScratch& scratch);
    void mark_extracted(std::size_t count);
    // A document extracted elsewhere (core/mapper.h reads it back from a mapper line): it joins
    // the corpus after the imported articles, and finish() runs the corpus-wide passes on it.
    void add_extracted(Document document, Analysis analysis);
    // Before extracting: each document keeps only the excerpts its events quote, not its text
    // (keep_event_excerpts), for outputs that show events and never the whole text.
    void keep_excerpts_only();
    std::size_t done() const;              // documents extracted so far
    std::size_t total() const;             // documents to extract
    Corpus finish();                       // extracts what is left, then the corpus-wide passes; once

private:
    struct State;
    std::unique_ptr<State> state_;
};
inline Corpus build_corpus(const std::vector<SourceFile>& files) { return build_corpus(import_files(files)); }

// [SECTION] pieces of the article reading, exposed for tests
std::string first_nonempty_line(std::string_view text);
std::size_t count_words(std::string_view text);
std::size_t count_paragraphs(std::string_view text);  // blocks of non-blank lines

}  // namespace core
