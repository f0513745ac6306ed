// [SECTION] Timeline: events on a zoomable time axis, one lane per type or per actor.
// The index is built when the corpus or the filter changes; a frame walks only the visible
// range of each lane (binary search) and folds events closer than a few pixels into one mark.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <map>

#include "ui/marks.h"
#include "ui/models/calendar.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

constexpr int kMaxActorLanes = 12;
constexpr float kFoldPx = 6.0f;          // events closer than this fold into one counted mark
constexpr std::size_t kRecordedMarks = 300;  // marks whose rectangles the state hook lists

double event_day(const vm::EventKey& k) { return 0.5 * (static_cast<double>(k.first) + k.last); }

void rebuild_index(Explorer& app) {
    TimelineState& t = app.timeline;
    const core::Corpus& c = app.corpus;
    std::vector<vm::TimelineEvent> items;
    t.lane_names.clear();
    t.undated.clear();
    t.steps.clear();
    if (t.grouping == LaneGrouping::by_type) {
        std::vector<int> lane_of_type(core::kEventTypes, -1);
        for (std::size_t e = 0; e < c.events.size(); ++e) {
            if (!app.event_passes[e]) continue;
            const int type = static_cast<int>(c.events[e].type);
            if (lane_of_type[type] < 0) lane_of_type[type] = 0;  // present; numbered below in type order
        }
        for (int type = 0; type < core::kEventTypes; ++type)
            if (lane_of_type[type] >= 0) {
                lane_of_type[type] = static_cast<int>(t.lane_names.size());
                t.lane_names.push_back(core::event_type_name(static_cast<core::EventType>(type)));
            }
        for (std::size_t e = 0; e < c.events.size(); ++e) {
            if (!app.event_passes[e]) continue;
            const vm::EventKey& k = app.event_keys[e];
            if (!k.dated) { t.undated.push_back(static_cast<int>(e)); continue; }
            items.push_back({event_day(k), lane_of_type[static_cast<int>(c.events[e].type)], static_cast<int>(e)});
        }
    } else {
        // The most frequent actors among passing events get a lane each; the rest share "other actors".
        std::map<std::string, int> counts;
        for (std::size_t e = 0; e < c.events.size(); ++e)
            if (app.event_passes[e])
                for (const std::string& a : c.events[e].actors) ++counts[a];
        std::vector<std::pair<int, std::string>> ranked;
        for (const auto& [name, n] : counts) ranked.push_back({-n, name});
        std::sort(ranked.begin(), ranked.end());
        std::map<std::string, int> lane_of;
        for (const auto& [neg, name] : ranked) {
            if (static_cast<int>(t.lane_names.size()) >= kMaxActorLanes) break;
            lane_of[name] = static_cast<int>(t.lane_names.size());
            t.lane_names.push_back(name);
        }
        const int other = static_cast<int>(t.lane_names.size());
        bool other_used = false;
        for (std::size_t e = 0; e < c.events.size(); ++e) {
            if (!app.event_passes[e]) continue;
            const vm::EventKey& k = app.event_keys[e];
            if (!k.dated) { t.undated.push_back(static_cast<int>(e)); continue; }
            bool placed = false;
            for (const std::string& a : c.events[e].actors)
                if (auto it = lane_of.find(a); it != lane_of.end()) {
                    items.push_back({event_day(k), it->second, static_cast<int>(e)});
                    placed = true;
                }
            if (!placed) {
                items.push_back({event_day(k), other, static_cast<int>(e)});
                other_used = true;
            }
        }
        if (other_used) t.lane_names.push_back("other actors");
    }
    for (const vm::TimelineEvent& it : items) t.steps.push_back(it.id);
    std::sort(t.steps.begin(), t.steps.end(), [&](int a, int b) {
        const double da = event_day(app.event_keys[a]), db = event_day(app.event_keys[b]);
        return da != db ? da < db : a < b;
    });
    t.steps.erase(std::unique(t.steps.begin(), t.steps.end()), t.steps.end());
    t.index = vm::build_timeline_index(std::move(items), static_cast<int>(t.lane_names.size()));
    if (!t.fitted) {
        vm::fit_range(t.index, t.first_day, t.last_day);
        t.fitted = !t.index.by_lane.empty();
    }
    t.dirty = false;
}

