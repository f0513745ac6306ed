// Tick marks and labels for a horizontal time axis measured in days (see calendar.h).
//
//   for (const vm::TimeTick& t : vm::time_ticks(view_first, view_last, axis_width_px)) {
//       float x = x0 + float((t.day - view_first) / (view_last - view_first)) * axis_width_px;
//       draw_line(x, t.major ? tall : short);
//       draw_text(x, t.label);
//   }
//
// The unit follows the zoom: single days, every other day, weeks (Mondays), fortnights, months,
// quarters, half years, then years in 1/2/5/10/20/50/... steps. The finest unit is chosen
// whose narrowest interval is still at least `min_label_px` wide, so labels never crowd and
// there are never more than width_pixels / min_label_px ticks.
//
// Labels: years "2024"; months "Feb 2024" on January and on the first tick, else "Mar"; days
// and weeks "Feb 23", or "Feb 23, 2024" on the first tick and where the year changes.
// Major ticks fall on the next coarser boundary: a new month for day and week ticks, January for
// month ticks, multiples of 10 (or 100, ...) years for year ticks.
#pragma once
#include <string>
#include <vector>

namespace vm {

struct TimeTick {
    double day;         // position; a whole day number, inside [first_day, last_day]
    std::string label;
    bool major;
};

std::vector<TimeTick> time_ticks(double first_day, double last_day, float width_pixels,
                                 float min_label_px = 70.f);

}  // namespace vm
