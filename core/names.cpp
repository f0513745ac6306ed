#include "core/names.h"

#include <algorithm>
#include <unordered_map>

namespace core {
namespace {

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

// [SECTION] one document's view of its tokens
struct NameReader {
    std::string_view text;
    const std::vector<Token>& tokens;
    const Lexicon& lex;
    const std::vector<int32_t>& mention_at;  // token -> index into the lexicon mentions, -1
    const std::vector<MentionSpan>& mentions;

    std::string_view str(uint32_t k) const { return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); }
    bool has(uint32_t k, WordClass c) const { return k < tokens.size() && (lex.classes(tokens[k]) & word_bit(c)) != 0; }
    bool punct(uint32_t k, char c) const {
        return k < tokens.size() && tokens[k].shape == TokenShape::punct && text[tokens[k].begin] == c;
    }
    bool glued(uint32_t k) const { return k < tokens.size() && !tokens[k].space_before && !tokens[k].line_before; }
    bool is(uint32_t k, RuleWord w) const { return k < tokens.size() && tokens[k].word >= 0 && tokens[k].word == lex.rule_word(w); }
    const LexiconEntity* entity(uint32_t k) const {
        return k < tokens.size() && mention_at[k] >= 0 ? &lex.entities[mentions[static_cast<std::size_t>(mention_at[k])].entity] : nullptr;
    }
    bool all_caps(uint32_t k) const {
        const std::string_view s = str(k);
        bool letters = false;
        for (char c : s) {
            if (is_lower(c)) return false;
            letters |= is_upper(c);
        }
        return letters;
    }
    // A capitalized word that may be part of a name: not a function word, month, weekday or time zone.
    bool name_word(uint32_t k) const {
        if (k >= tokens.size() || mention_at[k] >= 0) return false;
        const Token& t = tokens[k];
        if (t.shape != TokenShape::word || !t.upper) return false;
        if (t.end - t.begin == 1 && !punct(k + 1, '.') && !punct(k + 1, '-')) return false;  // "X", "I"
        if (has(k, WordClass::stop) || has(k, WordClass::timezone)) return false;
        if (t.word >= 0) {
            const WordInfo& w = lex.word(t.word);
            if (w.month || w.weekday) return false;
        }
        return true;
    }
};

// Is the sentence a headline or heading in title case or capitals? Then capitals mark no names.
bool title_case(const NameReader& r, uint32_t b, uint32_t e) {
    if (r.punct(e - 1, '.')) return false;  // a sentence full of names is still a sentence
    int words = 0, upper = 0;
    for (uint32_t k = b; k < e; ++k) {
        if (r.tokens[k].shape != TokenShape::word || r.mention_at[k] >= 0) continue;
        if (!r.tokens[k].upper && r.has(k, WordClass::stop)) continue;  // "of", "the" stay small in titles
        ++words;
        upper += r.tokens[k].upper;
    }
    return words >= 3 && upper * 4 >= words * 3;
}

bool all_caps_line(const NameReader& r, uint32_t b, uint32_t e) {
    int words = 0;
    for (uint32_t k = b; k < e; ++k) {
        if (r.tokens[k].shape != TokenShape::word) continue;
        if (!r.all_caps(k)) return false;  // the first word in lower case settles it: most sentences stop there
        ++words;
    }
    return words >= 2;
}

// "-based", "-led": a hyphen that makes an adjective of a name ("Taipei-based", "Linux-based").
bool adjective_suffix(std::string_view w) {
    static const char* const suffixes[] = {"based", "led", "backed", "born", "style", "made", "era", "owned", "run", "linked",
                                           "bound", "controlled", "sponsored", "funded", "built", "designed", "type", "class",
                                           "friendly", "related", "specific", "wide", "level", "made", "speaking"};
    for (const char* s : suffixes)
        if (w == s) return true;
    return false;
}

struct Run {
    uint32_t begin = 0, end = 0;   // tokens of the name, titles stripped
    uint32_t outer = 0;            // where the run started, titles included
    bool titled = false;           // a title stood before the name
};

// The run of name tokens starting at k: words, their glued hyphen parts ("Ing-wen",
// "Hwasong-20", "Thunder-2025A"), abbreviation periods ("Gen.", "K."), "of" / "of the"
// after a head word ("Ministry of Defence", "Department of the Treasury").
uint32_t run_end(const NameReader& r, uint32_t k, uint32_t end) {
    uint32_t j = k + 1;
    while (j < end) {
        // "Ing-wen", "O'Brien"; not "Pelosi's"
        if ((r.punct(j, '-') || (r.punct(j, '\'') && !r.is(j + 1, RuleWord::s))) && r.glued(j) && r.glued(j + 1) &&
            j + 1 < end && r.tokens[j + 1].shape != TokenShape::punct && !adjective_suffix(r.str(j + 1))) {
            j += 2;
            continue;
        }
        if (r.punct(j, '.') && r.glued(j) && (r.has(j - 1, WordClass::title) || r.tokens[j - 1].end - r.tokens[j - 1].begin == 1) &&
            r.name_word(j + 1)) {
            ++j;
            continue;
        }
        if (r.is(j, RuleWord::of) && (r.has(j - 1, WordClass::org_head) || r.has(j - 1, WordClass::place_head) ||
                                      r.has(j - 1, WordClass::title))) {
            const uint32_t n = r.is(j + 1, RuleWord::the) ? j + 2 : j + 1;
            if (n < end && r.name_word(n)) {
                j = n + 1;
                continue;
            }
        }
        if (r.name_word(j)) {
            ++j;
            continue;
        }
        break;
    }
    return j;
}

bool drill_word_at(const NameReader& r, uint32_t k) {
    if (k >= r.tokens.size() || !(r.lex.triggers(r.tokens[k]) & trigger_bit(EventType::military_drill, TriggerRole::noun))) return false;
    return !r.is(k, RuleWord::show) && !r.is(k, RuleWord::games);  // "Motor Show", "Olympic Games"
}

// A missile or launcher word within a few modifier words after the name: "a Yars intercontinental
// ballistic missile", "a Simorgh rocket", "Abdali Weapon System".
int weapon_head_after(const NameReader& r, uint32_t k, uint32_t end) {
    for (uint32_t j = k, n = 0; j < end && n < 4; ++j, ++n) {
        if (r.has(j, WordClass::projectile) || r.str(j) == "launcher" || r.str(j) == "launchers") return static_cast<int>(j);
        if (r.mention_at[j] >= 0) {  // "a Yars intercontinental ballistic missile": a kind of missile, not a named one
            const MentionSpan& m = r.mentions[static_cast<std::size_t>(r.mention_at[j])];
            for (uint32_t q = m.tok_begin; q < m.tok_end; ++q)
                if (r.has(q, WordClass::projectile)) return static_cast<int>(q);
            return -1;
        }
        if (r.tokens[j].shape == TokenShape::punct && !r.punct(j, '-')) return -1;
        if (r.tokens[j].upper || r.has(j, WordClass::stop)) return -1;
    }
    return -1;
}



// A country named just before a person's or an agency's name: "China's Eastern Theater Command",
// "U.S. Defense Secretary Pete Hegseth", "his South Korean counterpart Noh Kyu-duk".
int32_t country_before(const NameReader& r, uint32_t k, uint32_t sentence_begin) {
    for (uint32_t j = k, n = 0; j > sentence_begin && n < 7; ++n) {
        --j;
        if (const LexiconEntity* e = r.entity(j)) {
            if (e->kind == EntityKind::country) return r.lex.find_entity(e->name);
            if (!e->country.empty() && e->kind != EntityKind::person) return r.lex.find_entity(e->country);
            return -1;
        }
        if (r.punct(j, '\'') || r.is(j, RuleWord::s) || r.is(j, RuleWord::the) || r.is(j, RuleWord::his) ||
            r.is(j, RuleWord::her) || r.is(j, RuleWord::its) || r.punct(j, '-') || r.punct(j, '.') || r.punct(j, ','))
            continue;
        if (r.has(j, WordClass::title) || r.has(j, WordClass::party)) continue;
        if (r.tokens[j].shape == TokenShape::word && !r.tokens[j].upper && n < 3) continue;  // "nuclear envoy", "special representative"
        return -1;
    }
    return -1;
}

// An appositive after a person's name: "John Aquilino, commander of U.S. Indo-Pacific Command".
int32_t country_after(const NameReader& r, uint32_t k, uint32_t sentence_end) {
    if (!r.punct(k, ',')) return -1;
    for (uint32_t j = k + 1, n = 0; j < sentence_end && n < 7; ++j, ++n) {
        if (const LexiconEntity* e = r.entity(j)) {
            if (e->kind == EntityKind::country) return r.lex.find_entity(e->name);
            if (!e->country.empty() && e->kind != EntityKind::person) return r.lex.find_entity(e->country);
            return -1;
        }
        if (r.tokens[j].shape == TokenShape::punct && !r.punct(j, '.') && !r.punct(j, '\'')) return -1;
        if (r.tokens[j].upper && !r.has(j, WordClass::title)) return -1;
    }
    return -1;
}

std::string spelled(const NameReader& r, uint32_t b, uint32_t e) {
    std::string out;
    for (uint32_t k = b; k < e; ++k) {
        if (k > b && r.tokens[k].space_before) out += ' ';
        out += r.str(k);
    }
    return out;
}

uint32_t name_hash(std::string_view s) {
    uint32_t h = 2166136261u;
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    return h;
}

struct Finder {
    const NameReader& r;
    DocumentNames& out;
    uint32_t lexicon_size;
    // Names to their index in out.found, by open addressing over those indexes: a document
    // interns a name for most capitalized words, and a map of strings cost an allocation and a
    // copy of the name for each new one.
    std::vector<uint32_t> slots = std::vector<uint32_t>(64, kEmpty);  // index in out.found, or kEmpty
    std::vector<uint32_t> hashes = {};                                 // of out.found[i].name
    static constexpr uint32_t kEmpty = ~0u;

