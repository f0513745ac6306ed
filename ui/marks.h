// Legends for the event marks: each event type's shape beside its name, wherever types are
// named (the timeline's lanes, its legend when lanes are actors, the overview, the reader).
// The marks themselves: ui::draw_event_mark (ui/theme.h).
//
//   draw_lane_label(app, lane, top_left, gutter, lane_h);   // beside the lane, or inside it when gutter is 0
//   draw_type_legend(app);                                   // a wrapped row: shape, name; shape, name...
//   mark_then(app, "missile_launch");                        // a shape before the next item on this line
#pragma once
#include <imgui.h>

#include <string_view>

#include "ui/explorer.h"

namespace ui {

void draw_lane_label(Explorer& app, int lane, ImVec2 top_left, float gutter, float lane_h);
void draw_type_legend(Explorer& app);
void mark_then(Explorer& app, std::string_view type);

}  // namespace ui
