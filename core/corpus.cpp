#include "core/corpus.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <unordered_map>

#include "core/analysis.h"
#include "core/entities.h"
#include "core/events.h"
#include "core/names.h"
#include "core/normalize.h"
#include "core/sentences.h"

namespace core {
namespace {

// A title is a line to show in a list: an article stored as one long line (a CSV cell with
// its headline glued to its body) gives its first 160 bytes, cut at a word, and an ellipsis.
void shorten_title(std::string& title) {
    constexpr std::size_t kLongest = 160;
    if (title.size() <= kLongest) return;
    std::size_t cut = title.rfind(' ', kLongest);
    if (cut == std::string::npos || cut < kLongest / 2) {
        cut = kLongest;
        while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    }
    title.resize(cut);
    title += "\xE2\x80\xA6";  // …
    title.shrink_to_fit();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

template <class F>
void for_each_line(std::string_view text, F&& f) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        f(text.substr(start, end - start));
        if (end == text.size()) break;
        start = end + 1;
    }
}

// The order of event_before, stable. Sorting indexes and then moving each event once along
// its cycle: a stable sort of the events themselves moves each one about log2(n) times and
// holds a second array of them.
void sort_events(std::vector<Event>& events) {
    std::vector<uint32_t> order(events.size());
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](uint32_t x, uint32_t y) { return event_before(events[x], events[y]); });
    for (uint32_t i = 0; i < order.size(); ++i) {
        if (order[i] == i) continue;
        Event held = std::move(events[i]);
        uint32_t j = i;
        for (uint32_t k = order[j]; k != i; k = order[j]) {  // slot j takes the event at k
            events[j] = std::move(events[k]);
            order[j] = j;
            j = k;
        }
        events[j] = std::move(held);
        order[j] = j;
    }
}

}  // namespace

void date_events(Analysis& a, const Date& pub, const Lexicon& lex) {
    a.mention_dates.assign(a.mentions.size(), std::string());
    for (std::size_t i = 0; i < a.mentions.size(); ++i) {
        const EventMention& m = a.mentions[i];
        if (m.time < 0) continue;
        std::string& date = a.mention_dates[i];
        date = resolve_time(a.times, static_cast<std::size_t>(m.time), pub);
        if (m.coarse && date.size() > 7) date.resize(7);  // a borrowed time: its month
    }
    a.events = merge_event_mentions(a.mentions, a.mention_dates, EntityTable{lex, a.names});
    std::vector<std::string> sentence_time(a.sentence_paragraph.size());
    for (std::size_t t = 0; t < a.times.size(); ++t)
        if (a.times[t].sentence < sentence_time.size()) sentence_time[a.times[t].sentence] = resolve_time(a.times, t, pub);
    date_story_events(a.events, a.mentions, a.sentence_paragraph, sentence_time, pub);
}

namespace {

}  // namespace

