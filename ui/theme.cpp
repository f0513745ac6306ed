#include "ui/theme.h"

#include <algorithm>
#include <cmath>

#include "core/embedded.h"
#include "ui/models/screen_layout.h"

namespace ui {
namespace {

constexpr float kBodySize = 17.0f;  // logical pixels
constexpr float kHeadingSize = 24.0f;
constexpr float kClassroomFactor = 1.5f;

ImFont* add_embedded_font(const char* file_name, float size_pixels) {
    // The build embeds only these glyphs (FONT_UNICODES in CMakeLists.txt): keep both lists equal.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x205E, 0x20AC, 0x20AC,
                                     0x2190, 0x2193, 0x25A0, 0x25CF, 0xFFFD, 0xFFFD, 0};
    for (const embedded::File& f : embedded::fonts()) {
        if (f.name != file_name) continue;
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
        config.OversampleH = 2;
        return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(f.bytes.data()),
                                                           static_cast<int>(f.bytes.size()), size_pixels,
                                                           &config, ranges);
    }
    return ImGui::GetIO().Fonts->AddFontDefault();
}

ImVec4 vec(vm::Rgb c) { return ImVec4(c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, 1.0f); }

}  // namespace

void load_theme_fonts(Theme& theme, float pixel_scale) {
    theme.pixel_scale = pixel_scale > 0 ? pixel_scale : 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float s = theme.pixel_scale;
    theme.body_normal = add_embedded_font("Roboto-Regular.ttf", kBodySize * s);
    theme.heading_normal = add_embedded_font("Roboto-Bold.ttf", kHeadingSize * s);
    theme.body_large = theme.heading_large = nullptr;
    if (theme.classroom) {
        theme.body_large = add_embedded_font("Roboto-Regular.ttf", kBodySize * kClassroomFactor * s);
        theme.heading_large = add_embedded_font("Roboto-Bold.ttf", kHeadingSize * kClassroomFactor * s);
    }
    io.FontDefault = theme.body_normal;
    apply_look(theme, theme.classroom);
}

bool fonts_outdated(const Theme& theme) { return theme.classroom && theme.body_large == nullptr; }

void apply_look(Theme& theme, bool classroom) { apply_look(theme, classroom, theme.touch); }

void apply_look(Theme& theme, bool classroom, bool touch) {
    theme.classroom = classroom;
    theme.touch = touch;
    const vm::Palette& p = vm::palette(classroom);
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.GrabRounding = 4.0f;
    style.FramePadding = ImVec2(8, 5);
    style.CellPadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(10, 8);
    style.ScrollbarSize = 16.0f;
    // Controls show their edges (WCAG 1.4.11), not only a fill close to the background's.
    style.FrameBorderSize = 1.0f;
    if (touch) {
        // Buttons, boxes and tabs at least a finger high; thicker scrollbars and slider grabs.
        const float font = kBodySize * (classroom ? kClassroomFactor : 1.0f);
        // ScaleAllSizes rounds down, so the padding is rounded up here.
        style.FramePadding = ImVec2(12, std::max(5.0f, std::ceil((vm::kTouchTargetCss - font) * 0.5f / (classroom ? kClassroomFactor : 1.0f))));
        style.ItemSpacing = ImVec2(12, 10);
        style.ScrollbarSize = 24.0f;
        style.GrabMinSize = 28.0f;
        style.TouchExtraPadding = ImVec2(4, 4);
        style.SelectableTextAlign = ImVec2(0.0f, 0.5f);  // rows a finger high keep their text centred
    }
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.text_disabled);
    c[ImGuiCol_WindowBg] = vec(p.window_bg);
    c[ImGuiCol_ChildBg] = vec(p.panel_bg);
    c[ImGuiCol_PopupBg] = vec(p.popup_bg);
    c[ImGuiCol_Border] = vec(p.border);
    c[ImGuiCol_Button] = vec(p.button);
    c[ImGuiCol_ButtonHovered] = vec(p.button_hovered);
    c[ImGuiCol_ButtonActive] = vec(p.button_active);
    c[ImGuiCol_FrameBg] = vec(p.frame_bg);
    c[ImGuiCol_FrameBgHovered] = vec(p.frame_bg_hovered);
    c[ImGuiCol_FrameBgActive] = vec(p.frame_bg_active);
    c[ImGuiCol_Header] = vec(p.header);
    c[ImGuiCol_HeaderHovered] = vec(p.header_hovered);
    c[ImGuiCol_HeaderActive] = vec(p.header_active);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = c[ImGuiCol_TitleBgCollapsed] = vec(p.title_bg);
    c[ImGuiCol_TableHeaderBg] = vec(p.table_header_bg);
    c[ImGuiCol_TableRowBgAlt] = vec(p.table_row_alt);
    c[ImGuiCol_CheckMark] = vec(p.check_mark);
    c[ImGuiCol_SliderGrab] = c[ImGuiCol_SliderGrabActive] = vec(p.slider_grab);
    c[ImGuiCol_PlotHistogram] = vec(p.check_mark);
    c[ImGuiCol_NavHighlight] = vec(p.focus_ring);
    theme.text = to_imgui(p.text);
    theme.text_dim = to_imgui(p.text_dim);
    theme.grid = to_imgui(p.grid);
    theme.panel = to_imgui(p.panel_bg);
    theme.selection = to_imgui(p.selection);
    theme.lane_alt = to_imgui(p.lane_alt);
    theme.focus_ring = to_imgui(p.focus_ring);
    theme.mark_outline = to_imgui(p.mark_outline);
    theme.reader_focus = to_imgui(p.reader_focus);
    theme.link = vec(p.link);
    theme.error = vec(p.error);
    theme.warning = vec(p.warning);
    if (classroom) style.ChildBorderSize = 2.0f;
    style.ScaleAllSizes(theme.pixel_scale * (classroom ? kClassroomFactor : 1.0f));
}

