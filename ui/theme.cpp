#include "ui/theme.h"

#include "core/embedded.h"

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

struct Named {
    const char* name;
    ImU32 colour;
    const char* label;
};

// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
const Named kEventColours[] = {
    {"missile_launch", IM_COL32(213, 94, 0, 255), "missile launch"},
    {"military_drill", IM_COL32(0, 114, 178, 255), "military drill"},
    {"deployment", IM_COL32(0, 158, 115, 255), "deployment"},
    {"summit_or_meeting", IM_COL32(204, 121, 167, 255), "summit or meeting"},
    {"nuclear_test", IM_COL32(120, 20, 20, 255), "nuclear test"},
    {"satellite_launch", IM_COL32(230, 159, 0, 255), "satellite launch"},
    {"sanctions_action", IM_COL32(86, 180, 233, 255), "sanctions"},
    {"statement", IM_COL32(110, 110, 110, 255), "statement"},
    {"other", IM_COL32(160, 160, 160, 255), "other"},
};

const Named kEntityColours[] = {
    {"country", IM_COL32(0, 114, 178, 255), "country"},
    {"person", IM_COL32(204, 121, 167, 255), "person"},
    {"organization", IM_COL32(0, 158, 115, 255), "organization"},
    {"place", IM_COL32(230, 159, 0, 255), "place"},
    {"weapon", IM_COL32(213, 94, 0, 255), "weapon"},
    {"operation", IM_COL32(86, 180, 233, 255), "operation"},
    {"name", IM_COL32(150, 150, 150, 255), "other name"},
};

}  // namespace

void load_theme_fonts(Theme& theme, float pixel_scale) {
    theme.pixel_scale = pixel_scale > 0 ? pixel_scale : 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float s = theme.pixel_scale;
    theme.body_normal = add_embedded_font("Roboto-Regular.ttf", kBodySize * s);
    theme.heading_normal = add_embedded_font("Roboto-Bold.ttf", kHeadingSize * s);
    theme.body_large = add_embedded_font("Roboto-Regular.ttf", kBodySize * kClassroomFactor * s);
    theme.heading_large = add_embedded_font("Roboto-Bold.ttf", kHeadingSize * kClassroomFactor * s);
    io.FontDefault = theme.body_normal;
    apply_look(theme, theme.classroom);
}

void apply_look(Theme& theme, bool classroom) {
    theme.classroom = classroom;
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
    ImVec4* c = style.Colors;
    c[ImGuiCol_WindowBg] = ImVec4(0.95f, 0.95f, 0.95f, 1.0f);
    c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
    c[ImGuiCol_Text] = ImVec4(0.08f, 0.08f, 0.08f, 1.0f);
    c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.38f, 1.0f);  // still 5:1 on white
    // Unchecked boxes and empty radio buttons must show on white panels.
    c[ImGuiCol_FrameBg] = ImVec4(0.84f, 0.86f, 0.89f, 1.0f);
    c[ImGuiCol_FrameBgHovered] = ImVec4(0.74f, 0.82f, 0.95f, 1.0f);
    theme.text = IM_COL32(20, 20, 20, 255);
    theme.text_dim = IM_COL32(90, 90, 90, 255);
    theme.grid = IM_COL32(205, 205, 205, 255);
    if (classroom) {
        // A projector washes out greys: pure black on white, thicker frames.
        c[ImGuiCol_Text] = ImVec4(0, 0, 0, 1);
        c[ImGuiCol_TextDisabled] = ImVec4(0.2f, 0.2f, 0.2f, 1);
        c[ImGuiCol_WindowBg] = ImVec4(1, 1, 1, 1);
        c[ImGuiCol_Border] = ImVec4(0, 0, 0, 0.6f);
        c[ImGuiCol_Button] = ImVec4(0.85f, 0.90f, 1.0f, 1);
        style.FrameBorderSize = 1.0f;
        style.ChildBorderSize = 2.0f;
        theme.text = IM_COL32(0, 0, 0, 255);
        theme.text_dim = IM_COL32(40, 40, 40, 255);
        theme.grid = IM_COL32(150, 150, 150, 255);
    }
    style.ScaleAllSizes(theme.pixel_scale * (classroom ? kClassroomFactor : 1.0f));
}

ImU32 event_colour(std::string_view type) {
    for (const Named& n : kEventColours)
        if (type == n.name) return n.colour;
    return IM_COL32(160, 160, 160, 255);
}

ImU32 entity_colour(std::string_view kind) {
    for (const Named& n : kEntityColours)
        if (kind == n.name) return n.colour;
    return IM_COL32(160, 160, 160, 255);
}

const char* event_label(std::string_view type) {
    for (const Named& n : kEventColours)
        if (type == n.name) return n.label;
    return "event";
}

ImU32 tint(ImU32 colour, float amount) {
    const auto mix = [&](unsigned shift) {
        const float v = static_cast<float>((colour >> shift) & 0xFF);
        return static_cast<ImU32>(v + (255.0f - v) * amount) << shift;
    };
    return mix(IM_COL32_R_SHIFT) | mix(IM_COL32_G_SHIFT) | mix(IM_COL32_B_SHIFT) | (0xFFu << IM_COL32_A_SHIFT);
}

}  // namespace ui