void extract_document(ArticleInput& art, const Lexicon& lex, ExtractScratch& scratch, Document& d, Analysis& a) {
    d.id = std::move(art.id);
    d.file = std::move(art.file);
    d.text = std::move(art.text);
    d.source = std::move(art.source);
    d.invalid_utf8 = art.invalid_utf8;
    d.paragraphs = count_paragraphs(d.text);

    const FoldedText folded = fold_text(d.text);
    const std::string_view text = folded.view(d.text);
    std::vector<Token>& tokens = scratch.tokens;
    tokenize(text, lex, tokens);
    // Words as white space separates them: the tokens that follow white space (or start the text).
    for (const Token& t : tokens) d.words += t.space_before;
    const ArticleLayout layout = parse_article(text, tokens, lex);
    const std::vector<SentenceSpan> sentences = split_sentences(text, tokens, layout, lex);
    a.spans = tag_entities(text, tokens, lex);
    a.names = find_names(text, tokens, layout, sentences, lex, a.spans);
    a.times = tag_times(text, tokens, sentences, lex);
    a.mentions = find_event_mentions(text, tokens, layout, sentences, a.spans, a.times, EntityTable{lex, a.names});

    auto orig = [&](uint32_t folded_offset) { return folded.to_original(folded_offset); };
    if (!art.title.empty()) {
        d.title = std::move(art.title);
    } else if (!layout.paragraphs.empty()) {
        for (const ParagraphSpan& p : layout.paragraphs)
            if (p.role == ParagraphRole::title) d.title = d.text.substr(orig(p.begin), orig(p.end) - orig(p.begin));
    }
    if (d.title.empty()) d.title = first_nonempty_line(d.text);
    shorten_title(d.title);
    d.byline = layout.byline;
    const Date stated = publication_date(a.times, sentences, layout);
    a.dateline = publication_dateline(a.times, sentences, layout);
    if (stated.full()) {
        d.published = stated.iso();
        d.published_basis = DateBasis::text;
    } else if (!art.published.empty()) {
        d.published = std::move(art.published);
        d.published_basis = DateBasis::manifest;
    }
    d.paragraph_spans.reserve(layout.paragraphs.size());
    d.sentences.reserve(sentences.size());
    a.sentence_paragraph.reserve(sentences.size());
    a.span_sentence.reserve(a.spans.size());
    for (const ParagraphSpan& p : layout.paragraphs) d.paragraph_spans.push_back({orig(p.begin), orig(p.end), p.role});
    for (const SentenceSpan& s : sentences) {
        d.sentences.push_back({orig(s.begin), orig(s.end), s.paragraph});
        a.sentence_paragraph.push_back(s.paragraph);
    }
    // Entity mentions take their sentence by a merge walk (both lists are in text order).
    std::size_t s = 0;
    for (MentionSpan& m : a.spans) {
        while (s + 1 < sentences.size() && sentences[s].tok_end <= m.tok_begin) ++s;
        a.span_sentence.push_back(static_cast<uint32_t>(s));
        m.begin = orig(m.begin);
        m.end = orig(m.end);
    }
    for (TimeSpan& t : a.times) t.begin = orig(t.begin), t.end = orig(t.end);
    date_events(a, parse_iso_date(d.published), lex);
    // Every analysis is held until the corpus-wide passes: without the spare capacity their
    // vectors grew with, they take a good part less of the peak memory.
    a.times.shrink_to_fit();
    a.spans.shrink_to_fit();
    a.names.found.shrink_to_fit();
    a.mentions.shrink_to_fit();
    a.events.shrink_to_fit();
}

const char* date_basis_name(DateBasis basis) {
    switch (basis) {
        case DateBasis::text: return "text";
        case DateBasis::manifest: return "manifest";
        case DateBasis::inferred: return "inferred";
        case DateBasis::unknown: break;
    }
    return "unknown";
}

std::string_view document_text(const Document& d, uint32_t begin, uint32_t end) {
    if (end < begin) return {};
    if (d.excerpts.empty()) {
        if (begin > d.text.size()) return {};
        return std::string_view(d.text).substr(begin, end - begin);
    }
    auto it = std::upper_bound(d.excerpts.begin(), d.excerpts.end(), begin,
                               [](uint32_t offset, const Excerpt& x) { return offset < x.begin; });
    if (it == d.excerpts.begin()) return {};
    --it;
    if (end - it->begin > it->size) return {};
    return excerpt_text(d, *it).substr(begin - it->begin, end - begin);
}

