// [SECTION] Curation controls: the selected event's Accept / Reject / Type / Date / Actors (in
// the reader and under the timeline), adding an event from a clicked sentence, the rejected
// list. Every control takes a step (ui/curation.cpp); nothing here edits the corpus.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

void record_rect(Explorer& app, std::string name, ImVec2 min, ImVec2 max) {
    const float s = app.theme.pixel_scale;
    app.item_rects.push_back({std::move(name), min.x / s, min.y / s, (max.x - min.x) / s, (max.y - min.y) / s});
}

void error_line(Explorer& app, const std::string& error) {
    if (error.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, app.theme.error);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

// A combo whose frame and entries are recorded as items, so tests can point at them. The
// frame is measured before BeginCombo: once its popup opens, the last item is the popup's.
bool begin_recorded_combo(Explorer& app, const char* id, const char* preview, float width, const std::string& name) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    record_rect(app, name, p, ImVec2(p.x + width, p.y + ImGui::GetFrameHeight()));
    ImGui::SetNextItemWidth(width);
    return ImGui::BeginCombo(id, preview, ImGuiComboFlags_HeightLarge);
}

// Picks an event type; returns true when `type` changed.
bool type_combo(Explorer& app, int& type, const std::string& name) {
    const char* preview = event_label(core::event_type_name(static_cast<core::EventType>(type)));
    bool changed = false;
    if (begin_recorded_combo(app, "##type", preview, app.theme.px(150), name)) {
        for (int t = 0; t < core::kEventTypes; ++t) {
            const char* type_name = core::event_type_name(static_cast<core::EventType>(t));
            if (ImGui::Selectable(event_label(type_name), t == type) && t != type) {
                type = t;
                changed = true;
            }
            record_item(app, name + ":" + type_name);
        }
        ImGui::EndCombo();
    }
    return changed;
}

// The actors as chips (a click removes one) and a combo adding a corpus country or body.
// Returns true when `actors` changed.
bool actor_picker(Explorer& app, std::vector<std::string>& actors, const std::string& name) {
    bool changed = false;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Actors:");
    for (std::size_t i = 0; i < actors.size() && !changed; ++i) {
        const std::string label = actors[i] + "  x###actor" + std::to_string(i);
        flow_same_line(button_width((actors[i] + "  x").c_str()));
        if (ImGui::Button(label.c_str())) {
            actors.erase(actors.begin() + static_cast<std::ptrdiff_t>(i));
            changed = true;
        }
        record_item(app, name + ":actor:" + std::to_string(i));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this actor");
    }
    const float width = app.theme.px(140);
    flow_same_line(width);
    if (begin_recorded_combo(app, "##add-actor", "+ actor", width, name + ":add-actor")) {
        for (int e : app.curation.actor_choices) {
            const std::string& entity = app.corpus.entities[e].name;
            if (std::find(actors.begin(), actors.end(), entity) != actors.end()) continue;
            if (ImGui::Selectable(entity.c_str()) && !changed) {
                actors.push_back(entity);
                changed = true;
            }
            record_item(app, name + ":choice:" + entity);
        }
        ImGui::EndCombo();
    }
    return changed;
}

std::string summary_of(const Explorer& app, const core::Event& e) {
    std::string s = event_label(core::event_type_name(e.type));
    s += ", " + (e.date.empty() ? std::string("undated") : e.date);
    for (std::size_t i = 0; i < e.actors.size(); ++i) s += (i ? ", " : ": ") + e.actors[i];
    if (e.doc < app.corpus.documents.size()) s += "  (" + app.corpus.documents[e.doc].title + ")";
    return s;
}

}  // namespace

ImU32 curation_colour(const std::string& status) {
    if (status == "accepted") return IM_COL32(0, 120, 60, 255);
    if (status == "edited") return IM_COL32(0, 90, 181, 255);
    if (status == "added") return IM_COL32(150, 40, 150, 255);
    return IM_COL32(120, 120, 120, 255);
}

