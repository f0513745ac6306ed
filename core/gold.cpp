#include "core/gold.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "core/json_read.h"
#include "core/json_writer.h"

namespace core {
namespace {

using json = nlohmann::json;

// [SECTION] reading

std::string string_field(const json& obj, const char* key, const std::string& where, std::string& error) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (!it->is_string()) {
        if (error.empty()) error = where + "." + key + ": not a string";
        return {};
    }
    return it->get<std::string>();
}

std::vector<std::string> string_list(const json& obj, const char* key, const std::string& where, std::string& error) {
    std::vector<std::string> out;
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return out;
    if (!it->is_array()) {
        if (error.empty()) error = where + "." + key + ": not a list";
        return out;
    }
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& v = (*it)[i];
        if (v.is_string()) out.push_back(v.get<std::string>());
        else if (error.empty()) error = where + "." + key + "[" + std::to_string(i) + "]: not a string";
    }
    return out;
}

std::vector<GoldEvent> read_events(const json& doc, const char* key, const std::string& where, std::string& error) {
    std::vector<GoldEvent> out;
    const auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) return out;
    if (!it->is_array()) {
        if (error.empty()) error = where + "." + key + ": not a list";
        return out;
    }
    for (std::size_t i = 0; i < it->size() && error.empty(); ++i) {
        const json& e = (*it)[i];
        const std::string at = where + "." + key + "[" + std::to_string(i) + "]";
        if (!e.is_object()) {
            error = at + ": not an object";
            break;
        }
        GoldEvent g;
        g.id = string_field(e, "id", at, error);
        g.type = string_field(e, "type", at, error);
        g.date = string_field(e, "date", at, error);
        g.date_basis = string_field(e, "date_basis", at, error);
        g.name = string_field(e, "name", at, error);
        g.actors = string_list(e, "actors", at, error);
        g.evidence = string_list(e, "evidence", at, error);
        if (error.empty() && g.type.empty()) error = at + ": no type";
        if (error.empty() && g.evidence.empty()) error = at + ": no evidence";
        for (const std::string& q : g.evidence)
            if (error.empty() && q.empty()) error = at + ": an empty evidence string";
        out.push_back(std::move(g));
    }
    return out;
}

// [SECTION] scoring

void add_spans(std::string_view text, std::string_view quote, std::vector<std::pair<uint32_t, uint32_t>>& out) {
    for (std::size_t at = text.find(quote); at != std::string_view::npos; at = text.find(quote, at + 1))
        out.emplace_back(static_cast<uint32_t>(at), static_cast<uint32_t>(at + quote.size()));
}

struct GoldSpans {
    const GoldEvent* event;
    std::vector<std::pair<uint32_t, uint32_t>> spans;
};

bool overlaps_any(uint32_t begin, uint32_t end, const GoldSpans& g) {
    for (const auto& s : g.spans)
        if (begin < s.second && s.first < end) return true;
    return false;
}

double actor_f1(const std::vector<std::string>& gold, const std::vector<Name>& system) {
    const std::set<std::string> g(gold.begin(), gold.end()), s(system.begin(), system.end());
    if (s.empty()) return 0.0;
    std::size_t common = 0;
    for (const std::string& a : s) common += g.count(a);
    return 2.0 * static_cast<double>(common) / static_cast<double>(g.size() + s.size());
}

// The first `n` characters (code points) of a UTF-8 string, as Python's s[:n].
std::string_view first_characters(std::string_view s, std::size_t n) {
    std::size_t i = 0;
    for (std::size_t chars = 0; i < s.size() && chars < n; ++chars) {
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
    return s.substr(0, i);
}

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
    char buf[512];
    va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    return std::string(buf, n < 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(n), sizeof buf - 1));
}

std::string ratio(double v) { return v < 0 ? "  -  " : format("%5.2f", v); }

}  // namespace

bool looks_like_gold(std::string_view bytes) {
    // Cheap before the parse: a gold file names its schema near the top.
    const std::string_view head = bytes.substr(0, 4096);
    if (head.find("events-gold/1") == std::string_view::npos) return false;
    const JsonRead r = read_json(bytes);
    if (!r.ok() || !r.value.is_object()) return false;
    const auto it = r.value.find("schema");
    return it != r.value.end() && it->is_string() && it->get<std::string>() == "events-gold/1";
}

