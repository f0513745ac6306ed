#include "ui/models/timeline_index.h"

#include <algorithm>
#include <cmath>

namespace vm {

namespace {

constexpr double kMinSpanDays = 1.0;
constexpr double kMaxSpanDays = 200 * 365.2425;

using LaneIterator = std::vector<TimelineEvent>::const_iterator;

LaneIterator first_at_or_after(LaneIterator begin, LaneIterator end, double day) {
    return std::lower_bound(begin, end, day,
                            [](const TimelineEvent& e, double d) { return e.day < d; });
}

LaneIterator first_after(LaneIterator begin, LaneIterator end, double day) {
    return std::upper_bound(begin, end, day,
                            [](double d, const TimelineEvent& e) { return d < e.day; });
}

// The largest number of events sharing a calendar day in [begin, end), found by jumping from
// one day to the next with binary search rather than stepping through every event.
int most_on_one_day(LaneIterator begin, LaneIterator end) {
    int most = 0;
    for (LaneIterator run = begin; run != end;) {
        const LaneIterator next_day = first_at_or_after(run + 1, end, std::floor(run->day) + 1);
        most = std::max(most, int(next_day - run));
        run = next_day;
    }
    return most;
}

}  // namespace

TimelineIndex build_timeline_index(std::vector<TimelineEvent> events, int lanes) {
    TimelineIndex index;
    index.lanes = std::max(lanes, 0);
    index.by_lane.resize(std::size_t(index.lanes));
    for (const TimelineEvent& e : events)
        if (e.lane >= 0 && e.lane < index.lanes && std::isfinite(e.day))
            index.by_lane[std::size_t(e.lane)].push_back(e);
    for (std::vector<TimelineEvent>& lane : index.by_lane)
        std::sort(lane.begin(), lane.end(), [](const TimelineEvent& a, const TimelineEvent& b) {
            return a.day != b.day ? a.day < b.day : a.id < b.id;
        });
    return index;
}

void visible_marks(const TimelineIndex& index, double view_first_day, double view_last_day,
                   float width_px, float fold_px, std::vector<TimelineMark>& out) {
    out.clear();
    if (!(view_last_day > view_first_day) || !(width_px > 0)) return;
    const double px_per_day = width_px / (view_last_day - view_first_day);
    const double fold_days = std::max(0.0, double(fold_px)) / px_per_day;
    auto x_of = [&](double day) { return float((day - view_first_day) * px_per_day); };

    for (int lane = 0; lane < index.lanes; ++lane) {
        const std::vector<TimelineEvent>& events = index.by_lane[std::size_t(lane)];
        const LaneIterator visible_end = first_after(events.begin(), events.end(), view_last_day);
        LaneIterator it = first_at_or_after(events.begin(), visible_end, view_first_day);
        while (it != visible_end) {
            // Everything within fold_px of the mark's first event joins it; measuring from the
            // first event (not the previous one) bounds each mark's width, and so the count of
            // marks, even where events form an unbroken dense run.
            const LaneIterator mark_end = first_at_or_after(it + 1, visible_end, it->day + fold_days);
            const TimelineEvent& last = *(mark_end - 1);
            TimelineMark mark;
            mark.lane = lane;
            mark.day_begin = it->day;
            mark.day_end = last.day;
            mark.x_begin = x_of(it->day);
            mark.x_end = x_of(last.day);
            mark.count = int(mark_end - it);
            mark.first = int(it - events.begin());
            out.push_back(mark);
            it = mark_end;
        }
    }
}

int most_on_one_day(const TimelineIndex& index, const TimelineMark& mark) {
    if (mark.lane < 0 || mark.lane >= index.lanes || mark.first < 0 || mark.count < 1) return 0;
    const std::vector<TimelineEvent>& events = index.by_lane[std::size_t(mark.lane)];
    if (std::size_t(mark.first) + std::size_t(mark.count) > events.size()) return 0;
    const LaneIterator begin = events.begin() + mark.first;
    return most_on_one_day(begin, begin + mark.count);
}

std::size_t count_visible(const TimelineIndex& index, double first, double last) {
    std::size_t count = 0;
    for (const std::vector<TimelineEvent>& events : index.by_lane) {
        const LaneIterator end = first_after(events.begin(), events.end(), last);
        const LaneIterator begin = first_at_or_after(events.begin(), end, first);
        count += std::size_t(end - begin);
    }
    return count;
}

void fit_range(const TimelineIndex& index, double& first, double& last) {
    bool any = false;
    double earliest = 0, latest = 0;
    for (const std::vector<TimelineEvent>& events : index.by_lane) {
        if (events.empty()) continue;
        earliest = any ? std::min(earliest, events.front().day) : events.front().day;
        latest = any ? std::max(latest, events.back().day) : events.back().day;
        any = true;
    }
    if (!any) return;
    if (latest == earliest) {
        first = earliest - 15;
        last = earliest + 15;
        return;
    }
    const double margin = (latest - earliest) * 0.03;
    first = earliest - margin;
    last = latest + margin;
}

void zoom_around(double& first, double& last, double anchor_day, float factor) {
    if (!(factor > 0) || !std::isfinite(factor) || !std::isfinite(anchor_day)) return;
    const double span = last - first;
    if (!(span > 0)) {
        first = anchor_day - kMinSpanDays / 2;
        last = anchor_day + kMinSpanDays / 2;
        return;
    }
    const double new_span = std::clamp(span * double(factor), kMinSpanDays, kMaxSpanDays);
    // The anchor keeps its fraction of the way across the view, so it stays under the mouse.
    const double anchor_fraction = (anchor_day - first) / span;
    first = anchor_day - anchor_fraction * new_span;
    last = first + new_span;
}

void pan_by(double& first, double& last, double days) {
    first += days;
    last += days;
}

}  // namespace vm