void draw_event_curation(Explorer& app, int event, const char* where) {
    if (event < 0 || event >= static_cast<int>(app.corpus.events.size())) return;
    CurationState& c = app.curation;
    // Copies: a step re-applies the curation, and the corpus's events change under the references.
    const core::Event ev = app.corpus.events[event];
    const core::EventRef ref = curated_event_ref(app, event);
    const std::string item = std::string(where) + "-curate";
    const std::string status = event_status(app, event);
    ImGui::PushID(where);

    if (status.empty()) {
        ImGui::TextDisabled("As the extractor found it.");
    } else {
        ImGui::PushStyleColor(ImGuiCol_Text, curation_colour(status));
        ImGui::Text("Curated: %s", status.c_str());
        ImGui::PopStyleColor();
    }
    flow_same_line(button_width("Accept"));
    if (ImGui::Button("Accept")) curate(app, core::accept_step(ref));
    record_item(app, item + ":accept");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The event is right as it stands");
    flow_same_line(button_width("Reject"));
    if (ImGui::Button("Reject")) curate(app, core::reject_step(ref));
    record_item(app, item + ":reject");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Not an event: it leaves the views (Show rejected lists it)");

    flow_same_line(text_width("Type") + app.theme.px(160));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Type");
    ImGui::SameLine();
    int type = static_cast<int>(ev.type);
    if (type_combo(app, type, item + ":type"))
        curate(app, core::type_step(ref, core::event_type_name(static_cast<core::EventType>(type))));

    // The box shows the event's date until the person types; a new selection refills it.
    if (c.date_for != ref) {
        c.date_for = ref;
        std::snprintf(c.date_text, sizeof c.date_text, "%s", ev.date.c_str());
        c.date_error.clear();
    }
    flow_same_line(text_width("Date") + app.theme.px(120) + button_width("Set date"));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Date");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(110));
    const bool entered = ImGui::InputTextWithHint("##date", "YYYY-MM-DD", c.date_text, sizeof c.date_text,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    record_item(app, item + ":date");
    ImGui::SameLine();
    const bool set = ImGui::Button("Set date");
    record_item(app, item + ":set-date");
    if (entered || set) {
        c.date_error = core::curation_date_error(c.date_text);
        if (c.date_error.empty() && ev.date != c.date_text) c.date_error = curate(app, core::date_step(ref, c.date_text));
    }

    std::vector<std::string> actors(ev.actors.begin(), ev.actors.end());
    if (actor_picker(app, actors, item)) curate(app, core::actors_step(ref, actors));
    error_line(app, c.date_for == ref ? c.date_error : std::string());
    ImGui::PopID();
}

void pick_sentence(Explorer& app, int document, uint32_t offset) {
    const core::Document& d = app.corpus.documents[document];
    const auto next = std::upper_bound(d.sentences.begin(), d.sentences.end(), offset,
                                       [](uint32_t o, const core::Sentence& s) { return o < s.begin; });
    if (next == d.sentences.begin()) return;
    const core::Sentence& s = *(next - 1);
    if (offset >= s.end) return;  // between sentences: a blank or a heading gap
    CurationState& c = app.curation;
    c.add_document = document;
    c.add_begin = s.begin;
    c.add_end = s.end;
    c.add_error.clear();
    app.focus_begin = s.begin;
    app.focus_end = s.end;
}

void draw_add_event(Explorer& app) {
    CurationState& c = app.curation;
    if (c.add_document != app.selected_document || c.add_end <= c.add_begin) {
        const EntityEditState& w = app.entity_edit;
        if (w.words_document == app.selected_document && w.words_end > w.words_begin) return;  // naming words instead
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("Click a sentence of the text to add an event from it; drag across words (or double-click one) "
                            "to make them a name.");
        ImGui::PopTextWrapPos();
        return;
    }
    const core::Document& d = app.corpus.documents[c.add_document];
    ImGui::PushID("add-event");
    ImGui::PushTextWrapPos(0);
    const std::string sentence(sentence_text(d, c.add_begin, c.add_end));
    ImGui::TextDisabled("New event from: \"%.120s%s\"", sentence.c_str(), sentence.size() > 120 ? "..." : "");
    ImGui::PopTextWrapPos();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Type");
    ImGui::SameLine();
    type_combo(app, c.add_type, "add:type");
    flow_same_line(text_width("Date") + app.theme.px(120));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Date");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(110));
    ImGui::InputTextWithHint("##add-date", "YYYY-MM-DD", c.add_date, sizeof c.add_date);
    record_item(app, "add:date");
    actor_picker(app, c.add_actors, "add");
    if (ImGui::Button("Add event")) {
        c.add_error = c.add_date[0] ? core::curation_date_error(c.add_date) : std::string();
        const std::string type = core::event_type_name(static_cast<core::EventType>(c.add_type));
        if (c.add_error.empty())
            c.add_error = curate(app, core::add_step(d.id, c.add_begin, c.add_end, type, c.add_date, c.add_actors));
        if (c.add_error.empty()) {
            const core::EventRef added{d.id, type, c.add_begin};
            const int event = core::find_curated_event(app.corpus, c.result, added);
            if (event >= 0) open_event(app, event);
            c.add_document = -1;
            c.add_actors.clear();
            c.add_date[0] = '\0';
        }
    }
    record_item(app, "add:add");
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) c.add_document = -1;
    record_item(app, "add:cancel");
    error_line(app, c.add_error);
    ImGui::PopID();
}

