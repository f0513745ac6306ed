// [SECTION] Editing an entity from the reader: rename it, or merge it into another one. Both
// are lexicon extensions (core/lexicon.h): the new or target name takes every way the entity
// was written in this corpus as its aliases, and the corpus is read again, so every view (the
// co-mention matrix too) counts the entity under its new name.
#include <imgui.h>

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "ui/views.h"

namespace ui {
namespace {

// The selected entity's index, looked up once per selection rather than every frame.
int entity_index(Explorer& app) {
    EntityEditState& s = app.entity_edit;
    const std::vector<core::Entity>& all = app.corpus.entities;
    const bool cached = s.index >= 0 && static_cast<std::size_t>(s.index) < all.size() && all[s.index].name == app.selected_entity;
    if (!cached) {
        s.index = -1;
        for (std::size_t i = 0; i < all.size() && s.index < 0; ++i)
            if (all[i].name == app.selected_entity) s.index = static_cast<int>(i);
    }
    return s.index;
}

// The entity's name and every spelling of its mentions in the corpus.
std::vector<std::string> spellings(const Explorer& app, int entity) {
    std::set<std::string> out{app.corpus.entities[entity].name};
    for (const core::Document& d : app.corpus.documents)
        for (const core::EntityMention& m : d.mentions)
            if (static_cast<int>(m.entity) == entity && out.size() < 64) {
                const std::string_view s = core::document_text(d, m.begin, m.end);
                if (!s.empty()) out.emplace(s);
            }
    return {out.begin(), out.end()};
}

void extend_with(Explorer& app, const std::string& name, const char* kind, const std::vector<std::string>& aliases) {
    nlohmann::json entry = {{"name", name}, {"kind", kind}, {"aliases", aliases}};
    if (extend_lexicon_with(app, nlohmann::json::array({entry}).dump())) {
        app.selected_entity = name;
        vm::Filter f = app.filter;
        std::replace(f.entities.begin(), f.entities.end(), app.entity_edit.editing, name);
        app.filter = std::move(f);
        app.entity_edit.editing.clear();
    }
}

}  // namespace

void draw_entity_edit(Explorer& app) {
    if (app.selected_entity.empty()) return;
    const int entity = entity_index(app);
    if (entity < 0) return;
    EntityEditState& s = app.entity_edit;
    const core::Entity& e = app.corpus.entities[entity];
    const bool open = ImGui::CollapsingHeader(("Edit the entity " + e.name + "###edit-entity").c_str());
    record_item(app, "entity:edit");
    if (!open) return;
    if (s.editing != e.name) {
        s.editing = e.name;
        s.rename[0] = '\0';
    }
    ImGui::TextDisabled("%s, %u mentions in %u documents", core::entity_kind_name(e.kind), e.mentions, e.documents);
    const bool busy = import_running(app);
    if (busy) ImGui::BeginDisabled();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Rename to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(180));
    const bool entered = ImGui::InputTextWithHint("##rename", e.name.c_str(), s.rename, sizeof s.rename, ImGuiInputTextFlags_EnterReturnsTrue);
    record_item(app, "entity:rename-text");
    ImGui::SameLine();
    if ((link_button(app, "Rename", "entity:rename") || entered) && s.rename[0] && e.name != s.rename)
        extend_with(app, s.rename, core::entity_kind_name(e.kind), spellings(app, entity));

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Merge into");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(220));
    if (ImGui::BeginCombo("##merge", "another entity...")) {
        record_item(app, "entity:merge-list");
        // Most mentioned first, as everywhere: the entity a spelling belongs to is usually near the top.
        // A corpus may name tens of thousands of entities: only the rows on screen are drawn.
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(app.corpus.entities.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const core::Entity& target = app.corpus.entities[i];
                if (i == entity) {
                    ImGui::TextDisabled("%s (this one)", target.name.c_str());
                    continue;
                }
                // The corpus stays until the rebuild ends, so the rows after this one are still valid.
                if (ImGui::Selectable(target.name.c_str())) {
                    const std::string from = e.name, to = target.name;
                    extend_with(app, to, core::entity_kind_name(target.kind), spellings(app, entity));
                    app.data.note = from + " merged into " + to + "; reading the corpus again.";
                }
                if (ImGui::IsItemVisible()) record_item(app, "merge:" + target.name);
            }
        ImGui::EndCombo();
    }
    record_item(app, "entity:merge");
    if (busy) ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Every spelling of %s in this corpus becomes a name of the other entity; the lexicon export keeps it.",
                        e.name.c_str());
    ImGui::PopTextWrapPos();
    if (!app.data.lexicon_error.empty()) ImGui::TextColored(app.theme.error, "%s", app.data.lexicon_error.c_str());
}

}  // namespace ui
