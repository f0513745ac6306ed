#include "ui/models/screen_layout.h"

namespace vm {

ScreenLayout screen_layout(const Screen& screen) {
    ScreenLayout layout;
    layout.one_column = screen.css_width < kOneColumnBelowCss;
    layout.projector = screen.classroom && screen.css_width >= 1600.0f && screen.css_height >= 900.0f;
    layout.reader_fraction = layout.one_column ? 0.0f : layout.projector ? 0.30f : 0.36f;
    layout.min_target_css = screen.touch ? kTouchTargetCss : 0.0f;
    // Lane names take 150 px beside the plot; on a phone that is a third of the screen, so
    // they move inside their lanes.
    layout.lane_gutter_css = layout.one_column ? 0.0f : 150.0f;
    // A projector is seen from the back of a room: lanes and the evidence grow with the height.
    layout.lane_cap_css = layout.projector ? 120.0f : screen.classroom ? 84.0f : screen.touch ? 64.0f : 56.0f;
    layout.evidence_fraction = layout.projector ? 0.34f : 0.0f;
    return layout;
}

}  // namespace vm
