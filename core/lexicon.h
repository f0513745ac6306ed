// The lexicon: canonical entities with their aliases and the word lists the
// event and time rules read, loaded from core/lexicon.json (embedded at build time).
//
//   const core::Lexicon& lex = core::Lexicon::builtin();   // parsed once, then shared
//   std::vector<core::Token> tokens;
//   core::tokenize(folded_text, lex, tokens);              // words, numbers, punctuation
//   if (lex.word(tokens[0].word).classes & core::word_bit(core::WordClass::modal)) ...
//   core::AliasMatch m;
//   if (lex.match_alias(folded_text, tokens, i, &m)) use(lex.entities[m.entity].name);
//
// Matching is case-insensitive over tokens, so "Kim Jong-un" and "KIM JONG-UN" are
// the same; "case_aliases" (US, UN, "the North") must match case except the first letter.
// A teacher can add names to lexicon.json without touching C++.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core {

// `name`: a capitalized name the lexicon does not know and no cue tells more about (core/names.h).
enum class EntityKind : uint8_t { country, person, organization, place, weapon, operation, name };
constexpr int kEntityKinds = 7;
const char* entity_kind_name(EntityKind kind);

// Word classes named by the "words" object of lexicon.json. Each vocabulary word carries a
// bit set of them, and apart from it a bit set of the event triggers it is (trigger_bit).
enum class WordClass : uint8_t {
    projectile, military, asset, satellite_context, satellite_not, nuclear, modal, attempt,
    reporting, clause_break, determiner, locative, by, with, count_unit, future, to, caption,
    sanctions, abbreviation, boilerplate, date_prep, day_part, time_unit, publication,
    title,        // person titles: "President", "minister", "envoy", "Gen"
    org_head,     // words that end an organization's name: "Ministry", "Command", "Agency"
    place_head,   // words that end a place's name: "Island", "Strait", "Province"; or start it: "Cape"
    stop,         // function words that are no name even with a capital: "The", "After", "It"
    timezone,     // "GMT", "KST": a clock time's zone, never a name
    party,        // who can be met: "counterpart", "leader", "delegation", "cabinet"
    vessel,       // prefixes of ship names: "USS", "HMS"
    flight,       // what a flying missile does: "flew", "crossed", "splashed"
    failure,      // how a launch ends badly: "failed", "exploded", "crashed"
    negation,     // "not", "never", "no": only these, of the modal words, cross a comma
    compound_head,  // a noun that makes a trigger before it a modifier: "test site", "firing range", "launch pad"
    quantifier,   // "any launch", "every test": no event in particular
    drill_verb,   // what an exercise does: "began", "opened", "was staged"
    photo_agency, // "REUTERS/Kim Hong-Ji": an agency's name as a photo credit marks a caption
    page_furniture,  // share bars: "Share", "Tweet", "Copy link"
    see_also,     // the first word of a link line: "Related:", "Read more:", "Watch:"
    weak_name,    // capitalized adjectives that start names ("Northern Fleet") but are none alone ("European")
    time_word,    // may start a time expression (months, weekdays, numbers, "last", "the"): set when loading
    count_
};
static_assert(static_cast<int>(WordClass::count_) <= 64, "word classes are one 64-bit set");
constexpr uint64_t word_bit(WordClass c) { return uint64_t{1} << static_cast<unsigned>(c); }

