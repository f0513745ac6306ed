#include "ui/explorer.h"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui/keyboard.h"
#include "ui/models/calendar.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

struct ViewTab {
    View view;
    const char* name;
    const char* label;
    const char* hint;
};

const ViewTab kTabs[] = {
    {View::overview, "overview", "Overview", "What this corpus is about, at a glance"},
    {View::timeline, "timeline", "Timeline", "Events on a time axis: wheel zooms, drag pans, double-click fits"},
    {View::comentions, "comentions", "Co-mentions", "Who is mentioned with whom: matrix and network"},
    {View::documents, "documents", "Documents", "All articles: sort, filter, open"},
    {View::search, "search", "Search", "Find a word or phrase in every article"},
    {View::data, "data", "Data", "Load your own articles, see the import report, export results, extend the lexicon"},
    {View::quality, "quality", "Quality", "Score the events found here against a gold file"},
};

// names: sized for every event's entities beforehand, so the spans taken into it stay valid.
vm::EventKey event_key(const core::Corpus& corpus, const core::Event& e, std::vector<std::string_view>& names) {
    vm::EventKey key;
    key.type = core::event_type_name(e.type);
    key.document = static_cast<int>(e.doc);
    key.dated = !e.date.empty() && vm::parse_iso_day(e.date, key.first, key.last);
    const std::size_t at = names.size();
    for (uint32_t entity : e.entities) names.push_back(corpus.entities[entity].name);
    key.entities = {names.data() + at, e.entities.size()};
    return key;
}

void draw_filter_chips(Explorer& app) {
    const std::vector<std::string> chips = vm::filter_chips(app.filter);
    if (chips.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("No filter: showing all %zu events. Click an entity, type, document or time range to filter.",
                            app.corpus.events.size());
        ImGui::PopTextWrapPos();
        return;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Filter:");
    for (std::size_t i = 0; i < chips.size(); ++i) {
        const std::string label = chips[i] + "  x";
        flow_same_line(button_width(label.c_str()));
        ImGui::PushID(static_cast<int>(i));
        if (ImGui::Button(label.c_str())) {
            vm::Filter f = app.filter;
            vm::remove_chip(f, i);
            set_filter(app, std::move(f));
        }
        record_item(app, "chip:" + std::to_string(i));
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this filter");
        ImGui::PopID();
    }
    flow_same_line(button_width("Clear all (Esc)"));
    if (ImGui::Button("Clear all (Esc)")) clear_filter(app);
    record_item(app, "chip:clear");
    char shown[64];
    std::snprintf(shown, sizeof shown, "%zu of %zu events", app.passing_events, app.corpus.events.size());
    flow_same_line(text_width(shown));
    ImGui::TextDisabled("%s", shown);
}

void draw_top_bar(Explorer& app) {
    draw_title(app);
    // The tabs and the buttons after them wrap onto more lines when the window is narrow.
    for (const ViewTab& tab : kTabs) {
        if (&tab != kTabs) flow_same_line(button_width(tab.label));
        const bool active = app.view == tab.view;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(tab.label)) app.view = tab.view;
        if (active) ImGui::PopStyleColor();
        record_item(app, std::string("tab:") + tab.name);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tab.hint);
    }
    flow_same_line(checkbox_width("Classroom mode"), app.theme.px(30));
    bool classroom = app.theme.classroom;
    if (ImGui::Checkbox("Classroom mode", &classroom)) apply_look(app.theme, classroom);
    record_item(app, "classroom");
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Large type and high contrast for a projector.\nOn the timeline, Left/Right step through the events.\nF: full screen.");
    flow_same_line(button_width("Save PNG"));
    if (ImGui::Button("Save PNG")) app.capture_png = std::string("corpus-explorer-") + view_name(app.view) + ".png";
    record_item(app, "save-png");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Save a picture of the view on screen");
    flow_same_line(button_width("?"));
    if (ImGui::Button("?")) app.show_help = !app.show_help;
    record_item(app, "help");
    if (!app.share_note.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.62f, 0.32f, 0.0f, 1.0f));
        ImGui::TextUnformatted(app.share_note.c_str());
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::SmallButton("OK")) app.share_note.clear();
        record_item(app, "share-note:ok");
    }
    if (import_running(app) && app.data.builder) {
        ImGui::TextDisabled("Loading: %zu / %zu documents...", app.data.builder->done(), app.data.builder->total());
        ImGui::SameLine();
    }
    if (app.data.opening) ImGui::TextDisabled("Opening the corpus...");
    else draw_filter_chips(app);
}