GoldRead read_gold(std::string_view bytes) {
    GoldRead out;
    const JsonRead r = read_json(bytes);
    if (!r.ok()) {
        out.error = "not valid JSON: " + r.error;
        return out;
    }
    if (!r.bad_numbers.empty()) {
        out.error = r.bad_numbers[0].path + ": " + bad_number_reason(r.bad_numbers[0]);
        return out;
    }
    const json& root = r.value;
    if (!root.is_object()) {
        out.error = "not a gold file: the JSON is not an object";
        return out;
    }
    const auto schema = root.find("schema");
    if (schema == root.end() || !schema->is_string() || schema->get<std::string>() != "events-gold/1") {
        out.error = "not a gold file: \"schema\" is not \"events-gold/1\"";
        return out;
    }
    out.gold.about = string_field(root, "about", "", out.error);
    const auto docs = root.find("documents");
    if (docs == root.end() || !docs->is_array()) {
        out.error = "no \"documents\" list";
        return out;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < docs->size() && out.error.empty(); ++i) {
        const json& d = (*docs)[i];
        const std::string at = "documents[" + std::to_string(i) + "]";
        if (!d.is_object()) {
            out.error = at + ": not an object";
            break;
        }
        GoldDocument g;
        g.doc = string_field(d, "doc", at, out.error);
        if (out.error.empty() && g.doc.empty()) out.error = at + ": no \"doc\" id";
        if (out.error.empty() && !seen.insert(g.doc).second) out.error = at + ": document '" + g.doc + "' twice";
        g.published = string_field(d, "published", at, out.error);
        g.published_basis = string_field(d, "published_basis", at, out.error);
        g.events = read_events(d, "events", at, out.error);
        g.optional = read_events(d, "optional", at, out.error);
        out.gold.documents.push_back(std::move(g));
    }
    if (!out.error.empty()) out.gold = Gold{};
    return out;
}

