// Events: what the text asserts happened, found per sentence by trigger words with
// argument checks, then merged per document.
//
//   std::vector<core::EventMention> m = core::find_event_mentions(f.text, tokens, layout, sentences,
//                                                                 mentions, times, lex);
//   std::vector<core::MergedEvent> e = core::merge_event_mentions(m, resolved_dates, lex);
//
// A trigger counts only with its argument ("fired" needs a missile/rocket/projectile word in
// the sentence, "test" needs "missile"/"nuclear" right before it, a drill needs a military
// word or a named operation), and only when asserted: a modal, a plan, a fear, a negation or
// an infinitive before it ("could conduct a nuclear test", "plans to launch") drops it.
// Mentions of one event (the headline, the lede, a later "the drill") merge into one event.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/entities.h"
#include "core/lexicon.h"
#include "core/sentences.h"
#include "core/times.h"

namespace core {

struct EventMention {
    EventType type = EventType::other;
    uint32_t sentence = 0;
    uint32_t trigger = 0;  // token index of the trigger word
    int32_t time = -1;     // index into the document's times, -1 for none
    bool anaphor = false;  // "the drill", "these exercises": refers back to an event already named
    std::vector<uint32_t> actors;   // lexicon entity ids of countries (a person counts as their country)
    std::vector<uint32_t> weapons;  // lexicon entity ids
    std::vector<uint32_t> places;   // lexicon entity ids
    int count = 0;                  // "eight missiles" -> 8; 0 when not stated
    int32_t name = -1;              // lexicon id of a named operation or gathering (G20), -1 for none
};

std::vector<EventMention> find_event_mentions(std::string_view text, const std::vector<Token>& tokens,
                                              const ArticleLayout& layout, const std::vector<SentenceSpan>& sentences,
                                              const std::vector<MentionSpan>& mentions,
                                              const std::vector<TimeSpan>& times, const Lexicon& lex);

struct MergedEvent {
    EventType type = EventType::other;
    std::vector<uint32_t> mentions;  // indexes into the mention list, in text order; `main` first
    uint32_t main = 0;               // the mention that dates the event (or the first one)
    std::vector<uint32_t> actors, weapons, places;
    int count = 0;
    int32_t name = -1;
};

// `dates[i]` is the resolved date of mention i ("" when undated).
std::vector<MergedEvent> merge_event_mentions(const std::vector<EventMention>& mentions,
                                              const std::vector<std::string>& dates, const Lexicon& lex);

}  // namespace core
