// Events on lanes along a day axis, indexed so a frame only touches what is on screen.
//
//   vm::TimelineIndex index = vm::build_timeline_index(events, lane_count);   // once, at load
//   double first, last;
//   vm::fit_range(index, first, last);                  // everything, with a little margin
//   std::vector<vm::TimelineMark> marks;                 // reused between frames
//   vm::visible_marks(index, first, last, width_px, 4.f, marks);
//   for (const vm::TimelineMark& m : marks)
//       m.count == 1 ? draw_event(index.by_lane[m.lane][m.first])
//                    : draw_fold(m.x_begin, m.x_end, m.count);  // a badge, not 1,000 overdrawn dots
//   vm::zoom_around(first, last, mouse_day, 0.8f);      // wheel up: zoom in, mouse day stays put
//   vm::pan_by(first, last, -drag_px / width_px * (last - first));
//
// Each lane is sorted by day, so the visible slice is found with two binary searches, and
// events closer than fold_px pixels fold into one mark with a count (as Tracy folds zones
// narrower than a few pixels). A lane then yields at most width_px / fold_px + 1 marks however
// many events it holds, and the cost of a frame is about marks x log(events).
#pragma once
#include <cstddef>
#include <vector>

namespace vm {

struct TimelineEvent {
    double day;  // days since 1970-01-01; fractions allowed
    int lane;
    int id;      // the caller's handle, e.g. an index into the corpus's events
};

struct TimelineIndex {
    int lanes = 0;
    std::vector<std::vector<TimelineEvent>> by_lane;  // each sorted by day then id
};

// Events on lanes outside [0, lanes) or with a non-finite day are dropped.
TimelineIndex build_timeline_index(std::vector<TimelineEvent> events, int lanes);

struct TimelineMark {
    int lane;
    double day_begin, day_end;  // days of the first and last event folded in
    float x_begin, x_end;       // the same in pixels from the left edge of the view
    int count;                  // events folded into this mark
    int first;                  // index into by_lane[lane] of the first of them
};

// Marks for events with view_first_day <= day <= view_last_day, lane by lane, left to right.
// `out` is cleared first; pass the same vector every frame to avoid reallocating.
void visible_marks(const TimelineIndex& index, double view_first_day, double view_last_day,
                   float width_px, float fold_px, std::vector<TimelineMark>& out);

// The most events on one calendar day inside the mark (for its tooltip: asked for one mark,
// not worked out for every mark of every frame, since a mark spanning years takes a search per day).
int most_on_one_day(const TimelineIndex& index, const TimelineMark& mark);

// Events with first <= day <= last over all lanes.
std::size_t count_visible(const TimelineIndex& index, double first, double last);

// A range showing every event with 3% margin each side; 30 days centred on the day when all
// events share one day. Leaves first and last unchanged when there are no events.
void fit_range(const TimelineIndex& index, double& first, double& last);

// Scales the span by factor (< 1 zooms in) keeping anchor_day at the same screen position;
// the span stays between 1 day and 200 years.
void zoom_around(double& first, double& last, double anchor_day, float factor);

void pan_by(double& first, double& last, double days);

}  // namespace vm