std::string write_gold(const Corpus& corpus, const std::vector<std::string>& status) {
    std::vector<std::vector<uint32_t>> by_doc(corpus.documents.size());
    for (uint32_t i = 0; i < corpus.events.size(); ++i) {
        if (i < status.size() && status[i] == "rejected") continue;
        by_doc[corpus.events[i].doc].push_back(i);
    }
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.field("schema", "events-gold/1");
    w.field("about", "Events of this corpus as kept in Corpus Explorer: evidence strings are sentences of the documents.");
    w.key("documents");
    w.begin_array();
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
        const Document& doc = corpus.documents[d];
        w.begin_object();
        w.field("doc", doc.id);
        w.field_or_null("published", doc.published);
        w.field("published_basis", date_basis_name(doc.published_basis));
        w.key("events");
        w.begin_array();
        int n = 0;
        for (uint32_t i : by_doc[d]) {
            const Event& e = corpus.events[i];
            w.begin_object();
            w.field("id", doc.id + "-" + std::to_string(++n));
            w.field("type", event_type_name(e.type));
            w.field_or_null("date", e.date);
            const char* basis = e.date_basis == DateBasis::inferred ? "corpus" : date_basis_name(e.date_basis);
            w.field_or_null("date_basis", e.date.empty() ? "" : basis);
            w.string_list("actors", e.actors);
            if (!e.name.empty()) w.field("name", e.name);
            w.key("evidence");
            w.begin_array();
            std::set<std::string_view> written;
            for (const Evidence& ev : e.evidence) {
                const std::string_view s = document_text(doc, ev.begin, ev.end);
                if (!s.empty() && written.insert(s).second) w.string(s);
            }
            w.end_array();
            if (i < status.size() && !status[i].empty()) w.field("curated", status[i]);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out += '\n';
    return out;
}

Score score_events(const Corpus& corpus, const Gold& gold) {
    Score out;
    std::unordered_map<std::string, uint32_t> doc_index;
    for (uint32_t d = 0; d < corpus.documents.size(); ++d) doc_index.emplace(corpus.documents[d].id, d);
    std::vector<std::vector<uint32_t>> events_of(corpus.documents.size());
    for (uint32_t i = 0; i < corpus.events.size(); ++i) events_of[corpus.events[i].doc].push_back(i);

    std::map<std::string, ScoreRow> rows;
    std::map<std::string, DateBasisCount> dates;
    std::vector<double> actor_f1s;
    out.event_verdict.assign(corpus.events.size(), -1);
    out.event_match.assign(corpus.events.size(), {-1, -1});

    std::vector<uint32_t> gold_docs;
    for (const GoldDocument& g : gold.documents) {
        const auto it = doc_index.find(g.doc);
        if (it == doc_index.end()) {
            out.error = "no document '" + g.doc + "' in the corpus for the gold";
            return out;
        }
        if (corpus.documents[it->second].text.empty()) {
            out.error = "document '" + g.doc + "' has no full text to find the gold evidence in";
            return out;
        }
        gold_docs.push_back(it->second);
        for (uint32_t i : events_of[it->second]) ++rows[event_type_name(corpus.events[i].type)].system;
    }

    for (std::size_t gi = 0; gi < gold.documents.size(); ++gi) {
        const GoldDocument& g = gold.documents[gi];
        const uint32_t d = gold_docs[gi];
        const std::string& text = corpus.documents[d].text;
        auto spans_of = [&](const std::vector<GoldEvent>& list) {
            std::vector<GoldSpans> spans;
            for (const GoldEvent& e : list) {
                GoldSpans s{&e, {}};
                for (const std::string& q : e.evidence) add_spans(text, q, s.spans);
                if (s.spans.empty() && out.error.empty())
                    out.error = "gold evidence not found in " + g.doc + ": \"" + e.evidence.front() + "\"";
                spans.push_back(std::move(s));
            }
            return spans;
        };
        const std::vector<GoldSpans> required = spans_of(g.events), optional = spans_of(g.optional);
        if (!out.error.empty()) return out;

        std::vector<std::vector<uint32_t>> matched(required.size());
        for (uint32_t i : events_of[d]) {
            const Event& e = corpus.events[i];
            const std::string type = event_type_name(e.type);
            const bool span_ok = e.main.begin < e.main.end && e.main.end <= text.size();
            bool hit = false;
            for (std::size_t r = 0; span_ok && r < required.size(); ++r)
                if (required[r].event->type == type && overlaps_any(e.main.begin, e.main.end, required[r])) {
                    matched[r].push_back(i);
                    if (out.event_match[i].first < 0) out.event_match[i] = {static_cast<int>(gi), static_cast<int>(r)};
                    hit = true;
                }
            for (std::size_t o = 0; span_ok && o < optional.size(); ++o)
                hit = hit || (optional[o].event->type == type && overlaps_any(e.main.begin, e.main.end, optional[o]));
            out.event_verdict[i] = hit ? 1 : 0;
            if (hit) ++rows[type].correct;
            else out.false_alarms.push_back(i);
        }
        for (std::size_t r = 0; r < required.size(); ++r) {
            const GoldEvent& ge = *required[r].event;
            ++rows[ge.type].gold;
            auto date_right = [&] {
                for (uint32_t i : matched[r])
                    if (corpus.events[i].date == ge.date) return true;
                return false;
            };
            if (!ge.date.empty()) {
                ++out.dated_gold;
                out.dated_right += date_right();
            }
            if (!matched[r].empty() && !ge.actors.empty()) {
                double best = 0.0;
                for (uint32_t i : matched[r]) best = std::max(best, actor_f1(ge.actors, corpus.events[i].actors));
                actor_f1s.push_back(best);
                out.actor_exact += best == 1.0;
            }
            if (!matched[r].empty()) {
                ++rows[ge.type].found;
                if (!ge.date.empty()) {
                    const std::string basis = ge.date_basis.empty() ? "text" : ge.date_basis;
                    DateBasisCount& c = dates[basis];
                    c.basis = basis;
                    ++c.of;
                    c.right += date_right();
                }
            } else {
                ScoreMiss m;
                m.doc = g.doc;
                m.gold_id = ge.id;
                m.type = ge.type;
                m.evidence = ge.evidence.front();
                m.date = ge.date;
                m.actors = ge.actors;
                m.document = static_cast<int>(d);
                m.begin = required[r].spans.front().first;
                m.end = required[r].spans.front().second;
                out.misses.push_back(std::move(m));
            }
        }
    }

    for (auto& [type, row] : rows) {
        row.type = type;
        if (row.system) row.precision = static_cast<double>(row.correct) / row.system;
        if (row.gold) row.recall = static_cast<double>(row.found) / row.gold;
        if (row.precision > 0 && row.recall > 0) row.f1 = 2 * row.precision * row.recall / (row.precision + row.recall);
        else if (row.precision >= 0 && row.recall >= 0) row.f1 = 0.0;
        out.system_events += row.system;
        out.correct_events += row.correct;
        out.gold_events += row.gold;
        out.found_events += row.found;
        out.rows.push_back(row);
    }
    out.precision = out.system_events ? static_cast<double>(out.correct_events) / out.system_events : 0.0;
    out.recall = out.gold_events ? static_cast<double>(out.found_events) / out.gold_events : 0.0;
    out.f1 = out.precision + out.recall > 0 ? 2 * out.precision * out.recall / (out.precision + out.recall) : 0.0;
    for (auto& [basis, c] : dates) {
        out.dates.push_back(c);
        out.dates_right += c.right;
        out.dates_of += c.of;
    }
    out.date_accuracy = out.dates_of ? static_cast<double>(out.dates_right) / out.dates_of : 0.0;
    double sum = 0;
    for (double f : actor_f1s) sum += f;
    out.actor_events = static_cast<int>(actor_f1s.size());
    out.actor_f1 = actor_f1s.empty() ? 0.0 : sum / static_cast<double>(actor_f1s.size());
    return out;
}

std::vector<CurationStep> curation_from_gold(const Corpus& corpus, const Gold& gold, const Score& score,
                                             const std::vector<EventRef>& refs) {
    std::vector<CurationStep> steps;
    if (!score.ok() || refs.size() != corpus.events.size() || score.event_match.size() != corpus.events.size()) return steps;
    std::set<std::string> known;
    for (const Entity& e : corpus.entities) known.insert(e.name);
    auto known_actors = [&](const std::vector<std::string>& actors) {
        std::vector<std::string> out;
        for (const std::string& a : actors)
            if (known.count(a)) out.push_back(a);
        return out;
    };
    for (uint32_t i = 0; i < corpus.events.size(); ++i) {
        const Event& e = corpus.events[i];
        const auto [gd, ge] = score.event_match[i];
        if (score.event_verdict[i] == 0) {
            steps.push_back(reject_step(refs[i]));
            continue;
        }
        if (gd < 0) continue;  // optional in the gold, or not scored: left as found
        const GoldEvent& g = gold.documents[gd].events[ge];
        bool changed = false;
        if (!g.date.empty() && g.date != e.date && curation_date_error(g.date).empty()) {
            steps.push_back(date_step(refs[i], g.date));
            changed = true;
        }
        const std::vector<std::string> actors = known_actors(g.actors);
        if (std::set<std::string>(actors.begin(), actors.end()) != std::set<std::string>(e.actors.begin(), e.actors.end())) {
            steps.push_back(actors_step(refs[i], actors));
            changed = true;
        }
        if (!changed) steps.push_back(accept_step(refs[i]));
    }
    for (const ScoreMiss& m : score.misses) {
        if (m.document < 0) continue;
        const Document& d = corpus.documents[m.document];
        const auto s = std::upper_bound(d.sentences.begin(), d.sentences.end(), m.begin,
                                        [](uint32_t b, const Sentence& x) { return b < x.begin; });
        uint32_t begin = m.begin, end = m.end;
        if (s != d.sentences.begin() && std::prev(s)->end >= m.end) begin = std::prev(s)->begin, end = std::prev(s)->end;
        const std::string date = m.date.empty() || curation_date_error(m.date).empty() ? m.date : std::string();
        steps.push_back(add_step(d.id, begin, end, m.type, date, known_actors(m.actors)));
    }
    return steps;
}

std::string score_report(const Score& s, const Corpus& corpus, bool verbose) {
    std::string out = format("%-20s %4s %4s %4s %5s  %5s %5s %5s\n", "type", "sys", "ok", "gold", "found", "P", "R", "F1");
    for (const ScoreRow& r : s.rows)
        out += format("%-20s %4d %4d %4d %5d  ", r.type.c_str(), r.system, r.correct, r.gold, r.found) + ratio(r.precision) +
               " " + ratio(r.recall) + " " + ratio(r.f1) + "\n";
    for (const DateBasisCount& c : s.dates) out += format("dates (%s): %d/%d right\n", c.basis.c_str(), c.right, c.of);
    if (verbose) {
        for (const ScoreMiss& m : s.misses)
            out += "MISS " + m.doc + " " + m.gold_id + " " + m.type + " " + std::string(first_characters(m.evidence, 120)) + "\n";
        for (uint32_t i : s.false_alarms) {
            const Event& e = corpus.events[i];
            const Document& d = corpus.documents[e.doc];
            out += "FALSE " + d.id + " " + event_type_name(e.type) + " " +
                   std::string(first_characters(document_text(d, e.main.begin, e.main.end), 120)) + "\n";
        }
    }
    out += format("actors: mean F1 %.3f over %d found events (exact set %d); dated gold events found with the right date: %d/%d\n",
                  s.actor_f1, s.actor_events, s.actor_exact, s.dated_right, s.dated_gold);
    return out + score_summary_line(s) + "\n";
}

std::string score_summary_line(const Score& s) {
    return format("events: P=%.3f R=%.3f F1=%.3f; dates right %d/%d = %.3f", s.precision, s.recall, s.f1, s.dates_right,
                  s.dates_of, s.date_accuracy);
}

}  // namespace core
