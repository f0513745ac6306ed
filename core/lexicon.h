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
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace core {

enum class EntityKind : uint8_t { country, person, organization, place, weapon, operation };
const char* entity_kind_name(EntityKind kind);

// Word classes named by the "words" object of lexicon.json, plus one trigger class
// per event type and trigger role. Each vocabulary word carries a bit set of them.
enum class WordClass : uint8_t {
    projectile, military, asset, satellite_context, satellite_not, nuclear, modal, attempt,
    reporting, clause_break, determiner, locative, by, with, count_unit, future, to, caption,
    sanctions, abbreviation, boilerplate, date_prep, day_part, time_unit, publication, count_
};
constexpr uint64_t word_bit(WordClass c) { return uint64_t{1} << static_cast<unsigned>(c); }

// Words the event and time rules test by spelling ("on", "later", "ago"). Their vocabulary
// ids are looked up once when the lexicon loads, so a test is one integer compare per token
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
    X(yesterday, "yesterday")
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
constexpr uint64_t trigger_bit(EventType t, TriggerRole r) {
    return uint64_t{1} << (32 + static_cast<unsigned>(t) * 3 + static_cast<unsigned>(r));
}

struct WordInfo {
    std::string text;      // lower case
    uint64_t classes = 0;  // word_bit / trigger_bit set
    int8_t month = 0;      // 1-12 for month names
    int8_t weekday = 0;    // 1 (Monday) - 7 (Sunday)
    int32_t number = -1;   // "eight" = 8
};

struct LexiconEntity {
    std::string name;
    EntityKind kind = EntityKind::country;
    std::string country;  // a person's country, for event actors
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
    const WordInfo& word(int32_t id) const { return words_[static_cast<std::size_t>(id)]; }
    uint64_t classes(const Token& t) const { return t.word < 0 ? 0 : words_[static_cast<std::size_t>(t.word)].classes; }
    // The vocabulary id of a rule word, -1 when the lexicon lacks it (then no token is that word).
    int32_t rule_word(RuleWord w) const { return rule_ids_[static_cast<std::size_t>(w)]; }

    // Longest alias starting at tokens[i], if any.
    bool match_alias(std::string_view text, const std::vector<Token>& tokens, std::size_t i, AliasMatch* m) const;

    std::vector<LexiconEntity> entities;
    std::vector<EventRule> event_rules;  // indexed by EventType
    int32_t find_entity(std::string_view name) const;

private:
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
    void add_alias(uint32_t entity, std::string_view alias, bool case_sensitive, bool context);
    void rehash();

    void add_entity(LexiconEntity entity);  // with its name and aliases in the trie
    void add_entity_aliases(uint32_t id, const std::vector<std::string>& aliases,
                            const std::vector<std::string>& case_aliases, const std::vector<std::string>& context_aliases);

    std::string source_json_;  // the JSON it was loaded from: lexicon_to_json keeps its word lists and rules
    void find_rule_words();

    std::vector<WordInfo> words_;
    int32_t rule_ids_[static_cast<std::size_t>(RuleWord::count_)] = {};
    std::vector<int32_t> table_;  // open addressing over words_, power-of-two size
    std::vector<TrieNode> nodes_{1};
    std::unordered_map<uint64_t, uint32_t> edges_;  // (node << 32 | word) -> child node
    // The root's edges again, by word id (0: none): most tokens start no alias, and this
    // answers that with one array read instead of a hash lookup per token.
    std::vector<uint32_t> root_children_;
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
