#include "ui/models/time_axis.h"

#include <cmath>
#include <cstdio>

#include "ui/models/calendar.h"

namespace vm {

namespace {

enum class TickUnit { Day, Week, Month, Year };

struct TickStep {
    TickUnit unit;
    int count;        // units per tick
    double min_days;  // the shortest interval this step can produce, for the spacing check
};

const char* const kMonthAbbrev[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// Axis positions far outside any corpus are clamped so the integer calendar math cannot
// overflow: about 27,000 years either side of 1970.
constexpr double kFarthestDay = 1e7;

long long floor_div(long long a, long long b) {
    const long long q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

long long round_up_to_multiple(long long value, long long step) {
    return floor_div(value + step - 1, step) * step;
}

struct Civil {
    int year, month, day;
};

Civil civil_of(long long day) {
    Civil c{};
    civil_from_days(Day(day), c.year, c.month, c.day);
    return c;
}

std::string day_label(const Civil& c, bool with_year) {
    char text[32];
    if (with_year)
        std::snprintf(text, sizeof text, "%s %d, %d", kMonthAbbrev[c.month - 1], c.day, c.year);
    else
        std::snprintf(text, sizeof text, "%s %d", kMonthAbbrev[c.month - 1], c.day);
    return text;
}

std::string month_label(const Civil& c, bool with_year) {
    if (!with_year) return kMonthAbbrev[c.month - 1];
    char text[32];
    std::snprintf(text, sizeof text, "%s %d", kMonthAbbrev[c.month - 1], c.year);
    return text;
}

// Collects the ticks of one step between whole days first..last. Returns false as soon as
// there would be more than max_ticks, so a too-fine step costs at most max_ticks iterations.
bool ticks_for_step(const TickStep& step, long long first, long long last, std::size_t max_ticks,
                    std::vector<TimeTick>& ticks) {
    ticks.clear();
    auto add = [&](long long day, std::string label, bool major) {
        if (ticks.size() == max_ticks) return false;
        ticks.push_back({double(day), std::move(label), major});
        return true;
    };
    switch (step.unit) {
    case TickUnit::Day:
    case TickUnit::Week: {
        long long stride = step.count, start = 0;
        if (step.unit == TickUnit::Day) {
            start = round_up_to_multiple(first, stride);
        } else {
            // Weeks start on Mondays: day 4 (1970-01-05) and every 7 days from it.
            const long long first_week = round_up_to_multiple(floor_div(first - 4 + 6, 7), step.count);
            start = 4 + first_week * 7;
            stride = 7LL * step.count;
        }
        for (long long day = start; day <= last; day += stride) {
            const Civil c = civil_of(day), before = civil_of(day - stride);
            const bool new_year = c.year != before.year;
            const bool new_month = new_year || c.month != before.month;
            if (!add(day, day_label(c, ticks.empty() || new_year), new_month)) return false;
        }
        return true;
    }
    case TickUnit::Month: {
        const Civil c = civil_of(first);
        long long month_index = c.year * 12LL + (c.month - 1) + (c.day > 1 ? 1 : 0);
        month_index = round_up_to_multiple(month_index, step.count);
        for (;; month_index += step.count) {
            const int year = int(floor_div(month_index, 12));
            const int month = int(month_index - year * 12LL) + 1;
            const long long day = days_from_civil(year, month, 1);
            if (day > last) return true;
            if (!add(day, month_label({year, month, 1}, ticks.empty() || month == 1), month == 1))
                return false;
        }
    }
    case TickUnit::Year: {
        const Civil c = civil_of(first);
        long long year = c.year + ((c.month == 1 && c.day == 1) ? 0 : 1);
        year = round_up_to_multiple(year, step.count);
        // Major every 10 years for 1/2/5-year steps, every 100 for 10/20/50, and so on.
        long long major_every = 10;
        while (major_every <= step.count) major_every *= 10;
        for (;; year += step.count) {
            const long long day = days_from_civil(int(year), 1, 1);
            if (day > last) return true;
            if (!add(day, std::to_string(year), year % major_every == 0)) return false;
        }
    }
    }
    return true;
}

std::vector<TickStep> candidate_steps() {
    std::vector<TickStep> steps = {
        {TickUnit::Day, 1, 1},     {TickUnit::Day, 2, 2},     {TickUnit::Week, 1, 7},
        {TickUnit::Week, 2, 14},   {TickUnit::Month, 1, 28},  {TickUnit::Month, 3, 90},
        {TickUnit::Month, 6, 181},
    };
    for (int decade = 1; decade <= 10000; decade *= 10)
        for (int multiple : {1, 2, 5})
            steps.push_back({TickUnit::Year, multiple * decade, 365.0 * multiple * decade});
    return steps;
}

}  // namespace

std::vector<TimeTick> time_ticks(double first_day, double last_day, float width_pixels,
                                 float min_label_px) {
    std::vector<TimeTick> ticks;
    if (!std::isfinite(first_day) || !std::isfinite(last_day) || !(last_day > first_day) ||
        !(width_pixels > 0) || !(min_label_px > 0))
        return ticks;
    const double max_ticks_real = std::floor(double(width_pixels) / min_label_px);
    if (max_ticks_real < 1) return ticks;
    const std::size_t max_ticks = std::size_t(std::fmin(max_ticks_real, 1e6));
    const double px_per_day = width_pixels / (last_day - first_day);
    const long long first = (long long)std::ceil(std::fmax(first_day, -kFarthestDay));
    const long long last = (long long)std::floor(std::fmin(last_day, kFarthestDay));
    if (first > last) return ticks;

    static const std::vector<TickStep> steps = candidate_steps();
    for (const TickStep& step : steps) {
        if (step.min_days * px_per_day < min_label_px) continue;
        if (ticks_for_step(step, first, last, max_ticks, ticks)) return ticks;
    }
    ticks.clear();
    return ticks;
}

}  // namespace vm
