#include "core/mapper.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/import.h"

namespace core {
namespace {

using nlohmann::json;

// [SECTION] writing

json excerpts_of(const Document& d, const Analysis& a) {
    json out = json::array();
    for (const auto& [begin, end] : event_excerpt_spans(d, a)) out.push_back({begin, std::string(document_text(d, begin, end))});
    return out;
}

json ids(const IdList& v) { return json(v.to_vector()); }

// [SECTION] reading: every value checked, every index within its list

struct BadLine : std::runtime_error {
    using std::runtime_error::runtime_error;
};

const json& field(const json& object, const char* key) {
    const auto it = object.find(key);
    if (it == object.end()) throw BadLine(std::string("no \"") + key + "\" field");
    return *it;
}

const json& list(const json& v, const char* what, std::size_t size = 0) {
    if (!v.is_array() || (size && v.size() != size))
        throw BadLine(std::string(what) + ": expected a list" + (size ? " of " + std::to_string(size) : std::string()));
    return v;
}

int64_t integer(const json& v, int64_t lo, int64_t hi, const char* what) {
    if (v.is_number_unsigned()) {
        const uint64_t u = v.get<uint64_t>();
        if (u <= static_cast<uint64_t>(hi) && static_cast<int64_t>(u) >= lo) return static_cast<int64_t>(u);
    } else if (v.is_number_integer()) {
        const int64_t x = v.get<int64_t>();
        if (x >= lo && x <= hi) return x;
    } else if (v.is_boolean()) {
        if (lo <= 0 && hi >= 1) return v.get<bool>() ? 1 : 0;
    }
    throw BadLine(std::string("bad value of ") + what);
}

constexpr int64_t kU32 = std::numeric_limits<uint32_t>::max();
uint32_t u32(const json& v, const char* what, int64_t below = kU32 + 1) {
    return static_cast<uint32_t>(integer(v, 0, below - 1, what));
}
int32_t index_or_none(const json& v, const char* what, std::size_t size) {
    return static_cast<int32_t>(integer(v, -1, static_cast<int64_t>(size) - 1, what));
}

std::string text(const json& v, const char* what) {
    if (!v.is_string()) throw BadLine(std::string("bad value of ") + what);
    return v.get<std::string>();
}

IdList id_list(const json& v, const char* what, std::size_t entities) {
    IdList out;
    for (const json& x : list(v, what)) out.push_back(u32(x, what, static_cast<int64_t>(entities)));
    return out;
}

void read_document(const json& o, Document& d) {
    d.id = text(field(o, "id"), "id");
    if (d.id.empty()) throw BadLine("empty id");
    d.file = text(field(o, "file"), "file");
    d.title = text(field(o, "title"), "title");
    d.byline = text(field(o, "byline"), "byline");
    d.source = text(field(o, "source"), "source");
    d.published = text(field(o, "published"), "published");
    d.published_basis = static_cast<DateBasis>(integer(field(o, "basis"), 0, 2, "basis"));  // inferred only in the reduce
    d.words = integer(field(o, "words"), 0, kU32, "words");
    d.paragraphs = integer(field(o, "paragraphs"), 0, kU32, "paragraphs");
    d.invalid_utf8 = integer(field(o, "invalid_utf8"), 0, kU32, "invalid_utf8");
    for (const json& p : list(field(o, "paragraph_spans"), "paragraph_spans")) {
        list(p, "paragraph span", 3);
        d.paragraph_spans.push_back({u32(p[0], "paragraph begin"), u32(p[1], "paragraph end"),
                                     static_cast<ParagraphRole>(integer(p[2], 0, 5, "paragraph role"))});
    }
    for (const json& s : list(field(o, "sentences"), "sentences")) {
        list(s, "sentence", 3);
        d.sentences.push_back({u32(s[0], "sentence begin"), u32(s[1], "sentence end"),
                               u32(s[2], "sentence paragraph", static_cast<int64_t>(std::max<std::size_t>(1, d.paragraph_spans.size())))});
    }
    for (const json& x : list(field(o, "excerpts"), "excerpts")) {
        list(x, "excerpt", 2);
        const uint32_t begin = u32(x[0], "excerpt begin");
        const std::string bytes = text(x[1], "excerpt text");
        if (!d.excerpts.empty() && begin < d.excerpts.back().begin + d.excerpts.back().size)
            throw BadLine("excerpts overlap or are out of order");
        add_excerpt(d, begin, bytes);
    }
}

// Resolving a time resolves its anchors first: a loop among them, or a chain longer than any
// text makes, would never end.
void check_anchors(const std::vector<TimeSpan>& times) {
    constexpr int kLongestChain = 64;
    std::vector<uint8_t> state(times.size(), 0);  // 0 not seen, 1 on the path, 2 checked
    struct Walk {
        const std::vector<TimeSpan>& times;
        std::vector<uint8_t>& state;
        void visit(int32_t i, int depth) {
            if (i < 0 || state[static_cast<std::size_t>(i)] == 2) return;
            if (state[static_cast<std::size_t>(i)] == 1 || depth > kLongestChain) throw BadLine("time anchors form a loop");
            state[static_cast<std::size_t>(i)] = 1;
            visit(times[static_cast<std::size_t>(i)].anchor, depth + 1);
            visit(times[static_cast<std::size_t>(i)].year_anchor, depth + 1);
            state[static_cast<std::size_t>(i)] = 2;
        }
    } walk{times, state};
    for (std::size_t i = 0; i < times.size(); ++i) walk.visit(static_cast<int32_t>(i), 0);
}

void read_analysis(const json& o, const Lexicon& lex, const Document& d, Analysis& a) {
    const std::size_t sentences = std::max<std::size_t>(1, d.sentences.size());
    const json& dateline = list(field(o, "dateline"), "dateline", 3);
    a.dateline = {static_cast<int>(integer(dateline[0], 0, 9999, "dateline")), static_cast<int>(integer(dateline[1], 0, 12, "dateline")),
                  static_cast<int>(integer(dateline[2], 0, 31, "dateline"))};
    for (const json& n : list(field(o, "names"), "names")) {
        list(n, "name", 4);
        a.names.found.push_back({text(n[0], "name"), static_cast<EntityKind>(integer(n[1], 0, kEntityKinds - 1, "name kind")),
                                 index_or_none(n[2], "name actor", lex.entities.size()), integer(n[3], 0, 1, "name space") != 0});
    }
    const std::size_t entities = lex.entities.size() + a.names.found.size();
    const json& times = list(field(o, "times"), "times");
    for (std::size_t i = 0; i < times.size(); ++i) {
        const json& t = list(times[i], "time", 21);
        TimeSpan s;
        s.begin = u32(t[0], "time begin");
        s.end = u32(t[1], "time end");
        s.tok_begin = u32(t[2], "time token");
        s.tok_end = u32(t[3], "time token");
        s.sentence = u32(t[4], "time sentence", static_cast<int64_t>(sentences));
        s.kind = static_cast<TimeKind>(integer(t[5], 0, 5, "time kind"));
        s.stated = {static_cast<int>(integer(t[6], 0, 99999, "time year")), static_cast<int>(integer(t[7], 0, 12, "time month")),
                    static_cast<int>(integer(t[8], 0, 31, "time day"))};
        s.weekday = static_cast<int8_t>(integer(t[9], 0, 7, "time weekday"));
        s.unit = static_cast<int8_t>(integer(t[10], 0, 4, "time unit"));
        s.delta = static_cast<int16_t>(integer(t[11], INT16_MIN, INT16_MAX, "time delta"));
        s.future = integer(t[12], 0, 1, "time future");
        s.since = integer(t[13], 0, 1, "time since");
        s.until = integer(t[14], 0, 1, "time until");
        s.approximate = integer(t[15], 0, 1, "time approximate");
        s.dates_following = integer(t[16], 0, 1, "time dates_following");
        s.year_delta = static_cast<int8_t>(integer(t[17], INT8_MIN, INT8_MAX, "time year_delta"));
        s.year_relative = integer(t[18], 0, 1, "time year_relative");
        s.anchor = index_or_none(t[19], "time anchor", times.size());
        s.year_anchor = index_or_none(t[20], "time year_anchor", times.size());
        a.times.push_back(s);
    }
    check_anchors(a.times);
    for (const json& m : list(field(o, "spans"), "spans")) {
        list(m, "entity mention", 6);
        a.spans.push_back({u32(m[0], "mention entity", static_cast<int64_t>(entities)), u32(m[1], "mention begin"),
                           u32(m[2], "mention end"), u32(m[3], "mention token"), u32(m[4], "mention token")});
        a.span_sentence.push_back(u32(m[5], "mention sentence", static_cast<int64_t>(sentences)));
    }
    for (const Sentence& s : d.sentences) a.sentence_paragraph.push_back(s.paragraph);
    for (const json& m : list(field(o, "mentions"), "mentions")) {
        list(m, "event mention", 13);
        EventMention e;
        e.type = static_cast<EventType>(integer(m[0], 0, kEventTypes - 1, "event type"));
        e.sentence = u32(m[1], "event sentence", static_cast<int64_t>(d.sentences.size()));
        e.trigger = u32(m[2], "event trigger");
        e.time = index_or_none(m[3], "event time", a.times.size());
        e.coarse = integer(m[4], 0, 1, "event coarse");
        e.anaphor = integer(m[5], 0, 1, "event anaphor");
        e.headline = integer(m[6], 0, 1, "event headline");
        e.earlier = integer(m[7], 0, 1, "event earlier");
        e.actors = id_list(m[8], "event actors", entities);
        e.weapons = id_list(m[9], "event weapons", entities);
        e.places = id_list(m[10], "event places", entities);
        e.count = static_cast<int>(integer(m[11], 0, INT32_MAX, "event count"));
        e.name = index_or_none(m[12], "event name", entities);
        a.mentions.push_back(std::move(e));
    }
}

}  // namespace

std::string lexicon_fingerprint(const Lexicon& lex) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : lexicon_to_json(lex)) h = (h ^ c) * 1099511628211ull;
    char hex[17];
    for (int i = 15; i >= 0; --i, h >>= 4) hex[i] = "0123456789abcdef"[h & 15];
    hex[16] = 0;
    return std::string(hex) + "-" + std::to_string(lex.entities.size());
}

