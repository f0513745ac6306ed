// The arguments of an event mention (who, with what, where, how many) and its time.
#include <algorithm>

#include "core/event_sentence.h"

namespace core::event_sentence {
namespace {

using W = RuleWord;

bool launch_type(EventType t) {
    return t == EventType::missile_launch || t == EventType::satellite_launch || t == EventType::nuclear_test;
}

bool any_trigger_verb(const SentenceView& s, uint32_t k) {
    const uint32_t bits = s.d.lex.triggers(s.d.tokens[k]);
    for (int t = 0; t < kEventTypes; ++t)
        if (bits & trigger_bit(static_cast<EventType>(t), TriggerRole::verb)) return true;
    return false;
}

// A verb standing between the subject and the words before it: "Pyongyang fired ..., and hours
// later South Korea carried out": walking back from "carried out" stops at "fired".
bool verb_like(const SentenceView& s, uint32_t k) {
    if (!s.word(k) || s.upper(k) || s.entity_id(k) >= 0 || s.time_at(k) >= 0) return false;
    if (any_trigger_verb(s, k) || s.has(k, WordClass::reporting)) return true;
    if (s.is(k, W::was) || s.is(k, W::were) || s.is(k, W::has) || s.is(k, W::had) || s.is(k, W::have) ||
        s.is(k, W::is) || s.is(k, W::are))
        return true;
    const std::string_view w = s.str(k);
    return w.size() > 4 && w.substr(w.size() - 2) == "ed";
}

// Names after "by", "with", "between", "alongside" (and after a meeting verb: "met X", "hosted X").
void partner_actors(const SentenceView& s, const EventMention& m, IdList& actors) {
    const uint32_t k = m.trigger;
    const bool meeting = m.type == EventType::summit_or_meeting;
    const bool meeting_verb = meeting && (s.d.lex.triggers(s.d.tokens[k]) & trigger_bit(EventType::summit_or_meeting, TriggerRole::verb));
    for (uint32_t j = k + 1; j < s.end && j <= k + 8; ++j) {
        if (s.clause(j) != s.clause(k)) break;
        // "tests ahead of joint drills by Seoul": the drills' partners, not the tests'.
        {
            const uint32_t bits = s.d.lex.triggers(s.d.tokens[j]);
            bool other_noun = false;
            for (int t = 0; t < kEventTypes; ++t)
                if (static_cast<EventType>(t) != m.type && (bits & trigger_bit(static_cast<EventType>(t), TriggerRole::noun)))
                    other_noun = true;
            if (other_noun) break;
        }
        const bool partner = s.has(j, WordClass::by) || s.has(j, WordClass::with);
        const bool object = meeting_verb && j == k + 1;
        if (!partner && !object) continue;
        // "with Japanese Prime Minister Fumio Kishida and discussed ...": stop at a lower-case word.
        for (uint32_t q = partner ? j + 1 : j; q < s.end && q <= j + 14 && s.clause(q) == s.clause(k); ++q) {
            if (const int32_t e = s.entity_id(q); e >= 0) {
                if (s.entity_start(q)) {
                    const int32_t a = s.d.table.actor(static_cast<uint32_t>(e));
                    if (a >= 0) actors.add_unique(static_cast<uint32_t>(a));
                }
                continue;
            }
            if (s.word(q) && !s.upper(q) && !s.has(q, WordClass::determiner) && !s.is(q, W::and_) && !s.is(q, W::its) &&
                !s.is(q, W::his) && !s.is(q, W::their) && !s.is(q, W::her) && !s.is(q, W::s) && !s.has(q, WordClass::title) &&
                !s.has(q, WordClass::party) && !s.is(q, W::of))
                break;
        }
        break;
    }
}

}  // namespace

// [SECTION] the document and the sentence, indexed once
Doc::Doc(std::string_view text_, const std::vector<Token>& tokens_, const ArticleLayout& layout_,
         const std::vector<SentenceSpan>& sentences_, const std::vector<MentionSpan>& mentions_,
         const std::vector<TimeSpan>& times_, const EntityTable& table_)
    : text(text_), tokens(tokens_), layout(layout_), sentences(sentences_), mentions(mentions_), times(times_),
      table(table_), lex(table_.lex), mention_at(tokens_.size(), -1), time_at(tokens_.size(), -1) {
    for (std::size_t m = 0; m < mentions.size(); ++m)
        for (uint32_t k = mentions[m].tok_begin; k < mentions[m].tok_end; ++k) mention_at[k] = static_cast<int32_t>(m);
    for (std::size_t t = 0; t < times.size(); ++t)
        for (uint32_t k = times[t].tok_begin; k < times[t].tok_end; ++k) time_at[k] = static_cast<int32_t>(t);
    for (const Token& t : tokens)
        if (lex.classes(t) & word_bit(WordClass::sanctions)) {
            sanctions_story = true;
            break;
        }
}

SentenceView::SentenceView(const Doc& doc, uint32_t sentence)
    : d(doc), index(sentence), begin(doc.sentences[sentence].tok_begin), end(doc.sentences[sentence].tok_end),
      clause_of_(doc.clause_of), clause_classes_(doc.clause_classes), clause_weapon_(doc.clause_weapon) {
    body_begin = begin;
    find_dateline();
    clause_of_.resize(end - begin);
    clause_classes_.assign(1, 0);
    clause_weapon_.assign(1, 0);
    uint32_t c = 0;
    bool subordinate_open = has(body_begin, WordClass::clause_break) && upper(body_begin);
    for (uint32_t k = begin; k < end; ++k) {
        const uint64_t cl = d.lex.classes(d.tokens[k]);
        const bool in_name = d.mention_at[k] >= 0, in_time = d.time_at[k] >= 0;
        // ", and U.S. and South Korean warships then held ...": a new subject starts a new clause.
        const bool new_subject = (is(k, W::and_) || is(k, W::but)) && punct(k - 1, ',') && k + 1 < end &&
                                 (d.mention_at[k + 1] >= 0 || has(k + 1, WordClass::determiner) || d.tokens[k + 1].upper);
        // "After Pelosi visited Taipei on Aug. 2, the PLA fired ...": a fronted clause ends at its comma.
        const bool fronted_end = subordinate_open && punct(k - 1, ',') && !in_name && !in_time;
        if (fronted_end) subordinate_open = false;
        const bool breaks = k > body_begin && !in_name && !in_time &&
                            ((cl & (word_bit(WordClass::clause_break) | word_bit(WordClass::reporting))) || punct(k, ';') ||
                             new_subject || fronted_end);
        if (breaks) {
            ++c;
            clause_classes_.push_back(0);
            clause_weapon_.push_back(0);
        }
        clause_of_[k - begin] = c;
        classes |= cl;
        clause_classes_[c] |= cl;
        if (in_name) {
            const uint32_t id = d.mentions[static_cast<std::size_t>(d.mention_at[k])].entity;
            const EntityKind kind = d.table.kind(id);
            if (kind == EntityKind::weapon) {
                clause_weapon_[c] = 1;
                has_weapon = true;
                has_space |= d.table.space(id);
            }
            has_operation |= kind == EntityKind::operation;
            has_actor |= kind == EntityKind::country || kind == EntityKind::person || kind == EntityKind::organization;
            if (kind == EntityKind::organization && d.table.actor(id) >= 0) has_actor = true;
        } else {
            const std::string_view w = str(k);
            if (w == "satellite" || w == "satellites" || w == "orbit") has_space = true;
            if ((w == "Resolution" || w == "resolution") && k + 1 < end && d.tokens[k + 1].shape == TokenShape::number)
                has_resolution = true;
        }
    }
    has_projectile = (classes & word_bit(WordClass::projectile)) != 0;
    for (uint32_t k = end; k > begin; --k) {
        if (d.tokens[k - 1].shape != TokenShape::punct) break;
        if (punct(k - 1, '?')) question = true;
    }
}

// "SEOUL, Sept 9 - ", "CAMP HUMPHREYS, Republic of Korea - ", "Rawalpindi, 3 May 2025: ", "(Seoul) ":
// a place and a date before a dash or colon, with a word in capitals, a date or brackets to tell it.
void SentenceView::find_dateline() {
    if (punct(begin, '(')) {
        for (uint32_t j = begin + 1; j < end && j <= begin + 4; ++j)
            if (punct(j, ')')) {
                body_begin = j + 1;
                return;
            }
        return;
    }
    bool caps = false, date = false;
    // A byline glued before it: "By Jane Roe and John Doe SEOUL (Reuters) - ".
    uint32_t start = begin;
    if (str(begin) == "By") {
        uint32_t j = begin + 1;
        while (j < end && j < begin + 14 &&
               (upper(j) || is(j, W::and_) || punct(j, ',') || punct(j, '.') || punct(j, '-') ||
                (glued(j) && punct(j - 1, '-')))) {  // "Hyun-joo"
            const std::string_view w = str(j);
            bool all_caps = w.size() >= 3;
            for (char ch : w) all_caps = all_caps && !(ch >= 'a' && ch <= 'z');
            if (all_caps && d.tokens[j].shape == TokenShape::word) break;
            ++j;
        }
        start = j;
    }
    for (uint32_t j = start; j < end && j < start + 12; ++j) {
        if ((punct(j, '-') || punct(j, ':')) && j > start && d.tokens[j].space_before) {
            if (!caps && !date) return;
            uint32_t b = j + 1;
            while (punct(b, '-')) ++b;
            body_begin = b;
            return;
        }
        if (time_at(j) >= 0) {
            date = true;
            continue;
        }
        if (d.tokens[j].shape == TokenShape::punct) {
            if (!punct(j, ',') && !punct(j, '/') && !punct(j, '.') && !punct(j, '(') && !punct(j, ')')) return;
            continue;
        }
        const std::string_view w = str(j);
        bool all_caps = w.size() >= 3;
        for (char ch : w) all_caps = all_caps && !(ch >= 'a' && ch <= 'z');
        if (all_caps && d.tokens[j].shape == TokenShape::word) {  // "SEOUL", "CAMP HUMPHREYS"
            caps = true;
            continue;
        }
        if (entity_id(j) >= 0) continue;
        if (d.tokens[j].shape == TokenShape::number) continue;
        return;
    }
}

bool SentenceView::is_projectile(uint32_t k) const {
    if (weapon_at(k)) return !d.table.platform(static_cast<uint32_t>(entity_id(k)));
    if (!has(k, WordClass::projectile)) return false;
    return !(punct(k - 1, '-') && glued(k) && str(k - 2) == "anti");
}

bool SentenceView::head_of_found_name(uint32_t k) const {
    const int32_t e = entity_id(k);
    if (e < 0 || !d.table.found(static_cast<uint32_t>(e))) return false;
    if (k + 1 < end && entity_id(k + 1) == e && d.mention_at[k + 1] == d.mention_at[k]) return false;
    return (d.lex.triggers(d.tokens[k]) & (trigger_bit(EventType::summit_or_meeting, TriggerRole::noun) |
                                          trigger_bit(EventType::military_drill, TriggerRole::noun))) != 0;
}

bool SentenceView::is_missile_word(uint32_t k) const {
    if (weapon_at(k)) {
        const uint32_t id = static_cast<uint32_t>(entity_id(k));
        return !d.table.space(id) && !d.table.platform(id);
    }
    if (!is_projectile(k)) return false;
    const std::string_view w = str(k);
    return w != "rocket" && w != "rockets" && w != "Rocket" && w != "Rockets" && w != "launcher" && w != "launchers" &&
           w != "weapon" && w != "weapons" && w != "warhead";
}

bool SentenceView::is_anaphor(uint32_t k) const {
    // Names may stand between: "the G-20 summit", "the US-South Korea-Japan summit".
    for (uint32_t j = k, words = 0, names = 0; j > begin && words < 3 && names < 8;) {
        --j;
        if (has(j, WordClass::determiner)) return true;
        if (time_at(j) >= 0) return false;
        if (entity_id(j) >= 0 || punct(j, '-')) {
            ++names;
            continue;
        }
        if (!word(j) || upper(j)) return false;
        ++words;
    }
    return false;
}

bool SentenceView::subject_projectile(uint32_t k) const {
    for (uint32_t j = k, n = 0; j > begin && n < 4; ++n) {
        --j;
        if (clause(j) != clause(k)) return false;
        if (has(j, WordClass::projectile) || weapon_at(j)) return is_missile_word(j);
        if (any_trigger_verb(*this, j)) return false;
    }
    return false;
}

bool SentenceView::launch_or_failure_in_clause(uint32_t k) const {
    const uint64_t cl = clause_classes(clause(k));
    if (cl & (word_bit(WordClass::failure) | word_bit(WordClass::flight))) return true;
    for (uint32_t j = begin; j < end; ++j)
        if (clause(j) == clause(k) && (d.lex.triggers(d.tokens[j]) & (trigger_bit(EventType::missile_launch, TriggerRole::verb) |
                                                                      trigger_bit(EventType::missile_launch, TriggerRole::noun))))
            return true;
    return false;
}

bool SentenceView::un_actor_before(uint32_t k) const {
    const int32_t un = d.lex.find_entity("United Nations");
    for (uint32_t j = k; j > begin;) {
        --j;
        if (clause(j) != clause(k)) break;
        if (entity_start(j) && d.table.actor(static_cast<uint32_t>(entity_id(j))) == un) return true;
    }
    return false;
}

// [SECTION] arguments
// Who did it: names in the trigger's clause before it (a locative name is a place, except the
// origin of a launch or the home of a meeting's guests: "fired from near Pyongyang"). The walk
// stops at a verb once a subject is found, and at a comma unless a list of names goes on.
void subject_actors(const SentenceView& s, const EventMention& m, IdList& actors) {
    const uint32_t k = m.trigger;
    bool found = false;
    for (uint32_t j = k; j > s.body_begin;) {
        --j;
        if (s.clause(j) != s.clause(k)) break;
        // "signed at their White House summit": names after a possessive modify the noun; the
        // possessor, the clause's subject, is further back.
        if (s.is(j, W::their) || s.is(j, W::his) || s.is(j, W::her) || s.is(j, W::its)) found = false;
        if (found && verb_like(s, j)) break;
        if (found && s.punct(j, ',') && !s.entity_start(j + 1)) break;
        if (!s.entity_start(j)) continue;
        const uint32_t id = static_cast<uint32_t>(s.entity_id(j));
        if (s.has(j - 1, WordClass::locative)) {
            const bool origin = s.is(j - 1, W::from) || (s.is(j - 1, W::near) && s.is(j - 2, W::from));
            if (!(origin && (launch_type(m.type) || m.type == EventType::summit_or_meeting))) continue;
        }
        const int32_t a = s.d.table.actor(id);
        if (a < 0) continue;
        actors.add_unique(static_cast<uint32_t>(a));
        found = true;
    }
}

namespace {

// "it tested", "they had put", "its maiden test": the subject a pronoun stands for, the first
// actor of the clause before, else of the sentence before.
void pronoun_actors(const SentenceView& s, const EventMention& m, IdList& actors) {
    const uint32_t k = m.trigger;
    bool pronoun = false;
    for (uint32_t j = k; j > s.body_begin && !pronoun;) {
        --j;
        if (s.clause(j) != s.clause(k)) break;
        pronoun = s.is(j, W::it) || s.is(j, W::they) || s.is(j, W::he) || s.is(j, W::she) || s.is(j, W::its) ||
                  s.is(j, W::their) || s.is(j, W::his) || s.is(j, W::her);
    }
    // "North Korea claimed to have tested": the reporter of its own deed is its actor.
    const uint32_t start = s.clause_start(k);
    if (!pronoun && !(s.has(start, WordClass::reporting) && s.is(start + 1, W::to))) return;
    auto first_actor = [&](uint32_t b, uint32_t e) {
        for (uint32_t j = b; j < e; ++j) {
            const int32_t id = s.d.mention_at[j] >= 0 ? static_cast<int32_t>(s.d.mentions[static_cast<std::size_t>(s.d.mention_at[j])].entity) : -1;
            if (id < 0 || s.has(j - 1, WordClass::locative)) continue;
            const int32_t a = s.d.table.actor(static_cast<uint32_t>(id));
            if (a >= 0) return a;
        }
        return int32_t{-1};
    };
    int32_t a = first_actor(s.body_begin, s.clause_start(k));
    if (a < 0 && s.index > 0) {
        const SentenceSpan& prev = s.d.sentences[s.index - 1];
        a = first_actor(prev.tok_begin, prev.tok_end);
    }
    if (a >= 0) actors.push_back(static_cast<uint32_t>(a));
}

}  // namespace

void fill_arguments(const SentenceView& s, EventMention& m) {
    subject_actors(s, m, m.actors);
    partner_actors(s, m, m.actors);
    if (m.actors.empty()) pronoun_actors(s, m, m.actors);
    // "Resolution 2397 caps ...": a numbered resolution is the UN's.
    if (m.actors.empty() && m.type == EventType::sanctions_action && s.has_resolution) {
        const int32_t un = s.d.lex.find_entity("United Nations");
        if (un >= 0) m.actors.push_back(static_cast<uint32_t>(un));
    }
    // Weapons, places, names and counts anywhere in the sentence.
    for (uint32_t j = s.body_begin; j < s.end; ++j) {
        if (!s.entity_start(j)) continue;
        const uint32_t id = static_cast<uint32_t>(s.entity_id(j));
        const EntityKind kind = s.d.table.kind(id);
        if (kind == EntityKind::weapon && (launch_type(m.type) || m.type == EventType::deployment)) m.weapons.add_unique(id);
        else if (kind == EntityKind::place) m.places.add_unique(id);
        else if (kind == EntityKind::country && s.has(j - 1, WordClass::locative) && j > m.trigger && !s.is(j - 1, W::from))
            m.places.add_unique(id);
        else if (kind == EntityKind::operation && m.name < 0 && m.type == EventType::military_drill) m.name = static_cast<int32_t>(id);
        else if (kind == EntityKind::organization && m.name < 0 && m.type == EventType::summit_or_meeting && j < m.trigger &&
                 s.clause(j) == s.clause(m.trigger) && s.d.table.actor(id) < 0)
            m.name = static_cast<int32_t>(id);  // "the G20 summit"
    }
    if (m.type != EventType::missile_launch) return;
    for (uint32_t j = s.begin; j < s.end && m.count == 0; ++j) {
        const bool head = s.has(j, WordClass::projectile) || s.has(j, WordClass::count_unit) || (s.weapon_at(j) && s.entity_start(j));
        if (!head) continue;
        for (uint32_t q = j, n = 0; q > s.begin && n < 3; ++n) {
            --q;
            const Token& t = s.d.tokens[q];
            const WordInfo* w = t.word >= 0 ? &s.d.lex.word(t.word) : nullptr;
            if (w && w->number > 0) {
                m.count = w->number;
                break;
            }
            if (t.shape == TokenShape::number) {
                const std::string_view digits = s.str(q);
                int v = 0;
                bool ok = digits.size() <= 4;
                for (char ch : digits) ok = ok && ch >= '0' && ch <= '9', v = ok ? v * 10 + (ch - '0') : v;  // no overflow
                if (ok && v > 0) m.count = v;
                break;
            }
            if (!s.word(q) || s.upper(q) || s.entity_id(q) >= 0 || s.is(q, W::of)) break;
        }
    }
}

void absorb_arguments(EventMention& into, const EventMention& from) {
    for (uint32_t a : from.actors) into.actors.add_unique(a);
    for (uint32_t a : from.weapons) into.weapons.add_unique(a);
    for (uint32_t a : from.places) into.places.add_unique(a);
    if (!into.count) into.count = from.count;
    if (into.name < 0) into.name = from.name;
    into.anaphor = into.anaphor && from.anaphor;
}

// [SECTION] times
namespace {

// Are times a and b (a before b, same sentence) a list: "on 4 July and 28 July", "in 1998 and 2009"?
// Places may stand between: "in Singapore in June 2018, in Hanoi in February 2019".
bool coordinated(const SentenceView& s, const TimeSpan& a, const TimeSpan& b) {
    for (uint32_t j = a.tok_end; j < b.tok_begin; ++j) {
        if (s.punct(j, ',') || s.is(j, W::and_) || s.is(j, W::or_) || s.is(j, W::then) || s.has(j, WordClass::locative) ||
            s.is(j, W::the))
            continue;
        const int32_t e = s.entity_id(j);
        if (e >= 0 && (s.d.table.kind(static_cast<uint32_t>(e)) == EntityKind::place ||
                       s.d.table.kind(static_cast<uint32_t>(e)) == EntityKind::country))
            continue;
        return false;
    }
    return true;
}

// The clause before a trigger's own lends it its time when the trigger's clause has none and
// hangs on it: a report ("Last month, state media said [it] had tested"), a sequel ("; a Yars
// was then launched"), something at the same time ("while leaders were meeting"). "After" and
// "before" lend only a month or a year ("set up in 2009, shortly after the second nuclear test").
int borrowed_precision(const SentenceView& s, uint32_t k) {
    const uint32_t c = s.clause(k);
    if (c == 0) return -1;
    uint32_t start = k;
    while (start > s.begin && s.clause(start - 1) == c) --start;
    bool then = false;
    for (uint32_t j = start; j < s.end && s.clause(j) == c; ++j) then |= s.is(j, W::then);
    if (then || s.has(start, WordClass::reporting) || s.is(start, W::while_) || s.is(start, W::as) ||
        s.is(start, W::which) || s.is(start, W::where) || s.is(start, W::who) ||
        (s.is(start, W::that) && start > s.begin && (s.clause_classes(c - 1) & word_bit(WordClass::reporting))))
        return 0;
    // "after"/"before" lend a month or a year; so does a clause that goes on with a new subject
    // ("Israel began striking on June 13, and Iran answered with missiles": June, not June 13).
    if (s.is(start, W::after) || s.is(start, W::before) || s.is(start, W::following) ||
        ((s.is(start, W::and_) || s.is(start, W::but)) && s.punct(start - 1, ',')))
        return 1;
    return -1;
}

// "since Saturday, when three missiles were fired": the time the "when" clause hangs on.
int32_t when_time(const SentenceView& s, uint32_t k) {
    const uint32_t c = s.clause(k);
    uint32_t start = k;
    while (start > s.begin && s.clause(start - 1) == c) --start;
    if (!s.is(start, W::when)) return -1;
    uint32_t p = start - 1;
    if (s.punct(p, ',')) --p;
    return s.in(p) ? s.time_at(p) : -1;
}

}  // namespace

void attach_times(const SentenceView& s, std::vector<EventMention>& out, std::size_t first) {
    const std::size_t count = out.size() - first;
    if (count == 0) return;
    const std::vector<TimeSpan>& times = s.d.times;
    // Times are in sentence order: a search, not a walk from the first, keeps a document linear.
    std::size_t t_begin = static_cast<std::size_t>(
        std::lower_bound(times.begin(), times.end(), s.index,
                         [](const TimeSpan& t, uint32_t sentence) { return t.sentence < sentence; }) -
        times.begin());
    std::size_t t_end = t_begin;
    while (t_end < times.size() && times[t_end].sentence == s.index) ++t_end;
    if (t_begin == t_end) return;

    // Each trigger takes the best time of its clause: the most precise, then the nearest (a time
    // after a relative clause, "tests, which the regime initiated this year", may reach back). A
    // "since" time is a bound, not a date, and an "until" time ends a span.
    for (std::size_t o = first; o < out.size(); ++o) {
        const uint32_t k = out[o].trigger;
        int32_t best = when_time(s, k);
        uint64_t best_cost = best >= 0 ? 0 : ~uint64_t{0};
        const int borrow = borrowed_precision(s, k);
        bool coarse = false;
        for (std::size_t ti = t_begin; ti < t_end && best_cost; ++ti) {
            const TimeSpan& t = times[ti];
            if (t.since || t.until) continue;
            if (t.dates_following && t.tok_begin > k) continue;  // "came a day after [X]" dates X, not what came
            const uint32_t tc = s.clause(t.tok_begin), kc = s.clause(k);
            uint64_t cost;
            bool borrowed = false;
            if (tc == kc) {
                cost = 0;
            } else if (t.tok_begin > k) {
                // "..., state media KCNA reported on Tuesday": the report's day, not the event's.
                if (s.clause_classes(tc) & word_bit(WordClass::reporting)) continue;
                cost = 2;  // after a relative clause
            } else if (tc + 1 == kc && borrow >= 0) {
                cost = 4;
                borrowed = true;
            } else {
                continue;
            }
            // The nearest time, a vaguer one ("last month") counting as a little further.
            const uint32_t distance = t.tok_begin > k ? t.tok_begin - k : k - t.tok_end;
            cost = (cost << 32) | (distance + 8u * static_cast<uint32_t>(time_precision(t)));
            if (cost < best_cost) best = static_cast<int32_t>(ti), best_cost = cost, coarse = borrowed && borrow > 0;
        }
        out[o].time = best;
        out[o].coarse = coarse;
    }
    // Times no trigger kept: members of a list with a kept one, or after ", and" a trigger.
    std::vector<uint8_t> kept(t_end - t_begin, 0);
    for (std::size_t o = first; o < out.size(); ++o)
        if (out[o].time >= static_cast<int32_t>(t_begin) && out[o].time < static_cast<int32_t>(t_end))
            kept[static_cast<std::size_t>(out[o].time) - t_begin] = 1;
    for (std::size_t ti = t_begin; ti < t_end; ++ti) {
        if (kept[ti - t_begin]) continue;
        const TimeSpan& t = times[ti];
        if (t.kind == TimeKind::unresolvable || t.since || t.until) continue;
        int32_t source = -1;
        // A list: the mention that kept another member ("in May and August", "on 4 July and 28 July").
        auto kept_by = [&](std::size_t a) {
            for (std::size_t o = first; o < out.size(); ++o)
                if (out[o].time == static_cast<int32_t>(a)) return static_cast<int32_t>(o);
            return -1;
        };
        for (std::size_t a = ti; a > t_begin && source < 0;) {
            --a;
            if (!coordinated(s, times[a], times[a + 1])) break;
            source = kept_by(a);
        }
        for (std::size_t a = ti + 1; a < t_end && source < 0; ++a) {
            if (!coordinated(s, times[a - 1], times[a])) break;
            source = kept_by(a);
        }
        // ", and a second one on July 28": the nearest trigger before, an "and" between, no new clause.
        uint32_t segment = 0;  // where the words of a ", and ..." mention start
        if (source < 0) {
            for (std::size_t o = out.size(); o > first && source < 0;) {
                --o;
                const uint32_t k = out[o].trigger;
                if (k > t.tok_begin || out[o].time < 0) continue;
                uint32_t and_at = 0;
                for (uint32_t j = k + 1; j < t.tok_begin; ++j)
                    if (s.is(j, W::and_)) and_at = j;
                if (!and_at || s.clause(and_at) != s.clause(t.tok_begin)) break;
                source = static_cast<int32_t>(o);
                segment = and_at;
            }
        }
        if (source < 0) continue;
        EventMention clone = out[static_cast<std::size_t>(source)];
        clone.time = static_cast<int32_t>(ti);
        // "talks with Putin on Sept. 3 and with Xi the following day": the second meeting's partner is Xi.
        if (segment) {
            std::vector<uint32_t> partners;
            for (uint32_t j = segment + 1; j < t.tok_begin; ++j)
                if (s.entity_start(j))
                    if (const int32_t a = s.d.table.actor(static_cast<uint32_t>(s.entity_id(j))); a >= 0)
                        partners.push_back(static_cast<uint32_t>(a));
            if (!partners.empty()) {
                clone.actors.clear();
                subject_actors(s, clone, clone.actors);
                if (clone.actors.empty()) clone.actors = out[static_cast<std::size_t>(source)].actors;
                auto& own = out[static_cast<std::size_t>(source)].actors;
                for (uint32_t a : partners) {
                    own.erase(std::remove(own.begin(), own.end(), a), own.end());
                    clone.actors.add_unique(a);
                }
            }
        }
        out.push_back(std::move(clone));
        kept[ti - t_begin] = 1;
    }
}

}  // namespace core::event_sentence
