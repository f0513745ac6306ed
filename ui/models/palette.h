// The explorer's colours for its two looks, the shape of each event type's mark, and the
// WCAG contrast arithmetic that checks them. No ImGui here: ui/theme.cpp turns the palette
// into an ImGuiStyle, and tests/unit/test_accessibility_models.cpp checks every pair of text
// and background the views draw.
//
//   const vm::Palette& p = vm::palette(classroom);
//   vm::contrast_ratio(p.text, p.panel_bg);          // >= 4.5 for body text (WCAG AA)
//   for (const vm::TextPair& pair : vm::text_pairs(p)) ...
//   const vm::EventStyle& s = vm::event_style("missile_launch");  // colour, shape, label
//   vm::text_on(s.colour);                           // black or white, whichever reads better
//
// Event types are told apart by shape as well as colour (the colours are Okabe-Ito, safe for
// the common colour-vision deficiencies; the shapes carry the difference for everyone else).
#pragma once
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace vm {

struct Rgb {
    uint8_t r = 0, g = 0, b = 0;
    bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
};

double relative_luminance(Rgb c);
double contrast_ratio(Rgb a, Rgb b);  // 1..21, order does not matter
Rgb tint(Rgb colour, float amount);   // towards white by amount (0..1)
Rgb blend(Rgb over, Rgb under, float alpha);
Rgb text_on(Rgb background);          // black or white, whichever contrasts more

// Every colour the explorer draws text on or with. Opaque, so contrasts are exact.
struct Palette {
    Rgb text, text_dim, text_disabled;
    Rgb window_bg, panel_bg, popup_bg;
    Rgb button, button_hovered, button_active;
    Rgb frame_bg, frame_bg_hovered, frame_bg_active;
    Rgb header, header_hovered, header_active;  // selectable rows: selected, hovered, pressed
    Rgb title_bg, table_header_bg, table_row_alt, lane_alt;
    Rgb check_mark, slider_grab, border, grid;
    Rgb link, error, warning;
    Rgb focus_ring, reader_focus, mark_outline, selection;
};

const Palette& palette(bool classroom);

// One pair of text and the background it sits on somewhere in the explorer.
struct TextPair {
    const char* where;
    Rgb text, background;
    bool large = false;  // >= 24 px, or >= 18.7 px bold: WCAG asks 3:1 instead of 4.5:1
};
std::vector<TextPair> text_pairs(const Palette& p);

// Parts of controls and marks that must stand out from what is next to them (WCAG 1.4.11: 3:1).
struct GraphicPair {
    const char* where;
    Rgb part, background;
};
std::vector<GraphicPair> graphic_pairs(const Palette& p);

enum class MarkShape { circle, square, diamond, triangle_up, triangle_down, hexagon, star, cross, plus };

struct EventStyle {
    const char* type;   // core event type name, "missile_launch"
    const char* label;  // "missile launch"
    Rgb colour;
    MarkShape shape;
};
const std::vector<EventStyle>& event_styles();
const EventStyle& event_style(std::string_view type);  // unknown types: grey, circle, "event"

struct EntityStyle {
    const char* kind;
    Rgb colour;
};
const std::vector<EntityStyle>& entity_styles();
Rgb entity_colour(std::string_view kind);  // unknown kinds: grey

// A shape as convex pieces (filled one by one) and an outline, in units of the mark's radius
// around (0, 0); y grows downwards as on screen.
struct ShapeOutline {
    std::vector<std::vector<std::pair<float, float>>> pieces;
    std::vector<std::pair<float, float>> outline;  // closed; empty for the circle (drawn as one)
};
const ShapeOutline& shape_outline(MarkShape shape);

}  // namespace vm
