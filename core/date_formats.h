// Publication dates as spreadsheets and feeds write them, turned into ISO dates.
//
//   core::parse_date_value("2024-02-24")                     == "2024-02-24"
//   core::parse_date_value("2024/02/24")                     == "2024-02-24"
//   core::parse_date_value("24/02/2024")                     == "2024-02-24"  // day first
//   core::parse_date_value("02/24/2024")                     == "2024-02-24"  // month first only when the day says so
//   core::parse_date_value("February 24, 2024")              == "2024-02-24"
//   core::parse_date_value("24 Feb 2024")                    == "2024-02-24"
//   core::parse_date_value("Sat, 24 Feb 2024 10:00:00 GMT")  == "2024-02-24"
//   core::parse_date_value("2024-02-24T10:00:00Z")           == "2024-02-24"
//   core::parse_date_value("next Tuesday")                   == ""            // not a date: caller reports it
//
// This reads metadata columns (CSV "date", JSON "published"), not running text; the
// temporal expressions inside articles are a different problem. A time of day and a
// zone are dropped without shifting the date: the day the source printed is the day kept.
#pragma once
#include <string>
#include <string_view>

namespace core {

// An ISO date ("YYYY-MM-DD", or "YYYY-MM" / "YYYY" when given so), or empty when the
// value is not a date in a known format or names a day that does not exist.
std::string parse_date_value(std::string_view value);

}  // namespace core