ImU32 to_imgui(vm::Rgb colour) { return IM_COL32(colour.r, colour.g, colour.b, 255); }
ImVec4 to_imgui_vec(vm::Rgb colour) { return vec(colour); }

vm::Rgb from_imgui(ImU32 c) {
    return {static_cast<uint8_t>((c >> IM_COL32_R_SHIFT) & 0xFF), static_cast<uint8_t>((c >> IM_COL32_G_SHIFT) & 0xFF),
            static_cast<uint8_t>((c >> IM_COL32_B_SHIFT) & 0xFF)};
}

ImU32 text_on(ImU32 background) { return to_imgui(vm::text_on(from_imgui(background))); }

void draw_event_mark(ImDrawList* dl, ImVec2 centre, float radius, std::string_view type, const Theme& theme,
                     bool selected) {
    const vm::EventStyle& style = vm::event_style(type);
    const ImU32 fill = to_imgui(style.colour);
    const float r = selected ? radius * 1.35f : radius;
    const float outline = std::max(1.0f, theme.pixel_scale * (theme.classroom ? 1.5f : 1.0f));
    if (style.shape == vm::MarkShape::circle) {
        dl->AddCircleFilled(centre, r, fill);
        dl->AddCircle(centre, r, theme.mark_outline, 0, outline);
    } else {
        const vm::ShapeOutline& shape = vm::shape_outline(style.shape);
        ImVec2 points[16];
        for (const auto& piece : shape.pieces) {
            int n = 0;
            for (const auto& [x, y] : piece)
                if (n < 16) points[n++] = ImVec2(centre.x + x * r, centre.y + y * r);
            dl->AddConvexPolyFilled(points, n, fill);
        }
        int n = 0;
        for (const auto& [x, y] : shape.outline)
            if (n < 16) points[n++] = ImVec2(centre.x + x * r, centre.y + y * r);
        dl->AddPolyline(points, n, theme.mark_outline, ImDrawFlags_Closed, outline);
    }
    if (selected) dl->AddCircle(centre, r + theme.px(4), IM_COL32(0, 0, 0, 255), 0, theme.px(2));
}

ImU32 event_colour(std::string_view type) { return to_imgui(vm::event_style(type).colour); }

ImU32 entity_colour(std::string_view kind) { return to_imgui(vm::entity_colour(kind)); }

const char* event_label(std::string_view type) { return vm::event_style(type).label; }

ImU32 tint(ImU32 colour, float amount) {
    const auto mix = [&](unsigned shift) {
        const float v = static_cast<float>((colour >> shift) & 0xFF);
        return static_cast<ImU32>(v + (255.0f - v) * amount) << shift;
    };
    return mix(IM_COL32_R_SHIFT) | mix(IM_COL32_G_SHIFT) | mix(IM_COL32_B_SHIFT) | (0xFFu << IM_COL32_A_SHIFT);
}

}  // namespace ui
