#include "core/curation.h"

#include <algorithm>
#include <map>
#include <numeric>

#include <nlohmann/json.hpp>

#include "core/json_read.h"
#include "core/json_writer.h"
#include "core/manifest.h"

namespace core {
namespace {

// An event while the steps run: the event, the reference steps name it by, and what was done.
struct Working {
    Event event;
    EventRef ref;
    bool accepted = false, edited = false, added = false, rejected = false;
};

std::string describe(const EventRef& r) {
    return r.type + " event at byte " + std::to_string(r.begin) + " of " + r.doc;
}

int document_index(const Corpus& corpus, const std::string& id) {
    for (std::size_t i = 0; i < corpus.documents.size(); ++i)
        if (corpus.documents[i].id == id) return static_cast<int>(i);
    return -1;
}

// The exact reference first; else an event of that document and type with any evidence
// sentence starting there (a rebuild may pick another sentence as the main one).
Working* find_event(std::vector<Working>& events, const Corpus& corpus, const EventRef& ref) {
    for (Working& w : events)
        if (w.ref == ref) return &w;
    const int doc = document_index(corpus, ref.doc);
    if (doc < 0) return nullptr;
    for (Working& w : events) {
        if (static_cast<int>(w.event.doc) != doc || w.ref.type != ref.type) continue;
        for (const Evidence& ev : w.event.evidence)
            if (ev.begin == ref.begin) return &w;
    }
    return nullptr;
}

// Event::entities follows the names: the corpus entities among actors, weapons, places and name.
void index_entities(Event& e, const std::map<std::string, uint32_t>& entity_of) {
    e.entities.clear();
    auto add = [&](const std::string& name) {
        if (auto it = entity_of.find(name); it != entity_of.end()) e.entities.push_back(it->second);
    };
    for (const std::string& a : e.actors) add(a);
    for (const std::string& w : e.weapons) add(w);
    for (const std::string& p : e.places) add(p);
    if (!e.name.empty()) add(e.name);
    std::sort(e.entities.begin(), e.entities.end());
    e.entities.erase(std::unique(e.entities.begin(), e.entities.end()), e.entities.end());
}

// Actors must be entities of this corpus: returns the unknown one, "" when all are known.
std::string unknown_actor(const std::vector<std::string>& actors, const std::map<std::string, uint32_t>& entity_of) {
    for (const std::string& a : actors)
        if (!entity_of.count(a)) return a;
    return {};
}

std::string status_of(const Working& w) {
    if (w.added) return "added";
    if (w.edited) return "edited";
    if (w.accepted) return "accepted";
    return "";
}

// A person's date is what the event rests on now: the text as they read it.
void set_date(Event& e, const std::string& date) {
    e.date = date;
    e.date_text = Name();
    e.date_basis = date.empty() ? DateBasis::unknown : DateBasis::text;
}

// Applies one step; returns why it could not be, "" when it was.
std::string apply_step(const CurationStep& s, std::vector<Working>& events, const Corpus& corpus,
                       const std::map<std::string, uint32_t>& entity_of) {
    if (s.op == CurationOp::add) {
        EventType type;
        if (!event_type_from_name(s.event.type, type)) return "no event type '" + s.event.type + "'";
        if (std::string e = s.date.empty() ? "" : curation_date_error(s.date); !e.empty()) return e;
        if (std::string a = unknown_actor(s.actors, entity_of); !a.empty()) return "no entity '" + a + "' in this corpus";
        const int doc = document_index(corpus, s.event.doc);
        if (doc < 0) return "no document '" + s.event.doc + "'";
        const Document& d = corpus.documents[doc];
        // document_text clamps: a range it gives whole is text (or a kept excerpt) of the document.
        if (s.end <= s.event.begin || document_text(d, s.event.begin, s.end).size() != s.end - s.event.begin)
            return "bytes " + std::to_string(s.event.begin) + " to " + std::to_string(s.end) + " are not text of " + s.event.doc;
        for (const Working& w : events)
            if (w.ref == s.event && !w.rejected) return "that sentence already has a " + s.event.type + " event";
        Working w;
        w.ref = s.event;
        w.added = true;
        Event& e = w.event;
        e.doc = static_cast<uint32_t>(doc);
        e.type = type;
        set_date(e, s.date);
        e.actors.assign(s.actors.begin(), s.actors.end());
        // The sentence holding the range: sentences are in text order.
        const auto sentence = std::upper_bound(d.sentences.begin(), d.sentences.end(), s.event.begin,
                                               [](uint32_t b, const Sentence& x) { return b < x.begin; });
        const uint32_t index = sentence == d.sentences.begin() ? 0 : static_cast<uint32_t>(sentence - d.sentences.begin() - 1);
        e.main = Evidence{index, s.event.begin, s.end};
        e.evidence = {e.main};
        index_entities(e, entity_of);
        // A rejected event at the same place gives way to the one added there.
        events.erase(std::remove_if(events.begin(), events.end(), [&](const Working& x) { return x.ref == s.event; }),
                     events.end());
        events.push_back(std::move(w));
        return {};
    }
    Working* w = find_event(events, corpus, s.event);
    if (!w) return "no " + describe(s.event);
    switch (s.op) {
        case CurationOp::accept: w->accepted = true; w->rejected = false; break;
        case CurationOp::reject: w->rejected = true; break;
        case CurationOp::restore: w->rejected = false; break;
        case CurationOp::set_type: {
            EventType type;
            if (!event_type_from_name(s.type, type)) return "no event type '" + s.type + "'";
            w->event.type = type;
            w->edited = true;
            break;
        }
        case CurationOp::set_date: {
            if (std::string e = curation_date_error(s.date); !e.empty()) return e;
            set_date(w->event, s.date);
            w->edited = true;
            break;
        }
        case CurationOp::set_actors: {
            if (std::string a = unknown_actor(s.actors, entity_of); !a.empty()) return "no entity '" + a + "' in this corpus";
            w->event.actors.assign(s.actors.begin(), s.actors.end());
            index_entities(w->event, entity_of);
            w->edited = true;
            break;
        }
        case CurationOp::add: break;
    }
    return {};
}

void write_ref(JsonWriter& w, const EventRef& r) {
    w.begin_object();
    w.field("doc", r.doc);
    w.field("type", r.type);
    w.field("begin", int64_t{r.begin});
    w.end_object();
}

// Reading: each helper says what is wrong at `where`, or fills `out`.
std::string read_string(const nlohmann::json& j, const char* key, const std::string& where, std::string& out) {
    if (!j.contains(key)) return where + ": no \"" + key + "\"";
    if (!j[key].is_string()) return where + "." + key + ": not a string";
    out = j[key].get<std::string>();
    return {};
}

std::string read_offset(const nlohmann::json& j, const char* key, const std::string& where, uint32_t& out) {
    if (!j.contains(key)) return where + ": no \"" + key + "\"";
    const nlohmann::json& v = j[key];
    if (!v.is_number_unsigned() || v.get<uint64_t>() > UINT32_MAX) return where + "." + key + ": not a byte offset";
    out = static_cast<uint32_t>(v.get<uint64_t>());
    return {};
}

std::string read_actors(const nlohmann::json& j, const std::string& where, std::vector<std::string>& out) {
    if (!j.contains("actors")) return where + ": no \"actors\"";
    if (!j["actors"].is_array()) return where + ".actors: not a list of names";
    for (const nlohmann::json& a : j["actors"]) {
        if (!a.is_string()) return where + ".actors: not a list of names";
        out.push_back(a.get<std::string>());
    }
    return {};
}

std::string read_step(const nlohmann::json& j, const std::string& where, CurationStep& s) {
    if (!j.is_object()) return where + ": not an object";
    std::string op;
    if (std::string e = read_string(j, "op", where, op); !e.empty()) return e;
    static const CurationOp ops[] = {CurationOp::accept, CurationOp::reject, CurationOp::restore, CurationOp::set_type,
                                     CurationOp::set_date, CurationOp::set_actors, CurationOp::add};
    const auto found = std::find_if(std::begin(ops), std::end(ops), [&](CurationOp o) { return op == curation_op_name(o); });
    if (found == std::end(ops)) return where + ".op: no step '" + op + "'";
    s.op = *found;
    std::string e;
    if (s.op == CurationOp::add) {
        if (e.empty()) e = read_string(j, "doc", where, s.event.doc);
        if (e.empty()) e = read_offset(j, "begin", where, s.event.begin);
        if (e.empty()) e = read_offset(j, "end", where, s.end);
        if (e.empty()) e = read_string(j, "type", where, s.event.type);
        if (e.empty()) e = read_string(j, "date", where, s.date);
        if (e.empty()) e = read_actors(j, where, s.actors);
        return e;
    }
    if (!j.contains("event") || !j["event"].is_object()) return where + ": no \"event\" object";
    const nlohmann::json& ev = j["event"];
    const std::string at = where + ".event";
    if (e.empty()) e = read_string(ev, "doc", at, s.event.doc);
    if (e.empty()) e = read_string(ev, "type", at, s.event.type);
    if (e.empty()) e = read_offset(ev, "begin", at, s.event.begin);
    if (e.empty() && s.op == CurationOp::set_type) e = read_string(j, "type", where, s.type);
    if (e.empty() && s.op == CurationOp::set_date) e = read_string(j, "date", where, s.date);
    if (e.empty() && s.op == CurationOp::set_actors) e = read_actors(j, where, s.actors);
    return e;
}

}  // namespace

const char* curation_op_name(CurationOp op) {
    switch (op) {
        case CurationOp::accept: return "accept";
        case CurationOp::reject: return "reject";
        case CurationOp::restore: return "restore";
        case CurationOp::set_type: return "type";
        case CurationOp::set_date: return "date";
        case CurationOp::set_actors: return "actors";
        case CurationOp::add: return "add";
    }
    return "accept";
}

CurationStep accept_step(EventRef event) { return {CurationOp::accept, std::move(event), 0, {}, {}, {}}; }
CurationStep reject_step(EventRef event) { return {CurationOp::reject, std::move(event), 0, {}, {}, {}}; }
CurationStep restore_step(EventRef event) { return {CurationOp::restore, std::move(event), 0, {}, {}, {}}; }
CurationStep type_step(EventRef event, std::string type) {
    return {CurationOp::set_type, std::move(event), 0, std::move(type), {}, {}};
}
CurationStep date_step(EventRef event, std::string date) {
    return {CurationOp::set_date, std::move(event), 0, {}, std::move(date), {}};
}
CurationStep actors_step(EventRef event, std::vector<std::string> actors) {
    return {CurationOp::set_actors, std::move(event), 0, {}, {}, std::move(actors)};
}
CurationStep add_step(std::string doc, uint32_t begin, uint32_t end, std::string type, std::string date,
                      std::vector<std::string> actors) {
    return {CurationOp::add, {std::move(doc), std::move(type), begin}, end, {}, std::move(date), std::move(actors)};
}

EventRef event_ref(const Corpus& corpus, const Event& event) {
    return {event.doc < corpus.documents.size() ? corpus.documents[event.doc].id : std::string(),
            event_type_name(event.type), event.main.begin};
}

EventRef curation_ref(const Corpus& corpus, const CurationResult& result, std::size_t event) {
    if (event < result.refs.size()) return result.refs[event];
    if (result.refs.empty() && event < corpus.events.size()) return event_ref(corpus, corpus.events[event]);
    return {};
}

std::vector<EventRef> curation_refs(const Corpus& corpus, const CurationResult& result) {
    if (!result.refs.empty()) return result.refs;
    std::vector<EventRef> refs;
    refs.reserve(corpus.events.size());
    for (const Event& e : corpus.events) refs.push_back(event_ref(corpus, e));
    return refs;
}

int find_curated_event(const Corpus& corpus, const CurationResult& result, const EventRef& ref) {
    if (!result.refs.empty()) {
        const auto it = std::find(result.refs.begin(), result.refs.end(), ref);
        return it == result.refs.end() ? -1 : static_cast<int>(it - result.refs.begin());
    }
    // The offset first: a reference is built only for the few events that start there.
    for (std::size_t i = 0; i < corpus.events.size(); ++i)
        if (corpus.events[i].main.begin == ref.begin && event_ref(corpus, corpus.events[i]) == ref) return static_cast<int>(i);
    return -1;
}

bool event_type_from_name(std::string_view name, EventType& type) {
    for (int t = 0; t < kEventTypes; ++t)
        if (name == event_type_name(static_cast<EventType>(t))) {
            type = static_cast<EventType>(t);
            return true;
        }
    return false;
}

std::string curation_date_error(std::string_view date) {
    if (is_iso_date(date)) return {};
    if (date.empty()) return "type a date: YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-04-13, 2023-04, 2023)";
    return "'" + std::string(date) + "' is not a date: type YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-04-13, 2023-04, 2023)";
}

CurationResult apply_curation(Corpus& corpus, const Curation& curation, std::size_t step_count) {
    CurationResult result;
    const std::size_t n = std::min(step_count, curation.steps.size());
    // No step and the events in order (a bundle, a fresh build): nothing changes, and moving a
    // million events through a working copy would cost seconds and its size in peak memory.
    if (n == 0 && std::is_sorted(corpus.events.begin(), corpus.events.end(), event_before)) {
        result.status.assign(corpus.events.size(), std::string());
        index_events(corpus);
        return result;
    }
    std::vector<Working> events;
    events.reserve(corpus.events.size());
    for (Event& e : corpus.events) {
        Working w;
        w.ref = event_ref(corpus, e);
        w.event = std::move(e);
        events.push_back(std::move(w));
    }
    corpus.events.clear();
    std::map<std::string, uint32_t> entity_of;
    for (std::size_t i = 0; i < corpus.entities.size(); ++i) entity_of.emplace(corpus.entities[i].name, static_cast<uint32_t>(i));

    for (std::size_t i = 0; i < n; ++i) {
        const CurationStep& s = curation.steps[i];
        const std::string why = apply_step(s, events, corpus, entity_of);
        if (why.empty()) ++result.applied;
        else result.skipped.push_back("step " + std::to_string(i + 1) + " (" + curation_op_name(s.op) + "): " + why);
    }

    // Events mostly come in order (a bundle keeps it, steps move few): sorting a million again
    // would move every event through a merge buffer for nothing.
    const auto before = [](const Working& x, const Working& y) { return event_before(x.event, y.event); };
    if (!std::is_sorted(events.begin(), events.end(), before)) std::stable_sort(events.begin(), events.end(), before);
    result.status.reserve(events.size());
    result.refs.reserve(events.size());
    corpus.events.reserve(events.size());
    for (Working& w : events) {
        if (w.rejected) {
            result.rejected.push_back(std::move(w.event));
            result.rejected_refs.push_back(std::move(w.ref));
            continue;
        }
        result.status.push_back(status_of(w));
        result.refs.push_back(std::move(w.ref));
        corpus.events.push_back(std::move(w.event));
    }
    index_events(corpus);
    return result;
}

std::string curation_to_json(const Curation& curation) {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    w.field("schema", "curation/1");
    w.key("steps");
    w.begin_array();
    for (const CurationStep& s : curation.steps) {
        w.begin_object();
        w.field("op", curation_op_name(s.op));
        if (s.op == CurationOp::add) {
            w.field("doc", s.event.doc);
            w.field("begin", int64_t{s.event.begin});
            w.field("end", int64_t{s.end});
            w.field("type", s.event.type);
            w.field("date", s.date);
            w.string_list("actors", s.actors);
        } else {
            w.key("event");
            write_ref(w, s.event);
            if (s.op == CurationOp::set_type) w.field("type", s.type);
            if (s.op == CurationOp::set_date) w.field("date", s.date);
            if (s.op == CurationOp::set_actors) w.string_list("actors", s.actors);
        }
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out += '\n';
    return out;
}

CurationRead read_curation(std::string_view json) {
    CurationRead r;
    try {
        const JsonRead j = read_json(json);
        if (!j.ok()) {
            r.error = "not valid JSON: " + j.error;
            return r;
        }
        if (!j.bad_numbers.empty()) {
            r.error = j.bad_numbers.front().path + ": " + bad_number_reason(j.bad_numbers.front());
            return r;
        }
        const nlohmann::json& root = j.value;
        if (!root.is_object() || !root.contains("schema") || root["schema"] != "curation/1") {
            r.error = "not a curation: the file has no \"schema\": \"curation/1\"";
            return r;
        }
        if (!root.contains("steps") || !root["steps"].is_array()) {
            r.error = "no \"steps\" list";
            return r;
        }
        for (std::size_t i = 0; i < root["steps"].size(); ++i) {
            CurationStep s;
            r.error = read_step(root["steps"][i], "steps[" + std::to_string(i) + "]", s);
            if (!r.error.empty()) {
                r.curation.steps.clear();
                return r;
            }
            r.curation.steps.push_back(std::move(s));
        }
    } catch (const std::exception& e) {
        r.curation.steps.clear();
        r.error = std::string("the curation could not be read: ") + e.what();
    }
    return r;
}

}  // namespace core
