#include "core/times.h"

#include <cstdio>

namespace core {

// [SECTION] calendar arithmetic (proleptic Gregorian, days since 1970-01-01)
int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + static_cast<unsigned>(d) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date civil_from_days(int64_t z) {
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    Date d;
    d.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    d.year = static_cast<int>(yoe + era * 400 + (d.month <= 2));
    return d;
}

int weekday_of(const Date& d) {
    const int64_t z = days_from_civil(d.year, d.month, d.day);
    return static_cast<int>(((z % 7) + 7 + 3) % 7) + 1;
}

namespace {

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2) return ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : 28;
    return days[m - 1];
}

bool valid_date(int y, int m, int d) {
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && (d == 0 || (d >= 1 && d <= days_in_month(y, m)));
}

}  // namespace

std::string Date::iso() const {
    char buf[32];
    if (!known()) return {};
    if (month == 0) std::snprintf(buf, sizeof buf, "%04d", year);
    else if (day == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

Date parse_iso_date(std::string_view s) {
    auto num = [&](std::size_t at, std::size_t n, int* out) {
        if (at + n > s.size()) return false;
        int v = 0;
        for (std::size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            v = v * 10 + (s[i] - '0');
        }
        *out = v;
        return true;
    };
    Date d;
    int y = 0, m = 0, dd = 0;
    if (!num(0, 4, &y)) return d;
    if (s.size() >= 7 && s[4] == '-' && num(5, 2, &m)) {
        if (s.size() >= 10 && s[7] == '-' && num(8, 2, &dd)) {}
    }
    if (!valid_date(y, m == 0 ? 1 : m, dd)) return d;
    d.year = y;
    d.month = m;
    d.day = m ? dd : 0;
    return d;
}

namespace {

// [SECTION] reading the tokens
using W = RuleWord;

struct Reader {
    std::string_view text;
    const std::vector<Token>& tokens;
    const Lexicon& lex;
    uint32_t begin, end;  // the sentence's token range

    std::string_view str(uint32_t k) const { return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); }
    bool in(uint32_t k) const { return k >= begin && k < end; }
    bool punct(uint32_t k, char c) const {
        return in(k) && tokens[k].shape == TokenShape::punct && text[tokens[k].begin] == c;
    }
    bool glued(uint32_t k) const { return in(k) && !tokens[k].space_before; }
    // Case-insensitive word test: the vocabulary id was looked up when the lexicon loaded.
    bool is(uint32_t k, RuleWord w) const { return in(k) && tokens[k].word >= 0 && tokens[k].word == lex.rule_word(w); }
    bool has(uint32_t k, WordClass c) const { return in(k) && (lex.classes(tokens[k]) & word_bit(c)) != 0; }
    const WordInfo* info(uint32_t k) const { return in(k) && tokens[k].word >= 0 ? &lex.word(tokens[k].word) : nullptr; }
    // A number token of at most `digits` digits (ordinal suffixes allowed: "5th"); -1 otherwise.
    int number(uint32_t k, std::size_t digits) const {
        if (!in(k) || tokens[k].shape != TokenShape::number) return -1;
        const std::string_view s = str(k);
        std::size_t i = 0;
        int v = 0;
        for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i)
            if (i < digits) v = v * 10 + (s[i] - '0');  // a longer run is no number of ours: never overflow
        if (i > digits) return -1;
        const std::string_view rest = s.substr(i);
        if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return -1;
        return v;
    }
    int year(uint32_t k) const {
        if (!in(k) || tokens[k].shape != TokenShape::number || tokens[k].end - tokens[k].begin != 4) return -1;
        const int y = number(k, 4);
        return (y >= 1900 && y <= 2099) ? y : -1;
    }
    int month(uint32_t k) const {
        const WordInfo* w = info(k);
        if (!w || w->month == 0 || !tokens[k].upper) return 0;
        return w->month;
    }
    // A count word or number: "a", "two", "3".
    int count(uint32_t k) const {
        const WordInfo* w = info(k);
        if (w && w->number > 0) return w->number;
        const int n = number(k, 3);
        return n > 0 ? n : -1;
    }
};

bool is_month_abbreviation(std::string_view w) {
    return w.size() <= 4 && w != "May" && w != "June" && w != "July" && w != "MAY" && w != "JUNE" && w != "JULY";
}

bool day_part(std::string_view w) { return w == "morning" || w == "afternoon" || w == "evening" || w == "night"; }

// The nearest time before `i` (in its sentence, else in the three sentences before) precise
// enough for a time counted in `unit` from it: a day for days, a month for months, a year for years.
// Does the text state this time's year ("in 2022", "last year", "October of that year"), or
// would it come from the publication date?
bool year_stated(const std::vector<TimeSpan>& times, std::size_t j) {
    const TimeSpan& t = times[j];
    if (t.year_relative || (t.kind == TimeKind::relative && t.unit >= 3)) return true;
    if (t.kind == TimeKind::date) return t.stated.year || (t.year_anchor >= 0 && t.year_anchor < static_cast<int32_t>(j));
    if (t.kind == TimeKind::month) return t.year_anchor >= 0 && t.year_anchor < static_cast<int32_t>(j);
    if (t.kind == TimeKind::offset && t.unit >= 3) return t.anchor >= 0;
    return false;
}

int32_t find_anchor(const std::vector<TimeSpan>& times, std::size_t i, int unit) {
    const int needed = unit == 1 ? 0 : unit == 3 ? 1 : 2;
    const uint32_t sentence = times[i].sentence;
    for (std::size_t j = i; j > 0;) {
        --j;
        if (times[j].sentence + 3 < sentence) break;
        if (times[j].until) continue;
        if (unit >= 3 && !year_stated(times, j)) continue;  // "that year" names a year said before
        if (time_precision(times[j]) <= needed) return static_cast<int32_t>(j);
    }
    // "Within hours", "the same day" with nothing close before: the day the story opened with.
    if (unit == 1 && times[i].delta == 0)
        for (std::size_t j = 0; j < i; ++j)
            if (time_precision(times[j]) == 0 && !times[j].since && !times[j].until) return static_cast<int32_t>(j);
    return -1;
}

// The nearest time before `i` in its sentence that states a year: a partial date's year; or
// right after it, "on Aug. 2 and 3 that year".
int32_t find_year_anchor(const std::vector<TimeSpan>& times, std::size_t i) {
    for (std::size_t j = i + 1; j < times.size() && j <= i + 2; ++j) {
        const TimeSpan& t = times[j];
        if (t.sentence != times[i].sentence || t.tok_begin > times[j - 1].tok_end + 1) break;
        if (t.kind == TimeKind::offset && t.unit == 4 && !t.stated.month) return static_cast<int32_t>(j);
    }
    for (std::size_t j = i; j > 0;) {
        --j;
        if (times[j].sentence != times[i].sentence) break;
        const TimeSpan& t = times[j];
        if (t.since || t.until) continue;
        if ((t.kind == TimeKind::date && t.stated.year) || t.year_relative || (t.kind == TimeKind::relative && t.unit == 4) ||
            (t.kind == TimeKind::offset && t.unit == 4))
            return static_cast<int32_t>(j);
    }
    return -1;
}

}  // namespace

