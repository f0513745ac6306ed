// [SECTION] Documents: every article with its date and how the date is known; sortable, filterable.
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

bool contains_folded(std::string_view hay, std::string_view needle) {
    if (needle.empty()) return true;
    auto it = std::search(hay.begin(), hay.end(), needle.begin(), needle.end(), [](char a, char b) {
        return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
    });
    return it != hay.end();
}

// Rows: documents matching the text box and the shared filter (a document filter keeps one row;
// other filters keep documents that hold a passing event).
void rebuild_rows(Explorer& app) {
    DocumentListState& s = app.documents;
    const core::Corpus& c = app.corpus;
    std::vector<uint8_t> has_passing(c.documents.size(), 0);
    for (std::size_t e = 0; e < c.events.size(); ++e)
        if (app.event_passes[e]) has_passing[c.events[e].doc] = 1;
    const bool filtered = !vm::filter_empty(app.filter);
    s.order.clear();
    for (int i = 0; i < static_cast<int>(c.documents.size()); ++i) {
        const core::Document& d = c.documents[i];
        if (filtered && !has_passing[i]) continue;
        if (!contains_folded(d.title, s.filter_text) && !contains_folded(d.id, s.filter_text)) continue;
        s.order.push_back(i);
    }
    auto key_less = [&](int a, int b) {
        const core::Document &x = c.documents[a], &y = c.documents[b];
        switch (s.sort_column) {
            case 0: return x.title < y.title;
            case 1: return x.published < y.published;
            case 2: return static_cast<int>(x.published_basis) < static_cast<int>(y.published_basis);
            case 3: return x.words < y.words;
            default: return x.events.size() < y.events.size();
        }
    };
    std::stable_sort(s.order.begin(), s.order.end(), [&](int a, int b) { return s.ascending ? key_less(a, b) : key_less(b, a); });
    s.dirty = false;
}

}  // namespace

void draw_document_list(Explorer& app) {
    DocumentListState& s = app.documents;
    ImGui::SetNextItemWidth(std::min(app.theme.px(260), ImGui::GetContentRegionAvail().x));
    if (ImGui::InputTextWithHint("##doc-filter", "Filter by title or id", s.filter_text, sizeof s.filter_text)) s.dirty = true;
    record_item(app, "documents:filter");
    if (s.dirty) rebuild_rows(app);
    char shown[64];
    std::snprintf(shown, sizeof shown, "%zu of %zu documents", s.order.size(), app.corpus.documents.size());
    flow_same_line(text_width(shown));
    ImGui::TextDisabled("%s", shown);

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    // One column (a phone): title, date and events; the basis and word count need the room.
    const bool narrow = one_column(app);
    if (!ImGui::BeginTable("documents", narrow ? 3 : 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 6.0f);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort,
                            ImGui::CalcTextSize("2024-02-24").x);
    if (!narrow) {
        ImGui::TableSetupColumn("Known from", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Known from").x);
        ImGui::TableSetupColumn("Words", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Words0").x);
    }
    // Room for the header's sort arrow beside its name.
    ImGui::TableSetupColumn("Events", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Events").x + ImGui::GetFontSize());
    ImGui::TableHeadersRow();
    if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsDirty && sort->SpecsCount > 0) {
        // Columns 0 title, 1 date, 2 basis, 3 words, 4 events; the narrow table has 0, 1 and events.
        s.sort_column = narrow && sort->Specs[0].ColumnIndex == 2 ? 4 : sort->Specs[0].ColumnIndex;
        s.ascending = sort->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
        sort->SpecsDirty = false;
        rebuild_rows(app);
    }
    // One column: a title wraps to three lines in rows all of one height (as the clipper needs).
    const int title_lines = narrow ? 3 : 1;
    const float row_h = std::max(row_height(app), ImGui::GetFontSize() * static_cast<float>(title_lines));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(s.order.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const int i = s.order[row];
            const core::Document& d = app.corpus.documents[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            const char* title = d.title.empty() ? d.id.c_str() : d.title.c_str();
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float title_w = ImGui::GetContentRegionAvail().x;
            if (ImGui::Selectable(narrow ? "##doc" : title, app.selected_document == i, ImGuiSelectableFlags_SpanAllColumns,
                                  ImVec2(0, narrow ? row_h : row_height(app))))
                open_document(app, i);
            if (narrow)
                draw_text_lines(ImGui::GetWindowDrawList(), at, title_w, title, title_lines, ImGui::GetColorU32(ImGuiCol_Text));
            record_item(app, "doc:" + std::to_string(i));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%s", d.title.c_str(), d.file.c_str());
            ImGui::PopID();
            ImGui::TableNextColumn();
            if (d.published.empty()) ImGui::TextDisabled("unknown");
            else ImGui::TextUnformatted(d.published.c_str());
            if (!narrow) {
                ImGui::TableNextColumn();
                if (d.published_basis == core::DateBasis::inferred) {
                    ImGui::TextUnformatted("inferred");
                    if (ImGui::IsItemHovered())
                        ImGui::SetTooltip("Dated from %s, which dates the same events", d.published_from.c_str());
                } else if (d.published_basis != core::DateBasis::unknown) {
                    ImGui::TextUnformatted(core::date_basis_name(d.published_basis));
                }
                ImGui::TableNextColumn();
                ImGui::Text("%zu", d.words);
            }
            ImGui::TableNextColumn();
            ImGui::Text("%zu", d.events.size());
        }
    }
    ImGui::EndTable();
}

}  // namespace ui