// A false alarm (the event is not in the loaded gold file): a red cross over its mark.
void draw_false_alarm_cross(ImDrawList* dl, ImVec2 c, float r, const Theme& th) {
    const ImU32 red = IM_COL32(200, 30, 30, 255);
    const float d = r * 1.1f;
    dl->AddLine(ImVec2(c.x - d, c.y - d), ImVec2(c.x + d, c.y + d), red, th.px(2.5f));
    dl->AddLine(ImVec2(c.x - d, c.y + d), ImVec2(c.x + d, c.y - d), red, th.px(2.5f));
}

// Gold events nothing here matched, at their gold date in their type's (or first actor's)
// lane: a dashed ring where a mark should be. Returns the miss under the pointer, or -1.
template <class DayToX, class LaneCentre>
int draw_misses(Explorer& app, ImDrawList* dl, float x0, const DayToX& day_to_x, const LaneCentre& lane_centre, float r,
                float hit, bool pointer_free) {
    const QualityState& q = app.quality;
    const TimelineState& t = app.timeline;
    if (!q.has_gold || !q.score.ok()) return -1;
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const Theme& th = app.theme;
    int hovered = -1;
    for (std::size_t i = 0; i < q.score.misses.size(); ++i) {
        const core::ScoreMiss& m = q.score.misses[i];
        if (i >= q.miss_days.size() || q.miss_days[i] < 0) continue;
        const vm::Day first = static_cast<vm::Day>(q.miss_days[i]);
        const std::string& lane_key = t.grouping == LaneGrouping::by_type ? m.type : (m.actors.empty() ? std::string() : m.actors[0]);
        const auto lane = std::find(t.lane_names.begin(), t.lane_names.end(), lane_key);
        if (lane == t.lane_names.end()) continue;
        const float x = day_to_x(first), y = lane_centre(static_cast<int>(lane - t.lane_names.begin()));
        if (x < x0 - r) continue;
        const ImU32 colour = event_colour(m.type);
        for (int k = 0; k < 12; k += 2)  // dashed: every other twelfth of the ring
            dl->PathArcTo(ImVec2(x, y), r + th.px(1), k * 3.14159265f / 6, (k + 1) * 3.14159265f / 6, 4),
                dl->PathStroke(colour, 0, th.px(2.5f));
        const float s = th.pixel_scale;
        app.item_rects.push_back({"miss:" + std::to_string(i), (x - r) / s, (y - r) / s, 2 * r / s, 2 * r / s});
        if (pointer_free && hovered < 0 && std::fabs(mouse.x - x) <= hit && std::fabs(mouse.y - y) <= std::max(r * 1.4f, hit))
            hovered = static_cast<int>(i);
    }
    return hovered;
}

std::string event_tooltip(const Explorer& app, int e) {
    const core::Event& ev = app.corpus.events[e];
    const core::Document& d = app.corpus.documents[ev.doc];
    std::string s = event_summary(app, e);
    if (!ev.date_text.empty()) s += "\nwhen: \"" + ev.date_text + "\"";
    s += "\nin: " + d.title + "\n\n" + std::string(sentence_text(d, ev.main.begin, ev.main.end));
    if (app.quality.verdict(e) == 0) s += "\n\nFalse alarm: the gold file " + app.quality.gold_file + " does not hold it.";
    return s;
}

