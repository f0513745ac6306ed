#include "ui/models/palette.h"

#include <cmath>

namespace vm {
namespace {

double channel(uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Rgb grey(uint8_t v) { return {v, v, v}; }

Palette make_everyday() {
    Palette p;
    p.text = grey(20);
    p.text_dim = grey(90);
    p.text_disabled = grey(84);  // hints in input boxes sit on frame_bg: 4.5:1 there too
    p.window_bg = grey(242);
    p.panel_bg = grey(255);
    p.popup_bg = grey(255);
    p.button = {172, 205, 245};
    p.button_hovered = {66, 150, 250};
    p.button_active = {15, 135, 250};
    p.frame_bg = {214, 219, 227};
    p.frame_bg_hovered = {189, 209, 242};
    p.frame_bg_active = {150, 190, 245};
    p.header = {196, 222, 253};
    p.header_hovered = {104, 171, 251};
    p.header_active = {66, 150, 250};
    p.title_bg = grey(209);
    p.table_header_bg = {199, 222, 250};
    p.table_row_alt = grey(239);
    p.lane_alt = grey(245);
    p.check_mark = {0, 90, 180};
    p.slider_grab = {40, 90, 170};
    p.border = grey(118);
    p.grid = grey(205);
    p.link = {0, 89, 153};
    p.error = {179, 13, 13};
    p.warning = {158, 82, 0};
    p.focus_ring = {0, 70, 190};
    p.reader_focus = {255, 236, 150};
    p.mark_outline = grey(40);
    p.selection = {255, 200, 0};
    return p;
}

// A projector washes out greys: pure black on white, darker borders.
Palette make_classroom() {
    Palette p = make_everyday();
    p.text = grey(0);
    p.text_dim = grey(40);
    p.text_disabled = grey(51);
    p.window_bg = grey(255);
    p.button = {217, 230, 255};
    p.border = grey(90);
    p.grid = grey(150);
    p.mark_outline = grey(0);
    return p;
}

const std::vector<EventStyle> kEventStyles = {
    {"missile_launch", "missile launch", {213, 94, 0}, MarkShape::triangle_up},
    {"military_drill", "military drill", {0, 114, 178}, MarkShape::square},
    {"deployment", "deployment", {0, 158, 115}, MarkShape::diamond},
    {"summit_or_meeting", "summit or meeting", {204, 121, 167}, MarkShape::circle},
    {"nuclear_test", "nuclear test", {120, 20, 20}, MarkShape::star},
    {"satellite_launch", "satellite launch", {230, 159, 0}, MarkShape::triangle_down},
    {"sanctions_action", "sanctions", {86, 180, 233}, MarkShape::cross},
    {"statement", "statement", {110, 110, 110}, MarkShape::hexagon},
    {"other", "other", {160, 160, 160}, MarkShape::plus},
};
const EventStyle kUnknownEvent = {"", "event", {160, 160, 160}, MarkShape::circle};

const std::vector<EntityStyle> kEntityStyles = {
    {"country", {0, 114, 178}},   {"person", {204, 121, 167}},  {"organization", {0, 158, 115}},
    {"place", {230, 159, 0}},     {"weapon", {213, 94, 0}},     {"operation", {86, 180, 233}},
    {"name", {150, 150, 150}},  // a name the lexicon does not know, found by its capitals
};

using Points = std::vector<std::pair<float, float>>;

Points regular(int n, float radius, float start_degrees) {
    Points pts;
    for (int i = 0; i < n; ++i) {
        const float a = (start_degrees + 360.0f * i / n) * 3.14159265f / 180.0f;
        pts.push_back({radius * std::cos(a), radius * std::sin(a)});
    }
    return pts;
}

// A plus of arm half-width w, turned by `degrees` (45 makes a cross).
ShapeOutline plus_shape(float w, float degrees) {
    const float a = degrees * 3.14159265f / 180.0f, c = std::cos(a), s = std::sin(a);
    auto turn = [&](Points pts) {
        for (auto& [x, y] : pts) {
            const float tx = x * c - y * s, ty = x * s + y * c;
            x = tx;
            y = ty;
        }
        return pts;
    };
    ShapeOutline shape;
    shape.pieces.push_back(turn({{-1, -w}, {1, -w}, {1, w}, {-1, w}}));
    shape.pieces.push_back(turn({{-w, -1}, {w, -1}, {w, 1}, {-w, 1}}));
    shape.outline = turn({{-w, -1}, {w, -1}, {w, -w}, {1, -w}, {1, w}, {w, w}, {w, 1}, {-w, 1}, {-w, w}, {-1, w}, {-1, -w}, {-w, -w}});
    return shape;
}

ShapeOutline convex(Points pts) {
    ShapeOutline shape;
    shape.pieces.push_back(pts);
    shape.outline = std::move(pts);
    return shape;
}

ShapeOutline star_shape() {
    const Points outer = regular(5, 1.0f, -90.0f), inner = regular(5, 0.45f, -54.0f);
    ShapeOutline shape;
    shape.pieces.push_back(inner);  // the pentagon in the middle
    for (int i = 0; i < 5; ++i) shape.pieces.push_back({inner[(i + 4) % 5], outer[i], inner[i]});
    for (int i = 0; i < 5; ++i) {
        shape.outline.push_back(outer[i]);
        shape.outline.push_back(inner[i]);
    }
    return shape;
}

}  // namespace

double relative_luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }

double contrast_ratio(Rgb a, Rgb b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

Rgb tint(Rgb colour, float amount) {
    auto mix = [&](uint8_t v) { return static_cast<uint8_t>(v + (255.0f - v) * amount); };
    return {mix(colour.r), mix(colour.g), mix(colour.b)};
}

Rgb blend(Rgb over, Rgb under, float alpha) {
    auto mix = [&](uint8_t a, uint8_t b) { return static_cast<uint8_t>(std::lround(a * alpha + b * (1.0f - alpha))); };
    return {mix(over.r, under.r), mix(over.g, under.g), mix(over.b, under.b)};
}

Rgb text_on(Rgb background) {
    const Rgb black{0, 0, 0}, white{255, 255, 255};
    return contrast_ratio(black, background) >= contrast_ratio(white, background) ? black : white;
}

const Palette& palette(bool classroom) {
    static const Palette everyday = make_everyday(), projector = make_classroom();
    return classroom ? projector : everyday;
}

std::vector<TextPair> text_pairs(const Palette& p) {
    std::vector<TextPair> pairs = {
        {"text on the window", p.text, p.window_bg},
        {"text on a panel", p.text, p.panel_bg},
        {"text in a tooltip", p.text, p.popup_bg},
        {"a button", p.text, p.button},
        {"a hovered button", p.text, p.button_hovered},
        {"the active tab", p.text, p.button_active},
        {"a text box", p.text, p.frame_bg},
        {"a hovered text box", p.text, p.frame_bg_hovered},
        {"a text box being edited", p.text, p.frame_bg_active},
        {"a selected row", p.text, p.header},
        {"a hovered row", p.text, p.header_hovered},
        {"a pressed row", p.text, p.header_active},
        {"the help window's title", p.text, p.title_bg},
        {"a table header", p.text, p.table_header_bg},
        {"an alternate table row", p.text, p.table_row_alt},
        {"a timeline lane label", p.text, p.lane_alt},
        {"the reader's focused sentence", p.text, p.reader_focus},
        {"a hint in a text box", p.text_disabled, p.frame_bg},
        {"greyed text on the window", p.text_disabled, p.window_bg},
        {"greyed text on a panel", p.text_disabled, p.panel_bg},
        {"greyed text in a table row", p.text_disabled, p.table_row_alt},
        {"a timeline tick label", p.text_dim, p.panel_bg},
        {"reader boilerplate", p.text_dim, p.panel_bg},
        {"a search result's title", p.link, p.panel_bg},
        {"an error", p.error, p.panel_bg},
        {"an error on the window", p.error, p.window_bg},
        {"a note about a shared link", p.warning, p.window_bg},
        {"a heading", p.text, p.window_bg, true},
    };
    for (const EntityStyle& e : entity_styles()) {
        pairs.push_back({"a highlighted name in the reader", p.text, tint(e.colour, 0.7f)});
        pairs.push_back({"the chosen name in the reader", p.text, tint(e.colour, 0.2f)});
    }
    for (const EventStyle& e : event_styles()) pairs.push_back({"a folded mark's count", text_on(e.colour), e.colour});
    for (float t = 0.0f; t <= 1.0f; t += 0.125f) {
        const Rgb cell = tint(Rgb{0, 90, 160}, 0.9f - 0.9f * t);  // the co-mention heatmap (view_comentions.cpp)
        pairs.push_back({"a heatmap cell's number", text_on(cell), cell});
    }
    return pairs;
}

std::vector<GraphicPair> graphic_pairs(const Palette& p) {
    std::vector<GraphicPair> pairs = {
        {"a check mark", p.check_mark, p.frame_bg},
        {"a slider's grab", p.slider_grab, p.frame_bg},
        {"a control's border on a panel", p.border, p.panel_bg},
        {"a control's border on the window", p.border, p.window_bg},
        {"the keyboard focus ring on a panel", p.focus_ring, p.panel_bg},
        {"the keyboard focus ring on the window", p.focus_ring, p.window_bg},
        {"the keyboard focus ring on a button", p.focus_ring, p.button},
        {"an event mark's outline", p.mark_outline, p.panel_bg},
        {"an event mark's outline in a shaded lane", p.mark_outline, p.lane_alt},
    };
    return pairs;
}

const std::vector<EventStyle>& event_styles() { return kEventStyles; }

const EventStyle& event_style(std::string_view type) {
    for (const EventStyle& s : kEventStyles)
        if (type == s.type) return s;
    return kUnknownEvent;
}

const std::vector<EntityStyle>& entity_styles() { return kEntityStyles; }

Rgb entity_colour(std::string_view kind) {
    for (const EntityStyle& s : kEntityStyles)
        if (kind == s.kind) return s.colour;
    return {160, 160, 160};
}

const ShapeOutline& shape_outline(MarkShape shape) {
    static const ShapeOutline shapes[] = {
        ShapeOutline{},  // circle: drawn as a circle
        convex({{-0.85f, -0.85f}, {0.85f, -0.85f}, {0.85f, 0.85f}, {-0.85f, 0.85f}}),
        convex({{0, -1.1f}, {1.1f, 0}, {0, 1.1f}, {-1.1f, 0}}),
        convex({{0, -1.1f}, {0.95f, 0.7f}, {-0.95f, 0.7f}}),
        convex({{-0.95f, -0.7f}, {0.95f, -0.7f}, {0, 1.1f}}),
        convex(regular(6, 1.0f, 0.0f)),
        star_shape(),
        plus_shape(0.32f, 45.0f),
        plus_shape(0.32f, 0.0f),
    };
    return shapes[static_cast<int>(shape)];
}

}  // namespace vm