void draw_rejected_events(Explorer& app) {
    const core::CurationResult& r = app.curation.result;
    if (r.rejected.empty()) {
        ImGui::TextDisabled("No rejected events.");
        return;
    }
    ImGui::TextDisabled("Rejected events (%zu): they are out of every view until restored.", r.rejected.size());
    for (std::size_t i = 0; i < r.rejected.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const bool restore = ImGui::SmallButton("Restore");
        record_item(app, "rejected:" + std::to_string(i) + ":restore");
        if (restore) {  // the list changes under the loop: the next frame draws it anew
            const core::EventRef ref = r.rejected_refs[i];
            curate(app, core::restore_step(ref));
            ImGui::PopID();
            break;
        }
        ImGui::SameLine();
        ImGui::TextUnformatted(summary_of(app, r.rejected[i]).c_str());
        ImGui::PopID();
    }
}

void add_curation_state(const Explorer& app, nlohmann::json& s) {
    const CurationState& c = app.curation;
    s["event_status"] = c.result.status;
    nlohmann::json rejected = nlohmann::json::array();
    for (const core::Event& e : c.result.rejected) rejected.push_back(summary_of(app, e));
    nlohmann::json cur;
    cur["steps"] = c.applied;
    cur["total_steps"] = c.curation.steps.size();
    cur["can_undo"] = can_undo_curation(app);
    cur["can_redo"] = can_redo_curation(app);
    cur["curated"] = std::count_if(c.result.status.begin(), c.result.status.end(), [](const std::string& x) { return !x.empty(); });
    cur["rejected"] = std::move(rejected);
    cur["skipped"] = c.result.skipped;
    cur["show_rejected"] = c.show_rejected;
    cur["date_error"] = c.date_error;
    nlohmann::json add;
    add["document"] = c.add_document;
    add["sentence"] = c.add_document >= 0 && c.add_document < static_cast<int>(app.corpus.documents.size())
                          ? std::string(sentence_text(app.corpus.documents[c.add_document], c.add_begin, c.add_end))
                          : std::string();
    add["error"] = c.add_error;
    cur["add"] = std::move(add);
    s["curation"] = std::move(cur);
    if (app.selected_event >= 0 && app.selected_event < static_cast<int>(app.corpus.events.size())) {
        const core::Event& e = app.corpus.events[app.selected_event];
        s["selected_event_info"] = {{"type", core::event_type_name(e.type)}, {"date", e.date}, {"actors", e.actors},
                                    {"status", event_status(app, app.selected_event)}};
    }
}

}  // namespace ui
