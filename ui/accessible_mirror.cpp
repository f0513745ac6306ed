// [SECTION] The accessible mirror: the screen as data for the page's DOM (ui/accessible_mirror.h).
#include "ui/accessible_mirror.h"

#include <imgui.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "ui/models/calendar.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

constexpr std::size_t kMaxItems = 200;         // a list longer than this says how many more there are
constexpr std::size_t kMaxReaderBytes = 60000;  // an article longer than this is cut, and says so

using json = nlohmann::json;

const View kViews[] = {View::overview, View::timeline, View::comentions, View::documents, View::search, View::data, View::quality};

void add_item(json& items, std::size_t& more, std::string text, std::string action = {}) {
    if (items.size() >= kMaxItems) {
        ++more;
        return;
    }
    items.push_back({{"text", std::move(text)}, {"action", std::move(action)}});
}

std::string count_of(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The view's summary sentence and the items it lists, in words.
void describe_view(const Explorer& app, json& m) {
    const core::Corpus& c = app.corpus;
    json items = json::array();
    std::size_t more = 0;
    std::string summary, label;
    if (app.data.opening) summary = "Opening the corpus...";  // no view yet (DataState::opening)
    else switch (app.view) {
        case View::overview: {
            const OverviewState& o = app.overview;
            summary = count_of(c.documents.size(), "article", "articles") + ", " + count_of(c.events.size(), "event", "events") +
                      " found, " + count_of(c.entities.size(), "entity", "entities") + " named; " +
                      std::to_string(o.dated) + " events have a date.";
            label = "Most mentioned, then events by type";
            for (std::size_t i = 0; i < std::min<std::size_t>(12, c.entities.size()); ++i) {
                const core::Entity& e = c.entities[i];
                add_item(items, more, e.name + ": " + count_of(e.mentions, "mention", "mentions") + " (" +
                                          core::entity_kind_name(e.kind) + ")", "entity:" + e.name);
            }
            for (int t = 0; t < core::kEventTypes; ++t) {
                const std::size_t n = static_cast<std::size_t>(t) < c.events_by_type.size() ? c.events_by_type[t].size() : 0;
                const char* type = core::event_type_name(static_cast<core::EventType>(t));
                if (n) add_item(items, more, std::string(event_label(type)) + ": " + count_of(n, "event", "events"), std::string("type:") + type);
            }
            break;
        }
        case View::timeline: {
            const TimelineState& t = app.timeline;
            summary = std::to_string(app.passing_events) + " of " + count_of(c.events.size(), "event", "events") +
                      " shown, lanes by " + (t.grouping == LaneGrouping::by_type ? "event type" : "actor") +
                      "; the axis shows " + vm::format_day(static_cast<vm::Day>(t.first_day)) + " to " +
                      vm::format_day(static_cast<vm::Day>(t.last_day)) +
                      ". Left and Right step through the events when the plot has the focus.";
            label = "Events in time order (undated last)";
            for (std::size_t e = 0; e < c.events.size(); ++e)  // the corpus keeps events by date, undated last
                if (app.event_passes[e]) add_item(items, more, event_summary(app, static_cast<int>(e)), "event:" + std::to_string(e));
            break;
        }
        case View::comentions: {
            const ComentionState& s = app.comentions;
            const char* window = s.window == CoMentionWindow::sentence ? "sentence" : s.window == CoMentionWindow::paragraph ? "paragraph" : "document";
            summary = std::string("Who is named with whom, counted within a ") + window + "; shown as a " +
                      (s.network ? "network" : "matrix") + " of " + count_of(s.entities.size(), "entity", "entities") + ".";
            label = "Pairs named together, most often first";
            std::vector<std::pair<int, std::pair<int, int>>> pairs;
            for (int i = 0; i < s.matrix.n; ++i)
                for (int j = i + 1; j < s.matrix.n; ++j)
                    if (const int v = s.matrix.at(i, j)) pairs.push_back({-v, {i, j}});
            std::sort(pairs.begin(), pairs.end());
            for (const auto& [neg, ij] : pairs)
                add_item(items, more, c.entities[s.entities[ij.first]].name + " and " + c.entities[s.entities[ij.second]].name +
                                          ": " + count_of(static_cast<std::size_t>(-neg), "co-mention", "co-mentions"));
            break;
        }
        case View::documents: {
            summary = count_of(app.documents.order.size(), "document", "documents") + " listed of " +
                      std::to_string(c.documents.size()) + ".";
            label = "Documents";
            for (int i : app.documents.order) {
                const core::Document& d = c.documents[i];
                add_item(items, more, (d.title.empty() ? d.id : d.title) + ", " + (d.published.empty() ? "date unknown" : d.published) +
                                          ", " + count_of(d.events.size(), "event", "events"), "document:" + std::to_string(i));
            }
            break;
        }
        case View::search: {
            const SearchState& s = app.search;
            summary = s.last_query.empty() ? "Type a word or phrase in the search box."
                                           : count_of(s.hits.size(), "match", "matches") + " for \"" + s.last_query + "\".";
            label = "Matches in context";
            for (const SearchState::Row& row : s.rows)
                if (row.hit >= 0) add_item(items, more, row.text, "hit:" + std::to_string(row.hit));
            break;
        }
        case View::data: {
            summary = "Load articles, see the import report, export results, extend the lexicon. " +
                      count_of(app.data.messages.size(), "message", "messages") + " in the import report.";
            label = "Import report";
            for (const core::LoadMessage& msg : app.data.messages)
                add_item(items, more, msg.file + (msg.row ? " row " + std::to_string(msg.row) : std::string()) + ": " + msg.reason);
            break;
        }
        case View::quality: {
            const QualityState& q = app.quality;
            if (!q.has_gold) summary = "No gold file loaded: drop one (events-gold/1 JSON) to score the events found here.";
            else if (!q.score.ok()) summary = "The gold file " + q.gold_file + " does not fit this corpus: " + q.score.error;
            else summary = "Against " + q.gold_file + ": " + q.last_line;
            label = "Misses";
            if (q.score.ok())
                for (std::size_t i = 0; i < q.score.misses.size(); ++i)
                    add_item(items, more, q.score.misses[i].type + ": " + q.score.misses[i].evidence, "miss:" + std::to_string(i));
            break;
        }
    }
    m["heading"] = view_label(app.view);
    m["summary"] = summary;
    m["items_label"] = label;
    m["items"] = std::move(items);
    m["items_more"] = more;
}

json describe_event(const Explorer& app, int e) {
    const core::Event& ev = app.corpus.events[e];
    const core::Document& d = app.corpus.documents[ev.doc];
    std::string actors;
    for (const std::string& a : ev.actors) actors += (actors.empty() ? "" : ", ") + a;
    return {{"summary", event_summary(app, e)},
            {"type", event_label(core::event_type_name(ev.type))},
            {"date", ev.date.empty() ? std::string("undated") : ev.date},
            {"date_text", ev.date_text},
            {"actors", actors.empty() ? std::string("none named") : actors},
            {"evidence", std::string(sentence_text(d, ev.main.begin, ev.main.end))},
            {"document", d.title}};
}

json describe_reader(const Explorer& app) {
    const core::Document& d = app.corpus.documents[app.selected_document];
    json paragraphs = json::array();
    std::size_t bytes = 0;
    bool truncated = false;
    for (const core::Paragraph& p : d.paragraph_spans) {
        if (p.role == core::ParagraphRole::boilerplate) continue;  // greyed on screen; noise when read aloud
        if (bytes + (p.end - p.begin) > kMaxReaderBytes) {
            truncated = true;
            break;
        }
        bytes += p.end - p.begin;
        paragraphs.push_back(std::string(sentence_text(d, p.begin, p.end)));
    }
    json r = {{"title", d.title},
              {"meta", (d.published.empty() ? std::string("date unknown") : d.published) + ", " +
                           std::to_string(d.words) + " words" + (d.byline.empty() ? "" : ", by " + d.byline)},
              {"paragraphs", std::move(paragraphs)},
              {"truncated", truncated}};
    if (app.focus_end > app.focus_begin && app.focus_end <= d.text.size())
        r["sentence"] = std::string(sentence_text(d, static_cast<uint32_t>(app.focus_begin), static_cast<uint32_t>(app.focus_end)));
    return r;
}

}  // namespace

