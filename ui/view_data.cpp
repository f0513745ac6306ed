// [SECTION] Data: bring your own articles (files, folders, drops), the import report,
// exports of what the corpus found, and lexicon extension. The work is in ui/data.cpp.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

void draw_import(Explorer& app) {
    DataState& d = app.data;
    heading(app, "Bring your own articles");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(
        "Formats: .txt (one article a file, with an optional manifest.json), .csv (a header row and a text, body, "
        "content or article column; title, date, source optional), .json (an array of articles, or a manifest), "
        ".jsonl (one article a line). Everything stays in this %s: nothing is uploaded.",
        app.platform.pick_files ? "browser tab" : "program");
    ImGui::PopTextWrapPos();

    if (ImGui::RadioButton("Replace the corpus", d.replace)) d.replace = true;
    record_item(app, "data:replace");
    flow_same_line(checkbox_width("Add to the corpus"));
    if (ImGui::RadioButton("Add to the corpus", !d.replace)) d.replace = false;
    record_item(app, "data:add");

    const bool busy = import_running(app);
    if (busy) ImGui::BeginDisabled();
    if (app.platform.pick_files) {
        if (link_button(app, "Add files...", "data:files")) app.platform.pick_files(false);
        flow_same_line(button_width("Open a folder..."));
        if (link_button(app, "Open a folder...", "data:folder")) app.platform.pick_files(true);
        flow_same_line(button_width("Back to the example corpus"));
    }
    if (link_button(app, "Back to the example corpus", "data:example")) load_example_corpus(app);
    if (busy) ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0);
    if (app.platform.pick_files) ImGui::TextDisabled("Or drop files and folders anywhere on the page.");
    else ImGui::TextDisabled("To read other articles, start the program with them: corpus-explorer FILE_OR_FOLDER...");
    ImGui::PopTextWrapPos();

    if (d.builder) {
        const std::size_t done = d.builder->done(), total = d.builder->total();
        char overlay[64];
        std::snprintf(overlay, sizeof overlay, "%zu / %zu documents", done, total);
        ImGui::ProgressBar(total ? static_cast<float>(done) / static_cast<float>(total) : 0.0f, ImVec2(-1, 0), overlay);
        record_item(app, "data:progress");
    }
    if (!d.note.empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(d.note.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!d.session_note.empty() && d.session_note != d.note) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(d.session_note.c_str());
        ImGui::PopTextWrapPos();
    }
    if (app.platform.forget_session && d.session_kept) {
        if (busy) ImGui::BeginDisabled();
        if (link_button(app, "Forget this corpus", "data:forget")) forget_session(app);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Delete the corpus and curation kept in this browser");
        if (busy) ImGui::EndDisabled();
    }

    ImGui::Spacing();
    ImGui::Text("Import report: %zu message%s", d.messages.size(), d.messages.size() == 1 ? "" : "s");
    if (d.messages.empty()) {
        ImGui::TextDisabled("Every file was read without a problem.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    const float height = ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(std::min<std::size_t>(d.messages.size() + 1, 9));
    if (!ImGui::BeginTable("import-report", 3, flags, ImVec2(0, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("File", ImGuiTableColumnFlags_WidthStretch, 0.3f);
    ImGui::TableSetupColumn("Row", ImGuiTableColumnFlags_WidthFixed, app.theme.px(50));
    ImGui::TableSetupColumn("Reason", ImGuiTableColumnFlags_WidthStretch, 0.7f);
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(d.messages.size()));
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const core::LoadMessage& m = d.messages[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.file.c_str());
            ImGui::TableNextColumn();
            if (m.row) ImGui::Text("%zu", m.row);
            ImGui::TableNextColumn();
            ImGui::PushTextWrapPos(0);
            ImGui::TextUnformatted(m.reason.c_str());
            ImGui::PopTextWrapPos();
        }
    ImGui::EndTable();
}

void draw_exports(Explorer& app) {
    heading(app, "Take results out");
    struct Export {
        const char* label;
        const char* file;
        const char* item;
        const char* hint;
    };
    static const Export exports[] = {
        {"Events CSV", "events.csv", "export:events-csv", "One row per event, for a spreadsheet"},
        {"Events JSON", "events.json", "export:events-json", "The events in the CLI's JSON schema"},
        {"Co-mentions CSV", "comentions.csv", "export:comentions-csv", "Entity pairs and how often they are named together"},
        {"Corpus JSONL", "corpus.jsonl", "export:corpus-jsonl", "Every article with its metadata; loads back"},
        {"manifest.json", "manifest.json", "export:manifest", "Titles and dates (including dates set here); loads back beside the .txt files"},
        {"Lexicon JSON", "lexicon.json", "export:lexicon", "The lexicon with your additions"},
        {"Events gold", "events-gold.json", "export:events-gold",
         "The events as a gold file (events-gold/1): curated ones marked, rejected ones left out"},
        {"Curation JSON", "curation.json", "export:curation", "Your accept, reject, edit and add steps, to keep"},
    };
    for (const Export& e : exports) {
        if (&e != exports) flow_same_line(button_width(e.label));
        if (link_button(app, e.label, e.item)) export_file(app, e.file);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", e.hint);
    }
    ImGui::PushTextWrapPos(0);
    if (app.platform.save_folder.empty())
        ImGui::TextDisabled("Files arrive in the browser's downloads. \"Save PNG\" at the top saves a picture of the view on screen.");
    else
        ImGui::TextDisabled("Files are written to %s. \"Save PNG\" at the top saves a picture of the view on screen.",
                            app.platform.save_folder.c_str());
    ImGui::PopTextWrapPos();
}

void draw_lexicon(Explorer& app) {
    DataState& d = app.data;
    heading(app, "Extend the lexicon");
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled(
        "Paste entities as JSON, or drop a .json file with an \"entities\" list. For example:\n"
        "[{\"name\": \"Acme Corp\", \"kind\": \"organization\", \"aliases\": [\"Acme\"]}, "
        "{\"name\": \"North Korea\", \"aliases\": [\"the Kim state\"]}]\n"
        "Kinds: country, person, organization, place, weapon, operation. The corpus is read again.");
    ImGui::PopTextWrapPos();
    ImGui::InputTextMultiline("##lexicon", d.lexicon_text, sizeof d.lexicon_text,
                              ImVec2(-1, ImGui::GetTextLineHeight() * 6));
    record_item(app, "data:lexicon-text");
    const bool busy = import_running(app);
    if (busy) ImGui::BeginDisabled();
    if (link_button(app, "Add to the lexicon", "data:lexicon-apply")) extend_lexicon_with(app, d.lexicon_text);
    if (busy) ImGui::EndDisabled();
    if (!d.lexicon_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, app.theme.error);
        ImGui::PushTextWrapPos(0);
        ImGui::Text("Not added: %s", d.lexicon_error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
}

}  // namespace

void draw_data(Explorer& app) {
    draw_import(app);
    ImGui::Separator();
    draw_exports(app);
    ImGui::Separator();
    draw_lexicon(app);
}

// The reader's box for a document with no known date (ui/view_reader.cpp calls it).
void draw_set_date(Explorer& app, int document) {
    DataState& d = app.data;
    if (d.date_document != document) {
        d.date_document = document;
        d.date_text[0] = '\0';
        d.date_error.clear();
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Undated. Set date:");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(120));
    const bool entered = ImGui::InputTextWithHint("##set-date", "YYYY-MM-DD", d.date_text, sizeof d.date_text,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    record_item(app, "reader:date-text");
    ImGui::SameLine();
    const bool busy = import_running(app);
    if (busy) ImGui::BeginDisabled();
    const bool apply = link_button(app, "Apply", "reader:date-apply");
    if (busy) ImGui::EndDisabled();
    if ((entered || apply) && !busy) set_document_date(app, document, d.date_text);
    if (!d.date_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, app.theme.error);
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(d.date_error.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
    }
}

}  // namespace ui