// Words the event and time rules test by spelling ("on", "later", "ago"). They join the
// vocabulary when the lexicon loads and their ids are kept, so a test is one integer compare per token
// instead of a string compare: `lex.rule_word(RuleWord::ago) == token.word`.
#define CORE_RULE_WORDS(X) \
    X(a, "a") X(according, "according") X(after, "after") X(ago, "ago") X(an, "an") X(and_, "and") \
    X(before, "before") X(by, "by") X(could, "could") X(day, "day") X(days, "days") X(down, "down") \
    X(earlier, "earlier") X(early, "early") X(fire, "fire") X(her, "her") X(his, "his") X(if_, "if") \
    X(in, "in") X(into, "into") X(issued, "issued") X(issues, "issues") X(its, "its") X(joint, "joint") \
    X(last, "last") X(late, "late") X(later, "later") X(ll, "ll") X(mid, "mid") X(month, "month") \
    X(next, "next") X(of, "of") X(on, "on") X(past, "past") X(s, "s") X(said, "said") \
    X(scheduled, "scheduled") X(shall, "shall") X(since, "since") X(the, "the") X(their, "their") \
    X(this_, "this") X(today, "today") X(tomorrow, "tomorrow") X(until, "until") X(upcoming, "upcoming") \
    X(week, "week") X(weeks, "weeks") X(will, "will") X(with, "with") X(would, "would") X(year, "year") \
    X(yesterday, "yesterday") X(same, "same") X(night, "night") X(that, "that") X(following, "following") \
    X(from, "from") X(to, "to") X(or_, "or") X(hours, "hours") X(within, "within") \
    X(series, "series") X(news, "news") X(press, "press") X(orbit, "orbit") X(space, "space") \
    X(put, "put") X(placed, "placed") X(place, "place") X(reached, "reached") X(show, "show") X(force, "force") \
    X(war, "war") X(games, "games") X(first, "first") X(was, "was") X(were, "were") X(had, "had") X(has, "has") \
    X(have, "have") X(is, "is") X(are, "are") X(been, "been") X(be, "be") X(being, "being") X(also, "also") \
    X(then, "then") X(again, "again") X(it, "it") X(they, "they") X(he, "he") X(she, "she") \
    X(for_, "for") X(as, "as") X(at, "at") X(over, "over") X(near, "near") X(off, "off") X(toward, "toward") \
    X(towards, "towards") X(against, "against") X(between, "between") X(fortnight, "fortnight") \
    X(end, "end") X(beginning, "beginning") X(start, "start") X(middle, "middle") \
    X(both, "both") X(each, "each") X(twice, "twice") X(resolution, "resolution") X(council, "council") \
    X(called, "called") X(call, "call") X(phone, "phone") X(carried, "carried") X(out, "out") \
    X(conducted, "conducted") X(held, "held") X(staged, "staged") X(began, "began") X(begin, "begin") \
    X(conference, "conference") X(test, "test") X(tests, "tests") X(trial, "trial") X(trials, "trials") \
    X(flight, "flight") X(who, "who") X(which, "which") X(when, "when") X(where, "where") X(while_, "while") \
    X(not_, "not") X(no, "no") X(never, "never") X(did, "did") X(does, "does") \
    X(yet, "yet") X(only, "only") X(than, "than") \
    X(port, "port") X(but, "but") X(see, "see") X(meet, "meet") X(one, "one") X(another, "another") X(second, "second") X(behind, "behind") X(about, "about") X(nearly, "nearly") X(some, "some") X(around, "around") X(almost, "almost")
enum class RuleWord : uint8_t {
#define CORE_RULE_WORD_ENUM(name, spelling) name,
    CORE_RULE_WORDS(CORE_RULE_WORD_ENUM)
#undef CORE_RULE_WORD_ENUM
    count_
};

enum class EventType : uint8_t {
    missile_launch, military_drill, deployment, summit_or_meeting, nuclear_test,
    satellite_launch, sanctions_action, statement, other, count_
};
const char* event_type_name(EventType type);
constexpr int kEventTypes = static_cast<int>(EventType::count_);

// Trigger roles: a verb, a noun, or a noun that needs its argument word right before it
// ("missile tests", "nuclear test") and is no trigger alone ("cricket test").
enum class TriggerRole : uint8_t { verb, noun, bound_noun };
constexpr uint32_t trigger_bit(EventType t, TriggerRole r) {
    return uint32_t{1} << (static_cast<unsigned>(t) * 3 + static_cast<unsigned>(r));
}

struct WordInfo {
    std::string text;       // lower case
    uint64_t classes = 0;   // word_bit set
    uint32_t triggers = 0;  // trigger_bit set
    int8_t month = 0;      // 1-12 for month names
    int8_t weekday = 0;    // 1 (Monday) - 7 (Sunday)
    int32_t number = -1;   // "eight" = 8
};

