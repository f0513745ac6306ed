// Finding event mentions: trigger words with their arguments, sentence by sentence.
// The rules read word classes from the lexicon; the spellings they test are rule words.
#include <algorithm>

#include "core/event_sentence.h"
#include "core/events.h"

namespace core {
namespace {

using W = RuleWord;
using event_sentence::Doc;
using event_sentence::SentenceView;

constexpr uint32_t kNone = ~0u;

// [SECTION] what the document is about, for bare nouns ("the test", "the launch", "a second attempt")
// The type of the last typed trigger before a sentence: a "test" in a story about a nuclear
// test is a nuclear test, in a story about missiles a missile test.
struct Topic {
    EventType last = EventType::other;
    bool seen[kEventTypes] = {};
    void note(EventType t) {
        last = t;
        seen[static_cast<int>(t)] = true;
    }
};

// [SECTION] the trigger rules, one type at a time
struct Candidate {
    EventType type;
    TriggerRole role;
    uint32_t k;
    bool anaphor = false;
    bool by_name = false;  // made from a name (a named exercise, a space launcher), checked when made
};

bool missile_word_in(const SentenceView& s, uint32_t b, uint32_t e) {
    for (uint32_t j = b; j < e; ++j)
        if (s.is_missile_word(j)) return true;
    return false;
}

// A missile in the launch's clause or among the words after it: then it is no satellite launch.
bool missile_word_near(const SentenceView& s, uint32_t k) {
    for (uint32_t j = s.clause_start(k); j < s.end && (s.clause(j) == s.clause(k) || j <= k + 10); ++j)
        if (s.is_missile_word(j)) return true;
    return false;
}

// A projectile or weapon argument for a launch trigger at k: in its clause, among the words
// after it ("fired what Seoul identified as a Hwasong-17"), or what a relative clause is about
// ("the Hwasong-14, which was test-fired twice in July").
bool launch_argument(const SentenceView& s, uint32_t k) {
    const uint32_t c = s.clause(k);
    if (s.clause_projectile(c) || s.clause_weapon(c)) return true;
    for (uint32_t j = k + 1; j < s.end && j <= k + 10; ++j)
        if (s.is_projectile(j)) return true;
    const uint32_t start = s.clause_start(k);
    for (uint32_t j = start, n = 0; j > s.begin && n < 3; ++n) {
        --j;
        if (s.is_projectile(j)) return s.is(start, W::which) || s.is(start, W::that);
    }
    return false;
}

// "test of strategic cruise missiles", "the first flight test of ... Agni-5 missile"
bool test_of_projectile(const SentenceView& s, uint32_t k) {
    uint32_t j = k + 1;
    if (!s.is(j, W::of)) return false;
    for (uint32_t q = j + 1; q < s.end && q <= j + 8 && s.clause(q) == s.clause(k); ++q)
        if (s.is_projectile(q)) return true;
    return false;
}

bool projectile_before(const SentenceView& s, uint32_t k) {
    uint32_t p = k - 1;
    if (s.punct(p, '-')) --p;
    return s.in(p) && s.is_projectile(p);
}

bool nuclear_before(const SentenceView& s, uint32_t k) {
    uint32_t p = k - 1;
    if (s.punct(p, '-')) --p;
    return s.in(p) && s.has(p, WordClass::nuclear);
}

// A nuclear device, bomb or warhead right after a verb: "detonated a nuclear device".
bool nuclear_object(const SentenceView& s, uint32_t k) {
    for (uint32_t j = k + 1; j < s.end && j <= k + 7 && s.clause(j) == s.clause(k); ++j)
        if (s.has(j, WordClass::nuclear)) return true;
    return false;
}

// "the test", "its sixth test", "the January blast", "Tuesday's launch": a noun that names an
// event the story is about, not a new kind of thing.
bool definite_before(const SentenceView& s, uint32_t k) {
    for (uint32_t j = k, n = 0; j > s.begin && n < 6; ++n) {
        --j;
        if (s.has(j, WordClass::determiner) || s.is(j, W::its) || s.is(j, W::their) || s.is(j, W::his)) return true;
        if (s.time_at(j) >= 0) return true;
        if (s.punct(j, '\'') && s.is(j + 1, W::s)) return true;
        if (s.is(j, W::s) && s.punct(j - 1, '\'')) continue;
        if (!s.word(j) || s.upper(j)) return false;
    }
    return false;
}

bool military_context(const SentenceView& s) {
    return (s.classes & word_bit(WordClass::military)) || s.has_operation || s.has_weapon;
}

bool meeting_object_ok(const SentenceView& s, uint32_t k) {
    // "met the target", "met with criticism": something that is nobody to meet.
    uint32_t j = k + 1;
    if (!s.in(j)) return true;
    if (s.entity_id(j) >= 0 || s.upper(j) || s.punct(j, ',') || s.punct(j, '.')) return true;
    if (s.is(j, W::with)) {
        const uint32_t n = s.has(j + 1, WordClass::determiner) || s.is(j + 1, W::his) || s.is(j + 1, W::their) ? j + 2 : j + 1;
        return !s.in(n) || s.entity_id(n) >= 0 || s.upper(n) || s.has(n, WordClass::party) || s.has(n, WordClass::title);
    }
    if (s.has(j, WordClass::determiner) || s.is(j, W::his) || s.is(j, W::her) || s.is(j, W::their) || s.is(j, W::its)) {
        for (uint32_t q = j + 1; q < s.end && q <= j + 4; ++q) {
            if (s.entity_id(q) >= 0 || s.upper(q) || s.has(q, WordClass::party) || s.has(q, WordClass::title)) return true;
            if (s.word(q) && !s.has(q, WordClass::military)) continue;
            break;
        }
        return false;
    }
    if (s.has(j, WordClass::locative) || s.is(j, W::for_) || s.time_at(j) >= 0 || s.is(j, W::again) || s.is(j, W::twice) ||
        s.is(j, W::and_) || s.is(j, W::but) || s.has(j, WordClass::party) || s.is(j, W::between) || s.is(j, W::behind))
        return true;
    const std::string_view w = s.str(j);
    return w.size() > 3 && w.substr(w.size() - 2) == "ly";  // "met briefly"
}

bool person_or_party_after(const SentenceView& s, uint32_t k) {
    for (uint32_t j = k + 1; j < s.end && j <= k + 4; ++j) {
        const int32_t e = s.entity_id(j);
        if (e >= 0) {
            const EntityKind kind = s.d.table.kind(static_cast<uint32_t>(e));
            return kind == EntityKind::person || kind == EntityKind::country || kind == EntityKind::organization;
        }
        if (s.has(j, WordClass::title) || s.has(j, WordClass::party)) return true;
        if (!(s.has(j, WordClass::determiner) || s.is(j, W::his) || s.is(j, W::her) || s.is(j, W::their) || s.word(j))) return false;
    }
    return false;
}

bool asset_near(const SentenceView& s, uint32_t k) {
    const uint32_t lo = k > s.begin + 8 ? k - 8 : s.begin, hi = std::min(s.end, k + 8);
    for (uint32_t j = lo; j < hi; ++j) {
        if (s.clause(j) != s.clause(k)) continue;
        if (s.has(j, WordClass::asset) || s.weapon_at(j) || s.has(j, WordClass::vessel)) return true;
    }
    return false;
}

bool projectile_after(const SentenceView& s, uint32_t k, uint32_t span) {
    for (uint32_t j = k + 1; j < s.end && j <= k + span && s.clause(j) == s.clause(k); ++j)
        if (s.is_projectile(j)) return true;
    return false;
}

bool sanctions_in_clause(const SentenceView& s, uint32_t k) {
    return s.clause_classes(s.clause(k)) & word_bit(WordClass::sanctions);
}

// Does the trigger at k, of this type and role, have what it needs?
bool accept(const SentenceView& s, Candidate& c, const Topic& topic) {
    const uint32_t k = c.k;
    const std::string_view w = s.str(k);
    if (s.entity_id(k) >= 0 && !s.head_of_found_name(k)) return false;  // inside a name: "submarine-launched ballistic missile"
    if (c.role != TriggerRole::verb && s.has(k + 1, WordClass::compound_head)) return false;  // "test site", "firing range"
    if (s.has(k - 1, WordClass::quantifier) || (s.punct(k - 1, '-') && s.has(k - 2, WordClass::quantifier))) return false;  // "any launch"
    if (c.role == TriggerRole::verb && s.punct(k - 1, '-') && s.glued(k - 1) && s.glued(k) && !s.is(k - 2, W::test) &&
        !s.is(k - 2, W::flight))
        return false;  // "U.S.-imposed sanctions": an adjective; "test-fired", "flight-tested" are verbs
    switch (c.type) {
        case EventType::missile_launch:
            if (w == "test" || w == "Test") {
                if (s.punct(k + 1, '-') && s.glued(k + 1)) return false;  // "test-fire": the verb after it counts
            }
            if (c.role == TriggerRole::verb) {
                if (w == "sent" || w == "sends" || w == "send") return projectile_after(s, k, 6);
                if (nuclear_object(s, k) && !missile_word_in(s, k + 1, std::min(s.end, k + 6))) return false;
                return launch_argument(s, k) && !s.is(k + 1, W::out);  // "fired out": no
            }
            if (c.role == TriggerRole::noun) {
                if (s.has_projectile || s.has_weapon) return true;
                if (topic.last == EventType::missile_launch && definite_before(s, k)) return c.anaphor = true;
                return false;
            }
            if (projectile_before(s, k) || test_of_projectile(s, k)) return true;
            if (topic.last == EventType::missile_launch && definite_before(s, k) && !nuclear_before(s, k) &&
                !(s.classes & word_bit(WordClass::nuclear)) && !(s.punct(k + 1, '-') && s.glued(k + 1)))
                return c.anaphor = true;
            return false;
        case EventType::satellite_launch:
            if (c.role == TriggerRole::verb) {  // "put ... into orbit", "reached orbit"
                for (uint32_t j = k + 1; j < s.end && j <= k + 10 && s.clause(j) == s.clause(k); ++j)
                    if (s.is(j, W::orbit) || (s.is(j, W::space) && s.is(j - 1, W::into))) return true;
                return false;
            }
            if (w == "satellite" || w == "satellites") {
                for (uint32_t j = k + 1; j < s.end && j <= k + 4; ++j)
                    if (s.has(j, WordClass::satellite_not)) return false;
                const uint32_t lo = k > s.begin + 8 ? k - 8 : s.begin, hi = std::min(s.end, k + 9);
                for (uint32_t j = lo; j < hi; ++j)
                    if (j != k && s.entity_id(j) < 0 && (s.has(j, WordClass::satellite_context) || (s.d.lex.triggers(s.d.tokens[j]) &
                                                                                  trigger_bit(EventType::missile_launch, TriggerRole::verb))))
                        return true;
                return false;
            }
            // "A second attempt on August 24 also failed", "after two failures in May and August"
            if (s.classes & word_bit(WordClass::failure))
                return s.has_space || topic.last == EventType::satellite_launch;
            return s.has_space && (s.classes & word_bit(WordClass::projectile));
        case EventType::nuclear_test:
            if (c.role == TriggerRole::verb) {
                if (w == "set" && !s.is(k + 1, W::off)) return false;
                return nuclear_object(s, k);
            }
            if (nuclear_before(s, k)) return true;
            if ((w == "test" || w == "tests" || w == "blast" || w == "explosion" || w == "detonation") &&
                !(s.punct(k + 1, '-') && s.glued(k + 1))) {
                if (topic.last == EventType::nuclear_test && !projectile_before(s, k) && !test_of_projectile(s, k) &&
                    definite_before(s, k))
                    return c.anaphor = true;
            }
            return false;
        case EventType::military_drill:
            if (w == "games" && !s.is(k - 1, W::war)) return false;
            if (w == "show" && !(s.is(k + 1, W::of) && s.is(k + 2, W::force))) return false;
            // "fire drill", "drill down"; a "live-fire exercise" is one
            if ((s.is(k - 1, W::fire) && !s.punct(k - 2, '-')) || s.is(k + 1, W::down) || s.is(k + 1, W::into)) return false;
            if (c.role == TriggerRole::verb) {
                for (uint32_t j = k; j > s.begin && j + 6 > k;) {
                    --j;
                    if (s.clause(j) != s.clause(k)) break;
                    if (s.has(j, WordClass::military) || s.has(j, WordClass::asset) || s.weapon_at(j)) return true;
                }
                return false;
            }
            return military_context(s);
        case EventType::deployment:
            if (w == "call" && !s.is(k - 1, W::port)) return false;
            if (w == "called" && !s.is(k + 1, W::at)) return false;
            if ((w == "sent" || w == "sends" || w == "send") && projectile_after(s, k, 6) && !s.has(k + 1, WordClass::asset))
                return false;  // "sent more than 300 drones and missiles": a launch
            return asset_near(s, k);
        case EventType::summit_or_meeting: {
            if (!s.has_actor) return false;
            if (c.role == TriggerRole::verb) {
                if (w == "met" || w == "meet" || w == "meets") return meeting_object_ok(s, k);
                if (w == "hosted" || w == "hosts" || w == "received" || w == "welcomed") return person_or_party_after(s, k);
                if (w == "convened" || w == "convenes") {
                    for (uint32_t j = k + 1; j < s.end && j <= k + 5; ++j)
                        if (s.has(j, WordClass::party) || s.has(j, WordClass::org_head) ||
                            (s.d.lex.triggers(s.d.tokens[j]) & trigger_bit(EventType::summit_or_meeting, TriggerRole::noun)))
                            return true;
                    return false;
                }
                // "travelled twice to China to see President Xi Jinping"
                for (uint32_t j = k + 1; j + 1 < s.end && j <= k + 8; ++j)
                    if (s.is(j, W::to) && (s.str(j + 1) == "see" || s.str(j + 1) == "meet")) return person_or_party_after(s, j + 1);
                return false;
            }
            if ((w == "conference" || w == "session") && (s.is(k - 1, W::news) || s.is(k - 1, W::press))) return false;
            return true;
        }
        case EventType::sanctions_action: {
            if (w == "force") return s.is(k - 1, W::into) && (s.classes & word_bit(WordClass::sanctions));  // "came back into force"
            const bool resolution = s.clause_has(k, W::resolution);
            if (!s.has_actor && !s.has_resolution && !resolution) return false;
            if (w == "voted") return sanctions_in_clause(s, k) || s.is(k + 1, W::down) || s.un_actor_before(k);
            if (w == "sanctioned" || w == "sanction" || w == "sanctions" || w == "blacklisted" || w == "blacklists" ||
                w == "vetoed" || w == "vetoes" || w == "veto" || w == "designations" || w == "designation" || w == "snapback" ||
                w == "punishing")
                return c.role == TriggerRole::verb && (w == "sanctions" || w == "sanction") ? s.entity_id(k + 1) >= 0 || s.upper(k + 1)
                                                                                              : true;
            if (w == "designated" || w == "designates")
                return s.d.sanctions_story && (s.entity_id(k + 1) >= 0 || s.upper(k + 1));
            return sanctions_in_clause(s, k);
        }
        case EventType::statement: {
            if (!s.has_actor) return false;
            if (c.role == TriggerRole::noun) {
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

// Is the trigger at k asserted, or hedged by a modal, plan, fear, negation or infinitive?
bool hedged(const SentenceView& s, uint32_t k) {
    if (s.question) return true;
    int words = 0;
    for (uint32_t j = k; j > s.begin && words < 6;) {
        --j;
        if (s.time_at(j) >= 0) continue;  // "the next day", "ahead of" inside a time
        if (s.clause(j) != s.clause(k) && !s.has(j, WordClass::modal)) break;
        if (!s.word(j)) continue;
        ++words;
        if (s.has(j, WordClass::modal)) return true;
        // "to conduct", "to launch": an infinitive is a plan or a purpose, unless an attempt ("attempt to deploy").
        if (s.has(j, WordClass::to) && s.in(j + 1) && s.d.tokens[j + 1].shape == TokenShape::word && !s.upper(j + 1) &&
            !s.is(j + 1, W::have) &&  // "claimed to have tested": a report of what was done
            !s.has(j + 1, WordClass::determiner) && !s.is(j + 1, W::its) && !s.is(j + 1, W::their) && !s.is(j + 1, W::a) &&
            !s.is(j + 1, W::an) && !s.is(j + 1, W::his) && !s.is(j + 1, W::her) && s.entity_id(j + 1) < 0 &&
            s.time_at(j + 1) < 0 && !s.has(j - 1, WordClass::attempt))
            return true;
    }
    // "the test, if carried out, would ..."
    for (uint32_t j = k + 1; j < s.end && j <= k + 3; ++j)
        if (s.is(j, W::if_) || s.is(j, W::would) || s.is(j, W::could)) return true;
    return false;
}

}  // namespace

// [SECTION] finding mentions
std::vector<EventMention> find_event_mentions(std::string_view text, const std::vector<Token>& tokens,
                                              const ArticleLayout& layout, const std::vector<SentenceSpan>& sentences,
                                              const std::vector<MentionSpan>& mentions,
                                              const std::vector<TimeSpan>& times, const EntityTable& table) {
    std::vector<EventMention> out;
    Doc d(text, tokens, layout, sentences, mentions, times, table);
    Topic topic;
    std::vector<Candidate> cands;
    for (uint32_t si = 0; si < sentences.size(); ++si) {
        const SentenceSpan& sent = sentences[si];
        const ParagraphRole role = layout.paragraphs[sent.paragraph].role;
        if (role == ParagraphRole::boilerplate || role == ParagraphRole::byline) continue;
        // Most sentences hold no trigger and no name an event can come from: passed over at once.
        bool maybe = false;
        for (uint32_t k = sent.tok_begin; k < sent.tok_end && !maybe; ++k) {
            maybe = table.lex.triggers(tokens[k]) || (table.lex.classes(tokens[k]) & word_bit(WordClass::flight));
            if (!maybe && d.mention_at[k] >= 0) {
                const uint32_t id = mentions[static_cast<std::size_t>(d.mention_at[k])].entity;
                maybe = table.kind(id) == EntityKind::operation || table.kind(id) == EntityKind::weapon;
            }
            maybe |= tokens[k].upper && text.compare(tokens[k].begin, tokens[k].end - tokens[k].begin, "Resolution") == 0;
        }
        if (!maybe) continue;
        SentenceView s(d, si);
        cands.clear();
        // A heading inside the story ("Seoul hits back", "The question of a nuclear test") names an
        // event the story tells, as the headline does.
        const ParagraphSpan& para = layout.paragraphs[sent.paragraph];
        bool heading = false;
        if (role == ParagraphRole::body && sent.tok_begin == para.tok_begin && sent.tok_end == para.tok_end) {
            uint32_t words = 0;
            for (uint32_t k = sent.tok_begin; k < sent.tok_end; ++k) words += tokens[k].shape != TokenShape::punct;
            const char last = text[tokens[sent.tok_end - 1].begin];
            heading = words <= 10 && last != '.' && last != '"' && last != '!' && last != '?';
        }
        for (uint32_t k = sent.tok_begin; k < sent.tok_end; ++k) {
            const uint32_t bits = table.lex.triggers(tokens[k]);
            if (bits) {
                for (int t = 0; t < kEventTypes; ++t) {
                    const EventType type = static_cast<EventType>(t);
                    TriggerRole r;
                    // "The launch came ...": after a determiner or a possessive a word is a noun.
                    const bool noun_slot = s.has(k - 1, WordClass::determiner) || s.is(k - 1, W::its) ||
                                           s.is(k - 1, W::their) || (s.is(k - 1, W::s) && s.punct(k - 2, '\''));
                    if (noun_slot && (bits & trigger_bit(type, TriggerRole::noun))) r = TriggerRole::noun;
                    else if (bits & trigger_bit(type, TriggerRole::verb)) r = TriggerRole::verb;
                    else if (bits & trigger_bit(type, TriggerRole::noun)) r = TriggerRole::noun;
                    else if (bits & trigger_bit(type, TriggerRole::bound_noun)) r = TriggerRole::bound_noun;
                    else continue;
                    cands.push_back({type, r, k});
                }
            }
            // A missile seen flying: "a Hwasong-12 flew over Japan on Oct. 4", "the missile rose from Sunan".
            if (s.has(k, WordClass::flight) && s.subject_projectile(k)) cands.push_back({EventType::missile_launch, TriggerRole::verb, k, true});
            // A named exercise with no drill word: "Vigilant Storm continues", "Freedom Shield 2025 began".
            // A police "Operation Firewall" is no drill: a found name needs military words around it.
            if (s.entity_start(k) && table.kind(static_cast<uint32_t>(s.entity_id(k))) == EntityKind::operation &&
                (!table.found(static_cast<uint32_t>(s.entity_id(k))) || (s.classes & word_bit(WordClass::military)) ||
                 s.has_weapon || (s.clause_classes(s.clause(k)) & word_bit(WordClass::drill_verb))))
                cands.push_back({EventType::military_drill, TriggerRole::noun, k, false, true});
            // A numbered resolution passed or answered with: "with Resolution 2371", "Resolution 2397 caps".
            if ((s.str(k) == "Resolution") && k + 1 < sent.tok_end && tokens[k + 1].shape == TokenShape::number &&
                !s.is(k - 1, W::council))
                cands.push_back({EventType::sanctions_action, TriggerRole::noun, k, false, true});
            // A space launcher that flies or fails: "the first Chollima-1 crashed into the sea".
            if (s.entity_start(k) && table.kind(static_cast<uint32_t>(s.entity_id(k))) == EntityKind::weapon &&
                table.space(static_cast<uint32_t>(s.entity_id(k))) && s.launch_or_failure_in_clause(k))
                cands.push_back({EventType::satellite_launch, TriggerRole::noun, k, false, true});
        }
        const std::size_t first = out.size();
        bool drill_named = false;
        for (const Candidate& c : cands)
            drill_named |= c.type == EventType::military_drill && !c.by_name && s.entity_id(c.k) < 0;
        uint32_t launch_token = kNone;
        for (Candidate c : cands) {
            if (c.by_name) {
                if (c.type == EventType::military_drill && drill_named) continue;  // the drill word carries the name
            } else if (!accept(s, c, topic)) {
                continue;
            }
            // A launch whose rocket carries a satellite is a satellite launch (in a story about one,
            // "the rocket was fired at 9:30 a.m." is too).
            if (c.type == EventType::missile_launch &&
                (((s.satellite_context() || topic.last == EventType::satellite_launch) && !missile_word_near(s, c.k)) ||
                 s.is(c.k - 1, W::space)))
                c.type = EventType::satellite_launch;
            if (c.type == EventType::deployment && c.k == launch_token) continue;
            topic.note(c.type);
            if (hedged(s, c.k)) continue;
            if (c.type == EventType::missile_launch || c.type == EventType::satellite_launch) launch_token = c.k;
            EventMention m;
            m.type = c.type;
            m.sentence = si;
            m.trigger = c.k;
            m.headline = role == ParagraphRole::title || heading;
            for (uint32_t j = s.clause_start(c.k); j < c.k && !m.earlier; ++j)
                m.earlier = s.is(j, W::had) && s.in(j + 1) && s.d.tokens[j + 1].shape == TokenShape::word;
            m.anaphor = c.anaphor || (c.role != TriggerRole::verb && s.is_anaphor(c.k));
            if (s.entity_id(c.k) >= 0 && c.type == EventType::military_drill) m.name = s.entity_id(c.k);
            event_sentence::fill_arguments(s, m);
            // One trigger of a type per clause: "a trilateral summit ... a regional gathering" is one
            // mention; but a verb after it has a subject of its own ("Friday's launch came a day
            // after the North fired a missile").
            bool merged = false;
            for (std::size_t o = out.size(); o > first && !(c.role == TriggerRole::verb && !c.by_name && !c.anaphor); --o) {
                EventMention& prev = out[o - 1];
                if (prev.type != m.type) continue;
                bool time_between = false;
                for (uint32_t j = prev.trigger + 1; j < m.trigger && !time_between; ++j) time_between = s.time_at(j) >= 0;
                if (s.clause(prev.trigger) == s.clause(m.trigger) && !time_between) {
                    event_sentence::absorb_arguments(prev, m);
                    merged = true;
                }
                break;
            }
            if (!merged) out.push_back(std::move(m));
        }
        event_sentence::attach_times(s, out, first);
        // A photo caption dates only the event of its own photo, by a full date ("on Nov. 5,
        // 2022"); otherwise ("coverage of the launch on Tuesday") it names the story's event as
        // a headline does, and never dates it.
        if (role == ParagraphRole::caption)
            for (std::size_t o = first; o < out.size(); ++o) {
                EventMention& m = out[o];
                if (m.time >= 0 && times[static_cast<std::size_t>(m.time)].kind == TimeKind::date &&
                    times[static_cast<std::size_t>(m.time)].stated.year)
                    continue;
                m.time = -1;
                m.headline = true;
            }
    }
    return out;
}

}  // namespace core