std::vector<std::pair<uint32_t, uint32_t>> event_excerpt_spans(const Document& d, const Analysis& a) {
    std::vector<std::pair<uint32_t, uint32_t>> ranges;
    for (const EventMention& m : a.mentions) {
        if (m.sentence < d.sentences.size()) ranges.push_back({d.sentences[m.sentence].begin, d.sentences[m.sentence].end});
        if (m.time >= 0 && static_cast<std::size_t>(m.time) < a.times.size())
            ranges.push_back({a.times[static_cast<std::size_t>(m.time)].begin, a.times[static_cast<std::size_t>(m.time)].end});
    }
    std::sort(ranges.begin(), ranges.end());
    std::size_t joined = 0;
    for (std::size_t i = 0; i < ranges.size();) {
        std::pair<uint32_t, uint32_t> r = ranges[i];
        for (++i; i < ranges.size() && ranges[i].first <= r.second; ++i) r.second = std::max(r.second, ranges[i].second);
        ranges[joined++] = r;
    }
    ranges.resize(joined);
    return ranges;
}

void keep_event_excerpts(Document& d, const Analysis& a) {
    if (!d.excerpts.empty()) return;
    const std::string_view text = d.text;
    const std::vector<std::pair<uint32_t, uint32_t>> spans = event_excerpt_spans(d, a);
    // Sized once: grown by doubling, the buffers held up to twice their bytes to the end.
    std::size_t bytes = 0;
    for (const auto& [begin, end] : spans)
        if (begin <= text.size()) bytes += text.substr(begin, end - begin).size();
    d.excerpts.reserve(spans.size());
    d.excerpt_text.reserve(bytes);
    for (const auto& [begin, end] : spans)
        if (begin <= text.size()) add_excerpt(d, begin, text.substr(begin, end - begin));
    std::string().swap(d.text);
}

std::string_view excerpt_text(const Document& d, const Excerpt& x) {
    return std::string_view(d.excerpt_text).substr(x.at, x.size);
}

void add_excerpt(Document& d, uint32_t begin, std::string_view text) {
    d.excerpts.push_back({begin, static_cast<uint32_t>(d.excerpt_text.size()), static_cast<uint32_t>(text.size())});
    d.excerpt_text.append(text.data(), text.size());
}

void index_events(Corpus& corpus) {
    corpus.events_by_type.assign(kEventTypes, {});
    corpus.events_by_entity.assign(corpus.entities.size(), {});
    for (Document& d : corpus.documents) d.events.clear();  // indexing again (after curation) starts over
    // Counted first, so each list is allocated once at its size rather than grown step by step
    // (for a million events, a few hundred thousand reallocations fewer).
    std::vector<uint32_t> per_document(corpus.documents.size()), per_type(kEventTypes), per_entity(corpus.entities.size());
    for (const Event& e : corpus.events) {
        ++per_document[e.doc];
        ++per_type[static_cast<std::size_t>(e.type)];
        for (uint32_t ent : e.entities) ++per_entity[ent];
    }
    for (std::size_t i = 0; i < corpus.documents.size(); ++i) corpus.documents[i].events.reserve(per_document[i]);
    for (std::size_t i = 0; i < per_type.size(); ++i) corpus.events_by_type[i].reserve(per_type[i]);
    for (std::size_t i = 0; i < corpus.entities.size(); ++i) corpus.events_by_entity[i].reserve(per_entity[i]);
    for (uint32_t i = 0; i < corpus.events.size(); ++i) {
        const Event& e = corpus.events[i];
        corpus.events_by_type[static_cast<std::size_t>(e.type)].push_back(i);
        for (uint32_t ent : e.entities) corpus.events_by_entity[ent].push_back(i);
        corpus.documents[e.doc].events.push_back(i);
    }
}

std::string first_nonempty_line(std::string_view text) {
    std::string title;
    bool found = false;
    for_each_line(text, [&](std::string_view line) {
        if (found || is_blank(line)) return;
        title = std::string(trim(line));
        found = true;
    });
    return title;
}

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = is_space(c);
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

std::size_t count_paragraphs(std::string_view text) {
    std::size_t paragraphs = 0;
    bool in_paragraph = false;
    for_each_line(text, [&](std::string_view line) {
        const bool blank = is_blank(line);
        if (!blank && !in_paragraph) ++paragraphs;
        in_paragraph = !blank;
    });
    return paragraphs;
}

