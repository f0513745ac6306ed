// Fonts, colours and the two looks of the explorer: the everyday one and classroom
// mode (large type, high contrast, for a projector at the back of a room).
//
//   ui::Theme theme;
//   ui::load_theme_fonts(theme, pixel_scale);   // once per pixel ratio, before a frame,
//                                               // and again when ui::fonts_outdated(theme)
//   ui::apply_look(theme, classroom);           // whenever the look changes
//   ImGui::PushFont(theme.body());  ... theme.event_colour("missile_launch") ...
//   ui::draw_event_mark(draw_list, centre, radius, "missile_launch", theme);  // its shape and colour
//
// The colours come from ui/models/palette.h, where a unit test checks their contrast.
#pragma once
#include <imgui.h>

#include <string_view>

#include "ui/models/palette.h"

namespace ui {

struct Theme {
    float pixel_scale = 1.0f;
    bool classroom = false;
    bool touch = false;  // finger-sized targets (set with apply_look)
    ImFont* body_normal = nullptr;
    ImFont* body_large = nullptr;
    ImFont* heading_normal = nullptr;
    ImFont* heading_large = nullptr;

    // The large type is baked only once classroom mode is on (a third of the start-up's font
    // work); until the next bake the frame keeps the everyday type.
    ImFont* body() const { return classroom && body_large ? body_large : body_normal; }
    ImFont* heading() const { return classroom && heading_large ? heading_large : heading_normal; }
    // Logical pixels -> ImGui units (device pixels), for sizes the views choose themselves.
    float px(float logical) const { return logical * pixel_scale * (classroom ? 1.5f : 1.0f); }

    ImU32 text = IM_COL32(20, 20, 20, 255);
    ImU32 text_dim = IM_COL32(90, 90, 90, 255);
    ImU32 grid = IM_COL32(200, 200, 200, 255);
    ImU32 panel = IM_COL32(250, 250, 250, 255);
    ImU32 selection = IM_COL32(255, 200, 0, 255);
    ImU32 lane_alt = IM_COL32(245, 245, 245, 255);
    ImU32 focus_ring = IM_COL32(0, 70, 190, 255);
    ImU32 mark_outline = IM_COL32(40, 40, 40, 255);
    ImU32 reader_focus = IM_COL32(255, 236, 150, 255);
    ImVec4 link, error, warning;
};

void load_theme_fonts(Theme& theme, float pixel_scale);
// True when the look needs type that is not baked yet: the platform bakes again before the next frame.
bool fonts_outdated(const Theme& theme);
void apply_look(Theme& theme, bool classroom);  // keeps theme.touch
void apply_look(Theme& theme, bool classroom, bool touch);

ImU32 to_imgui(vm::Rgb colour);
ImVec4 to_imgui_vec(vm::Rgb colour);
// Black or white, whichever reads better on `background`.
ImU32 text_on(ImU32 background);
// An event type's mark: its own shape in its colour, with a dark outline that stands out on any
// lane. `selected` draws it larger with a ring.
void draw_event_mark(ImDrawList* dl, ImVec2 centre, float radius, std::string_view type, const Theme& theme,
                     bool selected = false);

// Colour-blind-safe colours (Okabe-Ito) per event type and entity kind; grey for unknown names.
ImU32 event_colour(std::string_view type);
ImU32 entity_colour(std::string_view kind);
// The same colour, lightened for backgrounds behind text.
ImU32 tint(ImU32 colour, float amount);
// "missile_launch" -> "missile launch"
const char* event_label(std::string_view type);

}  // namespace ui
