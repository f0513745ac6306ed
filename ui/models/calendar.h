// Calendar arithmetic on whole days, for the time axis, the timeline and the filters.
//
//   vm::Day d = vm::days_from_civil(2024, 2, 29);      // 19782
//   int y, m, dd; vm::civil_from_days(d, y, m, dd);    // 2024, 2, 29
//   vm::format_day(d);                                 // "2024-02-29"
//   vm::weekday(d);                                    // 3 (Thursday; 0 is Monday)
//   vm::Day first, last;
//   vm::parse_iso_day("2024-02", first, last);         // Feb 1 .. Feb 29, 2024
//
// Days count from 1970-01-01 (day 0) in the proleptic Gregorian calendar, so a day is a
// plain integer that sorts, subtracts and serves as a position on an axis. The conversions are
// Howard Hinnant's branch-light algorithms, exact for any year an int can hold.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace vm {

using Day = int32_t;

Day days_from_civil(int year, int month, int day);
void civil_from_days(Day day, int& year, int& month, int& day_of_month);

// Accepts exactly "YYYY-MM-DD", "YYYY-MM" or "YYYY" and yields the first and last day the text
// covers. Returns false (outputs untouched) on anything else, including impossible dates.
bool parse_iso_day(std::string_view iso, Day& first, Day& last);

std::string format_day(Day day);  // "2024-02-23"
int weekday(Day day);             // 0 = Monday .. 6 = Sunday

}  // namespace vm
