// [SECTION] Overview: the first screen. What is this corpus, how big, when, about whom,
// and one click into each view.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/marks.h"
#include "ui/models/calendar.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

float stat_box_width(Explorer& app, const char* number, const char* label) {
    ImGui::PushFont(app.theme.heading());
    const float n = text_width(number);
    ImGui::PopFont();
    return std::max(n, text_width(label));
}

void stat_box(Explorer& app, const char* number, const char* label, const char* item, View target, bool first = false) {
    if (!first) flow_same_line(stat_box_width(app, number, label), app.theme.px(48));
    ImGui::BeginGroup();
    ImGui::PushFont(app.theme.heading());
    ImGui::TextUnformatted(number);
    ImGui::PopFont();
    ImGui::TextDisabled("%s", label);
    ImGui::EndGroup();
    record_item(app, item);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Open the %s view", view_name(target));
    if (ImGui::IsItemClicked()) app.view = target;
}

// A small histogram of dated events per month.
void mini_timeline(Explorer& app, float height) {
    const OverviewState& digest = app.overview;
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::InvisibleButton("mini-timeline", ImVec2(width, height));
    record_item(app, "overview:timeline");
    if (ImGui::IsItemClicked()) app.view = View::timeline;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(p0, ImVec2(p0.x + width, p0.y + height), IM_COL32(255, 255, 255, 255), 4.0f);
    if (!digest.dated) {
        dl->AddText(ImVec2(p0.x + 8, p0.y + 8), app.theme.text_dim, "No dated events.");
        return;
    }
    const std::vector<int>& per_month = digest.per_month;
    const int months = static_cast<int>(per_month.size());
    const int peak = std::max(1, *std::max_element(per_month.begin(), per_month.end()));
    const float label_h = ImGui::GetTextLineHeight();
    const float bar_w = width / months, usable = height - label_h - 8;
    for (int i = 0; i < months; ++i) {
        if (!per_month[i]) continue;
        const float h = usable * per_month[i] / peak;
        dl->AddRectFilled(ImVec2(p0.x + i * bar_w + 1, p0.y + usable + 4 - h),
                          ImVec2(p0.x + (i + 1) * bar_w - (bar_w > 3 ? 1 : 0), p0.y + usable + 4),
                          event_colour("military_drill"), bar_w > 3 ? 2.0f : 0.0f);
    }
    char label[32];
    std::snprintf(label, sizeof label, "%04d-%02d", digest.first_year, digest.first_month);
    dl->AddText(ImVec2(p0.x + 4, p0.y + height - label_h - 2), app.theme.text_dim, label);
    std::snprintf(label, sizeof label, "%04d-%02d", digest.last_year, digest.last_month);
    dl->AddText(ImVec2(p0.x + width - ImGui::CalcTextSize(label).x - 4, p0.y + height - label_h - 2), app.theme.text_dim, label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Events per month. Click to open the timeline.");
}

}  // namespace

void build_overview(Explorer& app) {
    OverviewState& o = app.overview;
    o = OverviewState();
    vm::Day first = 0, last = 0;
    for (const vm::EventKey& k : app.event_keys) {
        if (!k.dated) continue;
        first = o.dated ? std::min(first, k.first) : k.first;
        last = o.dated ? std::max(last, k.last) : k.last;
        ++o.dated;
    }
    if (!o.dated) return;
    int day;
    vm::civil_from_days(first, o.first_year, o.first_month, day);
    vm::civil_from_days(last, o.last_year, o.last_month, day);
    o.per_month.assign((o.last_year - o.first_year) * 12 + (o.last_month - o.first_month) + 1, 0);
    for (const vm::EventKey& k : app.event_keys) {
        if (!k.dated) continue;
        int y, m;
        vm::civil_from_days(k.first, y, m, day);
        ++o.per_month[(y - o.first_year) * 12 + (m - o.first_month)];
    }
}

