// Merging event mentions into events, per document.
#include "core/events.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <unordered_map>

namespace core {
namespace {

bool overlaps(const IdList& a, const IdList& b) {
    for (uint32_t x : a)
        if (b.contains(x)) return true;
    return false;
}

// Weapon names fit when one ends the other: "ballistic missile" and "short-range ballistic missile".
bool weapons_fit(const IdList& a, const IdList& b, const EntityTable& table) {
    if (a.empty() || b.empty()) return true;
    for (uint32_t x : a)
        for (uint32_t y : b) {
            const std::string& p = table.name(x);
            const std::string& q = table.name(y);
            const std::string& longer = p.size() >= q.size() ? p : q;
            const std::string& shorter = p.size() >= q.size() ? q : p;
            if (longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0) return true;
            if (longer.compare(0, shorter.size(), shorter) == 0) return true;  // "Hwasong" and "Hwasong-15"
        }
    return false;
}

bool arguments_fit(const MergedEvent& e, const EventMention& m, const EntityTable& table) {
    if (e.type != m.type) return false;
    if (e.name >= 0 && m.name >= 0 && e.name != m.name) return false;
    if (!weapons_fit(e.weapons, m.weapons, table)) return false;
    if (e.count && m.count && e.count != m.count) return false;
    return true;
}

bool actors_fit(const MergedEvent& e, const EventMention& m) {
    return e.actors.empty() || m.actors.empty() || overlaps(e.actors, m.actors);
}

// Two dated mentions are one event when the same parties did it: "Yoon held talks with Li" and
// "Yoon and Kishida had a meeting" the same day are two meetings.
bool same_parties(const MergedEvent& e, const EventMention& m) {
    if (e.actors.empty() || m.actors.empty()) return true;
    if (e.actors.size() != m.actors.size()) return false;
    for (uint32_t a : m.actors)
        if (!e.actors.contains(a)) return false;
    return true;
}

// "Iran launched a satellite" and "the satellite was carried by a Russian rocket for Iran": one
// side's actors within the other's.
bool nested_parties(const MergedEvent& e, const EventMention& m) {
    if (e.actors.empty() || m.actors.empty()) return true;
    bool m_in_e = true, e_in_m = true;
    for (uint32_t a : m.actors) m_in_e &= e.actors.contains(a);
    for (uint32_t a : e.actors) e_in_m &= m.actors.contains(a);
    return m_in_e || e_in_m;
}

bool launch_type(EventType t) {
    return t == EventType::missile_launch || t == EventType::satellite_launch || t == EventType::nuclear_test;
}

void absorb(MergedEvent& e, const EventMention& m, uint32_t index) {
    e.mentions.push_back(index);
    for (uint32_t a : m.actors) e.actors.add_unique(a);
    for (uint32_t a : m.weapons) e.weapons.add_unique(a);
    for (uint32_t a : m.places) e.places.add_unique(a);
    if (!e.count) e.count = m.count;
    if (e.name < 0) e.name = m.name;
}

MergedEvent start_event(const EventMention& m, uint32_t index, const std::string& date) {
    MergedEvent e;
    e.type = m.type;
    e.main = index;
    e.date = date;
    absorb(e, m, index);
    return e;
}

}  // namespace

std::vector<MergedEvent> merge_event_mentions(const std::vector<EventMention>& mentions,
                                              const std::vector<std::string>& dates, const EntityTable& table) {
    std::vector<MergedEvent> events;
    // Dated mentions first: same type and date, fitting arguments and shared or unknown actors.
    // The events of each date, in the order they began: a document of many dates stays linear.
    std::unordered_map<std::string_view, std::vector<uint32_t>> events_of_date;
    for (uint32_t i = 0; i < mentions.size(); ++i) {
        if (dates[i].empty()) continue;
        const EventMention& m = mentions[i];
        bool placed = false;
        std::vector<uint32_t>& same_day = events_of_date[dates[i]];
        for (std::size_t k = 0; k < same_day.size() && !placed; ++k) {
            const std::size_t e = same_day[k];
            if (!arguments_fit(events[e], m, table)) continue;
            // Launches, deployments and sanctions of one day with a shared actor are one event;
            // meetings and drills with other parties are others.
            const bool strict = m.type == EventType::summit_or_meeting || m.type == EventType::military_drill;
            if (!(m.anaphor || m.headline ? actors_fit(events[e], m)
                  : strict               ? same_parties(events[e], m)
                                         : nested_parties(events[e], m)))
                continue;
            absorb(events[e], m, i);
            placed = true;
        }
        if (placed) continue;
        same_day.push_back(static_cast<uint32_t>(events.size()));
        events.push_back(start_event(m, i, dates[i]));
    }
    // Undated mentions: a headline names the story's event of its type; an anaphor ("the drill",
    // "the missile flew") the nearest one, earlier ones first; a mention next to one of its type
    // (the lede and the sentence after it) joins it when it brings no new participant. Anything
    // else ("a series of ICBM launches", "a regional summit") is an event of its own.
    const uint32_t lede_end = [&] {
        uint32_t first_body = ~0u;
        for (const EventMention& m : mentions)
            if (!m.headline) first_body = std::min(first_body, m.sentence);
        return first_body == ~0u ? 0u : first_body + 2;
    }();
    // Each event's sentences, and its first sentence outside the headline: the nearest mention
    // of an event is found by a search, so a document of many mentions of one event stays linear.
    std::vector<std::set<uint32_t>> event_sentences(events.size());
    std::vector<uint32_t> event_first_body(events.size(), ~0u);
    auto note = [&](std::size_t e, const EventMention& m) {
        event_sentences[e].insert(m.sentence);
        if (!m.headline) event_first_body[e] = std::min(event_first_body[e], m.sentence);
    };
    for (std::size_t e = 0; e < events.size(); ++e)
        for (uint32_t other : events[e].mentions) note(e, mentions[other]);
    for (uint32_t i = 0; i < mentions.size(); ++i) {
        if (!dates[i].empty()) continue;
        const EventMention& m = mentions[i];
        const uint32_t b = m.sentence;
        int32_t best = -1;
        uint32_t best_distance = ~0u;
        for (std::size_t e = 0; e < events.size(); ++e) {
            if (!arguments_fit(events[e], m, table)) continue;
            // The distance to the event's nearest mention; what came before is the likelier referent.
            uint32_t d = ~0u;
            if (m.headline) {
                if (!actors_fit(events[e], m)) continue;
                d = event_first_body[e] != ~0u ? event_first_body[e] : ~0u - 1;
            } else {
                const bool subset = [&] {
                    for (uint32_t a : m.actors)
                        if (!events[e].actors.contains(a)) return false;
                    return true;
                }();
                const bool fits = m.anaphor ? actors_fit(events[e], m) : subset;
                if (!fits) continue;
                const std::set<uint32_t>& sentences = event_sentences[e];
                const auto after = sentences.upper_bound(b);
                if (after != sentences.begin()) {
                    const uint32_t a = *std::prev(after), before = b - a;
                    if (m.anaphor || before <= 1 || b < lede_end) d = before;
                }
                if (after != sentences.end()) {
                    const uint32_t a = *after, later = 2 * (a - b);
                    if (m.anaphor || (b < lede_end && a < lede_end)) d = std::min(d, later);
                }
                if (d == ~0u) continue;
            }
            if (m.name >= 0 && events[e].name == m.name) d /= 4;
            if (d < best_distance) best_distance = d, best = static_cast<int32_t>(e);
        }
        if (best >= 0) {
            absorb(events[static_cast<std::size_t>(best)], mentions[i], i);
            note(static_cast<std::size_t>(best), m);
            continue;
        }
        events.push_back(start_event(m, i, std::string()));
        event_sentences.emplace_back();
        event_first_body.push_back(~0u);
        note(events.size() - 1, m);
    }
    // A launch nobody is named for ("a Simorgh rocket ... lifted off", "the Hwasong-18 launched in
    // December") is the story's launcher's: the actor most named for the document's launches.
    std::vector<std::pair<uint32_t, uint32_t>> launchers;  // (actor, mentions)
    for (const EventMention& m : mentions) {
        if (!launch_type(m.type)) continue;
        for (uint32_t a : m.actors) {
            auto it = std::find_if(launchers.begin(), launchers.end(), [&](const auto& p) { return p.first == a; });
            if (it == launchers.end()) launchers.push_back({a, 1});
            else ++it->second;
        }
    }
    if (!launchers.empty()) {
        const auto top = std::max_element(launchers.begin(), launchers.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
        for (MergedEvent& e : events)
            if (launch_type(e.type) && e.actors.empty()) e.actors.push_back(top->first);
    }
    for (MergedEvent& e : events) std::sort(e.mentions.begin(), e.mentions.end());
    std::sort(events.begin(), events.end(), [](const MergedEvent& a, const MergedEvent& b) { return a.mentions[0] < b.mentions[0]; });
    return events;
}

std::size_t date_story_events(std::vector<MergedEvent>& events, const std::vector<EventMention>& mentions,
                              const std::vector<uint32_t>& sentence_paragraph, const std::vector<std::string>& sentence_time,
                              const Date& published) {
    // The story's day: the dated event of the headline, else the first dated event of the lede.
    std::string story;
    uint32_t story_sentence = ~0u;
    uint32_t first_body = ~0u;
    for (const EventMention& m : mentions)
        if (!m.headline) first_body = std::min(first_body, m.sentence);
    for (const MergedEvent& e : events) {
        if (e.date.size() != 10) continue;
        for (uint32_t mi : e.mentions) {
            const EventMention& m = mentions[mi];
            const bool lede = m.headline || (first_body != ~0u && m.sentence < first_body + 3);
            if (lede && m.sentence < story_sentence) story = e.date, story_sentence = m.sentence;
        }
    }
    std::size_t dated = 0;
    for (MergedEvent& e : events) {
        if (!e.date.empty()) continue;
        bool headline = false, earlier = false;
        for (uint32_t mi : e.mentions) headline |= mentions[mi].headline, earlier |= mentions[mi].earlier;
        if (headline) {
            e.date = !story.empty() ? story : published.full() ? published.iso() : std::string();
            dated += !e.date.empty();
            continue;
        }
        if (story.empty() || earlier) continue;
        // The nearest dated mention before the event's first, within its paragraph or the two before.
        const EventMention& first = mentions[e.mentions.front()];
        const uint32_t paragraph = sentence_paragraph[first.sentence];
        const std::string* before = nullptr;
        uint32_t before_sentence = 0;
        for (const MergedEvent& o : events) {
            if (o.date.empty() || &o == &e) continue;
            for (uint32_t mi : o.mentions) {
                const uint32_t sn = mentions[mi].sentence;
                if (sn > first.sentence || sentence_paragraph[sn] + 2 < paragraph) continue;
                if (!before || sn >= before_sentence) before = &o.date, before_sentence = sn;
            }
        }
        bool other_time = false;
        for (uint32_t sn = before_sentence + 1; before && sn <= first.sentence && sn < sentence_time.size(); ++sn)
            other_time |= !sentence_time[sn].empty() && sentence_time[sn] != story;
        if (before && *before == story && !other_time) {
            e.date = story;
            ++dated;
        }
    }
    return dated;
}

}  // namespace core
