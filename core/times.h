// Time expressions, found in one pass over the tokens and normalized to ISO 8601
// at the precision the text supports, against the publication date.
//
//   std::vector<core::TimeSpan> t = core::tag_times(f.text, tokens, sentences, lex);
//   core::Date pub = core::publication_date(t, layout);      // a dateline, "published : 2023-09-06"
//   core::resolve_time(t[0], pub)  // "on Feb. 23" -> "2024-02-23"; "early Saturday morning" -> the
//                                  // latest Saturday on or before `pub`; "last month" -> "2024-01";
//                                  // "" when it cannot be known (no publication date, "earlier in the week")
//
// Kinds: full and partial dates ("Nov. 5, 2022", "Feb. 23", "25 May", "August 2023",
// "2023-09-06", "15/09/2017", "21-06-2023", "Aug. 2 and 3"), years ("since 2017"), months
// ("in October", "mid-June", "last September", "December last year"), weekdays ("on Friday",
// "Monday morning's", "later on Thursday"), relative ones ("this year", "last month", "last
// week", "yesterday", "this morning") and times counted from another one ("a day after", "two
// days later", "the next day", "the same day", "within hours", "that year", "the 15th of that
// month"), anchored on the nearest fitting time before them in the sentence or, failing that,
// in the three sentences before. A partial date takes its year from a year its sentence states
// first: "In December 2022, ... on the 15th" is 2022, "Last year ... on October 29" last year.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/lexicon.h"
#include "core/sentences.h"

namespace core {

// A calendar date at year, month or day precision (month/day 0 when not known).
struct Date {
    int year = 0, month = 0, day = 0;
    bool known() const { return year > 0; }
    bool full() const { return year > 0 && month > 0 && day > 0; }
    std::string iso() const;  // "2024-02-23", "2024-02", "2024", or "" when unknown
};
Date parse_iso_date(std::string_view s);  // "2024-02-23", "2024-02", "2024"; unknown otherwise
int64_t days_from_civil(int y, int m, int d);
Date civil_from_days(int64_t days);
int weekday_of(const Date& d);  // 1 = Monday ... 7 = Sunday; needs a full date

enum class TimeKind : uint8_t {
    date,          // year, month and/or day stated (a missing year comes from the sentence or the publication date)
    month,         // "in October": the latest such month on or before publication (or the sentence's year)
    weekday,       // "on Friday"
    relative,      // "this year" (unit year, delta 0), "last month" (month, -1), "yesterday" (day, -1), "this morning"
    offset,        // counted from an anchor time: "a day after" (day, +-1), "the same day" (day, 0),
                   // "that year" (year, 0), "the 15th of that month" (month, 0, day 15)
    unresolvable,  // "earlier in the week": kept as text, never a date
};

struct TimeSpan {
    uint32_t begin = 0, end = 0;          // offsets in the analysed (folded) text
    uint32_t tok_begin = 0, tok_end = 0;  // token range
    uint32_t sentence = 0;
    TimeKind kind = TimeKind::date;
    Date stated;          // for `date`: what the text says (year may be 0); for `offset` in a month: the day
    int8_t weekday = 0;   // for `weekday`
    int8_t unit = 0;      // for `relative`/`offset`: 1 day, 2 week, 3 month, 4 year
    int16_t delta = 0;    // for `relative`/`offset`
    bool future = false;  // "next Friday", or a weekday in a sentence about the future
    bool since = false;   // "since May 3": where a span starts, not when the sentence's event happened
    bool until = false;   // "until Aug. 10": where a span ends
    bool approximate = false;  // "less than a week after": the month is known, the day is not
    bool dates_following = false;  // "a day after", "two days before": dates what follows it, not what precedes
    int8_t year_delta = 0;  // "Nov. 21 last year": the publication year plus this (with year_relative)
    bool year_relative = false;
    int32_t anchor = -1;  // for `offset`: the time it counts from, in this sentence or one shortly before
    int32_t year_anchor = -1;  // a partial date's year (and month) come from this time of its sentence
};

// How precisely a time can name a day: 0 a day, 1 a month, 2 a year, 3 not at all.
int time_precision(const TimeSpan& t);

std::vector<TimeSpan> tag_times(std::string_view text, const std::vector<Token>& tokens,
                                const std::vector<SentenceSpan>& sentences, const Lexicon& lex);

// The ISO value of times[i] given the publication date (may be unknown); "" if none.
std::string resolve_time(const std::vector<TimeSpan>& times, std::size_t i, const Date& published);

// A dateline's month and day when the header states no full date ("SEOUL, Sept 9 -",
// "Pyongyang, November 1 --"); unknown otherwise.
Date publication_dateline(const std::vector<TimeSpan>& times, const std::vector<SentenceSpan>& sentences,
                          const ArticleLayout& layout);

// The first full date stated in a header paragraph that is not a photo caption.
Date publication_date(const std::vector<TimeSpan>& times, const std::vector<SentenceSpan>& sentences,
                      const ArticleLayout& layout);

}  // namespace core