void draw_help(Explorer& app) {
    if (!app.show_help) return;
    ImGui::SetNextWindowSize(ImVec2(std::min(app.theme.px(560), ImGui::GetMainViewport()->WorkSize.x * 0.94f), 0),
                             ImGuiCond_Always);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("How to use Corpus Explorer", &app.show_help,
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(
            "The core read every article and found entities (countries, people, places, weapons), dates "
            "and events (missile launches, drills, deployments, meetings, sanctions...).\n\n"
            "- Overview: the corpus at a glance.\n"
            "- Timeline: mouse wheel zooms, drag pans, double-click fits all, Shift+drag picks a time range. "
            "Hover an event for its evidence, click it to read it.\n"
            "- Co-mentions: who is named with whom. Click a cell or an edge to list the sentences.\n"
            "- Documents and Search: open any article in the reader on the right.\n"
            "- Data: load your own articles (or drop them on the page), see what could not be read, "
            "export events, co-mentions, the corpus and the lexicon, add names to the lexicon. "
            "An undated article can be given a date in the reader.\n"
            "- Curation: the selected event can be accepted, rejected, retyped, redated and given other actors "
            "(in the reader, and under the timeline); click a sentence in the reader to add an event from it. "
            "Ctrl+Z undoes a step, Ctrl+Y redoes it.\n\n"
            "Every click on an entity, a type, a document or a range filters all views at once; "
            "the filter shows as chips under the tabs. Esc clears it.\n"
            "Classroom mode: large type, and Left/Right step through the events in time order. F: full screen.\n\n"
            "Touch: tap to open, hold for the details, drag to pan or scroll, pinch the timeline to zoom, "
            "two fingers move the network.\n"
            "Keyboard: Tab and Shift+Tab move between controls, Enter presses; on the timeline's plot "
            "Left/Right step through the events and Enter opens one.");
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
}

void handle_keys(Explorer& app) {
    std::vector<Key> keys;
    keys.swap(app.pending_keys);
    keys = take_focus_keys(app, std::move(keys));  // Tab, Enter, F, and arrows for a focused plot
    if (ImGui::GetIO().WantTextInput) return;  // typing in a box: arrows move the caret
    for (Key key : keys) {
        if (key == Key::undo) {
            undo_curation(app);
        } else if (key == Key::redo) {
            redo_curation(app);
        } else if (key == Key::escape) {
            if (app.show_help) app.show_help = false;
            else if (!close_reader_sheet(app)) clear_filter(app);
        } else if (app.theme.classroom || app.view == View::timeline) {
            step_classroom(app, key == Key::right ? +1 : -1);
        }
    }
}

}  // namespace

const char* view_name(View view) {
    for (const ViewTab& tab : kTabs)
        if (tab.view == view) return tab.name;
    return "overview";
}

const char* view_label(View view) {
    for (const ViewTab& tab : kTabs)
        if (tab.view == view) return tab.label;
    return "Overview";
}

bool view_from_name(const std::string& name, View& view) {
    for (const ViewTab& tab : kTabs)
        if (name == tab.name) {
            view = tab.view;
            return true;
        }
    return false;
}

void record_item(Explorer& app, std::string name) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const float s = app.theme.pixel_scale;
    app.item_rects.push_back({std::move(name), min.x / s, min.y / s, (max.x - min.x) / s, (max.y - min.y) / s});
    note_item_for_keyboard(app);
}

void refresh_events(Explorer& app) {
    app.event_keys.clear();
    app.event_keys.reserve(app.corpus.events.size());
    std::size_t names = 0;
    for (const core::Event& e : app.corpus.events) names += e.entities.size();
    app.event_key_entities.clear();
    app.event_key_entities.reserve(names);
    for (const core::Event& e : app.corpus.events) app.event_keys.push_back(event_key(app.corpus, e, app.event_key_entities));
    build_overview(app);
    set_filter(app, app.filter);
    app.reader.document = -1;  // its spans index the events
    rescore(app);  // the gold is scored against the events now in effect
}

void load_corpus(Explorer& app, core::Corpus corpus) {
    app.event_keys.clear();  // they view the names of the corpus being replaced
    app.corpus = std::move(corpus);
    curation_at_load(app);  // a rebuild keeps the person's corrections
    app.selected_event = -1;
    app.selected_entity.clear();
    const LaneGrouping grouping = app.timeline.grouping;  // a setting, not part of the corpus
    app.timeline = TimelineState();
    app.timeline.grouping = grouping;
    app.comentions = ComentionState();
    app.search = SearchState();
    app.documents = DocumentListState();
    app.filter = vm::Filter();
    refresh_events(app);
    open_document(app, app.corpus.documents.empty() ? -1 : 0);
}

