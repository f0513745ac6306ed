// [SECTION] Helpers the views share.
#include <imgui.h>

#include <algorithm>

#include "ui/views.h"

namespace ui {

void heading(Explorer& app, const char* text) {
    ImGui::PushFont(app.theme.heading());
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

bool link_button(Explorer& app, const char* label, const char* item_name) {
    const bool pressed = ImGui::Button(label);
    record_item(app, item_name);
    return pressed;
}

bool released_without_drag() {
    const ImGuiIO& io = ImGui::GetIO();
    return io.MouseDragMaxDistanceSqr[0] < io.MouseDragThreshold * io.MouseDragThreshold;
}

void filter_by_entity(Explorer& app, const std::string& name) {
    app.selected_entity = name;
    vm::Filter f = app.filter;
    if (std::find(f.entities.begin(), f.entities.end(), name) == f.entities.end()) f.entities.push_back(name);
    set_filter(app, std::move(f));
}

std::string_view sentence_text(const core::Document& d, uint32_t begin, uint32_t end) {
    return core::document_text(d, begin, end);  // a bundle's document: from its excerpts
}

std::string event_summary(const Explorer& app, int event) {
    const core::Event& e = app.corpus.events[event];
    std::string s = event_label(core::event_type_name(e.type));
    s += ", ";
    s += e.date.empty() ? std::string("undated") : e.date + " (" + core::date_basis_name(e.date_basis) + ")";
    if (!e.actors.empty()) {
        s += ": ";
        for (std::size_t i = 0; i < e.actors.size(); ++i) s += (i ? ", " : "") + e.actors[i];
    }
    if (e.count > 0) s += ", " + std::to_string(e.count);
    if (!e.weapons.empty()) s += " " + e.weapons.front();
    if (!e.name.empty()) s += " [" + e.name + "]";
    return s;
}

}  // namespace ui
