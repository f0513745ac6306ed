#include "core/lexicon.h"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

#include "core/embedded.h"

namespace core {
namespace {

// [SECTION] character classes (ASCII; bytes >= 0x80 count as letters so accented names stay one word)
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }
inline bool is_alnum(unsigned char c) { return is_digit(c) || is_alpha(c); }
inline bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
constexpr std::array<unsigned char, 256> make_lower_bytes() {
    std::array<unsigned char, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return t;
}
constexpr std::array<unsigned char, 256> kLowerBytes = make_lower_bytes();  // a lookup: no branch per byte
inline unsigned char lower(unsigned char c) { return kLowerBytes[c]; }

inline uint32_t hash_lower(const char* p, std::size_t n) {
    uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < n; ++i) h = (h ^ lower(static_cast<unsigned char>(p[i]))) * 16777619u;
    return h;
}

struct ClassName {
    const char* name;
    WordClass cls;
};
const ClassName kClassNames[] = {
    {"projectile", WordClass::projectile}, {"military", WordClass::military}, {"asset", WordClass::asset},
    {"satellite_context", WordClass::satellite_context}, {"satellite_not", WordClass::satellite_not},
    {"nuclear", WordClass::nuclear}, {"modal", WordClass::modal}, {"attempt", WordClass::attempt},
    {"reporting", WordClass::reporting}, {"clause_break", WordClass::clause_break},
    {"determiner", WordClass::determiner}, {"locative", WordClass::locative}, {"by", WordClass::by},
    {"with", WordClass::with}, {"count_unit", WordClass::count_unit}, {"future", WordClass::future},
    {"to", WordClass::to}, {"caption", WordClass::caption}, {"sanctions", WordClass::sanctions},
    {"abbreviation", WordClass::abbreviation}, {"boilerplate", WordClass::boilerplate},
    {"date_prep", WordClass::date_prep}, {"day_part", WordClass::day_part}, {"time_unit", WordClass::time_unit},
    {"publication", WordClass::publication}, {"title", WordClass::title}, {"org_head", WordClass::org_head},
    {"place_head", WordClass::place_head}, {"stop", WordClass::stop}, {"timezone", WordClass::timezone},
    {"party", WordClass::party}, {"vessel", WordClass::vessel}, {"flight", WordClass::flight},
    {"failure", WordClass::failure}, {"negation", WordClass::negation}, {"compound_head", WordClass::compound_head},
    {"quantifier", WordClass::quantifier}, {"drill_verb", WordClass::drill_verb},
    {"weak_name", WordClass::weak_name}, {"page_furniture", WordClass::page_furniture}, {"photo_agency", WordClass::photo_agency}, {"see_also", WordClass::see_also},
};

bool class_from_name(std::string_view name, WordClass* out) {
    for (const ClassName& c : kClassNames)
        if (name == c.name) {
            *out = c.cls;
            return true;
        }
    return false;
}

bool kind_from_name(std::string_view name, EntityKind* out) {
    for (int i = 0; i < kEntityKinds; ++i)
        if (name == entity_kind_name(static_cast<EntityKind>(i))) {
            *out = static_cast<EntityKind>(i);
            return true;
        }
    return false;
}

// Splits an alias the way tokenize() splits text: alphanumeric runs and single marks.
std::vector<std::string> alias_tokens(std::string_view alias) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < alias.size()) {
        const unsigned char c = static_cast<unsigned char>(alias[i]);
        if (is_space(c)) {
            ++i;
        } else if (is_alnum(c)) {
            std::size_t j = i;
            while (j < alias.size() && is_alnum(static_cast<unsigned char>(alias[j]))) ++j;
            out.emplace_back(alias.substr(i, j - i));
            i = j;
        } else {
            out.emplace_back(alias.substr(i, 1));
            ++i;
        }
    }
    return out;
}

