#include "core/events.h"

#include <algorithm>

namespace core {
namespace {

using W = RuleWord;

// [SECTION] helpers over one sentence
struct SentenceView {
    std::string_view text;
    const std::vector<Token>& tokens;
    const Lexicon& lex;
    const std::vector<int32_t>& mention_at;  // token -> entity mention index, -1
    const std::vector<int32_t>& time_at;     // token -> time index, -1
    const std::vector<MentionSpan>& mentions;
    uint32_t begin, end;

    bool in(uint32_t k) const { return k >= begin && k < end; }
    uint64_t cls(uint32_t k) const { return in(k) ? lex.classes(tokens[k]) : 0; }
    bool has(uint32_t k, WordClass c) const { return (cls(k) & word_bit(c)) != 0; }
    // Case-insensitive word test: the vocabulary id was looked up when the lexicon loaded.
    bool is(uint32_t k, RuleWord w) const { return in(k) && tokens[k].word >= 0 && tokens[k].word == lex.rule_word(w); }
    bool punct(uint32_t k, char c) const {
        return in(k) && tokens[k].shape == TokenShape::punct && text[tokens[k].begin] == c;
    }
    bool word(uint32_t k) const { return in(k) && tokens[k].shape != TokenShape::punct; }
    const LexiconEntity* entity(uint32_t k) const {
        if (!in(k) || mention_at[k] < 0) return nullptr;
        return &lex.entities[mentions[static_cast<std::size_t>(mention_at[k])].entity];
    }
    // Ends a clause for actors and time attachment: "that", "which", "after", a reporting verb, ";".
    bool clause_break(uint32_t k) const {
        if (time_at[k] >= 0) return false;       // "a day after" is a time, not a clause
        if (mention_at[k] >= 0) return false;    // "States" in "the United States" is no reporting verb
        return has(k, WordClass::clause_break) || has(k, WordClass::reporting) || punct(k, ';');
    }
};

bool contains(const std::vector<uint32_t>& v, uint32_t x) { return std::find(v.begin(), v.end(), x) != v.end(); }
void add_unique(std::vector<uint32_t>& v, uint32_t x) {
    if (!contains(v, x)) v.push_back(x);
}

// Is the trigger at k asserted, or hedged by a modal, plan, fear, negation or infinitive?
bool hedged(const SentenceView& s, uint32_t k) {
    int words = 0;
    for (uint32_t j = k; j > s.begin && words < 6;) {
        --j;
        if (s.clause_break(j) && !s.has(j, WordClass::modal)) break;
        if (!s.word(j)) continue;
        ++words;
        if (s.has(j, WordClass::modal)) return true;
        // "to conduct", "to launch": an infinitive is a plan or a purpose, unless an attempt ("attempt to deploy").
        if (s.has(j, WordClass::to) && s.in(j + 1) && s.tokens[j + 1].shape == TokenShape::word && !s.tokens[j + 1].upper &&
            !s.has(j + 1, WordClass::determiner) && !s.is(j + 1, W::its) && !s.is(j + 1, W::their) && !s.is(j + 1, W::a) &&
            !s.is(j + 1, W::an) && !s.is(j + 1, W::his) && !s.is(j + 1, W::her) && s.mention_at[j + 1] < 0) {
            if (!s.has(j - 1, WordClass::attempt)) return true;
        }
    }
    // "the test, if carried out, would ..."
    for (uint32_t j = k + 1; j < s.end && j <= k + 3; ++j)
        if (s.is(j, W::if_) || s.is(j, W::would) || s.is(j, W::could)) return true;
    return false;
}

// "the drill", "these joint exercises": a determiner shortly before with only lower-case words between.
bool is_anaphor(const SentenceView& s, uint32_t k) {
    // Names may stand between: "the G-20 summit", "the US-South Korea-Japan summit".
    for (uint32_t j = k, words = 0, names = 0; j > s.begin && words < 3 && names < 8;) {
        --j;
        if (s.has(j, WordClass::determiner)) return true;
        if (s.time_at[j] >= 0) return false;
        if (s.mention_at[j] >= 0 || s.punct(j, '-')) {
            ++names;
            continue;
        }
        if (!s.word(j) || s.tokens[j].upper) return false;
        ++words;
    }
    return false;
}

void add_actor(const Lexicon& lex, const LexiconEntity& e, std::vector<uint32_t>& actors) {
    if (e.kind == EntityKind::country) {
        add_unique(actors, static_cast<uint32_t>(&e - lex.entities.data()));
    } else if (e.kind == EntityKind::person && !e.country.empty()) {
        const int32_t c = lex.find_entity(e.country);
        if (c >= 0) add_unique(actors, static_cast<uint32_t>(c));
    }
}

bool trigger_ok(const SentenceView& s, uint32_t k, EventType type, TriggerRole role, uint64_t sentence_classes,
                bool has_weapon, bool has_operation, bool has_actor) {
    const Lexicon& lex = s.lex;
    const EventRule& rule = lex.event_rules[static_cast<int>(type)];
    if (s.mention_at[k] >= 0) return false;  // inside a name: "submarine-launched ballistic missile"
    // "U.S.-imposed sanctions": a verb glued to a name by a hyphen is an adjective.
    if (role == TriggerRole::verb && s.punct(k - 1, '-') && !s.tokens[k - 1].space_before && !s.tokens[k].space_before)
        return false;
    if (role == TriggerRole::bound_noun) {
        uint32_t p = k - 1;
        if (s.punct(p, '-')) --p;
        if (!s.in(p)) return false;
        const bool weapon_before = s.mention_at[p] >= 0 && s.entity(p)->kind == EntityKind::weapon;
        if (!(s.has(p, rule.needs) || (type == EventType::missile_launch && weapon_before))) return false;
    }
    switch (type) {
        case EventType::missile_launch:
            return (sentence_classes & word_bit(WordClass::projectile)) || has_weapon;
        case EventType::military_drill:
            if (s.is(k - 1, W::fire) || s.is(k + 1, W::down) || s.is(k + 1, W::into)) return false;  // fire drill, drill down
            return (sentence_classes & word_bit(WordClass::military)) || has_operation || has_weapon;
        case EventType::deployment: {
            // The asset must stand near the verb: "F-35As were deployed", "deployed troops".
            const uint32_t lo = k > s.begin + 6 ? k - 6 : s.begin, hi = std::min(s.end, k + 7);
            for (uint32_t j = lo; j < hi; ++j)
                if (s.has(j, WordClass::asset) || (s.mention_at[j] >= 0 && s.entity(j)->kind == EntityKind::weapon)) return true;
            return false;
        }
        case EventType::satellite_launch:
        {
            // "satellite TV", "satellite and cable TV": a broadcast sense nearby rules it out;
            // a launch needs its own words close by ("a satellite into orbit", "rocket carrying a satellite").
            for (uint32_t j = k + 1; j < s.end && j <= k + 4; ++j)
                if (s.has(j, WordClass::satellite_not)) return false;
            const uint32_t lo = k > s.begin + 5 ? k - 5 : s.begin, hi = std::min(s.end, k + 6);
            for (uint32_t j = lo; j < hi; ++j)
                if (s.has(j, WordClass::satellite_context)) return (sentence_classes & word_bit(WordClass::satellite_context)) != 0;
            return false;
        }
        case EventType::sanctions_action:
            return (sentence_classes & word_bit(WordClass::sanctions)) != 0 && has_actor;
        case EventType::summit_or_meeting:
            if (role == TriggerRole::verb && !s.is(k + 1, W::with) && !(s.in(k + 1) && s.mention_at[k + 1] >= 0)) return false;
            return has_actor;
        case EventType::nuclear_test:
            return true;  // bound: "nuclear" right before
        case EventType::statement: {
            if (!has_actor) return false;
            if (role == TriggerRole::noun) {
                // Only a statement someone issued or owns: "Choe's statement", "said in a statement",
                // "issued stark warnings"; not "according to a statement" nor "their joint statement".
                if (s.is(k - 1, W::joint)) return false;
                for (uint32_t j = k, n = 0; j > s.begin && n < 4; ++n) {
                    --j;
                    if (s.is(j, W::according)) return false;
                    if (s.is(j, W::issued) || s.is(j, W::issues) || s.is(j, W::his) || s.is(j, W::her) ||
                        (s.punct(j, '\'') && s.is(j + 1, W::s) && j + 2 == k))
                        return true;
                    if (s.is(j, W::in) && s.is(j - 1, W::said)) return true;
                }
                return false;
            }
            return true;
        }
        default: return false;
    }
}

}  // namespace

// [SECTION] finding mentions
std::vector<EventMention> find_event_mentions(std::string_view text, const std::vector<Token>& tokens,
                                              const ArticleLayout& layout, const std::vector<SentenceSpan>& sentences,
                                              const std::vector<MentionSpan>& mentions,
                                              const std::vector<TimeSpan>& times, const Lexicon& lex) {
    std::vector<EventMention> out;
    std::vector<int32_t> mention_at(tokens.size(), -1), time_at(tokens.size(), -1);
    for (std::size_t m = 0; m < mentions.size(); ++m)
        for (uint32_t k = mentions[m].tok_begin; k < mentions[m].tok_end; ++k) mention_at[k] = static_cast<int32_t>(m);
    for (std::size_t t = 0; t < times.size(); ++t)
        for (uint32_t k = times[t].tok_begin; k < times[t].tok_end; ++k) time_at[k] = static_cast<int32_t>(t);
    constexpr uint64_t kAnyTrigger = ~uint64_t{0} << 32;

    for (uint32_t si = 0; si < sentences.size(); ++si) {
        const SentenceSpan& sent = sentences[si];
        if (layout.paragraphs[sent.paragraph].role == ParagraphRole::boilerplate) continue;
        SentenceView s{text, tokens, lex, mention_at, time_at, mentions, sent.tok_begin, sent.tok_end};
        uint64_t sentence_classes = 0, triggers = 0;
        bool has_weapon = false, has_operation = false, has_actor = false;
        for (uint32_t k = sent.tok_begin; k < sent.tok_end; ++k) {
            const uint64_t c = lex.classes(tokens[k]);
            sentence_classes |= c;
            triggers |= c & kAnyTrigger;
            if (const LexiconEntity* e = s.entity(k)) {
                has_weapon |= e->kind == EntityKind::weapon;
                has_operation |= e->kind == EntityKind::operation;
                has_actor |= e->kind == EntityKind::country || e->kind == EntityKind::person || e->kind == EntityKind::organization;
            }
        }
        if (!triggers) continue;
        const std::size_t first = out.size();
        for (uint32_t k = sent.tok_begin; k < sent.tok_end; ++k) {
            const uint64_t c = lex.classes(tokens[k]) & kAnyTrigger;
            if (!c) continue;
            for (int t = 0; t < kEventTypes; ++t) {
                const EventType type = static_cast<EventType>(t);
                TriggerRole role;
                if (c & trigger_bit(type, TriggerRole::verb)) role = TriggerRole::verb;
                else if (c & trigger_bit(type, TriggerRole::noun)) role = TriggerRole::noun;
                else if (c & trigger_bit(type, TriggerRole::bound_noun)) role = TriggerRole::bound_noun;
                else continue;
                if (!trigger_ok(s, k, type, role, sentence_classes, has_weapon, has_operation, has_actor)) continue;
                if (hedged(s, k)) continue;
                EventMention m;
                m.type = type;
                m.sentence = si;
                m.trigger = k;
                m.anaphor = role != TriggerRole::verb && is_anaphor(s, k);
                // Actors: names in the trigger's clause before it, and after "by"/"with"/"between".
                for (uint32_t j = k; j > sent.tok_begin;) {
                    --j;
                    if (s.clause_break(j)) break;
                    const bool first_token = j == sent.tok_begin || mention_at[j - 1] != mention_at[j];
                    if (const LexiconEntity* e = s.entity(j); e && first_token && !s.has(j - 1, WordClass::locative))
                        add_actor(lex, *e, m.actors);
                    if (const LexiconEntity* e = s.entity(j); e && e->kind == EntityKind::organization && m.name < 0 &&
                                                              type == EventType::summit_or_meeting)
                        m.name = static_cast<int32_t>(e - lex.entities.data());
                }
                for (uint32_t j = k + 1; j < sent.tok_end && j <= k + 4; ++j) {
                    if (!(s.has(j, WordClass::by) || s.has(j, WordClass::with))) continue;
                    // "with Japanese Prime Minister Fumio Kishida and discussed ...": stop at a lower-case word.
                    for (uint32_t q = j + 1; q < sent.tok_end && q <= j + 12 && !s.clause_break(q); ++q) {
                        if (const LexiconEntity* e = s.entity(q)) { add_actor(lex, *e, m.actors); continue; }
                        if (s.word(q) && !s.tokens[q].upper && !s.has(q, WordClass::determiner) && !s.is(q, W::and_) &&
                            !s.is(q, W::its) && !s.is(q, W::his) && !s.is(q, W::their) && !s.is(q, W::her) && !s.is(q, W::s))
                            break;
                    }
                    break;
                }
                // Weapons, places, names and counts anywhere in the sentence.
                for (uint32_t j = sent.tok_begin; j < sent.tok_end; ++j) {
                    const LexiconEntity* e = s.entity(j);
                    if (!e || (j > sent.tok_begin && mention_at[j - 1] == mention_at[j])) continue;
                    const uint32_t id = static_cast<uint32_t>(e - lex.entities.data());
                    if (e->kind == EntityKind::weapon && (type == EventType::missile_launch || type == EventType::deployment))
                        add_unique(m.weapons, id);
                    else if (e->kind == EntityKind::place)
                        add_unique(m.places, id);
                    else if (e->kind == EntityKind::country && s.has(j - 1, WordClass::locative) && j > k)
                        add_unique(m.places, id);
                    else if (e->kind == EntityKind::operation && m.name < 0)
                        m.name = static_cast<int32_t>(id);
                }
                if (type == EventType::missile_launch) {
                    for (uint32_t j = sent.tok_begin; j < sent.tok_end && m.count == 0; ++j) {
                        const bool head = s.has(j, WordClass::projectile) || s.has(j, WordClass::count_unit) ||
                                          (mention_at[j] >= 0 && s.entity(j)->kind == EntityKind::weapon &&
                                           (j == sent.tok_begin || mention_at[j - 1] != mention_at[j]));
                        if (!head) continue;
                        for (uint32_t q = j, n = 0; q > sent.tok_begin && n < 3; ++n) {
                            --q;
                            const WordInfo* w = tokens[q].word >= 0 ? &lex.word(tokens[q].word) : nullptr;
                            if (w && w->number > 0) { m.count = w->number; break; }
                            if (tokens[q].shape == TokenShape::number) { break; }
                            if (!s.word(q) || tokens[q].upper || mention_at[q] >= 0 || s.is(q, W::of)) break;
                        }
                    }
                }
                // One trigger of a type per clause: "a trilateral summit ... a regional gathering" is one mention.
                bool merged = false;
                for (std::size_t o = out.size(); o > first; --o) {
                    EventMention& prev = out[o - 1];
                    if (prev.type != type) continue;
                    bool broken = false;
                    for (uint32_t j = prev.trigger + 1; j < k && !broken; ++j) broken = s.clause_break(j);
                    if (!broken) {
                        for (uint32_t a : m.actors) add_unique(prev.actors, a);
                        for (uint32_t a : m.weapons) add_unique(prev.weapons, a);
                        for (uint32_t a : m.places) add_unique(prev.places, a);
                        if (!prev.count) prev.count = m.count;
                        prev.anaphor = prev.anaphor && m.anaphor;
                        merged = true;
                    }
                    break;
                }
                if (!merged) out.push_back(std::move(m));
            }
        }
        // Each time expression goes to the nearest trigger of its clause (a time after a relative
        // clause, "tests, which the regime initiated this year", may reach back); each trigger then
        // keeps the nearest of the times it was given.
        std::vector<uint32_t> given_distance(out.size() - first, ~0u);
        for (std::size_t ti = 0; ti < times.size(); ++ti) {
            const TimeSpan& t = times[ti];
            if (t.sentence != si) continue;
            int32_t best = -1;
            uint32_t best_distance = ~0u;
            bool best_crosses = true;
            for (std::size_t o = first; o < out.size(); ++o) {
                const uint32_t k = out[o].trigger;
                const uint32_t lo = std::min(k, t.tok_begin), hi = std::max(k + 1, t.tok_end);
                bool crosses = false;
                for (uint32_t j = lo; j < hi && !crosses; ++j) crosses = j != k && s.clause_break(j);
                if (crosses && t.tok_begin < k) continue;
                const uint32_t distance = t.tok_begin > k ? t.tok_begin - k : k - t.tok_end;
                if ((best_crosses && !crosses) || (crosses == best_crosses && distance < best_distance)) {
                    best = static_cast<int32_t>(o);
                    best_distance = distance;
                    best_crosses = crosses;
                }
            }
            if (best < 0) continue;
            const std::size_t b = static_cast<std::size_t>(best);
            const uint32_t cost = best_distance + (best_crosses ? 1000u : 0u);
            if (cost < given_distance[b - first]) {
                given_distance[b - first] = cost;
                out[b].time = static_cast<int32_t>(ti);
            }
        }
    }
    return out;
}

// [SECTION] merging mentions into events
namespace {

bool overlaps(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    for (uint32_t x : a)
        if (contains(b, x)) return true;
    return false;
}

// Weapon names fit when one ends the other: "ballistic missile" and "short-range ballistic missile".
bool weapons_fit(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, const Lexicon& lex) {
    if (a.empty() || b.empty()) return true;
    for (uint32_t x : a)
        for (uint32_t y : b) {
            const std::string& p = lex.entities[x].name;
            const std::string& q = lex.entities[y].name;
            const std::string& longer = p.size() >= q.size() ? p : q;
            const std::string& shorter = p.size() >= q.size() ? q : p;
            if (longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0) return true;
        }
    return false;
}

bool arguments_fit(const MergedEvent& e, const EventMention& m, const Lexicon& lex) {
    if (e.type != m.type) return false;
    if (e.name >= 0 && m.name >= 0 && e.name != m.name) return false;
    if (!weapons_fit(e.weapons, m.weapons, lex)) return false;
    if (e.count && m.count && e.count != m.count) return false;
    return true;
}

void absorb(MergedEvent& e, const EventMention& m, uint32_t index) {
    e.mentions.push_back(index);
    for (uint32_t a : m.actors) add_unique(e.actors, a);
    for (uint32_t a : m.weapons) add_unique(e.weapons, a);
    for (uint32_t a : m.places) add_unique(e.places, a);
    if (!e.count) e.count = m.count;
    if (e.name < 0) e.name = m.name;
}

}  // namespace

std::vector<MergedEvent> merge_event_mentions(const std::vector<EventMention>& mentions,
                                              const std::vector<std::string>& dates, const Lexicon& lex) {
    std::vector<MergedEvent> events;
    std::vector<std::string> event_date;
    // Dated mentions first: same type and date, fitting arguments and shared or unknown actors.
    for (uint32_t i = 0; i < mentions.size(); ++i) {
        if (dates[i].empty()) continue;
        const EventMention& m = mentions[i];
        bool placed = false;
        for (std::size_t e = 0; e < events.size() && !placed; ++e) {
            if (event_date[e] != dates[i] || !arguments_fit(events[e], m, lex)) continue;
            if (!events[e].actors.empty() && !m.actors.empty() && !overlaps(events[e].actors, m.actors)) continue;
            absorb(events[e], m, i);
            placed = true;
        }
        if (placed) continue;
        MergedEvent e;
        e.type = m.type;
        e.main = i;
        absorb(e, m, i);
        events.push_back(std::move(e));
        event_date.push_back(dates[i]);
    }
    // Undated mentions join the nearest event they fit: an anaphor ("the drill") any of its type,
    // others only when they bring no new participant.
    for (uint32_t i = 0; i < mentions.size(); ++i) {
        if (!dates[i].empty()) continue;
        const EventMention& m = mentions[i];
        int32_t best = -1;
        uint32_t best_distance = ~0u;
        for (std::size_t e = 0; e < events.size(); ++e) {
            if (!arguments_fit(events[e], m, lex)) continue;
            if (!m.anaphor) {
                bool subset = true;
                for (uint32_t a : m.actors) subset = subset && contains(events[e].actors, a);
                if (!subset) continue;
            }
            for (uint32_t other : events[e].mentions) {
                const uint32_t a = mentions[other].sentence, b = m.sentence;
                // Prefer the event of the same name, then what came before: a later mention costs double.
                uint32_t d = a <= b ? (b - a) : 2 * (a - b);
                if (m.name < 0 || events[e].name != m.name) d += 100000;
                if (d < best_distance) best_distance = d, best = static_cast<int32_t>(e);
            }
        }
        if (best >= 0) {
            absorb(events[static_cast<std::size_t>(best)], m, i);
            continue;
        }
        MergedEvent e;
        e.type = m.type;
        e.main = i;
        absorb(e, m, i);
        events.push_back(std::move(e));
        event_date.push_back(std::string());
    }
    for (MergedEvent& e : events) std::sort(e.mentions.begin(), e.mentions.end());
    std::sort(events.begin(), events.end(), [](const MergedEvent& a, const MergedEvent& b) { return a.mentions[0] < b.mentions[0]; });
    return events;
}

}  // namespace core
