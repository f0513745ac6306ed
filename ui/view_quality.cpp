// [SECTION] Quality: the extractor against a gold file the user loaded (or made by curating
// events and exporting them): figures per event type as shared/tools/score_events.py prints
// them, and the misses and false alarms, each a click away from its sentence.
#include <imgui.h>

#include <cstdio>

#include "ui/quality.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

std::string ratio(double v) {
    if (v < 0) return "-";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

void draw_no_gold(Explorer& app) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(
        "How good are the events found here? Load a gold file (events-gold/1 JSON: the events a person marked as "
        "right, with their evidence sentences) and this tab scores the extractor against it: precision, recall and F1 "
        "per event type, dates and actors, and every miss and false alarm.");
    ImGui::Spacing();
    ImGui::TextDisabled("%s", app.platform.pick_files
                                  ? "Drop the gold file on the page, or add it with Data > Add files... The corpus stays."
                                  : "Start the program with the gold file among its files: corpus-explorer ARTICLES GOLD.json");
    ImGui::TextDisabled("To make one: correct the events of this corpus, then export events-gold.json from the Data tab.");
    ImGui::PopTextWrapPos();
}

void draw_figures(Explorer& app) {
    const core::Score& s = app.quality.score;
    ImGui::Text("Events: precision %.3f, recall %.3f, F1 %.3f", s.precision, s.recall, s.f1);
    record_item(app, "quality:f1");
    ImGui::Text("Dated gold events found with the right date: %d of %d", s.dated_right, s.dated_gold);
    ImGui::Text("Actors: mean F1 %.3f over %d found events (%d exactly right)", s.actor_f1, s.actor_events, s.actor_exact);
    for (const core::DateBasisCount& c : s.dates)
        ImGui::TextDisabled("Dates of found events (%s): %d of %d right", c.basis.c_str(), c.right, c.of);

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("quality-types", 8, flags)) return;
    const char* headers[] = {"Type", "Found here", "Right", "Gold", "Gold found", "Precision", "Recall", "F1"};
    for (const char* h : headers) ImGui::TableSetupColumn(h);
    ImGui::TableHeadersRow();
    for (const core::ScoreRow& r : s.rows) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(event_label(r.type));
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.system);
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.correct);
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.gold);
        ImGui::TableNextColumn();
        ImGui::Text("%d", r.found);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ratio(r.precision).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ratio(r.recall).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(ratio(r.f1).c_str());
    }
    ImGui::EndTable();
}

void draw_lists(Explorer& app) {
    QualityState& q = app.quality;
    const core::Score& s = q.score;
    if (ImGui::CollapsingHeader(("Misses: " + std::to_string(s.misses.size()) + " gold events not found###misses").c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        record_item(app, "quality:misses");
        if (s.misses.empty()) ImGui::TextDisabled("None: every gold event was found.");
        for (std::size_t i = 0; i < s.misses.size(); ++i) {
            const core::ScoreMiss& m = s.misses[i];
            ImGui::PushID(static_cast<int>(i));
            const std::string label = std::string(event_label(m.type)) + " in " + app.corpus.documents[m.document].title + ": " + m.evidence;
            if (ImGui::Selectable(label.c_str(), q.selected_miss == static_cast<int>(i))) open_miss(app, static_cast<int>(i));
            record_item(app, "quality:miss:" + std::to_string(i));
            ImGui::PopID();
        }
    }
    if (ImGui::CollapsingHeader(("False alarms: " + std::to_string(s.false_alarms.size()) + " events the gold does not hold###false").c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        record_item(app, "quality:false-alarms");
        if (s.false_alarms.empty()) ImGui::TextDisabled("None: every event found is in the gold.");
        for (std::size_t i = 0; i < s.false_alarms.size(); ++i) {
            const int event = static_cast<int>(s.false_alarms[i]);
            ImGui::PushID(1000000 + static_cast<int>(i));
            if (ImGui::Selectable(event_summary(app, event).c_str(), q.selected_false_alarm == static_cast<int>(i))) {
                open_event(app, event);
                q.selected_false_alarm = static_cast<int>(i);
                q.selected_miss = -1;
            }
            record_item(app, "quality:false:" + std::to_string(i));
            ImGui::PopID();
        }
    }
}

}  // namespace

void draw_quality(Explorer& app) {
    QualityState& q = app.quality;
    heading(app, "Quality: the events found here against a gold file");
    if (!q.has_gold) {
        draw_no_gold(app);
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::Text("Gold file: %s", q.gold_file.c_str());
    ImGui::PopTextWrapPos();
    if (link_button(app, "Forget the gold file", "quality:forget")) {
        forget_gold(app);
        return;
    }
    if (!q.score.ok()) {
        ImGui::PushStyleColor(ImGuiCol_Text, app.theme.error);
        ImGui::PushTextWrapPos(0);
        ImGui::Text("This gold file does not fit the corpus: %s", q.score.error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        return;
    }
    if (link_button(app, "Make the events match the gold", "quality:adopt")) {
        const core::Score score = q.score;  // curating scores again
        const std::size_t skipped = curate_all(app, core::curation_from_gold(app.corpus, q.gold, score, core::curation_refs(app.corpus, app.curation.result)));
        app.data.note = "The gold's events taken as curation steps" +
                        (skipped ? "; " + std::to_string(skipped) + " could not be applied (see the Timeline's curation)" : std::string()) +
                        ". Ctrl+Z takes them back one by one.";
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Reject the false alarms, add the misses, fix dates and actors: the gold becomes this corpus's curation");
    ImGui::Separator();
    draw_figures(app);
    ImGui::Separator();
    draw_lists(app);
}

}  // namespace ui
