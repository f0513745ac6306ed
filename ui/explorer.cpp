#include "ui/explorer.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "core/embedded.h"

namespace ui {
namespace {

constexpr float kBodySize = 17.0f;     // logical pixels; readable from the back of a classroom
constexpr float kHeadingSize = 24.0f;

ImFont* add_embedded_font(const char* file_name, float size_pixels) {
    for (const embedded::File& f : embedded::fonts()) {
        if (f.name != file_name) continue;
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
        config.OversampleH = 2;
        static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x20AC, 0x20AC, 0xFFFD, 0xFFFD, 0};
        return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<char*>(f.bytes.data()),
                                                           static_cast<int>(f.bytes.size()), size_pixels,
                                                           &config, ranges);
    }
    return nullptr;
}

void record_item(Explorer& app, std::string name, ImVec2 min, ImVec2 max) {
    const float s = app.pixel_scale;
    app.item_rects.push_back({std::move(name), min.x / s, min.y / s, (max.x - min.x) / s, (max.y - min.y) / s});
}

void draw_document_list(Explorer& app) {
    ImGui::TextDisabled("%zu documents", app.corpus.documents.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("documents", 3, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 5.0f);
    ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("2024-02-24").x);
    ImGui::TableSetupColumn("Words", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("00000").x);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(app.corpus.documents.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::Document& d = app.corpus.documents[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(i);
            if (ImGui::Selectable(d.title.empty() ? d.id.c_str() : d.title.c_str(), app.selected_document == i,
                                  ImGuiSelectableFlags_SpanAllColumns))
                app.selected_document = i;
            record_item(app, "doc:" + std::to_string(i), ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d.file.c_str());
            ImGui::PopID();
            ImGui::TableNextColumn();
            if (d.published.empty()) ImGui::TextDisabled("-");
            else ImGui::TextUnformatted(d.published.c_str());
            ImGui::TableNextColumn();
            ImGui::Text("%zu", d.words);
        }
    }
    ImGui::EndTable();
}

void draw_reader(Explorer& app) {
    if (app.selected_document < 0 || app.selected_document >= static_cast<int>(app.corpus.documents.size())) {
        ImGui::TextDisabled("Pick a document on the left to read it.");
        return;
    }
    const core::Document& d = app.corpus.documents[app.selected_document];
    ImGui::PushFont(app.font_heading);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(d.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    if (d.published.empty()) ImGui::TextDisabled("date unknown  |  %zu words", d.words);
    else ImGui::TextDisabled("%s (from %s)  |  %zu words", d.published.c_str(),
                             core::date_basis_name(d.published_basis), d.words);
    ImGui::Separator();
    ImGui::BeginChild("reader-text", ImVec2(0, 0), false);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(d.text.c_str(), d.text.c_str() + d.text.size());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
}

}  // namespace

void load_corpus(Explorer& app, core::Corpus corpus) {
    app.corpus = std::move(corpus);
    app.selected_document = app.corpus.documents.empty() ? -1 : 0;
}

void setup_fonts_and_style(Explorer& app, float pixel_scale) {
    app.pixel_scale = pixel_scale > 0 ? pixel_scale : 1.0f;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    app.font_body = add_embedded_font("Roboto-Regular.ttf", kBodySize * app.pixel_scale);
    app.font_heading = add_embedded_font("Roboto-Bold.ttf", kHeadingSize * app.pixel_scale);
    if (!app.font_body) app.font_body = io.Fonts->AddFontDefault();
    if (!app.font_heading) app.font_heading = app.font_body;
    io.FontDefault = app.font_body;

    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0.0f;
    style.FrameRounding = 4.0f;
    style.CellPadding = ImVec2(8, 6);
    style.ItemSpacing = ImVec2(10, 8);
    style.ScaleAllSizes(app.pixel_scale);
}

void draw_explorer(Explorer& app) {
    app.item_rects.clear();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::Begin("Corpus Explorer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PushFont(app.font_heading);
    ImGui::TextUnformatted(app.corpus.title.empty() ? "Corpus Explorer" : app.corpus.title.c_str());
    ImGui::PopFont();

    const float list_width = ImGui::GetContentRegionAvail().x * 0.42f;
    ImGui::BeginChild("document-list", ImVec2(list_width, 0), true);
    draw_document_list(app);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("reader", ImVec2(0, 0), true);
    draw_reader(app);
    ImGui::EndChild();
    ImGui::End();
    ++app.frame;
}

std::string state_json(const Explorer& app) {
    nlohmann::json s;
    s["documents"] = app.corpus.documents.size();
    nlohmann::json titles = nlohmann::json::array();
    for (const core::Document& d : app.corpus.documents) titles.push_back(d.title);
    s["titles"] = std::move(titles);
    s["view"] = app.view;
    s["frame"] = app.frame;
    s["selected"] = app.selected_document;
    s["selected_id"] = app.selected_document >= 0 ? app.corpus.documents[app.selected_document].id : "";
    s["pixel_scale"] = app.pixel_scale;
    nlohmann::json items = nlohmann::json::object();
    for (const ItemRect& r : app.item_rects) items[r.name] = {r.x, r.y, r.w, r.h};
    s["items"] = std::move(items);
    return s.dump();
}

}  // namespace ui