void show_tooltip(Explorer& app, const std::string& text) {
    app.tooltip = text;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(std::min(ImGui::GetFontSize() * 32.0f, ImGui::GetMainViewport()->WorkSize.x * 0.85f));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void draw_controls(Explorer& app) {
    TimelineState& t = app.timeline;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Lanes:");
    ImGui::SameLine();
    if (ImGui::RadioButton("by event type", t.grouping == LaneGrouping::by_type)) {
        t.grouping = LaneGrouping::by_type;
        t.dirty = true;
    }
    record_item(app, "timeline:by-type");
    flow_same_line(checkbox_width("by actor"));
    if (ImGui::RadioButton("by actor", t.grouping == LaneGrouping::by_actor)) {
        t.grouping = LaneGrouping::by_actor;
        t.dirty = true;
    }
    record_item(app, "timeline:by-actor");
    flow_same_line(button_width("Fit all"));
    if (ImGui::Button("Fit all")) vm::fit_range(t.index, t.first_day, t.last_day);
    record_item(app, "timeline:fit");
    char rejected[48];
    std::snprintf(rejected, sizeof rejected, "Show rejected (%zu)", app.curation.result.rejected.size());
    flow_same_line(checkbox_width(rejected));
    ImGui::Checkbox(rejected, &app.curation.show_rejected);
    record_item(app, "timeline:show-rejected");
    char range[160];
    if (t.grouping == LaneGrouping::by_actor) draw_type_legend(app);  // the marks' shapes, when lanes are actors
    std::snprintf(range, sizeof range, app.theme.touch ? "%s to %s  |  pinch: zoom, drag: pan, hold: details"
                                                       : "%s to %s  |  wheel: zoom, drag: pan, Shift+drag: pick a range, Left/Right: step",
                  vm::format_day(static_cast<vm::Day>(std::floor(t.first_day))).c_str(),
                  vm::format_day(static_cast<vm::Day>(std::floor(t.last_day))).c_str());
    flow_same_line(text_width(range));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", range);
    ImGui::PopTextWrapPos();
}

void draw_classroom_panel(Explorer& app, float height) {
    TimelineState& t = app.timeline;
    ImGui::BeginChild("classroom-step", ImVec2(0, height), true);
    if (t.classroom_step < 0 || app.selected_event < 0) {
        ImGui::TextWrapped("Press the Right arrow key to walk through the events in time order.");
    } else {
        const core::Event& ev = app.corpus.events[app.selected_event];
        const core::Document& d = app.corpus.documents[ev.doc];
        ImGui::PushFont(app.theme.heading());
        ImGui::PushTextWrapPos(0);
        ImGui::Text("%d / %zu   %s", t.classroom_step + 1, t.steps.size(), event_summary(app, app.selected_event).c_str());
        // On a projector the evidence itself is in the large type, to be read from the back of the room.
        if (!app.screen.layout.projector) ImGui::PopFont();
        ImGui::TextUnformatted(std::string(sentence_text(d, ev.main.begin, ev.main.end)).c_str());
        if (app.screen.layout.projector) ImGui::PopFont();
        ImGui::PopTextWrapPos();
        ImGui::TextDisabled("%s", d.title.c_str());
    }
    ImGui::EndChild();
    record_item(app, "classroom:evidence");
}

}  // namespace

void step_classroom(Explorer& app, int direction) {
    TimelineState& t = app.timeline;
    if (t.dirty) rebuild_index(app);
    if (t.steps.empty()) return;
    t.classroom_step = std::clamp(t.classroom_step + direction, 0, static_cast<int>(t.steps.size()) - 1);
    const int e = t.steps[t.classroom_step];
    open_event(app, e);
    // Keep the stepped event in view, centred if it fell outside.
    const double day = event_day(app.event_keys[e]);
    if (day < t.first_day || day > t.last_day) vm::pan_by(t.first_day, t.last_day, day - 0.5 * (t.first_day + t.last_day));
}