// [SECTION] building: each document on its own, then the corpus as a whole
// What the builder keeps between steps. Everything per document is extracted in step();
// finish() needs the analyses of all documents at once (dating one from the others).
struct CorpusBuilder::State {
    const Lexicon* lex = nullptr;
    ImportResult imported;
    Corpus corpus;                 // documents[i] is filled when article i is extracted
    std::vector<Analysis> an;
    std::vector<uint8_t> extracted;  // per article
    ExtractScratch scratch;        // step()'s, reused by every document
    std::size_t next = 0;          // the next article step() extracts
    std::size_t done = 0;
    bool excerpts_only = false;
};

CorpusBuilder::CorpusBuilder(ImportResult imported, const Lexicon& lexicon) : state_(std::make_unique<State>()) {
    State& st = *state_;
    st.lex = &lexicon;
    st.imported = std::move(imported);
    const std::size_t n = st.imported.articles.size();
    st.corpus.title = st.imported.manifest.title;
    st.corpus.messages = std::move(st.imported.messages);
    st.corpus.documents.resize(n);
    st.an.resize(n);
    st.extracted.assign(n, 0);
}

CorpusBuilder::CorpusBuilder(CorpusBuilder&&) noexcept = default;
CorpusBuilder& CorpusBuilder::operator=(CorpusBuilder&&) noexcept = default;
CorpusBuilder::~CorpusBuilder() = default;

std::size_t CorpusBuilder::done() const { return state_ ? state_->done : 0; }
std::size_t CorpusBuilder::total() const { return state_ ? state_->corpus.documents.size() : 0; }

bool CorpusBuilder::step(std::size_t max_documents) {
    if (!state_) return true;
    State& st = *state_;
    const std::size_t total = st.imported.articles.size();
    for (std::size_t n = 0; st.next < total && n < max_documents; ++st.next) {
        if (st.extracted[st.next]) continue;
        extract(st.next, st.scratch);
        ++st.done;
        ++n;
    }
    return st.done == st.corpus.documents.size();
}

void CorpusBuilder::add_extracted(Document document, Analysis analysis) {
    State& st = *state_;
    st.corpus.documents.push_back(std::move(document));
    st.an.push_back(std::move(analysis));
    st.extracted.push_back(1);
    ++st.done;
}

void CorpusBuilder::extract(std::size_t index, ExtractScratch& scratch) {
    State& st = *state_;
    extract_document(st.imported.articles[index], *st.lex, scratch, st.corpus.documents[index], st.an[index]);
    if (st.excerpts_only) keep_event_excerpts(st.corpus.documents[index], st.an[index]);
    st.extracted[index] = 1;
}

void CorpusBuilder::keep_excerpts_only() { state_->excerpts_only = true; }

void CorpusBuilder::mark_extracted(std::size_t count) { state_->done += count; }

