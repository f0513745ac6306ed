// Events: what the text asserts happened, found per sentence by trigger words with
// argument checks (core/event_mentions.cpp), then merged per document (core/events.cpp).
//
//   core::EntityTable table{lex, names};
//   std::vector<core::EventMention> m = core::find_event_mentions(f.text, tokens, layout, sentences,
//                                                                 mentions, times, table);
//   std::vector<core::MergedEvent> e = core::merge_event_mentions(m, resolved_dates, table);
//
// A trigger counts only with its argument: "fired" needs a missile, rocket or weapon in its
// clause, "test" a missile or "nuclear" right before it (or "a test of ... missiles" after), a
// drill a military word or a named exercise, a deployment an asset near the verb, a meeting
// someone to meet, sanctions the word "sanctions" (or a resolution, a veto, a designation).
// A satellite launch is a launch whose rocket carries a satellite. Only what is asserted counts:
// a modal, a plan, a fear, a negation, an infinitive or a question drops the trigger ("could
// conduct a nuclear test", "plans to launch", "Will they test again?").
//
// One trigger with two dates ("tested two ICBMs, on 4 July and 28 July") gives one mention per
// date; so does a trigger followed by ", and a second one on July 28". Mentions of one event
// (the headline, the lede, a later "the drill") merge into one event; mentions with different
// dates never do.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/entities.h"
#include "core/id_list.h"
#include "core/lexicon.h"
#include "core/names.h"
#include "core/sentences.h"
#include "core/times.h"

namespace core {

struct EventMention {
    EventType type = EventType::other;
    uint32_t sentence = 0;
    uint32_t trigger = 0;   // token index of the trigger word
    int32_t time = -1;      // index into the document's times, -1 for none
    bool coarse = false;    // the time is borrowed from a clause before: only its month holds
    bool anaphor = false;   // "the drill", "these exercises", "the missile flew": an event already named
    bool headline = false;  // in the title line: it names the lede's event
    bool earlier = false;   // told in the past perfect ("Japan had deployed"): before the story's day
    IdList actors;   // lexicon ids of who did it (countries and acting bodies)
    IdList weapons;  // entity ids of the document (core/names.h EntityTable)
    IdList places;   // entity ids of the document
    int count = 0;                  // "eight missiles" -> 8; 0 when not stated
    int32_t name = -1;              // entity id of a named operation or gathering (G20), -1 for none
};

std::vector<EventMention> find_event_mentions(std::string_view text, const std::vector<Token>& tokens,
                                              const ArticleLayout& layout, const std::vector<SentenceSpan>& sentences,
                                              const std::vector<MentionSpan>& mentions,
                                              const std::vector<TimeSpan>& times, const EntityTable& table);

struct MergedEvent {
    EventType type = EventType::other;
    std::string date;                // the main mention's date, or the story's day (date_story_events)
    IdList mentions;  // indexes into the mention list, in text order; `main` among them
    uint32_t main = 0;               // the mention that dates the event (or the first one)
    IdList actors, weapons, places;
    int count = 0;
    int32_t name = -1;
};

// `dates[i]` is the resolved date of mention i ("" when undated).
std::vector<MergedEvent> merge_event_mentions(const std::vector<EventMention>& mentions,
                                              const std::vector<std::string>& dates, const EntityTable& table);

// Undated events a reader dates by the story: the headline's event is the story's day (its
// lede's date, else the publication date); a reaction told right after something that happened
// on the story's day ("Within hours...", "In Seoul, Yoon convened his security council") is of
// that day too, unless told in the past perfect. Returns how many events it dated.
// `sentence_time[s]` is the date of the last time expression of sentence s ("" for none): a
// sentence naming another time stands between a reaction and the story's day.
std::size_t date_story_events(std::vector<MergedEvent>& events, const std::vector<EventMention>& mentions,
                              const std::vector<uint32_t>& sentence_paragraph, const std::vector<std::string>& sentence_time,
                              const Date& published);

}  // namespace core
