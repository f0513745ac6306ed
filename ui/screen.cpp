// [SECTION] Layout by width: one column with a reader sheet on narrow screens, the shortened
// title, rows of controls that wrap, and finger-sized rows on touch screens.
#include "ui/screen.h"

#include <imgui.h>
#include <imgui_internal.h>  // RenderTextEllipsis

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "ui/keyboard.h"
#include "ui/views.h"

namespace ui {

void begin_screen_frame(Explorer& app) {
    ScreenState& s = app.screen;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float scale = app.theme.pixel_scale;
    s.css_width = viewport->WorkSize.x / scale;
    s.css_height = viewport->WorkSize.y / scale;
    s.layout = vm::screen_layout({s.css_width, s.css_height, s.touch, app.theme.classroom});
    if (!s.layout.one_column) s.reader_sheet = false;
    // The sheet belongs to the view it was opened from: another view (a link, a key) closes it.
    if (s.sheet_view != static_cast<int>(app.view)) {
        s.sheet_view = static_cast<int>(app.view);
        s.reader_sheet = false;
    }
    // Finger-sized targets once a touch screen is known, but never in the middle of a gesture:
    // the layout must not move under a finger that is about to tap.
    if (s.touch != app.theme.touch && app.touch.gestures.idle()) apply_look(app.theme, app.theme.classroom, s.touch);
}

bool one_column(const Explorer& app) { return app.screen.layout.one_column; }

bool reader_sheet_shown(const Explorer& app) { return app.screen.layout.one_column && app.screen.reader_sheet; }

bool close_reader_sheet(Explorer& app) {
    if (!reader_sheet_shown(app)) return false;
    app.screen.reader_sheet = false;
    return true;
}

void draw_reader_sheet(Explorer& app) {
    const std::string back = std::string("\xe2\x80\xb9  Back to ") + view_label(app.view);  // "‹  Back to Timeline"
    if (ImGui::Button(back.c_str())) close_reader_sheet(app);
    record_item(app, "reader:back");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Close the reader (Esc)");
    ImGui::BeginChild("reader", ImVec2(0, 0), true);
    draw_reader(app);
    ImGui::EndChild();
}

void draw_title(Explorer& app) {
    const char* title = app.corpus.title.empty() ? "Corpus Explorer" : app.corpus.title.c_str();
    ImGui::PushFont(app.theme.heading());
    const float avail = ImGui::GetContentRegionAvail().x;
    const ImVec2 size = ImGui::CalcTextSize(title);
    if (size.x <= avail) {
        ImGui::TextUnformatted(title);
        ImGui::PopFont();
        return;
    }
    if (app.screen.title_whole) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(title);
        ImGui::PopTextWrapPos();
    } else {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::Dummy(ImVec2(avail, size.y));
        ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), p, ImVec2(p.x + avail, p.y + size.y), p.x + avail,
                                  p.x + avail, title, nullptr, &size);
    }
    ImGui::PopFont();
    record_item(app, "title");
    if (ImGui::IsItemClicked()) app.screen.title_whole = !app.screen.title_whole;
    if (ImGui::IsItemHovered() && !app.screen.title_whole) ImGui::SetTooltip("%s", title);
}

void flow_same_line(float next_width, float spacing) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float gap = spacing >= 0 ? spacing : ImGui::GetStyle().ItemSpacing.x;
    if (ImGui::GetItemRectMax().x + gap + next_width <= right) ImGui::SameLine(0, spacing);
}

float text_width(const char* text) { return ImGui::CalcTextSize(text, nullptr, true).x; }

void draw_text_lines(ImDrawList* dl, ImVec2 at, float wrap_width, const char* text, int max_lines, ImU32 colour) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize(), scale = size / font->FontSize;
    const char* end = text + std::strlen(text);
    for (int line = 0; line < max_lines && text < end; ++line, at.y += size) {
        const char* wrap = font->CalcWordWrapPositionA(scale, text, end, wrap_width);
        if (wrap == text) wrap = text + 1;  // a word wider than the column still moves on
        if (line == max_lines - 1 && wrap < end) {
            ImGui::RenderTextEllipsis(dl, at, ImVec2(at.x + wrap_width, at.y + size), at.x + wrap_width, at.x + wrap_width,
                                      text, end, nullptr);
            return;
        }
        dl->AddText(font, size, at, colour, text, wrap);
        text = wrap;
        while (text < end && (*text == ' ' || *text == '\n')) ++text;
    }
}

float button_width(const char* label) { return text_width(label) + ImGui::GetStyle().FramePadding.x * 2.0f; }

float checkbox_width(const char* label) {
    return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + text_width(label);
}

float row_height(const Explorer& app) {
    return app.screen.layout.min_target_css > 0 ? app.screen.layout.min_target_css * app.theme.pixel_scale : 0.0f;
}

float hit_radius(const Explorer& app, float drawn_radius) {
    const float finger = 0.5f * app.screen.layout.min_target_css * app.theme.pixel_scale;
    return std::max(drawn_radius, finger);
}

vm::Pinch take_pinch_over(Explorer& app, ImVec2 min, ImVec2 max) {
    vm::Pinch& p = app.touch.pinch;
    if (!p.active() || p.x < min.x || p.x > max.x || p.y < min.y || p.y > max.y) return vm::Pinch();
    const vm::Pinch taken = p;
    p = vm::Pinch();
    return taken;
}

void add_screen_state(const Explorer& app, nlohmann::json& s) {
    const ScreenState& screen = app.screen;
    s["layout"] = screen.layout.one_column ? "one-column" : "two-column";
    s["projector"] = screen.layout.projector;
    s["reader_sheet"] = reader_sheet_shown(app);
    s["touch"] = app.theme.touch;
    s["css_size"] = {screen.css_width, screen.css_height};
    s["title_whole"] = screen.title_whole;
    s["fullscreen"] = screen.fullscreen;
    const vm::PointerStep& p = app.touch.current;  // the last finger or keyboard step, CSS pixels
    s["pointer"] = {p.x / app.theme.pixel_scale, p.y / app.theme.pixel_scale, p.down};
    s["picked_pair"] = {app.comentions.picked_a, app.comentions.picked_b};  // the co-mention cell or edge listed
    s["network_pan"] = {app.comentions.pan_x / app.theme.pixel_scale, app.comentions.pan_y / app.theme.pixel_scale};
    // The smallest text drawn: the body font (headings are larger), in CSS pixels.
    const ImFont* body = app.theme.body();
    s["body_font_css"] = body ? body->FontSize / app.theme.pixel_scale : 0.0f;
    add_keyboard_state(app, s);
}

}  // namespace ui