bool article_from_jsonl_line(std::string_view line, std::size_t line_number, ArticleInput& art,
                             std::vector<std::string>& notes) {
    ImportResult r = import_files({{"stdin.jsonl", std::string(line)}});
    for (LoadMessage& m : r.messages) {
        std::string reason = std::move(m.reason);
        if (reason.rfind("line 1: ", 0) == 0) reason.erase(0, 8);
        notes.push_back(std::move(reason));
    }
    if (r.articles.size() != 1) {
        if (notes.empty()) notes.push_back("no article on this line");
        return false;
    }
    art = std::move(r.articles[0]);
    if (art.id == "stdin-1") art.id = "stdin-" + std::to_string(line_number);  // as in one file of all the lines
    return true;
}

void map_article(ArticleInput& art, const Lexicon& lex, const std::string& lexicon_id, ExtractScratch& scratch,
                 std::string& out) {
    Document d;
    Analysis a;
    extract_document(art, lex, scratch, d, a);
    json o;
    o["v"] = kMapperVersion;
    o["lexicon"] = lexicon_id;
    o["id"] = d.id;
    o["file"] = d.file;
    o["title"] = d.title;
    o["byline"] = d.byline;
    o["source"] = d.source;
    o["published"] = d.published;
    o["basis"] = static_cast<int>(d.published_basis);
    o["words"] = d.words;
    o["paragraphs"] = d.paragraphs;
    o["invalid_utf8"] = d.invalid_utf8;
    json& paragraphs = o["paragraph_spans"] = json::array();
    for (const Paragraph& p : d.paragraph_spans) paragraphs.push_back({p.begin, p.end, static_cast<int>(p.role)});
    json& sentences = o["sentences"] = json::array();
    for (const Sentence& s : d.sentences) sentences.push_back({s.begin, s.end, s.paragraph});
    o["excerpts"] = excerpts_of(d, a);
    o["dateline"] = {a.dateline.year, a.dateline.month, a.dateline.day};
    json& names = o["names"] = json::array();
    for (const FoundName& n : a.names.found) names.push_back({n.name, static_cast<int>(n.kind), n.actor, n.space ? 1 : 0});
    json& times = o["times"] = json::array();
    for (const TimeSpan& t : a.times)
        times.push_back({t.begin, t.end, t.tok_begin, t.tok_end, t.sentence, static_cast<int>(t.kind), t.stated.year,
                         t.stated.month, t.stated.day, t.weekday, t.unit, t.delta, t.future ? 1 : 0, t.since ? 1 : 0,
                         t.until ? 1 : 0, t.approximate ? 1 : 0, t.dates_following ? 1 : 0, t.year_delta,
                         t.year_relative ? 1 : 0, t.anchor, t.year_anchor});
    json& spans = o["spans"] = json::array();
    for (std::size_t i = 0; i < a.spans.size(); ++i) {
        const MentionSpan& m = a.spans[i];
        spans.push_back({m.entity, m.begin, m.end, m.tok_begin, m.tok_end, a.span_sentence[i]});
    }
    json& mentions = o["mentions"] = json::array();
    for (const EventMention& m : a.mentions)
        mentions.push_back({static_cast<int>(m.type), m.sentence, m.trigger, m.time, m.coarse ? 1 : 0, m.anaphor ? 1 : 0,
                            m.headline ? 1 : 0, m.earlier ? 1 : 0, ids(m.actors), ids(m.weapons), ids(m.places), m.count,
                            m.name});
    out = o.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool read_mapped_line(std::string_view line, const Lexicon& lex, const std::string& lexicon_id, MappedDocument& out,
                      std::string& error) {
    out = MappedDocument{};
    try {
        const json o = json::parse(line.begin(), line.end());
        if (!o.is_object()) throw BadLine("not a mapper line (expected a JSON object)");
        const auto v = o.find("v");
        if (v == o.end() || !v->is_number_integer()) throw BadLine("not a mapper line (no version field \"v\")");
        if (*v != kMapperVersion)
            throw BadLine("mapper line version " + v->dump() + " is not supported (this build reads version " +
                          std::to_string(kMapperVersion) + ")");
        if (text(field(o, "lexicon"), "lexicon") != lexicon_id)
            throw BadLine("mapped with another lexicon (give reduce the same --lexicon as map)");
        read_document(o, out.document);
        read_analysis(o, lex, out.document, out.analysis);
        date_events(out.analysis, parse_iso_date(out.document.published), lex);
        return true;
    } catch (const json::parse_error& e) {
        const std::string what = e.what();
        const auto at = what.find("at line 1, ");
        error = "not valid JSON" + (at == std::string::npos ? std::string() : " (at " + what.substr(at + 11) + ")");
    } catch (const std::exception& e) {
        error = e.what();
    }
    out = MappedDocument{};
    return false;
}

}  // namespace core