int time_precision(const TimeSpan& t) {
    switch (t.kind) {
        case TimeKind::date: return t.stated.day ? 0 : t.stated.month ? 1 : 2;
        case TimeKind::month: return 1;
        case TimeKind::weekday: return 0;
        case TimeKind::relative: return t.unit == 1 ? 0 : t.unit == 4 ? 2 : 1;
        case TimeKind::offset:
            if (t.approximate) return 1;
            return t.unit == 1 || t.stated.day ? 0 : t.unit == 3 || t.stated.month ? 1 : 2;
        case TimeKind::unresolvable: break;
    }
    return 3;
}

// [SECTION] tagging
std::vector<TimeSpan> tag_times(std::string_view text, const std::vector<Token>& tokens,
                                const std::vector<SentenceSpan>& sentences, const Lexicon& lex) {
    std::vector<TimeSpan> out;
    out.reserve(sentences.size() / 2 + 4);
    for (uint32_t s = 0; s < sentences.size(); ++s) {
        const SentenceSpan& sent = sentences[s];
        Reader r{text, tokens, lex, sent.tok_begin, sent.tok_end};
        bool future_seen = false, from_seen = false;
        auto emit = [&](uint32_t b, uint32_t e, TimeSpan t) {
            // "(20:57 GMT on Monday)": the same moment in another zone, not a date of its own.
            for (uint32_t j = b, n = 0; j > r.begin && n < 6; ++n) {
                --j;
                if (r.punct(j, '(')) {
                    for (uint32_t q = j + 1; q < b; ++q)
                        if (r.has(q, WordClass::timezone)) return;
                    break;
                }
                if (r.punct(j, ')')) break;
            }
            t.tok_begin = b;
            t.tok_end = e;
            t.begin = tokens[b].begin;
            t.end = tokens[e - 1].end;
            t.sentence = s;
            const uint32_t before = b > r.begin ? b - 1 : b;
            t.since = r.is(b, W::since) || r.is(before, W::since);
            t.until = r.is(b, W::until) || r.is(before, W::until) || (from_seen && r.is(before, W::to));
            from_seen |= r.is(b, W::from) || r.is(before, W::from);
            out.push_back(t);
        };
        // Words before a time that belong to it: "on", "early", "later on", "last".
        auto lead = [&](uint32_t k) {
            uint32_t b = k;
            for (int n = 0; n < 2 && b > r.begin; ++n) {
                const uint32_t p = b - 1;
                if (r.is(p, W::on) || r.is(p, W::early) || r.is(p, W::late) || r.is(p, W::earlier) || r.is(p, W::later) ||
                    r.is(p, W::last) || r.is(p, W::next) || r.is(p, W::this_) || r.is(p, W::in) || r.is(p, W::since) ||
                    r.is(p, W::until) || r.is(p, W::by) || r.is(p, W::mid))
                    b = p;
                else if (r.punct(p, '-') && r.is(p - 1, W::mid))
                    b = p - 1;
                else
                    break;
            }
            return b;
        };
        // "... last year", "... that year", "... of that year" after a partial date: where its year comes from.
        auto year_tail = [&](uint32_t e, TimeSpan& t) {
            uint32_t q = e;
            if (r.is(q, W::of)) ++q;
            if ((r.is(q, W::last) || r.is(q, W::this_) || r.is(q, W::next)) && r.is(q + 1, W::year)) {
                t.year_relative = true;
                t.year_delta = static_cast<int8_t>(r.is(q, W::last) ? -1 : r.is(q, W::next) ? 1 : 0);
                return q + 2;
            }
            if ((r.is(q, W::that) || (r.is(q, W::the) && r.is(q + 1, W::same))) && r.is(q + (r.is(q, W::the) ? 2 : 1), W::year)) {
                t.kind = TimeKind::offset;  // resolved in the year of the time it points back to
                t.unit = 4;
                return q + (r.is(q, W::the) ? 3 : 2);
            }
            return e;
        };
        for (uint32_t k = sent.tok_begin; k < sent.tok_end; ++k) {
            if (tokens[k].shape != TokenShape::number && !r.has(k, WordClass::time_word)) continue;
            if (r.is(k, W::will) || r.is(k, W::shall) || r.is(k, W::upcoming) || r.is(k, W::scheduled) || r.is(k, W::ll))
                future_seen = true;
            TimeSpan t;
            // ISO date: 2023-09-06
            if (r.year(k) > 0 && r.punct(k + 1, '-') && r.glued(k + 1) && r.number(k + 2, 2) > 0 && r.glued(k + 2) &&
                r.punct(k + 3, '-') && r.glued(k + 3) && r.number(k + 4, 2) > 0 && r.glued(k + 4)) {
                const int y = r.year(k), m = r.number(k + 2, 2), d = r.number(k + 4, 2);
                if (valid_date(y, m, d)) {
                    t.stated = {y, m, d};
                    emit(lead(k), k + 5, t);
                    k += 4;
                    continue;
                }
            }
            // Dotted: 2022.11.18 (year first), 18.11.2022 (day first)
            if (r.year(k) > 0 && r.punct(k + 1, '.') && r.glued(k + 1) && r.number(k + 2, 2) > 0 && r.glued(k + 2) &&
                r.punct(k + 3, '.') && r.glued(k + 3) && r.number(k + 4, 2) > 0 && r.glued(k + 4)) {
                const int y = r.year(k), m = r.number(k + 2, 2), d = r.number(k + 4, 2);
                if (valid_date(y, m, d)) {
                    t.stated = {y, m, d};
                    emit(k, k + 5, t);
                    k += 4;
                    continue;
                }
            }
            // Day-first numeric date: 15/09/2017, 21-06-2023, 18.11.2022 (month first only when the day says so)
            if (r.number(k, 2) > 0 && (r.punct(k + 1, '/') || r.punct(k + 1, '-') || r.punct(k + 1, '.')) && r.glued(k + 1) &&
                r.number(k + 2, 2) > 0 &&
                r.glued(k + 2) && r.punct(k + 3, r.str(k + 1)[0]) && r.glued(k + 3) && r.year(k + 4) > 0 && r.glued(k + 4)) {
                int d = r.number(k, 2), m = r.number(k + 2, 2);
                const int y = r.year(k + 4);
                if (m > 12 && d <= 12) std::swap(d, m);
                if (valid_date(y, m, d)) {
                    t.stated = {y, m, d};
                    emit(k, k + 5, t);
                    k += 4;
                    continue;
                }
            }
            // Month first: "Nov. 5, 2022", "February 24, 2024", "Feb. 23", "Aug. 2 and 3", "August 2023", "in October"
            if (const int m = r.month(k)) {
                uint32_t j = k + 1;
                const bool abbreviated = is_month_abbreviation(r.str(k));
                if (r.punct(j, '.') && r.glued(j)) ++j;
                const int d = r.number(j, 2);
                if (d >= 1 && d <= 31) {
                    uint32_t e = j + 1;
                    int y = 0;
                    if (r.punct(e, ',') && r.year(e + 1) > 0) y = r.year(e + 1), e += 2;
                    else if (r.year(e) > 0) y = r.year(e), e += 1;
                    if (valid_date(y ? y : 2000, m, d)) {
                        t.stated = {y, m, d};
                        if (!y) e = year_tail(e, t);
                        const std::size_t emitted = out.size();
                        emit(lead(k), e, t);
                        k = e - 1;
                        // "on Aug. 2 and 3": a second day of the same month
                        const int d2 = r.number(e + 1, 2);
                        if (out.size() > emitted && r.is(e, W::and_) && d2 >= 1 && d2 <= 31 && !r.month(e + 2) && valid_date(y ? y : 2000, m, d2)) {
                            TimeSpan second = out.back();
                            second.stated.day = d2;
                            emit(e + 1, e + 2, second);
                            k = e + 1;
                        }
                        continue;
                    }
                }
                if (r.year(j) > 0) {
                    t.stated = {r.year(j), m, 0};
                    emit(lead(k), j + 1, t);
                    k = j;
                    continue;
                }
                const bool prep = k > r.begin && (r.has(k - 1, WordClass::date_prep) || (r.punct(k - 1, '-') && r.is(k - 2, W::mid)));
                if (prep && !abbreviated && !(r.str(k) == "May" && !r.is(k - 1, W::in) && !r.is(k - 1, W::since) &&
                                              !r.is(k - 1, W::and_) && !r.is(k - 1, W::last))) {
                    t.kind = TimeKind::month;
                    t.stated = {0, m, 0};
                    t.future = r.is(k - 1, W::next) || future_seen;
                    t.delta = r.is(k - 1, W::last) ? -1 : 0;  // "last September": before this month
                    const uint32_t e = year_tail(k + 1, t);
                    emit(lead(k), e, t);
                    k = e - 1;
                    continue;
                }
            }
            // A month naming an event: "the January blast", "the November launches"
            if (const int m = r.month(k); m && r.is(k - 1, W::the) && !is_month_abbreviation(r.str(k)) && r.in(k + 1) &&
                tokens[k + 1].shape == TokenShape::word && !tokens[k + 1].upper && !r.has(k + 1, WordClass::stop)) {
                t.kind = TimeKind::month;
                t.stated = {0, m, 0};
                emit(k, k + 1, t);
                continue;
            }
            // Day first: "25 May", "5 November 2022"
            if (const int d = r.number(k, 2); d >= 1 && d <= 31 && r.month(k + 1)) {
                const int m = r.month(k + 1);
                uint32_t e = k + 2;
                int y = 0;
                if (r.year(e) > 0) y = r.year(e), e += 1;
                if (valid_date(y ? y : 2000, m, d)) {
                    t.stated = {y, m, d};
                    if (!y) e = year_tail(e, t);
                    emit(lead(k), e, t);
                    k = e - 1;
                    continue;
                }
            }
            // "the 15th of that month", "the 15th of the same month"
            if (r.is(k, W::the) && r.number(k + 1, 2) > 0 && r.is(k + 2, W::of) &&
                (r.is(k + 3, W::that) || (r.is(k + 3, W::the) && r.is(k + 4, W::same))) &&
                r.is(k + (r.is(k + 3, W::that) ? 4 : 5), W::month)) {
                const int d = r.number(k + 1, 2);
                if (d <= 31) {
                    t.kind = TimeKind::offset;
                    t.unit = 3;
                    t.stated.day = d;
                    const uint32_t e = k + (r.is(k + 3, W::that) ? 5 : 6);
                    emit(r.is(k - 1, W::on) ? k - 1 : k, e, t);
                    k = e - 1;
                    continue;
                }
            }
            // A year after a preposition: "since 2017", "in 2022", "in 1998 and 2009"
            if (r.year(k) > 0 && k > r.begin && r.has(k - 1, WordClass::date_prep) && !r.punct(k + 1, '-')) {
                t.stated = {r.year(k), 0, 0};
                emit(k - 1, k + 1, t);
                continue;
            }
            // Weekdays: "on Friday", "early Saturday morning", "Monday morning's", "later on Thursday"
            if (const WordInfo* w = r.info(k); w && w->weekday && tokens[k].upper && r.str(k).size() >= 6) {
                uint32_t b = lead(k), e = k + 1;
                if (r.has(e, WordClass::day_part)) ++e;
                if (r.punct(e, '\'') && r.glued(e) && r.is(e + 1, W::s)) e += 2;
                t.kind = TimeKind::weekday;
                t.weekday = w->weekday;
                t.delta = r.is(k - 1, W::last) ? -1 : 0;
                t.future = r.is(k - 1, W::next) || future_seen;
                emit(b, e, t);
                k = e - 1;
                continue;
            }
            // this/last/next year|month|week; "that year", "the same month": counted from a time before
            if ((r.is(k, W::this_) || r.is(k, W::last) || r.is(k, W::next) || r.is(k, W::past)) && r.in(k + 1)) {
                const bool week = r.is(k + 1, W::week), month = r.is(k + 1, W::month), year = r.is(k + 1, W::year);
                if (week || month || year) {
                    t.kind = TimeKind::relative;
                    t.unit = year ? 4 : month ? 3 : 2;
                    t.delta = r.is(k, W::this_) ? 0 : r.is(k, W::next) ? 1 : -1;
                    t.future = t.delta > 0;
                    uint32_t b = k;
                    if (r.is(k - 1, W::earlier) || r.is(k - 1, W::later) || r.is(k - 1, W::late) || r.is(k - 1, W::early)) b = k - 1;
                    if (week && t.delta == 0) t.kind = TimeKind::unresolvable;  // "earlier this week"
                    emit(b, k + 2, t);
                    ++k;
                    continue;
                }
                // "this morning", "this afternoon": today
                if (r.is(k, W::this_) && r.in(k + 1) && day_part(r.str(k + 1))) {
                    t.kind = TimeKind::relative;
                    t.unit = 1;
                    emit(k, k + 2, t);
                    ++k;
                    continue;
                }
            }
            if ((r.is(k, W::that) || (r.is(k, W::the) && r.is(k + 1, W::same))) &&
                (r.is(k + (r.is(k, W::the) ? 2 : 1), W::year) || r.is(k + (r.is(k, W::the) ? 2 : 1), W::month))) {
                const uint32_t unit_at = k + (r.is(k, W::the) ? 2 : 1);
                t.kind = TimeKind::offset;
                t.unit = r.is(unit_at, W::year) ? 4 : 3;
                uint32_t b = k;
                if (r.is(k - 1, W::in) || r.is(k - 1, W::of)) --b;
                if (r.is(b - 1, W::late) || r.is(b - 1, W::early) || r.is(b - 1, W::later) || r.is(b - 1, W::earlier)) --b;
                emit(b, unit_at + 1, t);
                k = unit_at;
                continue;
            }
            if ((r.is(k, W::earlier) || r.is(k, W::later)) && r.is(k + 1, W::in) && r.is(k + 2, W::the) &&
                (r.is(k + 3, W::week) || r.is(k + 3, W::month) || r.is(k + 3, W::year) || r.is(k + 3, W::day))) {
                t.kind = TimeKind::unresolvable;
                emit(k, k + 4, t);
                k += 3;
                continue;
            }
            if (r.is(k, W::yesterday) || r.is(k, W::today) || r.is(k, W::tomorrow)) {
                t.kind = TimeKind::relative;
                t.unit = 1;
                t.delta = r.is(k, W::yesterday) ? -1 : r.is(k, W::today) ? 0 : 1;
                t.future = t.delta > 0;
                emit(k, k + 1, t);
                continue;
            }
            // The same day as a time before: "the same day", "that same night", "later that day",
            // "within hours", "hours later", "in the morning"; the day after or before it.
            {
                uint32_t b = k, e = 0;
                int delta = 0;
                uint32_t q = k;
                if (r.is(q, W::on)) ++q;
                if (r.is(q, W::later) || r.is(q, W::earlier)) ++q;
                if (r.is(q, W::the) && r.is(q + 1, W::same) && (r.is(q + 2, W::day) || r.is(q + 2, W::night))) e = q + 3;
                else if (r.is(q, W::that) && r.is(q + 1, W::same) && (r.is(q + 2, W::day) || r.is(q + 2, W::night))) e = q + 3;
                else if (r.is(q, W::that) && (r.is(q + 1, W::day) || r.is(q + 1, W::night)) && !r.is(q + 2, W::of)) e = q + 2;
                else if (r.is(q, W::within) && r.is(q + 1, W::hours)) e = q + 2;
                else if (r.is(q, W::hours) && r.is(q + 1, W::later)) e = q + 2;
                else if (r.is(q, W::in) && r.is(q + 1, W::the) && r.in(q + 2) && day_part(r.str(q + 2)) && !r.is(q + 3, W::of)) e = q + 3;
                else if (r.is(q, W::the) && (r.is(q + 1, W::next) || r.is(q + 1, W::following)) && r.is(q + 2, W::day))
                    e = q + 3, delta = 1;
                else if (r.is(q, W::the) && r.is(q + 1, W::day) && r.is(q + 2, W::before) && !r.is(q + 3, W::the))
                    e = q + 3, delta = -1;
                if (e) {
                    t.kind = TimeKind::offset;
                    t.unit = 1;
                    t.delta = static_cast<int16_t>(delta);
                    emit(b, e, t);
                    k = e - 1;
                    continue;
                }
            }
            // Offsets: "a day after", "two days later", "three weeks ago"
            if (const int n = r.count(k); n > 0 && (r.is(k + 1, W::day) || r.is(k + 1, W::days) || r.is(k + 1, W::week) || r.is(k + 1, W::weeks))) {
                const bool weeks = r.is(k + 1, W::week) || r.is(k + 1, W::weeks);
                const uint32_t d = k + 2;
                if (r.is(d, W::after) || r.is(d, W::later) || r.is(d, W::before) || r.is(d, W::earlier) || r.is(d, W::ago)) {
                    const int sign = (r.is(d, W::after) || r.is(d, W::later)) ? 1 : -1;
                    t.delta = static_cast<int16_t>(sign * n * (weeks ? 7 : 1));
                    t.unit = 1;
                    // "less than a week after", "about two weeks later": no day, only its month
                    t.approximate = r.is(k - 1, W::than) || r.is(k - 1, W::about) || r.is(k - 1, W::nearly) ||
                                    r.is(k - 1, W::some) || r.is(k - 1, W::around) || r.is(k - 1, W::almost);
                    if (r.is(d, W::ago)) {
                        t.kind = TimeKind::relative;
                    } else {
                        t.kind = TimeKind::offset;
                        // "Thursday's launch came a day after [the summit]": "after" and "before" take
                        // the event that follows them, so counted from an earlier anchor they point back.
                        if (r.is(d, W::after) || r.is(d, W::before)) {
                            t.delta = static_cast<int16_t>(-t.delta);
                            t.dates_following = true;
                        }
                    }
                    emit(r.is(k - 1, W::the) ? k - 1 : k, d + 1, t);
                    k = d;
                    continue;
                }
            }
        }
    }
    // Anchors, now that every sentence is read: offsets count from a time before them; a
    // partial date takes its year from a year its sentence states before it.
    for (std::size_t i = 0; i < out.size(); ++i) {
        TimeSpan& t = out[i];
        if (t.kind == TimeKind::offset) {
            t.anchor = find_anchor(out, i, t.unit);
            if (t.anchor < 0) t.kind = TimeKind::unresolvable;
        } else if ((t.kind == TimeKind::date && !t.stated.year && !t.year_relative) || (t.kind == TimeKind::month && !t.year_relative)) {
            t.year_anchor = find_year_anchor(out, i);
        }
    }
    return out;
}

}  // namespace core

