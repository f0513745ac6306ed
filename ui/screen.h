// The explorer on every screen: layout by width (one column under 900 CSS pixels, the reader
// then a full-width sheet with a back control), the title that shortens, rows of controls that
// wrap, finger-sized rows, and what the views need from touch (pinch, wider hit radius).
//
//   draw_explorer:  begin_screen_frame(app);          // layout from the window's size, look for touch
//                   if (reader_sheet_shown(app)) draw_reader_sheet(app); else { draw_title(app); ... }
//   a row of controls:   if (i) flow_same_line(button_width(label));  ImGui::Button(label);
//   a list row:          ImGui::Selectable(label, selected, 0, ImVec2(0, row_height(app)));
//   the timeline:        vm::Pinch p = take_pinch_over(app, plot_min, plot_max);  // fingers' zoom and pan
#pragma once
#include <imgui.h>

#include <nlohmann/json_fwd.hpp>

#include "ui/explorer.h"

namespace ui {

void begin_screen_frame(Explorer& app);
bool one_column(const Explorer& app);
bool reader_sheet_shown(const Explorer& app);
void draw_reader_sheet(Explorer& app);   // the back control, then the reader, filling the window
bool close_reader_sheet(Explorer& app);  // false when none was open
void draw_title(Explorer& app);          // shortened with an ellipsis; a tap or click shows it whole

// Puts the next item on this line when `next_width` more fits in the window, else on the next.
// spacing: the gap before it on this line (-1: the style's).
void flow_same_line(float next_width, float spacing = -1.0f);
float button_width(const char* label);
float checkbox_width(const char* label);  // also radio buttons
float text_width(const char* text);
// Draws `text` word-wrapped at `wrap_width` in at most `max_lines` lines, the last ending in an
// ellipsis when the text goes on (a phone's narrow column; a tap shows the whole elsewhere).
void draw_text_lines(ImDrawList* dl, ImVec2 at, float wrap_width, const char* text, int max_lines, ImU32 colour);

float row_height(const Explorer& app);    // a list row's height: a finger's on touch screens, else 0 (natural)
float hit_radius(const Explorer& app, float drawn_radius);  // how near a mark a pointer must be
// The two-finger zoom and pan of this frame when the fingers' centre is inside [min, max]; taken
// once (the next caller gets nothing). Scale > 1: the fingers spread (zoom in).
vm::Pinch take_pinch_over(Explorer& app, ImVec2 min, ImVec2 max);

void add_screen_state(const Explorer& app, nlohmann::json& state);  // layout, sheet, focus, fonts (tests)

}  // namespace ui