std::string to_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(lower(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

const char* entity_kind_name(EntityKind kind) {
    switch (kind) {
        case EntityKind::country: return "country";
        case EntityKind::person: return "person";
        case EntityKind::organization: return "organization";
        case EntityKind::place: return "place";
        case EntityKind::weapon: return "weapon";
        case EntityKind::operation: return "operation";
        case EntityKind::name: return "name";
    }
    return "other";
}

const char* event_type_name(EventType type) {
    static const char* const names[] = {"missile_launch", "military_drill", "deployment", "summit_or_meeting",
                                        "nuclear_test", "satellite_launch", "sanctions_action", "statement", "other"};
    const unsigned i = static_cast<unsigned>(type);
    return i < 9 ? names[i] : "other";
}

// [SECTION] vocabulary
int32_t Lexicon::find_word(const char* p, std::size_t n) const {
    if (n == 0 || n > 64) return -1;
    return find_word_hashed(p, n, hash_lower(p, n));
}

int32_t Lexicon::find_word_hashed(const char* p, std::size_t n, uint32_t hash) const { return lookup(p, n, hash); }

inline int32_t Lexicon::lookup(const char* p, std::size_t n, uint32_t hash) const {
    if (table_.empty() || n == 0 || n > 64) return -1;
    const std::size_t mask = table_.size() - 1;
    for (std::size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot& e = table_[slot];
        if (e.id < 0) return -1;
        if (e.hash != hash) continue;
        const std::string& w = words_[static_cast<std::size_t>(e.id)].text;
        if (w.size() != n) continue;
        std::size_t k = 0;
        while (k < n && static_cast<unsigned char>(w[k]) == lower(static_cast<unsigned char>(p[k]))) ++k;
        if (k == n) return e.id;
    }
}

void Lexicon::rehash() {
    std::size_t size = 64;
    while (size < words_.size() * 3) size *= 2;
    table_.assign(size, Slot{0, -1});
    for (std::size_t id = 0; id < words_.size(); ++id) insert_slot(static_cast<int32_t>(id));
}

void Lexicon::insert_slot(int32_t id) {
    const std::string& w = words_[static_cast<std::size_t>(id)].text;
    const uint32_t h = hash_lower(w.data(), w.size());
    const std::size_t mask = table_.size() - 1;
    std::size_t slot = h & mask;
    while (table_[slot].id >= 0) slot = (slot + 1) & mask;
    table_[slot] = Slot{h, id};
    if (w.size() == 1) single_char_ids_[static_cast<unsigned char>(w[0])] = id;
}

int32_t Lexicon::add_word(std::string_view lower_word) {
    const int32_t found = find_word(lower_word.data(), lower_word.size());
    if (found >= 0) return found;
    WordInfo info;
    info.text = std::string(lower_word);
    words_.push_back(std::move(info));
    if (table_.size() < words_.size() * 2) rehash();
    else insert_slot(static_cast<int32_t>(words_.size() - 1));
    return static_cast<int32_t>(words_.size() - 1);
}

uint64_t& Lexicon::classes_of(std::string_view lower_word) {
    return words_[static_cast<std::size_t>(add_word(lower_word))].classes;
}

uint32_t& Lexicon::triggers_of(std::string_view lower_word) {
    return words_[static_cast<std::size_t>(add_word(lower_word))].triggers;
}

int32_t Lexicon::find_entity(std::string_view name) const {
    const auto it = entity_ids_.find(std::string(name));
    return it == entity_ids_.end() ? -1 : static_cast<int32_t>(it->second);
}

int32_t Lexicon::actor_of(uint32_t entity) const {
    const LexiconEntity& e = entities[entity];
    if (e.kind != EntityKind::country && e.kind != EntityKind::person && e.kind != EntityKind::organization) return -1;
    if (!e.country.empty()) return find_entity(e.country);
    return e.kind == EntityKind::country || e.acts ? static_cast<int32_t>(entity) : -1;
}

// [SECTION] aliases: a trie over token ids
void Lexicon::add_alias(uint32_t entity, std::string_view alias, bool case_sensitive, bool context, bool first) {
    const std::vector<std::string> toks = alias_tokens(alias);
    if (toks.empty()) return;
    uint32_t node = 0;
    for (const std::string& t : toks) {
        if (t.size() > 64) return;
        const uint32_t w = static_cast<uint32_t>(add_word(to_lower(t)));
        const uint64_t key = (uint64_t{node} << 32) | w;
        auto it = edges_.find(key);
        if (it == edges_.end()) {
            nodes_.emplace_back();
            it = edges_.emplace(key, static_cast<uint32_t>(nodes_.size() - 1)).first;
        }
        node = it->second;
        if (key >> 32 == 0) {
            if (root_children_.size() <= w) root_children_.resize(w + 1, 0);
            root_children_[w] = node;
        }
    }
    std::vector<AliasEnd>& ends = nodes_[node].ends;
    for (auto e = ends.begin(); e != ends.end(); ++e)
        if (e->entity == entity && e->case_sensitive == case_sensitive) {
            if (first) std::rotate(ends.begin(), e, e + 1);
            return;
        }
    ends.insert(first ? ends.begin() : ends.end(), AliasEnd{entity, case_sensitive, context, toks});
}

bool Lexicon::match_alias(std::string_view text, const std::vector<Token>& tokens, std::size_t i,
                          AliasMatch* m) const {
    uint32_t node = 0;
    bool found = false;
    for (std::size_t j = i; j < tokens.size(); ++j) {
        const Token& t = tokens[j];
        if (t.word < 0 || (j > i && t.line_before)) break;
        if (j == i) {
            const std::size_t w = static_cast<std::size_t>(t.word);
            if (w >= root_children_.size() || root_children_[w] == 0) break;
            node = root_children_[w];
        } else {
            auto it = edges_.find((uint64_t{node} << 32) | static_cast<uint32_t>(t.word));
            if (it == edges_.end()) break;
            node = it->second;
        }
        for (const AliasEnd& e : nodes_[node].ends) {
            if (e.case_sensitive) {
                bool same = true;
                for (std::size_t k = 0; k < e.tokens.size() && same; ++k) {
                    const Token& tk = tokens[i + k];
                    const std::string_view got = text.substr(tk.begin, tk.end - tk.begin);
                    const std::string& want = e.tokens[k];
                    same = got.size() == want.size();
                    for (std::size_t c = 0; c < got.size() && same; ++c) {
                        // "The North" and "the North"; a one-word alias ("Chad", "US") keeps its case.
                        const bool free = k == 0 && c == 0 && e.tokens.size() > 1;
                        same = free ? lower(static_cast<unsigned char>(got[c])) == lower(static_cast<unsigned char>(want[c]))
                                    : got[c] == want[c];
                    }
                }
                if (!same) continue;
            }
            m->entity = e.entity;
            m->token_end = static_cast<uint32_t>(j + 1);
            m->context = e.context;
            found = true;
            break;
        }
    }
    return found;
}

// [SECTION] loading
void Lexicon::add_entity_aliases(uint32_t id, const std::vector<std::string>& aliases,
                                 const std::vector<std::string>& case_aliases,
                                 const std::vector<std::string>& context_aliases, bool first) {
    const bool plural = entities[id].kind == EntityKind::weapon;
    for (const std::string& a : aliases) {
        add_alias(id, a, false, false, first);
        if (plural) add_alias(id, a + "s", false, false, first);  // "cruise missiles", "F-35As"
    }
    for (const std::string& a : case_aliases) add_alias(id, a, true, false, first);
    for (const std::string& a : context_aliases) add_alias(id, a, false, true, first);
}

void Lexicon::add_entity(LexiconEntity entity, bool first) {
    const uint32_t id = static_cast<uint32_t>(entities.size());
    entities.push_back(std::move(entity));
    const LexiconEntity& e = entities.back();
    entity_ids_.emplace(e.name, id);
    // A name that is also a common word ("Chad", "Turkey") matches only as its case alias says.
    bool by_case = false;
    for (const std::string& c : e.case_aliases) by_case |= to_lower(c) == to_lower(e.name);
    if (!by_case) add_alias(id, e.name, false, false, first);
    add_entity_aliases(id, e.aliases, e.case_aliases, e.context_aliases, first);
}

Lexicon Lexicon::from_json(std::string_view json_text, std::string* error) {
    Lexicon lex;
    lex.source_json_ = std::string(json_text);
    nlohmann::json j = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        if (error) *error = "lexicon: not valid JSON";
        return lex;
    }
    auto strings = [](const nlohmann::json& arr) {
        std::vector<std::string> out;
        if (arr.is_array())
            for (const auto& s : arr)
                if (s.is_string()) out.push_back(s.get<std::string>());
        return out;
    };
    // Words first, so aliases and triggers share one vocabulary.
    if (j.contains("words") && j["words"].is_object()) {
        for (auto it = j["words"].begin(); it != j["words"].end(); ++it) {
            // A list under an unknown name ("rule_words") still puts its words in the vocabulary,
            // which the rules need for words they test by spelling ("earlier", "ago").
            WordClass cls;
            const uint64_t bit = class_from_name(it.key(), &cls) ? word_bit(cls) : 0;
            for (const std::string& w : strings(it.value())) lex.classes_of(to_lower(w)) |= bit;
        }
    }
    auto numbers = [&](const char* key, auto set) {
        if (!j.contains(key) || !j[key].is_object()) return;
        for (auto it = j[key].begin(); it != j[key].end(); ++it)
            if (it.value().is_number_integer())
                set(lex.words_[static_cast<std::size_t>(lex.add_word(to_lower(it.key())))], it.value().get<int>());
    };
    numbers("months", [](WordInfo& w, int v) { w.month = static_cast<int8_t>(v); });
    numbers("weekdays", [](WordInfo& w, int v) { w.weekday = static_cast<int8_t>(v); });
    numbers("numbers", [](WordInfo& w, int v) { w.number = v; });

    lex.event_rules.resize(kEventTypes);
    for (int t = 0; t < kEventTypes; ++t) lex.event_rules[t].type = static_cast<EventType>(t);
    if (j.contains("events") && j["events"].is_array()) {
        for (const auto& e : j["events"]) {
            if (!e.is_object() || !e.contains("type") || !e["type"].is_string()) continue;
            const std::string type = e["type"].get<std::string>();
            int t = 0;
            while (t < kEventTypes && type != event_type_name(static_cast<EventType>(t))) ++t;
            if (t == kEventTypes) continue;
            const EventType et = static_cast<EventType>(t);
            for (const std::string& w : strings(e.value("verbs", nlohmann::json::array())))
                lex.triggers_of(to_lower(w)) |= trigger_bit(et, TriggerRole::verb);
            for (const std::string& w : strings(e.value("nouns", nlohmann::json::array())))
                lex.triggers_of(to_lower(w)) |= trigger_bit(et, TriggerRole::noun);
            for (const std::string& w : strings(e.value("bound_nouns", nlohmann::json::array())))
                lex.triggers_of(to_lower(w)) |= trigger_bit(et, TriggerRole::bound_noun);
            WordClass needs;
            if (e.contains("needs") && e["needs"].is_string() && class_from_name(e["needs"].get<std::string>(), &needs))
                lex.event_rules[t].needs = needs;
        }
    }

    if (j.contains("entities") && j["entities"].is_array()) {
        for (const auto& e : j["entities"]) {
            if (!e.is_object() || !e.contains("name") || !e["name"].is_string()) continue;
            LexiconEntity ent;
            ent.name = e["name"].get<std::string>();
            if (e.contains("kind") && e["kind"].is_string()) kind_from_name(e["kind"].get<std::string>(), &ent.kind);
            if (e.contains("country") && e["country"].is_string()) ent.country = e["country"].get<std::string>();
            if (e.contains("space") && e["space"].is_boolean()) ent.space = e["space"].get<bool>();
            if (e.contains("acts") && e["acts"].is_boolean()) ent.acts = e["acts"].get<bool>();
            if (e.contains("platform") && e["platform"].is_boolean()) ent.platform = e["platform"].get<bool>();
            ent.aliases = strings(e.value("aliases", nlohmann::json::array()));
            ent.case_aliases = strings(e.value("case_aliases", nlohmann::json::array()));
            ent.context_aliases = strings(e.value("context_aliases", nlohmann::json::array()));
            lex.add_entity(std::move(ent));
        }
    }
    if (j.contains("vessel_prefixes") && j["vessel_prefixes"].is_object()) {
        for (auto it = j["vessel_prefixes"].begin(); it != j["vessel_prefixes"].end(); ++it) {
            if (!it.value().is_string()) continue;
            const int32_t country = lex.find_entity(it.value().get<std::string>());
            if (country < 0) continue;
            const std::string prefix = to_lower(it.key());
            lex.classes_of(prefix) |= word_bit(WordClass::vessel);
            lex.vessel_countries_[lex.add_word(prefix)] = country;
        }
    }
    // Punctuation marks are vocabulary too, so aliases like "U.S." and "F-35A" walk the trie.
    for (const char* p : {".", "-", "'", ",", "&", "/", ":", "(", ")", "\""}) lex.add_word(p);
    lex.find_rule_words();
    // Words a time expression may start with, so the time tagger passes over all others at once.
    for (WordInfo& w : lex.words_)
        if (w.month || w.weekday || w.number > 0) w.classes |= word_bit(WordClass::time_word);
    for (const char* w : {"this", "last", "next", "past", "that", "the", "earlier", "later", "yesterday", "today", "tomorrow",
                          "on", "within", "hours", "in", "will", "shall", "upcoming", "scheduled", "ll"})
        lex.classes_of(w) |= word_bit(WordClass::time_word);
    return lex;
}

void Lexicon::find_rule_words() {
    static const char* const spellings[] = {
#define CORE_RULE_WORD_SPELLING(name, spelling) spelling,
        CORE_RULE_WORDS(CORE_RULE_WORD_SPELLING)
#undef CORE_RULE_WORD_SPELLING
    };
    for (std::size_t i = 0; i < static_cast<std::size_t>(RuleWord::count_); ++i)
        rule_ids_[i] = add_word(std::string_view(spellings[i]));
}

const Lexicon& Lexicon::builtin() {
    static const Lexicon lex = [] {
        for (const embedded::File& f : embedded::lexicon())
            if (f.name == "lexicon.json") return from_json(f.bytes, nullptr);
        return Lexicon{};
    }();
    return lex;
}

// [SECTION] tokenizer
// One table lookup per byte: what kind of character it is.
enum : uint8_t { kSpace = 1, kNewline = 2, kDigit = 4, kAlpha = 8, kUpper = 16 };
constexpr std::array<uint8_t, 256> make_char_kinds() {
    std::array<uint8_t, 256> k{};
    for (int c = 0; c < 256; ++c) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') k[c] = kSpace;
        if (c == '\n') k[c] = kSpace | kNewline;
        if (c >= '0' && c <= '9') k[c] = kDigit;
        if ((c >= 'a' && c <= 'z') || c >= 0x80) k[c] = kAlpha;
        if (c >= 'A' && c <= 'Z') k[c] = kAlpha | kUpper;
    }
    return k;
}
constexpr std::array<uint8_t, 256> kCharKinds = make_char_kinds();
// A word's byte as its hash takes it (lower case), or 0 where the word ends: one lookup per byte
// for both questions in the tokenizer's innermost loop.
constexpr std::array<unsigned char, 256> make_word_bytes() {
    std::array<unsigned char, 256> w{};
    for (int c = 0; c < 256; ++c)
        if (kCharKinds[c] & (kDigit | kAlpha)) w[c] = kLowerBytes[c];
    return w;
}
constexpr std::array<unsigned char, 256> kWordBytes = make_word_bytes();
static_assert(kWordBytes['0'] != 0 && kWordBytes[0x80] != 0 && kWordBytes['A'] == 'a' && kWordBytes['-'] == 0, "no word byte is 0");