void draw_timeline(Explorer& app) {
    TimelineState& t = app.timeline;
    if (t.dirty) rebuild_index(app);
    draw_controls(app);
    const Theme& th = app.theme;
    const vm::ScreenLayout& layout = app.screen.layout;
    // The undated strip: a row of marks (a finger high on touch screens) above its scrollbar.
    const float strip_h = std::max(ImGui::GetTextLineHeightWithSpacing() * 1.54f,
                                   row_height(app) + ImGui::GetStyle().ScrollbarSize + th.px(4));
    const float undated_h = strip_h + ImGui::GetStyle().ItemSpacing.y;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float classroom_h = !th.classroom ? 0.0f
                              : layout.projector ? avail.y * layout.evidence_fraction
                                                 : ImGui::GetTextLineHeightWithSpacing() * 5.5f;
    // The selected event's curation controls (or the rejected list) in a panel under the strip.
    const bool curation_panel = !th.classroom && (app.curation.show_rejected || app.selected_event >= 0);
    const float curation_h = curation_panel ? ImGui::GetFrameHeightWithSpacing() * 3.4f + ImGui::GetStyle().WindowPadding.y * 2 : 0.0f;
    float plot_h = std::max(th.px(120), avail.y - undated_h - classroom_h - curation_h - ImGui::GetStyle().ItemSpacing.y * 2);

    // [SECTION] geometry
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const float gutter = th.px(layout.lane_gutter_css), axis_h = ImGui::GetTextLineHeightWithSpacing() * 1.6f;
    const float x0 = p0.x + gutter, x1 = p0.x + avail.x - th.px(8);
    const float width = std::max(10.0f, x1 - x0);
    const int lanes = std::max(1, static_cast<int>(t.lane_names.size()));
    // With no gutter (one column) a lane's name sits in a band at its top and its marks below it,
    // never over it. With a gutter the name is beside its lane, and a lane is at least a line of
    // text high, or the names run into each other (large classroom type on a laptop). Lanes too
    // short for that make the plot taller, and the view scrolls.
    const float name_band = gutter > 0 ? 0.0f : ImGui::GetFontSize() + th.px(4);
    const float lane_min = name_band > 0 ? name_band + th.px(22) : ImGui::GetFontSize() + th.px(4);
    float lane_h = std::min(layout.lane_cap_css * th.pixel_scale, (plot_h - axis_h) / lanes);
    if (lane_h < lane_min) {
        lane_h = lane_min;
        plot_h = axis_h + lane_h * lanes + th.px(2);
    }
    const float marks_h = lane_h - name_band;
    auto lane_centre = [&](int lane) { return p0.y + axis_h + lane * lane_h + name_band + marks_h * 0.5f; };
    const double span = std::max(1e-6, t.last_day - t.first_day);
    auto day_to_x = [&](double day) { return static_cast<float>(x0 + (day - t.first_day) / span * width); };
    auto x_to_day = [&](float x) { return t.first_day + (x - x0) / width * span; };

    ImGui::InvisibleButton("timeline-plot", ImVec2(avail.x, plot_h));
    record_item(app, "timeline:plot");
    const bool hovered = ImGui::IsItemHovered();
    ImGuiIO& io = ImGui::GetIO();
    ImDrawList* dl = ImGui::GetWindowDrawList();

    // [SECTION] input: wheel zooms around the cursor, drag pans, Shift+drag brushes, double-click fits
    if (hovered && io.MouseWheel != 0.0f && io.MousePos.x >= x0)
        vm::zoom_around(t.first_day, t.last_day, x_to_day(io.MousePos.x), std::pow(0.85f, io.MouseWheel));
    // Two fingers: the day under their centre stays put while they spread or pinch; moving both pans.
    if (const vm::Pinch pinch = take_pinch_over(app, p0, ImVec2(p0.x + avail.x, p0.y + plot_h)); pinch.active()) {
        vm::zoom_around(t.first_day, t.last_day, x_to_day(pinch.x), 1.0f / pinch.scale);
        vm::pan_by(t.first_day, t.last_day, -pinch.pan_x / width * (t.last_day - t.first_day));
    }
    if (hovered && ImGui::IsMouseDoubleClicked(0)) vm::fit_range(t.index, t.first_day, t.last_day);
    if (ImGui::IsItemActivated() && io.KeyShift) {
        t.brushing = true;
        t.brush_from = t.brush_to = x_to_day(io.MousePos.x);
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(0, 2.0f)) {
        if (t.brushing) t.brush_to = x_to_day(io.MousePos.x);
        else vm::pan_by(t.first_day, t.last_day, -io.MouseDelta.x / width * span);
    }
    if (t.brushing && ImGui::IsItemDeactivated()) {
        t.brushing = false;
        const double a = std::min(t.brush_from, t.brush_to), b = std::max(t.brush_from, t.brush_to);
        if (b - a >= 0.5) {
            vm::Filter f = app.filter;
            f.has_range = true;
            f.from = static_cast<vm::Day>(std::floor(a));
            f.to = static_cast<vm::Day>(std::floor(b));
            set_filter(app, std::move(f));
        }
    }

    // [SECTION] axis and lanes
    const ImVec2 plot_min(p0.x, p0.y), plot_max(p0.x + avail.x, p0.y + plot_h);
    dl->PushClipRect(plot_min, plot_max, true);
    dl->AddRectFilled(ImVec2(x0, p0.y), ImVec2(x1, p0.y + plot_h), IM_COL32(255, 255, 255, 255));
    if (t.ticks_first != t.first_day || t.ticks_last != t.last_day || t.ticks_width != width) {
        t.ticks = vm::time_ticks(t.first_day, t.last_day, width, th.px(80));
        t.ticks_first = t.first_day, t.ticks_last = t.last_day, t.ticks_width = width;
    }
    for (const vm::TimeTick& tick : t.ticks) {
        const float x = day_to_x(tick.day);
        dl->AddLine(ImVec2(x, p0.y + axis_h * 0.8f), ImVec2(x, p0.y + plot_h), tick.major ? th.grid : tint(th.grid, 0.5f),
                    tick.major ? th.px(1.5f) : 1.0f);
        dl->AddText(ImVec2(x + th.px(3), p0.y + th.px(2)), tick.major ? th.text : th.text_dim, tick.label.c_str());
    }
    for (int lane = 0; lane < lanes && lane < static_cast<int>(t.lane_names.size()); ++lane) {
        const float y = p0.y + axis_h + lane * lane_h;
        if (lane % 2) dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + lane_h), th.lane_alt);
        draw_lane_label(app, lane, ImVec2(p0.x, y), gutter, lane_h);
    }
    if (t.brushing) {
        const float a = day_to_x(t.brush_from), b = day_to_x(t.brush_to);
        dl->AddRectFilled(ImVec2(std::min(a, b), p0.y + axis_h), ImVec2(std::max(a, b), p0.y + plot_h), IM_COL32(0, 114, 178, 50));
    }

    // [SECTION] marks: only the visible range, folded
    dl->PushClipRect(ImVec2(x0 - th.px(10), p0.y), ImVec2(x1 + th.px(10), p0.y + plot_h), true);
    vm::visible_marks(t.index, t.first_day, t.last_day, width, th.px(kFoldPx), t.marks);
    t.hovered_event = -1;
    int hovered_fold = -1;
    float nearest = FLT_MAX;  // of the marks under the pointer, the nearest wins (a finger covers several)
    const float r = std::min(th.px(8), marks_h * (name_band > 0 ? 0.36f : 0.3f));
    const float hit = hit_radius(app, r);  // a finger needs more room than a mouse
    std::size_t recorded = 0;
    for (std::size_t m = 0; m < t.marks.size(); ++m) {
        const vm::TimelineMark& mark = t.marks[m];
        const float y = lane_centre(mark.lane);
        const vm::TimelineEvent& first = t.index.by_lane[mark.lane][mark.first];
        const ImU32 colour = event_colour(app.event_keys[first.id].type);
        const float xa = x0 + mark.x_begin, xb = x0 + mark.x_end;
        const float dx = io.MousePos.x < xa ? xa - io.MousePos.x : io.MousePos.x > xb ? io.MousePos.x - xb : 0.0f;
        const float dy = std::fabs(io.MousePos.y - y), distance = dx * dx + dy * dy;
        const bool over = hovered && dx <= hit && dy <= std::max(r * 1.4f, hit) && distance < nearest;
        if (over) nearest = distance;
        if (mark.count == 1) {
            const vm::EventKey& k = app.event_keys[first.id];
            if (k.last > k.first) {  // a month or a year: show the span it could be
                dl->AddLine(ImVec2(day_to_x(k.first), y), ImVec2(day_to_x(k.last + 1), y), tint(colour, 0.6f), th.px(3));
            }
            draw_event_mark(dl, ImVec2(xa, y), r, k.type, th, first.id == app.selected_event);
            if (const std::string& status = event_status(app, first.id); !status.empty())
                dl->AddCircle(ImVec2(xa, y), r + th.px(3), curation_colour(status), 0, th.px(2.5f));
            if (app.quality.verdict(first.id) == 0) draw_false_alarm_cross(dl, ImVec2(xa, y), r, th);
            if (over) t.hovered_event = first.id, hovered_fold = -1;
            if (recorded < kRecordedMarks) {
                const float s = th.pixel_scale;
                app.item_rects.push_back({"event:" + std::to_string(first.id), (xa - r) / s, (y - r) / s, 2 * r / s, 2 * r / s});
                ++recorded;
            }
        } else {
            // A fold: a pill from the first to the last event with the count inside.
            char count[16];
            std::snprintf(count, sizeof count, "%d", mark.count);
            const float text_w = ImGui::CalcTextSize(count).x;
            const float w = std::max(xb - xa, text_w + th.px(8));
            dl->AddRectFilled(ImVec2(xa - r, y - r), ImVec2(xa - r + w + r, y + r), colour, r);
            dl->AddText(ImVec2(xa - r + (w + r - text_w) * 0.5f, y - ImGui::GetFontSize() * 0.5f), text_on(colour), count);
            if (over) hovered_fold = static_cast<int>(m), t.hovered_event = -1;
        }
    }
    const int hovered_miss = draw_misses(app, dl, x0, day_to_x, lane_centre, r, hit, hovered && nearest == FLT_MAX);
    if (hovered_miss >= 0) t.hovered_event = -1, hovered_fold = -1;
    dl->PopClipRect();
    dl->PopClipRect();

    // [SECTION] hover and click
    if (hovered_miss >= 0) {
        const core::ScoreMiss& miss = app.quality.score.misses[hovered_miss];
        show_tooltip(app, "Missed: the gold file has a " + std::string(event_label(miss.type)) + " on " + miss.date +
                              " that was not found here:\n\n" + miss.evidence);
        if (ImGui::IsItemDeactivated() && released_without_drag()) open_miss(app, hovered_miss);
    } else if (t.hovered_event >= 0) {
        show_tooltip(app, event_tooltip(app, t.hovered_event));
        if (ImGui::IsItemDeactivated() && released_without_drag()) open_event(app, t.hovered_event);
    } else if (hovered_fold >= 0) {
        const vm::TimelineMark& mark = t.marks[hovered_fold];
        char text[160];
        std::snprintf(text, sizeof text, "%d events from %s to %s (most on one day: %d)\nZoom in (mouse wheel) to separate them.",
                      mark.count, vm::format_day(static_cast<vm::Day>(mark.day_begin)).c_str(),
                      vm::format_day(static_cast<vm::Day>(mark.day_end)).c_str(), vm::most_on_one_day(t.index, mark));
        show_tooltip(app, text);
    }

    // [SECTION] the undated strip: events the text gives no date for are not lost
    ImGui::TextDisabled("Undated (%zu):", t.undated.size());
    ImGui::SameLine();
    ImGui::BeginChild("undated", ImVec2(0, strip_h), false, ImGuiWindowFlags_HorizontalScrollbar);
    const float h = std::max(ImGui::GetTextLineHeight(), row_height(app));
    for (int e : t.undated) {
        const ImVec2 p = ImGui::GetCursorScreenPos();
        ImGui::PushID(e);
        if (ImGui::InvisibleButton("u", ImVec2(h, h))) open_event(app, e);
        record_item(app, "undated:" + std::to_string(e));
        const float ur = std::min(h * 0.4f, ImGui::GetTextLineHeight() * 0.45f);
        draw_event_mark(ImGui::GetWindowDrawList(), ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), ur, app.event_keys[e].type, th);
        if (const std::string& status = event_status(app, e); !status.empty())
            ImGui::GetWindowDrawList()->AddCircle(ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), ur + th.px(2), curation_colour(status), 0, th.px(2));
        if (app.quality.verdict(e) == 0) draw_false_alarm_cross(ImGui::GetWindowDrawList(), ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), ur, th);
        if (ImGui::IsItemHovered()) show_tooltip(app, event_tooltip(app, e));
        ImGui::PopID();
        ImGui::SameLine();
    }
    ImGui::EndChild();
    if (th.classroom) draw_classroom_panel(app, classroom_h);
    if (curation_panel) {
        ImGui::BeginChild("timeline-curation", ImVec2(0, curation_h), true);
        if (app.curation.show_rejected) {
            draw_rejected_events(app);
        } else {
            ImGui::TextUnformatted(event_summary(app, app.selected_event).c_str());
            draw_event_curation(app, app.selected_event, "timeline");
        }
        ImGui::EndChild();
    }
}

}  // namespace ui
