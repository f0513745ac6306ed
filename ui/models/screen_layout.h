// How the explorer arranges itself for the screen it is on: one column on phones and narrow
// tablets (the reader opens as a sheet over the view), the view beside the reader above that,
// and in classroom mode on a large screen (a projector) taller lanes and a larger evidence panel.
// Decided every frame from the window's size, so a rotation or a resize re-lays the page out.
//
//   vm::ScreenLayout layout = vm::screen_layout({css_width, css_height, touch, classroom});
//   if (layout.one_column) ... the view takes the whole width; the reader is a sheet
//   lane_h = std::min(layout.lane_cap_css * scale, plot_h / lanes);
//
// Sizes are in CSS pixels (logical pixels on the desktop).
#pragma once

namespace vm {

struct Screen {
    float css_width = 0, css_height = 0;
    bool touch = false;      // a coarse pointer: hit targets grow to a finger's size
    bool classroom = false;
};

struct ScreenLayout {
    bool one_column = false;
    bool projector = false;      // classroom mode on a screen of at least 1600 x 900
    float reader_fraction = 0;   // the reader's share of the width beside the view (0: a sheet)
    float min_target_css = 0;    // the smallest height of anything one taps or clicks
    float lane_gutter_css = 0;   // width of the lane names left of the timeline (0: names inside the lanes)
    float lane_cap_css = 0;      // the tallest a timeline lane grows
    float evidence_fraction = 0; // the classroom evidence panel's share of the timeline's height
};

constexpr float kOneColumnBelowCss = 900.0f;
constexpr float kTouchTargetCss = 40.0f;
constexpr float kMinTextCss = 14.0f;  // no text smaller than this on a phone

ScreenLayout screen_layout(const Screen& screen);

}  // namespace vm
