// [SECTION] Legends of the event marks' shapes.
#include "ui/marks.h"

#include <imgui.h>

#include "ui/screen.h"

namespace ui {

void mark_then(Explorer& app, std::string_view type) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    draw_event_mark(ImGui::GetWindowDrawList(), ImVec2(p.x + h * 0.5f, p.y + h * 0.55f), h * 0.36f, type, app.theme);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine(0, app.theme.px(4));
}

void draw_lane_label(Explorer& app, int lane, ImVec2 top_left, float gutter, float lane_h) {
    const TimelineState& t = app.timeline;
    const Theme& th = app.theme;
    const std::string& name = t.lane_names[lane];
    const bool by_type = t.grouping == LaneGrouping::by_type;
    const char* label = by_type ? event_label(name) : name.c_str();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float font = ImGui::GetFontSize(), r = font * 0.36f;
    const float mark_w = by_type ? 2.0f * r + th.px(6) : 0.0f;
    // Beside the lane, centred on it; or, with no gutter (one column), at the lane's top left
    // on a panel, so the plot keeps the whole width.
    const float y = gutter > 0 ? top_left.y + (lane_h - font) * 0.5f : top_left.y + th.px(2);
    const ImVec2 at(top_left.x + th.px(4), y);
    if (gutter <= 0) {
        const float w = mark_w + ImGui::CalcTextSize(label).x;
        dl->AddRectFilled(ImVec2(at.x - th.px(3), y - th.px(1)), ImVec2(at.x + w + th.px(3), y + font + th.px(1)),
                          (th.panel & ~IM_COL32_A_MASK) | (225u << IM_COL32_A_SHIFT), th.px(3));
    }
    if (by_type) draw_event_mark(dl, ImVec2(at.x + r, y + font * 0.55f), r, name, th);
    dl->AddText(ImVec2(at.x + mark_w, y), th.text, label);
    const float s = th.pixel_scale;
    // Lanes as rectangles in the state hook: tests measure their height.
    app.item_rects.push_back({"lane:" + std::to_string(lane), top_left.x / s, top_left.y / s,
                              (gutter > 0 ? gutter : mark_w + ImGui::CalcTextSize(label).x) / s, lane_h / s});
}

void draw_type_legend(Explorer& app) {
    for (int type = 0; type < core::kEventTypes; ++type) {
        const char* name = core::event_type_name(static_cast<core::EventType>(type));
        const char* label = event_label(name);
        if (type) flow_same_line(ImGui::GetTextLineHeight() + app.theme.px(4) + text_width(label), app.theme.px(14));
        mark_then(app, name);
        ImGui::TextUnformatted(label);
    }
}

}  // namespace ui