void tokenize(std::string_view text, const Lexicon& lex, std::vector<Token>& tokens) {
    tokens.clear();
    tokens.reserve(text.size() / 5 + 16);
    const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    bool space = true, line = true;
    std::size_t i = 0;
    while (i < n) {
        const uint8_t kind = kCharKinds[s[i]];
        if (kind & kSpace) {
            space = true;
            line |= (kind & kNewline) != 0;
            ++i;
            continue;
        }
        Token t;
        t.begin = static_cast<uint32_t>(i);
        t.space_before = space;
        t.line_before = line;
        if (kind & (kDigit | kAlpha)) {
            // The word's hash is taken as it is read (the lexicon's: FNV-1a over lower case).
            uint32_t h = 2166136261u;
            std::size_t j = i;
            if (kind & kAlpha) {
                for (unsigned char c; j < n && (c = kWordBytes[s[j]]) != 0; ++j) h = (h ^ c) * 16777619u;
            } else {
                for (; j < n && (kCharKinds[s[j]] & kDigit); ++j) h = (h ^ s[j]) * 16777619u;
                // A year glued to the next word ("February 24, 2024Asia & Pacific") splits; other
                // letters after digits ("3rd", "10km") stay in the token.
                const bool glued_year = j - i == 4 && j + 1 < n && (kCharKinds[s[j]] & kUpper) && s[j + 1] >= 'a' && s[j + 1] <= 'z';
                if (!glued_year)
                    for (unsigned char c; j < n && (c = kWordBytes[s[j]]) != 0; ++j) h = (h ^ c) * 16777619u;
            }
            t.end = static_cast<uint32_t>(j);
            t.shape = (kind & kDigit) ? TokenShape::number : TokenShape::word;
            t.upper = (kind & kUpper) != 0;
            t.word = lex.lookup(text.data() + i, j - i, h);
            i = j;
        } else {
            t.end = static_cast<uint32_t>(i + 1);
            t.shape = TokenShape::punct;
            t.word = lex.single_char_id(s[i]);
            ++i;
        }
        tokens.push_back(t);
        space = line = false;
    }
}

}  // namespace core