void draw_overview(Explorer& app) {
    const core::Corpus& c = app.corpus;
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(
        "This explorer read every article below and found who is named (countries, people, places, weapons), "
        "which dates the text gives, and what happened: missile launches, drills, deployments, meetings, sanctions. "
        "Click anything to see the sentences it came from.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    const OverviewState& digest = app.overview;
    char number[64];
    std::snprintf(number, sizeof number, "%zu", c.documents.size());
    stat_box(app, number, "articles", "overview:documents", View::documents, true);
    std::snprintf(number, sizeof number, "%zu", c.events.size());
    stat_box(app, number, "events found", "overview:events", View::timeline);
    std::snprintf(number, sizeof number, "%zu", c.entities.size());
    stat_box(app, number, "entities named", "overview:entities", View::comentions);
    char span[48] = "-";
    if (digest.dated)
        std::snprintf(span, sizeof span, "%04d-%02d to %04d-%02d", digest.first_year, digest.first_month, digest.last_year,
                      digest.last_month);
    stat_box(app, span, "span of dated events", "overview:span", View::timeline);
    ImGui::Spacing();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%zu of %zu events have a date; the others sit in the timeline's undated strip.", digest.dated,
                        c.events.size());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();

    heading(app, "Events over time");
    mini_timeline(app, app.theme.px(110));
    ImGui::Spacing();

    // Two columns side by side; one under the other on a narrow screen (the view scrolls).
    const bool stacked = one_column(app);
    const float col_w = ImGui::GetContentRegionAvail().x * (stacked ? 1.0f : 0.5f);
    if (!stacked) ImGui::BeginChild("top-entities", ImVec2(col_w, 0), false);
    heading(app, "Most mentioned");
    const int top = std::min<int>(12, static_cast<int>(c.entities.size()));
    const float max_mentions = top ? static_cast<float>(c.entities[0].mentions) : 1.0f;
    const float bar_w = (col_w - app.theme.px(40)) * (stacked ? 0.3f : 0.45f);
    for (int i = 0; i < top; ++i) {
        const core::Entity& e = c.entities[i];
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float bar = bar_w * e.mentions / std::max(1.0f, max_mentions);
        const float h = ImGui::GetTextLineHeight(), row = std::max(h, row_height(app)), top_y = p.y + (row - h) * 0.5f;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, top_y + 2), ImVec2(p.x + bar, top_y + h),
                                                  tint(entity_colour(core::entity_kind_name(e.kind)), 0.3f), 3.0f);
        ImGui::Dummy(ImVec2(bar_w, row));
        ImGui::SameLine();
        ImGui::PushID(i);
        char label[160];
        std::snprintf(label, sizeof label, "%s  (%u, %s)", e.name.c_str(), e.mentions, core::entity_kind_name(e.kind));
        if (ImGui::Selectable(label, false, 0, ImVec2(0, row_height(app)))) {
            filter_by_entity(app, e.name);
            app.view = View::timeline;
        }
        record_item(app, "top-entity:" + std::to_string(i));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the events involving %s on the timeline", e.name.c_str());
        ImGui::PopID();
    }
    if (!stacked) {
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("event-types", ImVec2(0, 0), false);
    } else {
        ImGui::Spacing();
    }
    heading(app, "Events by type");
    for (int t = 0; t < core::kEventTypes; ++t) {
        const std::size_t n = c.events_by_type.size() > static_cast<std::size_t>(t) ? c.events_by_type[t].size() : 0;
        if (!n) continue;
        const char* type = core::event_type_name(static_cast<core::EventType>(t));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight(), row = std::max(h, row_height(app));
        draw_event_mark(ImGui::GetWindowDrawList(), ImVec2(p.x + h * 0.5f, p.y + row * 0.5f), h * 0.36f, type, app.theme);
        ImGui::Dummy(ImVec2(h, row));
        ImGui::SameLine();
        char label[96];
        std::snprintf(label, sizeof label, "%s: %zu", event_label(type), n);
        if (ImGui::Selectable(label, false, 0, ImVec2(0, row_height(app)))) {
            vm::Filter f = app.filter;
            f.types = {type};
            set_filter(app, std::move(f));
            app.view = View::timeline;
        }
        record_item(app, std::string("type:") + type);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show only %s events", event_label(type));
    }
    if (!stacked) ImGui::EndChild();
}

}  // namespace ui