vm::ScreenSummary screen_summary(const Explorer& app) {
    vm::ScreenSummary s;
    const core::Corpus& c = app.corpus;
    s.view = view_label(app.view);
    s.chips = vm::filter_chips(app.filter);
    s.events = c.events.size();
    s.passing_events = app.passing_events;
    s.documents = c.documents.size();
    s.selected_event = app.selected_event;
    if (app.selected_event >= 0 && app.selected_event < static_cast<int>(c.events.size()))
        s.selected_event_text = event_summary(app, app.selected_event);
    s.selected_document = app.selected_document;
    if (app.selected_document >= 0 && app.selected_document < static_cast<int>(c.documents.size()))
        s.document_title = c.documents[app.selected_document].title;
    s.search_query = app.search.last_query;
    s.search_hits = app.search.hits.size();
    s.imports_finished = app.data.imports_finished;
    s.importing = import_running(app);
    s.import_messages = app.data.messages.size();
    s.reader_sheet = reader_sheet_shown(app);
    s.classroom = app.theme.classroom;
    s.session_note = app.data.session_note;
    s.list_rows = app.view == View::documents ? app.documents.order.size() : app.view == View::comentions ? app.comentions.entities.size() : 0;
    return s;
}

std::string mirror_json(const Explorer& app, const std::string& announcement) {
    const core::Corpus& c = app.corpus;
    json m;
    m["title"] = c.title.empty() ? std::string("Corpus Explorer") : c.title;
    m["announce"] = announcement;
    json views = json::array();
    for (View v : kViews) views.push_back({{"name", view_name(v)}, {"label", view_label(v)}, {"current", v == app.view}});
    m["views"] = std::move(views);
    m["filter"] = vm::filter_chips(app.filter);
    m["passing_events"] = app.passing_events;
    m["events"] = c.events.size();
    describe_view(app, m);
    m["event"] = app.selected_event >= 0 && app.selected_event < static_cast<int>(c.events.size())
                     ? describe_event(app, app.selected_event) : json();
    m["reader"] = app.selected_document >= 0 && app.selected_document < static_cast<int>(c.documents.size())
                      ? describe_reader(app) : json();
    m["reader_sheet"] = reader_sheet_shown(app);
    json import = {{"running", import_running(app)}, {"note", app.data.note}};
    json messages = json::array();
    for (const core::LoadMessage& msg : app.data.messages)
        messages.push_back(msg.file + (msg.row ? " row " + std::to_string(msg.row) : std::string()) + ": " + msg.reason);
    import["messages"] = std::move(messages);
    m["import"] = std::move(import);
    return m.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool mirror_action(Explorer& app, const std::string& action) {
    const std::size_t colon = action.find(':');
    if (colon == std::string::npos) return false;
    const std::string kind = action.substr(0, colon), arg = action.substr(colon + 1);
    auto number = [&](int limit) {
        char* end = nullptr;
        const long v = std::strtol(arg.c_str(), &end, 10);
        return end && *end == '\0' && !arg.empty() && v >= 0 && v < limit ? static_cast<int>(v) : -1;
    };
    if (kind == "view") return view_from_name(arg, app.view);
    if (kind == "reader" && arg == "close") return close_reader_sheet(app);
    if (kind == "filter" && arg == "clear") {
        clear_filter(app);
        return true;
    }
    if (kind == "entity") {
        filter_by_entity(app, arg);
        app.view = View::timeline;
        return true;
    }
    if (kind == "type") {
        vm::Filter f = app.filter;
        f.types = {arg};
        set_filter(app, std::move(f));
        app.view = View::timeline;
        return true;
    }
    int opened = -1;
    if (kind == "event" && (opened = number(static_cast<int>(app.corpus.events.size()))) >= 0) open_event(app, opened);
    else if (kind == "document" && (opened = number(static_cast<int>(app.corpus.documents.size()))) >= 0) open_document(app, opened);
    else if (kind == "hit" && (opened = number(static_cast<int>(app.search.hits.size()))) >= 0) open_search_hit(app, opened);
    if (opened < 0) return false;
    if (one_column(app)) app.screen.reader_sheet = true;
    return true;
}

}  // namespace ui
