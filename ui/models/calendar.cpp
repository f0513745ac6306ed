#include "ui/models/calendar.h"

#include <cstdio>

namespace vm {

namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static const int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Reads `count` ASCII digits at `at`; false if any is not a digit.
bool read_digits(std::string_view text, std::size_t at, std::size_t count, int& value) {
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

}  // namespace

Day days_from_civil(int year, int month, int day) {
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int year_of_era = year - era * 400;                                     // [0, 399]
    const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;  // from March 1
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

void civil_from_days(Day day, int& year, int& month, int& day_of_month) {
    const int z = day + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int day_of_era = z - era * 146097;
    const int year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int shifted_month = (5 * day_of_year + 2) / 153;  // 0 = March
    day_of_month = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    year = year_of_era + era * 400 + (month <= 2);
}

bool parse_iso_day(std::string_view iso, Day& first, Day& last) {
    int year = 0, month = 0, day = 0;
    if (iso.size() != 4 && iso.size() != 7 && iso.size() != 10) return false;
    if (!read_digits(iso, 0, 4, year)) return false;
    if (iso.size() == 4) {
        first = days_from_civil(year, 1, 1);
        last = days_from_civil(year, 12, 31);
        return true;
    }
    if (iso[4] != '-' || !read_digits(iso, 5, 2, month) || month < 1 || month > 12) return false;
    if (iso.size() == 7) {
        first = days_from_civil(year, month, 1);
        last = days_from_civil(year, month, days_in_month(year, month));
        return true;
    }
    if (iso[7] != '-' || !read_digits(iso, 8, 2, day) || day < 1 || day > days_in_month(year, month))
        return false;
    first = last = days_from_civil(year, month, day);
    return true;
}

std::string format_day(Day day) {
    int year, month, day_of_month;
    civil_from_days(day, year, month, day_of_month);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day_of_month);
    return text;
}

int weekday(Day day) {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    return ((day % 7) + 7 + 3) % 7;
}

}  // namespace vm