struct LexiconEntity {
    std::string name;
    EntityKind kind = EntityKind::country;
    // Who the entity acts for as an event's actor: a person's or an agency's country
    // ("Pentagon" -> "United States"), a body's parent ("UN Security Council" -> "United Nations").
    std::string country;
    bool acts = false;    // a body that acts in its own name (the UN, NATO, the EU), not for a country
    bool platform = false;  // a weapon that carries others (a jet, a ship, a defence system): it flies, it is not launched
    bool space = false;   // a space launcher or satellite ("Chollima-1", "Simorgh"): its launch puts something in orbit
    // As the JSON gives them (the name itself, and weapon plurals, are matched without being listed).
    std::vector<std::string> aliases, case_aliases, context_aliases;
};

struct EventRule {
    EventType type = EventType::other;
    WordClass needs = WordClass::count_;  // an argument word the sentence must hold; count_ = none
};

enum class TokenShape : uint8_t { word, number, punct };

// A token of the folded text: letters/digits runs and single punctuation marks.
struct Token {
    uint32_t begin = 0, end = 0;  // offsets in the folded text
    int32_t word = -1;            // vocabulary id, -1 when the lexicon does not know it
    TokenShape shape = TokenShape::word;
    bool upper = false;           // starts with an upper-case letter
    bool space_before = false;    // white space (or text start) before it
    bool line_before = false;     // a line break before it
};

struct AliasMatch {
    uint32_t entity = 0;
    uint32_t token_end = 0;  // one past the last token of the match
    bool context = false;    // a context alias: counts only where the entity is named otherwise
};

struct LexiconResult;

class Lexicon {
public:
    static const Lexicon& builtin();  // the embedded core/lexicon.json; empty if it is missing
    static Lexicon from_json(std::string_view json, std::string* error);

    int32_t find_word(const char* p, std::size_t n) const;  // case-insensitive; -1 if unknown
    // The same, with the word's hash already taken (FNV-1a over its lower case, as tokenize does).
    int32_t find_word_hashed(const char* p, std::size_t n, uint32_t hash) const;
    int32_t single_char_id(unsigned char c) const { return single_char_ids_[c]; }
    const WordInfo& word(int32_t id) const { return words_[static_cast<std::size_t>(id)]; }
    uint64_t classes(const Token& t) const { return t.word < 0 ? 0 : words_[static_cast<std::size_t>(t.word)].classes; }
    uint32_t triggers(const Token& t) const { return t.word < 0 ? 0 : words_[static_cast<std::size_t>(t.word)].triggers; }
    // The vocabulary id of a rule word, -1 when the lexicon lacks it (then no token is that word).
    int32_t rule_word(RuleWord w) const { return rule_ids_[static_cast<std::size_t>(w)]; }

    // Can an alias start with this word? Most words start none: callers ask this inline before
    // the full match, which costs a call per token.
    bool starts_alias(int32_t word) const {
        return word >= 0 && static_cast<std::size_t>(word) < root_children_.size() && root_children_[static_cast<std::size_t>(word)] != 0;
    }
    // Longest alias starting at tokens[i], if any.
    bool match_alias(std::string_view text, const std::vector<Token>& tokens, std::size_t i, AliasMatch* m) const;

    std::vector<LexiconEntity> entities;
    std::vector<EventRule> event_rules;  // indexed by EventType
    // The country a ship's prefix names ("USS" -> United States), by vocabulary id; -1 for none.
    int32_t vessel_country(int32_t word) const {
        const auto it = vessel_countries_.find(word);
        return it == vessel_countries_.end() ? -1 : it->second;
    }
    int32_t find_entity(std::string_view name) const;  // by canonical name, -1 if none
    // The entity an entity acts for as an event's actor: its "country", else itself for a country
    // or a body that `acts`; -1 otherwise (places, weapons, agencies of no known country).
    int32_t actor_of(uint32_t entity) const;

private:
    // The tokenizer looks up every word: it probes the table inline rather than through a call.
    friend void tokenize(std::string_view text, const Lexicon& lex, std::vector<Token>& tokens);
    inline int32_t lookup(const char* p, std::size_t n, uint32_t hash) const;
    friend LexiconResult extend_lexicon(const Lexicon& base, std::string_view user_json);
    friend std::string lexicon_to_json(const Lexicon& lex);