    uint32_t intern(std::string name, EntityKind kind, int32_t actor, bool space) {
        const uint32_t h = name_hash(name);
        std::size_t mask = slots.size() - 1, i = h & mask;
        for (; slots[i] != kEmpty; i = (i + 1) & mask) {
            const uint32_t at = slots[i];
            if (hashes[at] != h || out.found[at].name != name) continue;
            FoundName& f = out.found[at];
            if (f.kind == EntityKind::name) f.kind = kind;  // a later cue says more
            if (f.actor < 0) f.actor = actor;
            f.space |= space;
            return lexicon_size + at;
        }
        const uint32_t at = static_cast<uint32_t>(out.found.size());
        out.found.push_back({std::move(name), kind, actor, space});
        hashes.push_back(h);
        if (hashes.size() * 2 > slots.size()) {
            slots.assign(slots.size() * 2, kEmpty);
            mask = slots.size() - 1;
            for (uint32_t k = 0; k < hashes.size(); ++k) {
                std::size_t j = hashes[k] & mask;
                while (slots[j] != kEmpty) j = (j + 1) & mask;
                slots[j] = k;
            }
        } else {
            slots[i] = at;
        }
        return lexicon_size + at;
    }
};

}  // namespace

DocumentNames find_names(std::string_view text, const std::vector<Token>& tokens, const ArticleLayout& layout,
                         const std::vector<SentenceSpan>& sentences, const Lexicon& lex,
                         std::vector<MentionSpan>& mentions) {
    DocumentNames out;
    std::vector<int32_t> mention_at(tokens.size(), -1);
    for (std::size_t m = 0; m < mentions.size(); ++m)
        for (uint32_t k = mentions[m].tok_begin; k < mentions[m].tok_end; ++k) mention_at[k] = static_cast<int32_t>(m);
    const uint32_t lexicon_size = static_cast<uint32_t>(lex.entities.size());

    // A one-word person alias stands for a different person when a capitalized word is glued to
    // it: "Kim" is Kim Jong Un, but "Sung Kim" and "Kim Yong Chol" are other people.
    auto lone_person = [&](uint32_t k) {
        const int32_t m = mention_at[k];
        if (m < 0) return false;
        const MentionSpan& s = mentions[static_cast<std::size_t>(m)];
        return s.tok_end - s.tok_begin == 1 && lex.entities[s.entity].kind == EntityKind::person;
    };
    std::vector<uint8_t> dropped(mentions.size(), 0);
    {
        const NameReader probe{text, tokens, lex, mention_at, mentions};
        for (std::size_t m = 0; m < mentions.size(); ++m) {
            const uint32_t k = mentions[m].tok_begin;
            if (!lone_person(k)) continue;
            const bool before = k > 0 && probe.name_word(k - 1) && !probe.has(k - 1, WordClass::title);
            const bool after = probe.name_word(k + 1);
            if (before || after) dropped[m] = 1;
        }
        for (std::size_t m = 0; m < mentions.size(); ++m)
            if (dropped[m]) mention_at[mentions[m].tok_begin] = -1;
    }
    const NameReader r{text, tokens, lex, mention_at, mentions};
    Finder finder{r, out, lexicon_size};
    // Every name found starts at a capitalized token: their count bounds the lists below, which
    // are then allocated once instead of growing name by name.
    std::size_t capitals = 0;
    for (const Token& t : tokens) capitals += t.upper;
    out.found.reserve(capitals);
    finder.hashes.reserve(capitals);
    std::vector<MentionSpan> added;
    added.reserve(capitals);

    // [SECTION] variants of known weapon families: "Hwasong" + "-12", "Chollima" + "-1"
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        MentionSpan& s = mentions[m];
        if (dropped[m] || lex.entities[s.entity].kind != EntityKind::weapon) continue;
        const uint32_t k = s.tok_end;
        if (!(r.punct(k, '-') && r.glued(k) && r.glued(k + 1) && k + 1 < tokens.size() &&
              tokens[k + 1].shape != TokenShape::punct && mention_at[k + 1] < 0))
            continue;
        const LexiconEntity& family = lex.entities[s.entity];
        const uint32_t id = finder.intern(spelled(r, s.tok_begin, k + 2), EntityKind::weapon, -1, family.space);
        s.entity = id;
        s.tok_end = k + 2;
        s.end = tokens[k + 1].end;
        mention_at[k] = mention_at[k + 1] = static_cast<int32_t>(m);
    }

    // [SECTION] capitalized runs
    struct Single {
        uint32_t tok;
        bool initial;
    };
    std::vector<Single> singles;
    singles.reserve(capitals);
    for (const SentenceSpan& sent : sentences) {
        const ParagraphRole role = layout.paragraphs[sent.paragraph].role;
        if (role == ParagraphRole::boilerplate || role == ParagraphRole::byline) continue;
        if (title_case(r, sent.tok_begin, sent.tok_end) || all_caps_line(r, sent.tok_begin, sent.tok_end)) continue;
        uint32_t first_word = sent.tok_begin;
        while (first_word < sent.tok_end && tokens[first_word].shape == TokenShape::punct) ++first_word;
        for (uint32_t k = sent.tok_begin; k < sent.tok_end;) {
            // Most tokens are small words: passed over before the full test (which needs a capital too).
            if (!tokens[k].upper || !r.name_word(k)) {
                ++k;
                continue;
            }
            Run run;
            run.outer = run.begin = k;
            run.end = run_end(r, k, sent.tok_end);
            k = run.end;
            // Titles before the name: "Prime Minister", "Maj. Gen.", "Secretary of State".
            while (run.begin < run.end &&
                   (r.has(run.begin, WordClass::title) || r.tokens[run.begin].shape == TokenShape::punct ||
                    ((r.is(run.begin, RuleWord::of) || r.is(run.begin, RuleWord::the)) && run.titled)))
                ++run.begin, run.titled = true;
            // ... or inside it, after a service: "Army General Valery Gerasimov".
            for (uint32_t j = run.begin; j + 2 < run.end && !run.titled; ++j) {
                if (!r.has(j, WordClass::title) || r.has(j, WordClass::org_head)) continue;
                bool person = true;
                for (uint32_t q = j + 1; q < run.end; ++q)
                    person &= r.tokens[q].shape != TokenShape::word ||
                              !(r.has(q, WordClass::title) || r.has(q, WordClass::org_head) || r.has(q, WordClass::place_head));
                if (person) run.begin = j + 1, run.titled = true;
            }
            if (run.begin >= run.end) continue;
            bool weak_only = true;
            for (uint32_t j = run.begin; j < run.end; ++j) weak_only &= r.has(j, WordClass::weak_name) || r.punct(j, '-');
            if (weak_only) continue;
            const uint32_t n = run.end - run.begin;
            const bool initial = run.outer == first_word;
            if (n == 1 && !run.titled) {
                singles.push_back({run.begin, initial});
                continue;
            }
            // What kind of name: its words, and the words around it.
            EntityKind kind = EntityKind::name;
            bool space = false;
            bool org = false, place = false;
            for (uint32_t j = run.begin; j < run.end; ++j) {
                org |= r.has(j, WordClass::org_head);
                place |= r.has(j, WordClass::place_head);
            }
            const std::string_view first = r.str(run.begin);
            const uint32_t after = run.end;
            const int head = weapon_head_after(r, after, sent.tok_end);
            if (r.has(run.begin, WordClass::vessel)) kind = EntityKind::weapon;
            else if (first == "Exercise" || first == "Operation" || drill_word_at(r, after) ||
                     (run.outer > sent.tok_begin && drill_word_at(r, run.outer - 1)))
                kind = EntityKind::operation;
            else if (r.has(run.end - 1, WordClass::org_head) || org) kind = EntityKind::organization;
            else if (place) kind = EntityKind::place;
            else if (head >= 0) kind = EntityKind::weapon;
            else if (run.titled || (run.outer > sent.tok_begin && r.has(run.outer - 1, WordClass::title)) ||
                     r.has(after, WordClass::reporting))
                kind = EntityKind::person;
            if (kind == EntityKind::weapon && head >= 0) {
                const std::string_view h = r.str(static_cast<uint32_t>(head));
                space = h == "launcher" || h == "launchers";
            }
            uint32_t end = run.end;
            // An operation's edition: "Nordic Response 2024", "Foal Eagle 2017".
            if (kind == EntityKind::operation && end < sent.tok_end && tokens[end].shape == TokenShape::number &&
                r.str(end).size() == 4)
                ++end;
            int32_t actor = -1;
            if (kind == EntityKind::person || kind == EntityKind::organization) {
                actor = country_before(r, run.outer, sent.tok_begin);
                if (actor < 0 && kind == EntityKind::person) actor = country_after(r, end, sent.tok_end);
            } else if (kind == EntityKind::weapon && r.has(run.begin, WordClass::vessel)) {
                actor = lex.vessel_country(tokens[run.begin].word);
            }
            const uint32_t id = finder.intern(spelled(r, run.begin, end), kind, actor, space);
            added.push_back({id, tokens[run.begin].begin, tokens[end - 1].end, run.begin, end});
            k = std::max(k, end);
        }
    }

    // [SECTION] one-word names: a person named in full before, by family or given name ("Paparo
    // said", "Moon received", "Wang had met"; the latest such person when several fit), a word
    // found as a name elsewhere, or any capitalized word inside a sentence ("Simorgh").
    struct Person {
        uint32_t id, tok;
        std::string first, last;
    };
    std::vector<Person> people;
    auto add_person = [&](uint32_t id, uint32_t tok, const std::string& name) {
        const std::size_t a = name.find(' '), b = name.rfind(' ');
        if (a == std::string::npos) return;
        people.push_back({id, tok, name.substr(0, a), name.substr(b + 1)});
    };
    for (std::size_t m = 0; m < mentions.size(); ++m)
        if (!dropped[m] && mentions[m].entity < lexicon_size && lex.entities[mentions[m].entity].kind == EntityKind::person)
            add_person(mentions[m].entity, mentions[m].tok_begin, lex.entities[mentions[m].entity].name);
    for (const MentionSpan& m : added)
        if (out.found[m.entity - lexicon_size].kind == EntityKind::person)
            add_person(m.entity, m.tok_begin, out.found[m.entity - lexicon_size].name);
    std::sort(people.begin(), people.end(), [](const Person& a, const Person& b) { return a.tok < b.tok; });
    // Sorted views into the text: one allocation, where a set of strings took one per word.
    std::vector<std::string_view> single_names;
    single_names.reserve(singles.size());
    for (const Single& s : singles)
        if (!s.initial) single_names.push_back(r.str(s.tok));
    std::sort(single_names.begin(), single_names.end());
    // Singles and people are both in text order: one sweep keeps, for each given and family
    // name, the latest person named before, so a document of many names stays linear.
    std::unordered_map<std::string_view, uint32_t> person_by_word;
    std::size_t named_before = 0;
    for (const Single& s : singles) {
        const std::string_view word = r.str(s.tok);
        for (; named_before < people.size() && people[named_before].tok <= s.tok; ++named_before) {
            const Person& p = people[named_before];
            person_by_word[p.first] = person_by_word[p.last] = p.id;
        }
        const auto latest = person_by_word.find(word);
        uint32_t id = latest == person_by_word.end() ? ~0u : latest->second;
        if (id == ~0u) {
            if (s.initial && !std::binary_search(single_names.begin(), single_names.end(), word)) continue;
            if (r.all_caps(s.tok) && r.str(s.tok).size() < 2) continue;
            id = finder.intern(std::string(word), EntityKind::name, -1, false);
        }
        added.push_back({id, tokens[s.tok].begin, tokens[s.tok].end, s.tok, s.tok + 1});
    }

    // [SECTION] the mentions in text order, the absorbed one-word aliases left out
    std::size_t w = 0;
    for (std::size_t m = 0; m < mentions.size(); ++m)
        if (!dropped[m]) mentions[w++] = mentions[m];
    mentions.resize(w);
    mentions.insert(mentions.end(), added.begin(), added.end());
    std::sort(mentions.begin(), mentions.end(), [](const MentionSpan& a, const MentionSpan& b) { return a.tok_begin < b.tok_begin; });
    return out;
}

}  // namespace core
