// One sentence as the event rules read it (internal to core/event_mentions.cpp and
// core/event_arguments.cpp): word classes, entities and times by token, and clauses.
//
//   event_sentence::Doc d(text, tokens, layout, sentences, mentions, times, table);
//   event_sentence::SentenceView s(d, sentence_index);
//   if (s.clause(trigger) == s.clause(k) && s.has(k, WordClass::projectile)) ...
//
// A clause ends at a relative or subordinating word ("which", "after", "when"), a reporting
// verb ("said") or a semicolon, unless the word belongs to a time ("a day after") or a name.
// Everything per clause is counted once when the view is made, so a rule asks in O(1).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/events.h"

namespace core::event_sentence {

struct Doc {
    std::string_view text;
    const std::vector<Token>& tokens;
    const ArticleLayout& layout;
    const std::vector<SentenceSpan>& sentences;
    const std::vector<MentionSpan>& mentions;
    const std::vector<TimeSpan>& times;
    const EntityTable& table;
    const Lexicon& lex;
    std::vector<int32_t> mention_at;  // token -> index into `mentions`, -1
    std::vector<int32_t> time_at;     // token -> index into `times`, -1
    bool sanctions_story = false;     // the word "sanctions" (or its class) stands somewhere in the text
    // What a sentence view computes about its clauses, kept here so no sentence allocates.
    mutable std::vector<uint32_t> clause_of;
    mutable std::vector<uint64_t> clause_classes;
    mutable std::vector<uint8_t> clause_weapon;

    Doc(std::string_view text, const std::vector<Token>& tokens, const ArticleLayout& layout,
        const std::vector<SentenceSpan>& sentences, const std::vector<MentionSpan>& mentions,
        const std::vector<TimeSpan>& times, const EntityTable& table);
};

struct SentenceView {
    const Doc& d;
    uint32_t index, begin, end;
    uint64_t classes = 0;  // every word class in the sentence
    bool has_projectile = false, has_weapon = false, has_operation = false, has_actor = false;
    bool has_space = false;       // a space launcher or satellite, by name or word ("satellite", "orbit")
    bool has_resolution = false;  // "Resolution 2397": a numbered resolution acts for the UN
    bool question = false;        // ends with "?": asks, asserts nothing
    uint32_t body_begin = 0;      // after a dateline glued to the sentence ("SEOUL, Sept 9 - "), else begin

    SentenceView(const Doc& d, uint32_t sentence);

    bool in(uint32_t k) const { return k >= begin && k < end; }
    std::string_view str(uint32_t k) const {
        return d.text.substr(d.tokens[k].begin, d.tokens[k].end - d.tokens[k].begin);
    }
    uint64_t cls(uint32_t k) const { return in(k) ? d.lex.classes(d.tokens[k]) : 0; }
    bool has(uint32_t k, WordClass c) const { return (cls(k) & word_bit(c)) != 0; }
    bool is(uint32_t k, RuleWord w) const {
        return in(k) && d.tokens[k].word >= 0 && d.tokens[k].word == d.lex.rule_word(w);
    }
    bool punct(uint32_t k, char c) const {
        return in(k) && d.tokens[k].shape == TokenShape::punct && d.text[d.tokens[k].begin] == c;
    }
    bool word(uint32_t k) const { return in(k) && d.tokens[k].shape != TokenShape::punct; }
    bool upper(uint32_t k) const { return in(k) && d.tokens[k].upper; }
    bool glued(uint32_t k) const { return in(k) && !d.tokens[k].space_before; }
    int32_t time_at(uint32_t k) const { return in(k) ? d.time_at[k] : -1; }
    // The document entity id named at token k, -1 for none.
    int32_t entity_id(uint32_t k) const {
        return in(k) && d.mention_at[k] >= 0 ? static_cast<int32_t>(d.mentions[static_cast<std::size_t>(d.mention_at[k])].entity) : -1;
    }
    bool entity_start(uint32_t k) const { return entity_id(k) >= 0 && (k == begin || d.mention_at[k - 1] != d.mention_at[k]); }
    bool weapon_at(uint32_t k) const {
        const int32_t e = entity_id(k);
        return e >= 0 && d.table.kind(static_cast<uint32_t>(e)) == EntityKind::weapon;
    }
    // A missile by word or name, not a rocket or launcher (which may carry a satellite).
    bool is_missile_word(uint32_t k) const;
    // Something launched: a projectile word or a weapon's name, not a platform (a jet, a ship) nor
    // the missile of "anti-missile".
    bool is_projectile(uint32_t k) const;
    // The last word of a name the lexicon does not know, when it is a trigger: "Corps Commanders' Conference".
    bool head_of_found_name(uint32_t k) const;
    bool clause_has(uint32_t k, RuleWord w) const {
        for (uint32_t j = clause_start(k); j < end && clause(j) == clause(k); ++j)
            if (is(j, w)) return true;
        return false;
    }

    uint32_t clause(uint32_t k) const { return clause_of_[k - begin]; }
    uint32_t clause_start(uint32_t k) const {
        uint32_t j = k;
        while (j > begin && clause(j - 1) == clause(k)) --j;
        return j;
    }
    uint64_t clause_classes(uint32_t c) const { return clause_classes_[c]; }
    bool clause_projectile(uint32_t c) const { return (clause_classes_[c] & word_bit(WordClass::projectile)) != 0; }
    bool clause_weapon(uint32_t c) const { return clause_weapon_[c] != 0; }

    bool is_anaphor(uint32_t k) const;                  // "the drill", "these joint exercises"
    bool subject_projectile(uint32_t k) const;          // a missile right before a flight verb
    bool launch_or_failure_in_clause(uint32_t k) const; // launched, flew, failed, exploded, crashed
    bool satellite_context() const { return has_space; }
    bool un_actor_before(uint32_t k) const;             // "The U.N. Security Council voted"

private:
    void find_dateline();
    // The document's buffers, reused by each sentence in turn (one view at a time per document).
    std::vector<uint32_t>& clause_of_;     // per token of the sentence
    std::vector<uint64_t>& clause_classes_;
    std::vector<uint8_t>& clause_weapon_;
};

// Actors, weapons, places, count and name of a mention whose type, sentence and trigger are set.
void fill_arguments(const SentenceView& s, EventMention& m);
// Who did it, by the words before the trigger only (for a mention cloned to a second date).
void subject_actors(const SentenceView& s, const EventMention& m, IdList& actors);
// A second trigger of the mention's type in its clause: its arguments join the mention.
void absorb_arguments(EventMention& into, const EventMention& from);
// Gives the sentence's times to the mentions out[first..]: each time to the nearest trigger of
// its clause, each trigger keeps the nearest; coordinated dates and ", and a second one on
// July 28" add mentions of their own.
void attach_times(const SentenceView& s, std::vector<EventMention>& out, std::size_t first);

}  // namespace core::event_sentence