void set_filter(Explorer& app, vm::Filter filter) {
    app.filter = std::move(filter);
    app.event_passes.assign(app.event_keys.size(), 0);
    app.passing_events = 0;
    for (std::size_t i = 0; i < app.event_keys.size(); ++i)
        if (vm::event_passes(app.filter, app.event_keys[i])) {
            app.event_passes[i] = 1;
            ++app.passing_events;
        }
    app.timeline.dirty = true;
    app.comentions.dirty = true;
    app.documents.dirty = true;
}

void clear_filter(Explorer& app) {
    set_filter(app, vm::Filter());
    app.selected_entity.clear();
}

void open_document(Explorer& app, int document, std::size_t focus_begin, std::size_t focus_end) {
    app.selected_document = document;
    ++app.screen.document_opens;
    app.focus_begin = focus_begin;
    app.focus_end = focus_end;
    app.scroll_to_focus = true;
}

void open_event(Explorer& app, int event) {
    if (event < 0 || event >= static_cast<int>(app.corpus.events.size())) return;
    app.selected_event = event;
    const core::Event& e = app.corpus.events[event];
    open_document(app, static_cast<int>(e.doc), e.main.begin, e.main.end);
}

void draw_explorer(Explorer& app) {
    app.item_rects.clear();
    app.tooltip.clear();
    begin_screen_frame(app);
    ImGui::PushFont(app.theme.body());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    if (!app.platform.imports_between_frames) step_import(app);
    ImGui::Begin("Corpus Explorer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    handle_keys(app);
    if (reader_sheet_shown(app)) {
        draw_reader_sheet(app);  // one column: the reader covers the view until Back
        ImGui::End();
        draw_help(app);
        end_keyboard_frame(app);
        ImGui::PopFont();
        ++app.frame;
        return;
    }
    draw_top_bar(app);

    const bool full_width = app.view == View::overview || app.view == View::data || one_column(app);
    const float reader_width = full_width ? 0.0f : ImGui::GetContentRegionAvail().x * app.screen.layout.reader_fraction;
    const int opens = app.screen.document_opens;
    const float view_width = ImGui::GetContentRegionAvail().x - reader_width -
                             (reader_width > 0 ? ImGui::GetStyle().ItemSpacing.x : 0.0f);
    // A child window per view: each keeps its own scroll position and scrollbar.
    // One column: what is wider than a phone (the co-mention matrix, search hits) scrolls sideways.
    // Only there: a window that may scroll sideways lets its rows reach under the vertical
    // scrollbar, which would make every view a little wider than the phone.
    const bool sideways = one_column(app) && (app.view == View::comentions || app.view == View::search);
    ImGui::BeginChild(view_name(app.view), ImVec2(view_width, 0), true, sideways ? ImGuiWindowFlags_HorizontalScrollbar : 0);
    if (!app.data.opening) switch (app.view) {
        case View::overview: draw_overview(app); break;
        case View::timeline: draw_timeline(app); break;
        case View::comentions: draw_comentions(app); break;
        case View::documents: draw_document_list(app); break;
        case View::search: draw_search(app); break;
        case View::data: draw_data(app); break;
        case View::quality: draw_quality(app); break;
    }
    ImGui::EndChild();
    // One column: what the view opened (an event, a document, a hit) shows in the reader sheet.
    if (one_column(app) && app.screen.document_opens != opens) app.screen.reader_sheet = true;
    if (reader_width > 0) {
        ImGui::SameLine();
        ImGui::BeginChild("reader", ImVec2(0, 0), true);
        draw_reader(app);
        ImGui::EndChild();
    }
    ImGui::End();
    draw_help(app);
    end_keyboard_frame(app);
    ImGui::PopFont();
    ++app.frame;
}

bool wants_redraw(const Explorer& app) {
    return app.comentions.layout_running || !app.pending_keys.empty() || app.data.builder != nullptr ||
           input_pending(app);
}

void key_pressed(Explorer& app, Key key) { app.pending_keys.push_back(key); }

std::string state_json(const Explorer& app) {
    nlohmann::json s;
    const core::Corpus& c = app.corpus;
    s["documents"] = c.documents.size();
    nlohmann::json titles = nlohmann::json::array();
    for (const core::Document& d : c.documents) titles.push_back(d.title);
    s["titles"] = std::move(titles);
    s["view"] = view_name(app.view);
    s["frame"] = app.frame;
    s["classroom"] = app.theme.classroom;
    s["events"] = c.events.size();
    s["entities"] = c.entities.size();
    s["selected"] = app.selected_document;
    s["selected_id"] = app.selected_document >= 0 ? c.documents[app.selected_document].id : "";
    s["selected_event"] = app.selected_event;
    s["selected_entity"] = app.selected_entity;
    s["copied"] = app.copied;
    s["reader_full_text"] = app.selected_document >= 0 && !c.documents[app.selected_document].text.empty();
    if (app.selected_document >= 0 && app.focus_end > app.focus_begin)
        s["reader_sentence"] = std::string(sentence_text(c.documents[app.selected_document],
                                                         static_cast<uint32_t>(app.focus_begin),
                                                         static_cast<uint32_t>(app.focus_end)));
    nlohmann::json filter;
    filter["chips"] = vm::filter_chips(app.filter);
    filter["entities"] = app.filter.entities;
    filter["types"] = app.filter.types;
    filter["document"] = app.filter.document;
    if (app.filter.has_range) filter["range"] = {vm::format_day(app.filter.from), vm::format_day(app.filter.to)};
    s["filter"] = std::move(filter);
    s["passing_events"] = app.passing_events;
    s["overview_dated"] = app.overview.dated;
    const TimelineState& t = app.timeline;
    s["visible_events"] = vm::count_visible(t.index, t.first_day, t.last_day);
    s["undated_events"] = t.undated.size();
    s["time_range"] = {vm::format_day(static_cast<vm::Day>(t.first_day)),
                       vm::format_day(static_cast<vm::Day>(t.last_day))};
    s["time_span_days"] = t.last_day - t.first_day;
    s["lanes"] = t.lane_names;
    s["classroom_step"] = t.classroom_step;
    s["tooltip"] = app.tooltip;
    s["typing"] = ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().WantTextInput;  // a text box has the keyboard
    const ComentionState& m = app.comentions;
    s["comention_window"] = m.window == CoMentionWindow::sentence    ? "sentence"
                            : m.window == CoMentionWindow::paragraph ? "paragraph"
                                                                     : "document";
    nlohmann::json matrix = nlohmann::json::array();
    for (int e : m.entities) matrix.push_back(c.entities[e].name);
    s["matrix_entities"] = std::move(matrix);
    s["network"] = m.network;
    s["layout_running"] = m.layout_running;
    nlohmann::json picked = nlohmann::json::array();
    for (std::size_t i = 0; i < m.picked_sentences.size() && i < kListedSentences; ++i) {
        const auto [doc, sentence] = m.picked_sentences[i];
        const core::Sentence& sn = c.documents[doc].sentences[sentence];
        picked.push_back(std::string(sentence_text(c.documents[doc], sn.begin, sn.end)));
    }
    s["picked_sentences"] = std::move(picked);  // the listed ones
    s["picked_count"] = m.picked_sentences.size();
    s["search_hits"] = app.search.hits.size();
    s["document_rows"] = app.documents.order.size();
    s["pixel_scale"] = app.theme.pixel_scale;
    nlohmann::json items = nlohmann::json::object();
    for (const ItemRect& r : app.item_rects) items[r.name] = {r.x, r.y, r.w, r.h};
    s["items"] = std::move(items);
    nlohmann::json import;
    import["running"] = import_running(app);
    import["done"] = app.data.builder ? app.data.builder->done() : app.corpus.documents.size();
    import["total"] = app.data.builder ? app.data.builder->total() : app.corpus.documents.size();
    import["finished"] = app.data.imports_finished;
    import["build_ms"] = app.data.last_build_ms;
    if (app.platform.memory) {
        const vm::MemoryUse m = app.platform.memory();
        import["memory"] = {{"used", m.used}, {"peak", m.peak}, {"limit", m.limit},
                            {"bytes_per_input_byte", vm::kBytesPerInputByte}, {"import_overhead", vm::kImportOverhead}};
    }
    nlohmann::json messages = nlohmann::json::array();
    for (const core::LoadMessage& m : app.data.messages)
        messages.push_back({{"file", m.file}, {"row", m.row}, {"reason", m.reason}});
    import["messages"] = std::move(messages);
    s["import"] = std::move(import);
    s["data_note"] = app.data.note;
    s["session"] = {{"kept", app.data.session_kept}, {"note", app.data.session_note},
                    {"lexicon_additions", app.data.lexicon_additions.size()}};
    s["lexicon_error"] = app.data.lexicon_error;
    s["date_error"] = app.data.date_error;
    s["share_note"] = app.share_note;
    s["hash"] = share_hash(app);
    s["lane_grouping"] = app.timeline.grouping == LaneGrouping::by_type ? "type" : "actor";
    nlohmann::json dates = nlohmann::json::array();
    for (const core::Document& d : c.documents) dates.push_back(d.published);
    s["published"] = std::move(dates);
    add_curation_state(app, s);
    add_words_state(app, s);
    add_screen_state(app, s);
    add_quality_state(app, s);
    return s.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace ui
