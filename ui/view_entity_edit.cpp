// [SECTION] Editing an entity from the reader: rename it, merge it into another one, or split
// one of its spellings off into an entity of its own. All are lexicon extensions
// (core/lexicon.h): the new or target name takes the spellings as its aliases (a rename or a
// merge takes every way the entity was written in this corpus), and the corpus is read again,
// so every view (the co-mention matrix too) counts the entity under its new name.
#include <imgui.h>

#include <algorithm>
#include <cctype>
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

void extend_with(Explorer& app, const std::string& name, core::EntityKind kind, const std::vector<std::string>& aliases) {
    if (add_entity_names(app, name, kind, aliases, app.entity_edit.editing)) app.entity_edit.editing.clear();
}

// Whether the builtin or extended lexicon writes `spelling` only with its capitals ("US",
// "the North"): split off or merged, it must stay so, or "us" in the text would match it.
bool keeps_case(const core::Lexicon& lex, const std::string& spelling) {
    if (std::none_of(spelling.begin(), spelling.end(), [](unsigned char c) { return std::islower(c); })) return true;
    for (const core::LexiconEntity& e : lex.entities)
        for (const std::string& a : e.case_aliases)
            if (a == spelling) return true;
    return false;
}

void split_off(Explorer& app, const core::Entity& e, const std::string& spelling) {
    const core::EntityKind kind = app.entity_edit.split_kind < 0 ? e.kind : static_cast<core::EntityKind>(app.entity_edit.split_kind);
    const std::string from = e.name;
    // The entity keeps its name: only the other spelling leaves.
    const std::string keep = app.entity_edit.editing;
    app.entity_edit.editing.clear();
    if (add_entity_names(app, spelling, kind, {spelling}, std::string())) {
        app.data.note = spelling + " split off " + from + " as a " + core::entity_kind_name(kind) + "; reading the corpus again.";
        app.selected_entity = spelling;
    } else {
        app.entity_edit.editing = keep;
    }
}

void draw_split(Explorer& app, int entity) {
    const core::Entity& e = app.corpus.entities[entity];
    std::vector<std::string> others = spellings(app, entity);
    others.erase(std::remove(others.begin(), others.end(), e.name), others.end());
    if (others.empty()) return;  // every mention is written as its name: nothing to split off
    // One line, however many spellings: a list of buttons would push the article out of the reader.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Split off");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(170));
    const std::string* picked = nullptr;
    if (ImGui::BeginCombo("##split", "a spelling...")) {
        record_item(app, "entity:split-list");
        for (const std::string& spelling : others) {
            if (ImGui::Selectable(spelling.c_str())) picked = &spelling;
            if (ImGui::IsItemVisible()) record_item(app, "split:" + spelling);
        }
        ImGui::EndCombo();
    }
    record_item(app, "entity:split");
    ImGui::SameLine();
    ImGui::TextUnformatted("as a");
    ImGui::SameLine();
    int shown = app.entity_edit.split_kind < 0 ? static_cast<int>(e.kind) : app.entity_edit.split_kind;
    if (kind_combo(app, "split-kind", shown)) app.entity_edit.split_kind = shown;
    record_item(app, "entity:split-kind");
    if (picked) split_off(app, e, *picked);
}

}  // namespace

bool kind_combo(Explorer& app, const char* id, int& kind) {
    bool changed = false;
    ImGui::SetNextItemWidth(app.theme.px(130));
    if (ImGui::BeginCombo((std::string("##") + id).c_str(), core::entity_kind_name(static_cast<core::EntityKind>(kind)))) {
        for (int k = 0; k < core::kEntityKinds; ++k) {
            const char* name = core::entity_kind_name(static_cast<core::EntityKind>(k));
            if (ImGui::Selectable(name, k == kind)) kind = k, changed = true;
            record_item(app, std::string(id) + ":" + name);
        }
        ImGui::EndCombo();
    }
    return changed;
}

int entity_combo(Explorer& app, const char* id, const char* preview, int excluded) {
    int picked = -1;
    ImGui::SetNextItemWidth(app.theme.px(220));
    if (ImGui::BeginCombo((std::string("##") + id).c_str(), preview)) {
        record_item(app, std::string(id) + "-list");
        // Most mentioned first, as everywhere: the entity wanted is usually near the top.
        // A corpus may name tens of thousands of entities: only the rows on screen are drawn.
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(app.corpus.entities.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const core::Entity& e = app.corpus.entities[i];
                if (i == excluded) {
                    ImGui::TextDisabled("%s (this one)", e.name.c_str());
                    continue;
                }
                if (ImGui::Selectable(e.name.c_str())) picked = i;
                if (ImGui::IsItemVisible()) record_item(app, std::string(id) + ":" + e.name);
            }
        ImGui::EndCombo();
    }
    return picked;
}

bool add_entity_names(Explorer& app, const std::string& name, core::EntityKind kind, const std::vector<std::string>& spellings,
                      const std::string& replaces) {
    const core::Lexicon& lex = app.data.lexicon ? *app.data.lexicon : core::Lexicon::builtin();
    nlohmann::json aliases = nlohmann::json::array(), case_aliases = nlohmann::json::array();
    for (const std::string& s : spellings) (keeps_case(lex, s) ? case_aliases : aliases).push_back(s);
    nlohmann::json entry = {{"name", name}, {"kind", core::entity_kind_name(kind)}, {"aliases", aliases}};
    if (!case_aliases.empty()) entry["case_aliases"] = case_aliases;
    // An existing entity keeps its kind: naming another one would be refused.
    const int32_t known = lex.find_entity(name);
    if (known >= 0) entry.erase("kind");
    if (!extend_lexicon_with(app, nlohmann::json::array({entry}).dump())) return false;
    app.selected_entity = name;
    if (!replaces.empty()) {
        vm::Filter f = app.filter;
        std::replace(f.entities.begin(), f.entities.end(), replaces, name);
        app.filter = std::move(f);
    }
    return true;
}

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
        extend_with(app, s.rename, e.kind, spellings(app, entity));

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Merge into");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(220));
    const int target = entity_combo(app, "merge", "another entity...", entity);
    if (target >= 0) {
        const core::Entity& into = app.corpus.entities[target];
        const std::string from = e.name, to = into.name;
        extend_with(app, to, into.kind, spellings(app, entity));
        app.data.note = from + " merged into " + to + "; reading the corpus again.";
    }
    record_item(app, "entity:merge");
    draw_split(app, entity);
    if (busy) ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("Every spelling of %s in this corpus becomes a name of the other entity; the lexicon export keeps it.",
                        e.name.c_str());
    ImGui::PopTextWrapPos();
    if (!app.data.lexicon_error.empty()) ImGui::TextColored(app.theme.error, "%s", app.data.lexicon_error.c_str());
}

}  // namespace ui