    struct AliasEnd {
        uint32_t entity;
        bool case_sensitive;
        bool context;
        std::vector<std::string> tokens;  // original case, for case-sensitive checks
    };
    struct TrieNode {
        std::vector<AliasEnd> ends;
    };
    int32_t add_word(std::string_view lower);
    uint64_t& classes_of(std::string_view lower);
    uint32_t& triggers_of(std::string_view lower);
    // `first`: the alias wins over entities that already have it (a user's lexicon extension
    // saying "F-35" is the F-35A moves it there); else the entity added first keeps it.
    void add_alias(uint32_t entity, std::string_view alias, bool case_sensitive, bool context, bool first = false);
    void rehash();

    void add_entity(LexiconEntity entity, bool first = false);  // with its name and aliases in the trie
    void add_entity_aliases(uint32_t id, const std::vector<std::string>& aliases,
                            const std::vector<std::string>& case_aliases, const std::vector<std::string>& context_aliases,
                            bool first = false);

    std::string source_json_;  // the JSON it was loaded from: lexicon_to_json keeps its word lists and rules
    void find_rule_words();

    std::vector<WordInfo> words_;
    int32_t rule_ids_[static_cast<std::size_t>(RuleWord::count_)] = {};
    struct Slot {
        uint32_t hash;
        int32_t id;  // -1: empty
    };
    void insert_slot(int32_t id);
    std::vector<Slot> table_;  // open addressing over words_, power-of-two size
    std::array<int32_t, 256> single_char_ids_ = no_words();  // one-character words (punctuation marks) by byte
    static constexpr std::array<int32_t, 256> no_words() {
        std::array<int32_t, 256> a{};
        for (int32_t& x : a) x = -1;
        return a;
    }
    std::vector<TrieNode> nodes_{1};
    std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | word) -> child node
    // The root's edges again, by word id (0: none): most tokens start no alias, and this
    // answers that with one array read instead of a hash lookup per token.
    std::vector<uint32_t> root_children_;
    std::unordered_map<std::string, uint32_t> entity_ids_;  // canonical name -> index in `entities`
    std::unordered_map<int32_t, int32_t> vessel_countries_;  // vocabulary id -> entity id
};

// [SECTION] extending the lexicon with the user's own names
//   core::LexiconResult r = core::extend_lexicon(core::Lexicon::builtin(), R"([
//       {"name": "Acme Corp", "kind": "organization", "aliases": ["Acme"]},
//       {"name": "North Korea", "aliases": ["the Kim state"]}])");   // an existing name: aliases added
//   if (!r.ok()) show(r.error);  // "entities[0].kind: 'planet' is not one of country, person, ..."
//   core::Corpus c = core::build_corpus(imported, r.lexicon);
//   std::string json = core::lexicon_to_json(r.lexicon);  // the whole lexicon, Lexicon::from_json reads it
//
// The user JSON is the "entities" list of core/lexicon.json ([{"name", "kind", "aliases",
// "case_aliases", "context_aliases", "country"}]) or an object holding it ({"entities": [...]}).
// A new entity needs a kind; an existing one keeps its kind (a different one is an error,
// since event rules read it). Nothing is applied unless the whole list is valid.
struct LexiconResult {
    Lexicon lexicon;    // the extended lexicon; on error, a copy of the base
    std::string error;  // empty on success
    bool ok() const { return error.empty(); }
};

LexiconResult extend_lexicon(const Lexicon& base, std::string_view user_json);
std::string lexicon_to_json(const Lexicon& lex);

// Splits folded text into tokens. "2024Asia" (a year glued to the next word) is two tokens.
void tokenize(std::string_view text, const Lexicon& lex, std::vector<Token>& tokens);

}  // namespace core
