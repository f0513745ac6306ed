// Resolving time expressions to calendar dates, and finding the publication date.
#include <cstdio>

#include "core/times.h"

namespace core {
namespace {

int64_t day_number(const Date& d) { return days_from_civil(d.year, d.month, d.day); }

// The latest `month` on or before the reference (after it when `future`); "last <month>" is
// strictly before the reference's month.
Date month_near(int month, const Date& ref, bool future, bool strictly_before) {
    Date d{ref.year, month, 0};
    if (ref.month == 0) return d;
    if (future) {
        if (d.month < ref.month) d.year += 1;
    } else if (d.month > ref.month || (strictly_before && d.month == ref.month)) {
        d.year -= 1;
    }
    return d;
}

}  // namespace

// [SECTION] resolving against the publication date
std::string resolve_time(const std::vector<TimeSpan>& times, std::size_t i, const Date& pub) {
    const TimeSpan& t = times[i];
    // The date a partial date is read against: its sentence's stated year, else the publication.
    Date ref = pub;
    if (t.year_relative) {
        if (!pub.known()) return {};
        ref = Date{pub.year + t.year_delta, 12, 31};
    } else if (t.year_anchor >= 0) {
        const Date a = parse_iso_date(resolve_time(times, static_cast<std::size_t>(t.year_anchor), pub));
        if (a.known()) ref = a.month ? a : Date{a.year, 12, 31};
    }
    switch (t.kind) {
        case TimeKind::date: {
            if (t.stated.year) return t.stated.iso();
            if (!ref.known()) return {};
            Date d = t.stated;
            d.year = ref.year;
            // "Dec. 28" in a paper of Jan. 3 is last year's.
            if (ref.full() && day_number(d) > day_number(ref) + 7 && !t.year_relative && t.year_anchor < 0) d.year -= 1;
            return d.iso();
        }
        case TimeKind::month: {
            if (!ref.known() || (ref.month == 0 && !t.year_relative)) return {};
            if (t.year_relative || (t.year_anchor >= 0 && ref.month == 12 && ref.day == 31)) return Date{ref.year, t.stated.month, 0}.iso();
            return month_near(t.stated.month, ref, t.future, t.delta < 0).iso();
        }
        case TimeKind::weekday: {
            if (!pub.full()) return {};
            const int64_t p = day_number(pub);
            const int wd = weekday_of(pub);
            int64_t day;
            if (t.future) {
                int ahead = (t.weekday - wd + 7) % 7;
                if (ahead == 0) ahead = 7;
                day = p + ahead;
            } else {
                int back = (wd - t.weekday + 7) % 7;
                if (back == 0 && t.delta < 0) back = 7;  // "last Friday" on a Friday
                day = p - back;
            }
            return civil_from_days(day).iso();
        }
        case TimeKind::relative: {
            if (!pub.known()) return {};
            if (t.unit == 4) return Date{pub.year + t.delta, 0, 0}.iso();
            if (t.unit == 3) {
                if (pub.month == 0) return {};
                int m = pub.month + t.delta, y = pub.year;
                while (m < 1) m += 12, --y;
                while (m > 12) m -= 12, ++y;
                return Date{y, m, 0}.iso();
            }
            if (!pub.full()) return {};
            const int64_t p = day_number(pub);
            if (t.unit == 1) return civil_from_days(p + t.delta).iso();
            // A week: the month of its Thursday ("last week" in a paper of Nov. 29 is November).
            const int64_t day = p + 7 * t.delta;
            const Date thursday = civil_from_days(day - weekday_of(civil_from_days(day)) + 4);
            return Date{thursday.year, thursday.month, 0}.iso();
        }
        case TimeKind::offset: {
            if (t.anchor < 0) return {};
            const Date a = parse_iso_date(resolve_time(times, static_cast<std::size_t>(t.anchor), pub));
            if (t.unit == 4) {  // "that year", "October of that year"
                if (!a.known()) return {};
                return Date{a.year, t.stated.month, t.stated.month ? t.stated.day : 0}.iso();
            }
            if (t.unit == 3) {  // "the same month", "the 15th of that month"
                if (!a.known() || a.month == 0) return {};
                return Date{a.year, a.month, t.stated.day}.iso();
            }
            if (!a.full()) return {};
            const Date d = civil_from_days(day_number(a) + t.delta);
            return t.approximate ? Date{d.year, d.month, 0}.iso() : d.iso();
        }
        case TimeKind::unresolvable: break;
    }
    return {};
}

Date publication_date(const std::vector<TimeSpan>& times, const std::vector<SentenceSpan>& sentences,
                      const ArticleLayout& layout) {
    for (const TimeSpan& t : times) {
        const ParagraphSpan& p = layout.paragraphs[sentences[t.sentence].paragraph];
        if (!p.header) break;
        if (p.role == ParagraphRole::caption || p.role == ParagraphRole::boilerplate) continue;
        // A dateline is a short line ("February 24, 2024Asia & Pacific", "published : 2023-09-06");
        // a date inside a running first paragraph is about an event.
        if (p.tok_end - p.tok_begin > 16) continue;
        if (t.kind == TimeKind::date && t.stated.full()) return t.stated;
    }
    return {};
}

Date publication_dateline(const std::vector<TimeSpan>& times, const std::vector<SentenceSpan>& sentences,
                          const ArticleLayout& layout) {
    for (const TimeSpan& t : times) {
        const ParagraphSpan& p = layout.paragraphs[sentences[t.sentence].paragraph];
        if (p.role == ParagraphRole::caption || p.role == ParagraphRole::boilerplate) continue;
        if (t.kind == TimeKind::date && t.stated.full() && p.header) return {};  // a full dateline says it all
        // Within the first words of a header line or of the first paragraph that is not one.
        if (t.tok_begin <= p.tok_begin + 4 && t.kind == TimeKind::date && !t.stated.year && t.stated.month && t.stated.day)
            return Date{0, t.stated.month, t.stated.day};
        if (!p.header) break;
    }
    return {};
}

}  // namespace core
