#include <algorithm>
#include <climits>
#include <unordered_map>

#include "core/analysis.h"

namespace core {
namespace {

// What makes two mentions of one type the same event across documents: a name, a place, a count.
// A count counts with its weapon ("two short-range ballistic missiles"): "two missiles" alone is
// too common to tell one launch from another.
template <class F>
void for_each_key(EventType type, int32_t name, const IdList& places, int count,
                  const IdList& weapons, const EntityTable& table, F&& f) {
    const std::string prefix(1, static_cast<char>('a' + static_cast<int>(type)));
    if (name >= 0) f(prefix + "n" + table.name(static_cast<uint32_t>(name)));
    for (uint32_t p : places) f(prefix + "p" + table.name(p));
    if (count > 1 && !weapons.empty()) f(prefix + "c" + std::to_string(count) + table.name(weapons.front()));
}

// The days a key's events fall on, each with how many dated events name it and the first
// document that does: a corpus of many copies of one story adds to a count, not to a list.
struct Source {
    int64_t day;
    uint32_t events;
    uint32_t doc;
};

void add_source(std::vector<Source>& days, int64_t day, uint32_t doc) {
    for (Source& s : days)
        if (s.day == day) {
            ++s.events;
            return;
        }
    days.push_back({day, 1, doc});
}

// The latest date the document's text states with its year ("in 2006", "since September 2017",
// "Sept. 3, 2017"), as a day number of its first possible day: the document cannot be older.
int64_t latest_stated(const Analysis& a) {
    int64_t latest = INT64_MIN;
    for (const TimeSpan& t : a.times)
        if (t.kind == TimeKind::date && t.stated.year)
            latest = std::max(latest, days_from_civil(t.stated.year, t.stated.month ? t.stated.month : 1, t.stated.day ? t.stated.day : 1));
    return latest;
}

}  // namespace

void date_from_corpus(std::vector<Document>& docs, std::vector<Analysis>& an, const Lexicon& lex) {
    bool undated = false;
    for (const Document& d : docs) undated |= d.published_basis == DateBasis::unknown;
    if (!undated) return;
    // [SECTION] the dated events by key
    std::unordered_map<std::string, std::vector<Source>> index;
    for (uint32_t o = 0; o < docs.size(); ++o) {
        if (docs[o].published_basis == DateBasis::unknown) continue;
        const EntityTable table{lex, an[o].names};
        for (const MergedEvent& e : an[o].events) {
            const Date when = parse_iso_date(e.date);
            if (!when.full()) continue;
            const int64_t day = days_from_civil(when.year, when.month, when.day);
            for_each_key(e.type, e.name, e.places, e.count, e.weapons, table, [&](const std::string& key) { add_source(index[key], day, o); });
        }
    }
    // [SECTION] each undated document: constraints from its weekdays, then a sweep
    struct Constraint {
        int64_t lo, hi;
        uint32_t votes;  // the dated events behind it
        uint32_t from_doc;
    };
    std::vector<Constraint> constraints;
    std::vector<std::pair<int64_t, uint32_t>> ends;  // (end, votes)
    for (std::size_t d = 0; d < docs.size(); ++d) {
        if (docs[d].published_basis != DateBasis::unknown) continue;
        const Analysis& a = an[d];
        const EntityTable table{lex, a.names};
        constraints.clear();
        for (const EventMention& m : a.mentions) {
            if (m.time < 0) continue;
            const TimeSpan& t = a.times[static_cast<std::size_t>(m.time)];
            if (t.kind != TimeKind::weekday || t.future) continue;
            for_each_key(m.type, m.name, m.places, m.count, m.weapons, table, [&](const std::string& key) {
                const auto it = index.find(key);
                if (it == index.end()) return;
                for (const Source& s : it->second)
                    if (weekday_of(civil_from_days(s.day)) == t.weekday) constraints.push_back({s.day, s.day + 6, s.events, s.doc});
            });
        }
        if (constraints.empty()) continue;
        // The constraint start covered by the most votes (the earliest on a tie): sorted starts
        // and ends, counted by a sweep.
        std::sort(constraints.begin(), constraints.end(), [](const Constraint& x, const Constraint& y) { return x.lo < y.lo; });
        ends.clear();
        for (const Constraint& c : constraints) ends.push_back({c.hi, c.votes});
        std::sort(ends.begin(), ends.end());
        std::size_t best_votes = 0, closed = 0, started = 0, votes_started = 0, votes_closed = 0;
        int64_t best_day = 0;
        uint32_t from = 0;
        for (std::size_t i = 0; i < constraints.size(); ++i) {
            while (closed < ends.size() && ends[closed].first < constraints[i].lo) votes_closed += ends[closed++].second;
            while (started < constraints.size() && constraints[started].lo == constraints[i].lo) votes_started += constraints[started++].votes;
            const std::size_t votes = votes_started - votes_closed;
            if (votes > best_votes) best_votes = votes, best_day = constraints[i].lo, from = constraints[i].from_doc;
        }
        // One matching event may be a coincidence (allied drills fall on many Thursdays); two that agree are not.
        if (best_votes < 2) continue;
        const Date pub = civil_from_days(best_day);
        if (best_day < latest_stated(a)) continue;  // the text names a later date: not this one
        if (a.dateline.month && (a.dateline.month != pub.month || a.dateline.day != pub.day)) continue;
        docs[d].published = pub.iso();
        docs[d].published_basis = DateBasis::inferred;
        docs[d].published_from = docs[from].id;
        date_events(an[d], pub, lex);
    }
}

}  // namespace core