Corpus CorpusBuilder::finish() {
    if (!state_) return Corpus{};
    while (!step(std::size_t{1} << 20)) {
    }
    State& st = *state_;
    const Lexicon& lex = *st.lex;
    Corpus& corpus = st.corpus;

    // [SECTION] the corpus as a whole
    date_from_corpus(corpus.documents, st.an, lex);

    // Entities: the lexicon's and the names found in the documents (one entity across the corpus
    // per spelling), only those mentioned, most mentioned first. Ids below the lexicon's size
    // are lexicon entities; the found names follow in the order the documents first name them.
    const uint32_t lexicon_size = static_cast<uint32_t>(lex.entities.size());
    std::vector<FoundName> found;
    // Each spelling's id across the corpus, the lexicon's or a found one: a spelling is looked up
    // in the lexicon once, not once per document naming it.
    std::unordered_map<std::string, uint32_t> name_ids;
    // The documents' own name ids to corpus-wide ones, all documents in one list.
    std::vector<uint32_t> found_global;
    std::vector<std::size_t> found_global_at(corpus.documents.size());
    for (std::size_t di = 0; di < corpus.documents.size(); ++di) {
        found_global_at[di] = found_global.size();
        for (const FoundName& f : st.an[di].names.found) {
            auto it = name_ids.find(f.name);
            if (it == name_ids.end()) {
                const int32_t known = lex.find_entity(f.name);
                const uint32_t id = known >= 0 ? static_cast<uint32_t>(known) : lexicon_size + static_cast<uint32_t>(found.size());
                if (known < 0) found.push_back(f);
                it = name_ids.emplace(f.name, id).first;
            } else if (it->second >= lexicon_size) {
                FoundName& g = found[it->second - lexicon_size];
                if (g.kind == EntityKind::name) g.kind = f.kind;
                if (g.actor < 0) g.actor = f.actor;
            }
            found_global.push_back(it->second);
        }
    }
    auto global_id = [&](std::size_t di, uint32_t id) {
        return id < lexicon_size ? id : found_global[found_global_at[di] + (id - lexicon_size)];
    };
    auto global_name = [&](uint32_t id) -> const std::string& {
        return id < lexicon_size ? lex.entities[id].name : found[id - lexicon_size].name;
    };
    const std::size_t all = lexicon_size + found.size();
    std::vector<uint32_t> count(all, 0), docs(all, 0), last_doc(all, ~0u);
    for (std::size_t di = 0; di < st.an.size(); ++di) {
        for (const MentionSpan& m : st.an[di].spans) {
            const uint32_t g = global_id(di, m.entity);
            ++count[g];
            if (last_doc[g] != di) last_doc[g] = static_cast<uint32_t>(di), ++docs[g];
        }
    }
    // A capitalized word of no known kind named once in the whole corpus is no entity worth a
    // row: it would only multiply the co-mention pairs.
    std::vector<uint32_t> order;
    for (uint32_t e = 0; e < all; ++e)
        if (count[e] && !(e >= lexicon_size && found[e - lexicon_size].kind == EntityKind::name && count[e] < 2))
            order.push_back(e);
    // The first eight bytes of each name, as a number that orders as the bytes do: most names
    // differ there, so the sort compares integers and reads whole names only on a tie.
    std::vector<uint64_t> prefix(all, 0);
    for (uint32_t e : order) {
        const std::string& name = global_name(e);
        uint64_t p = 0;
        for (std::size_t i = 0; i < 8; ++i)
            p = (p << 8) | (i < name.size() ? static_cast<unsigned char>(name[i]) : 0u);
        prefix[e] = p;
    }
    std::sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        if (count[x] != count[y]) return count[x] > count[y];
        if (prefix[x] != prefix[y]) return prefix[x] < prefix[y];
        return global_name(x) < global_name(y);
    });
    std::vector<int32_t> corpus_entity(all, -1);
    for (uint32_t i = 0; i < order.size(); ++i) {
        const uint32_t g = order[i];
        corpus_entity[g] = static_cast<int32_t>(i);
        const EntityKind kind = g < lexicon_size ? lex.entities[g].kind : found[g - lexicon_size].kind;
        corpus.entities.push_back({global_name(g), kind, count[g], docs[g]});
    }
    auto entity_of = [&](uint32_t global) { return static_cast<uint32_t>(corpus_entity[global]); };

    std::vector<std::vector<MentionRef>> refs(corpus.documents.size());
    std::size_t event_total = 0;
    for (const Analysis& a : st.an) event_total += a.events.size();
    corpus.events.reserve(event_total);
    for (std::size_t di = 0; di < corpus.documents.size(); ++di) {
        Document& d = corpus.documents[di];
        const Analysis& a = st.an[di];
        d.mentions.reserve(a.spans.size());
        refs[di].reserve(a.spans.size());
        for (std::size_t i = 0; i < a.spans.size(); ++i) {
            const MentionSpan& m = a.spans[i];
            const uint32_t s = a.span_sentence[i];
            if (corpus_entity[global_id(di, m.entity)] < 0) continue;
            const uint32_t ent = entity_of(global_id(di, m.entity));
            d.mentions.push_back({ent, m.begin, m.end, s});
            refs[di].push_back({ent, s, d.sentences.empty() ? 0 : d.sentences[s].paragraph});
        }
        const Date pub = parse_iso_date(d.published);
        d.times.reserve(a.times.size());
        for (std::size_t t = 0; t < a.times.size(); ++t)
            d.times.push_back({a.times[t].begin, a.times[t].end, a.times[t].sentence, a.times[t].kind,
                               resolve_time(a.times, t, pub)});
        // Events of this document.
        for (const MergedEvent& me : a.events) {
            Event e;
            e.doc = static_cast<uint32_t>(di);
            e.type = me.type;
            const EventMention& main = a.mentions[me.main];
            e.date = me.date;
            if (main.time >= 0 && !a.mention_dates[me.main].empty()) {
                const TimeSpan& t = a.times[static_cast<std::size_t>(main.time)];
                e.date_text = std::string(document_text(d, t.begin, t.end));
                e.date_basis = (t.kind == TimeKind::date && t.stated.year) ? DateBasis::text : d.published_basis;
            } else if (!e.date.empty()) {
                e.date_basis = d.published_basis;  // the story's day
            }
            e.entities.reserve(me.actors.size() + me.weapons.size() + me.places.size() + (me.name >= 0 ? 1 : 0));
            auto names = [&](const IdList& ids, std::vector<Name>& out) {
                out.reserve(ids.size());
                for (uint32_t id : ids) {
                    const uint32_t g = global_id(di, id);
                    out.push_back(global_name(g));
                    if (corpus_entity[g] >= 0) e.entities.push_back(entity_of(g));
                }
            };
            names(me.actors, e.actors);
            names(me.weapons, e.weapons);
            names(me.places, e.places);
            e.count = me.count;
            if (me.name >= 0) {
                const uint32_t g = global_id(di, static_cast<uint32_t>(me.name));
                e.name = global_name(g);
                if (corpus_entity[g] >= 0) e.entities.push_back(entity_of(g));
            }
            std::sort(e.entities.begin(), e.entities.end());
            e.entities.erase(std::unique(e.entities.begin(), e.entities.end()), e.entities.end());
            for (uint32_t mi : me.mentions) {
                const uint32_t s = a.mentions[mi].sentence;
                const Evidence ev{s, d.sentences[s].begin, d.sentences[s].end};
                if (e.evidence.empty() || e.evidence.back().sentence != s) e.evidence.push_back(ev);
                if (mi == me.main) e.main = ev;
            }
            corpus.events.push_back(std::move(e));
        }
        st.an[di] = Analysis{};  // this document's analysis is spent: its memory goes back before the next one's
    }

    // Events by date (undated last), then document and position; then the indexes.
    sort_events(corpus.events);
    index_events(corpus);
    corpus.comentions = count_comentions(refs, static_cast<uint32_t>(corpus.entities.size()));
    Corpus out = std::move(corpus);
    state_.reset();  // the analyses are no longer needed; a second finish() gives an empty corpus
    return out;
}

bool event_before(const Event& x, const Event& y) {
    if (x.date.empty() != y.date.empty()) return y.date.empty();
    if (x.date != y.date) return x.date < y.date;
    if (x.doc != y.doc) return x.doc < y.doc;
    return x.main.begin < y.main.begin;
}

Corpus build_corpus(ImportResult imported) { return build_corpus(std::move(imported), Lexicon::builtin()); }

Corpus build_corpus(ImportResult imported, const Lexicon& lex) {
    CorpusBuilder builder(std::move(imported), lex);
    return builder.finish();
}

}  // namespace core
