// [SECTION] Reader: the article with entities, dates and event evidence highlighted.
// Lines are wrapped once per (document, width, font); a frame draws only the visible lines.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "ui/keyboard.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

// Whether the text at `offset` is boilerplate. Lines come in text order, so the paragraph
// cursor only moves forward: one pass over the paragraphs for the whole layout.
bool is_dim(const core::Document& d, uint32_t offset, std::size_t& paragraph) {
    const std::vector<core::Paragraph>& ps = d.paragraph_spans;
    while (paragraph < ps.size() && ps[paragraph].end <= offset) ++paragraph;
    return paragraph < ps.size() && offset >= ps[paragraph].begin &&
           ps[paragraph].role == core::ParagraphRole::boilerplate;
}

void layout_reader(Explorer& app, const core::Document& d, float width) {
    ReaderLayout& L = app.reader;
    ImFont* font = ImGui::GetFont();
    L.document = app.selected_document;
    L.width = width;
    L.font_size = ImGui::GetFontSize();
    L.lines.clear();
    const float line_height = ImGui::GetTextLineHeightWithSpacing();
    const char* text = d.text.data();
    const char* end = text + d.text.size();
    float y = 0;
    std::size_t paragraph = 0;
    for (const char* line = text; line <= end;) {
        const char* line_end = std::find(line, end, '\n');
        if (line == line_end) {
            y += line_height * 0.5f;  // blank line: half a line keeps paragraphs apart
        } else {
            const bool dim = is_dim(d, static_cast<uint32_t>(line - text), paragraph);
            for (const char* s = line; s < line_end;) {
                const char* wrap = font->CalcWordWrapPositionA(L.font_size / font->FontSize, s, line_end, width);
                if (wrap == s) wrap = s + 1;  // a word wider than the column still advances
                L.lines.push_back({static_cast<uint32_t>(s - text), static_cast<uint32_t>(wrap - text), y, dim});
                y += line_height;
                s = wrap;
                while (s < line_end && *s == ' ') ++s;
            }
        }
        if (line_end == end) break;
        line = line_end + 1;
    }
    L.height = y;

    L.spans.clear();
    for (const core::EntityMention& m : d.mentions) L.spans.push_back({m.begin, m.end, static_cast<int>(m.entity), -1, -1});
    for (std::size_t t = 0; t < d.times.size(); ++t)
        L.spans.push_back({d.times[t].begin, d.times[t].end, -1, -1, static_cast<int>(t)});
    for (uint32_t e : d.events)
        for (const core::Evidence& ev : app.corpus.events[e].evidence)
            L.spans.push_back({ev.begin, ev.end, -1, static_cast<int>(e), -1});
    std::sort(L.spans.begin(), L.spans.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
}

float x_of(const char* line_begin, const char* at) {
    return ImGui::GetFont()->CalcTextSizeA(ImGui::GetFontSize(), FLT_MAX, 0.0f, line_begin, at).x;
}

void draw_legend(Explorer& app) {
    static const char* kinds[] = {"country", "person", "organization", "place", "weapon", "operation", "name"};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float h = ImGui::GetTextLineHeight();
    for (const char* kind : kinds) {
        if (kind != kinds[0]) flow_same_line(h + app.theme.px(4) + text_width(kind));
        const ImVec2 p = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(p, ImVec2(p.x + h, p.y + h), tint(entity_colour(kind), 0.55f), 3.0f);
        ImGui::Dummy(ImVec2(h, h));
        ImGui::SameLine(0, app.theme.px(4));
        ImGui::TextUnformatted(kind);
    }
    flow_same_line(h * 1.5f + app.theme.px(4) + text_width("event evidence"));
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddLine(ImVec2(p.x, p.y + h), ImVec2(p.x + h * 1.5f, p.y + h), event_colour("missile_launch"), app.theme.px(3));
    ImGui::Dummy(ImVec2(h * 1.5f, h));
    ImGui::SameLine(0, app.theme.px(4));
    ImGui::TextUnformatted("event evidence");
}

void draw_document_events(Explorer& app, const core::Document& d) {
    char header[64];
    std::snprintf(header, sizeof header, "Events in this article (%zu)###doc-events", d.events.size());
    if (!ImGui::CollapsingHeader(header, ImGuiTreeNodeFlags_DefaultOpen)) return;
    // A long list scrolls in its own box: the article keeps most of the height (a phone has little).
    const float row_h = std::max(ImGui::GetTextLineHeight(), row_height(app)) + ImGui::GetStyle().ItemSpacing.y;
    const float list_h = std::min(row_h * static_cast<float>(d.events.size()) + ImGui::GetStyle().WindowPadding.y,
                                  std::max(row_h * 2.0f, ImGui::GetContentRegionAvail().y * 0.3f));
    ImGui::BeginChild("doc-event-list", ImVec2(0, list_h), false);
    for (uint32_t e : d.events) {
        ImGui::PushID(static_cast<int>(e));
        const core::Event& ev = app.corpus.events[e];
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = ImGui::GetTextLineHeight();
        // A row wraps to as many lines as its actors need: a narrow reader cuts none of them off.
        const std::string& status = event_status(app, static_cast<int>(e));
        const std::string label = event_summary(app, static_cast<int>(e)) + (status.empty() ? "" : "  [" + status + "]");
        const float text_x = h * 0.8f + ImGui::GetStyle().ItemSpacing.x;
        const float wrap_w = std::max(h * 4.0f, ImGui::GetContentRegionAvail().x - text_x);
        const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap_w);
        const float row = std::max(row_height(app), text.y + ImGui::GetStyle().FramePadding.y * 2.0f);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 centre(p.x + h * 0.4f, p.y + (row - text.y + h) * 0.5f);
        draw_event_mark(dl, centre, h * 0.34f, core::event_type_name(ev.type), app.theme);
        if (!status.empty()) dl->AddCircle(centre, h * 0.48f, curation_colour(status), 0, app.theme.px(2));
        ImGui::Dummy(ImVec2(h * 0.8f, row));
        ImGui::SameLine();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable("##event", app.selected_event == static_cast<int>(e), 0, ImVec2(0, row)))
            open_event(app, static_cast<int>(e));
        dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(at.x, at.y + (row - text.y) * 0.5f),
                    ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap_w);
        record_item(app, "reader-event:" + std::to_string(e));
        ImGui::PopID();
    }
    ImGui::EndChild();
}

// A document from a bundle has no text: the sentences its events quote stand in for it,
// the focused one (an event's, a search hit's) on a band.
void draw_excerpts(Explorer& app, const core::Document& d) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("The full text is not in the bundle: these are the %zu sentences its events quote.", d.excerpts.size());
    ImGui::PopTextWrapPos();
    record_item(app, "reader:excerpts-note");
    ImGui::BeginChild("reader-excerpts", ImVec2(0, 0), false);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x - app.theme.px(4);
    for (const core::Excerpt& x : d.excerpts) {
        const bool focused = app.focus_end > app.focus_begin && app.focus_begin >= x.begin && app.focus_begin < x.begin + x.size;
        const std::string_view text = core::excerpt_text(d, x);
        const char* b = text.data();
        const char* e = b + text.size();
        if (focused) {
            const ImVec2 p = ImGui::GetCursorScreenPos();
            const ImVec2 size = ImGui::CalcTextSize(b, e, false, width);
            dl->AddRectFilled(p, ImVec2(p.x + width, p.y + size.y), IM_COL32(255, 236, 150, 255));
            if (app.scroll_to_focus) {
                ImGui::SetScrollHereY(0.3f);
                app.scroll_to_focus = false;
            }
        }
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
        ImGui::TextUnformatted(b, e);
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
    }
    ImGui::EndChild();
}

void draw_reader_tools(Explorer& app, bool cramped) {
    ReaderLayout& L = app.reader;
    ImGui::BeginChild("reader-tools", ImVec2(0, cramped ? L.tools_height : 0.0f), false);
    const float top = ImGui::GetCursorPosY();
    ImGui::Separator();
    draw_add_event(app);
    draw_name_words(app);
    const float height = ImGui::GetCursorPosY() - top + ImGui::GetStyle().WindowPadding.y;
    ImGui::EndChild();
    if (height > L.tools_height + 0.5f) L.tools_grew = true;
    L.tools_height = height;
}

}  // namespace

void draw_reader(Explorer& app) {
    const int n = static_cast<int>(app.corpus.documents.size());
    if (app.selected_document < 0 || app.selected_document >= n) {
        ImGui::TextDisabled("Pick a document, an event or a search hit to read it here.");
        return;
    }
    const core::Document& d = app.corpus.documents[app.selected_document];
    ImGui::PushFont(app.theme.heading());
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(d.title.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    std::string meta = d.published.empty() ? std::string("date unknown")
                                           : d.published + " (" + core::date_basis_name(d.published_basis) +
                                                 (d.published_from.empty() ? "" : " from " + d.published_from) + ")";
    if (!d.byline.empty()) meta += "  |  by " + d.byline;
    meta += "  |  " + std::to_string(d.words) + " words  |  " + d.id;
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", meta.c_str());
    ImGui::PopTextWrapPos();
    if (d.published.empty()) draw_set_date(app, app.selected_document);
    if (app.focus_end > app.focus_begin && !sentence_text(d, static_cast<uint32_t>(app.focus_begin), static_cast<uint32_t>(app.focus_end)).empty()) {
        const char* copy = "Copy the highlighted sentence";
        if (app.theme.touch ? ImGui::Button(copy) : ImGui::SmallButton(copy)) {
            app.copied = std::string(sentence_text(d, static_cast<uint32_t>(app.focus_begin),
                                                   static_cast<uint32_t>(app.focus_end)));
            ImGui::SetClipboardText(app.copied.c_str());
        }
        record_item(app, "reader:copy");
    }
    draw_legend(app);
    draw_document_events(app, d);
    const int e = app.selected_event;
    if (e >= 0 && e < static_cast<int>(app.corpus.events.size()) && app.corpus.events[e].doc == static_cast<uint32_t>(app.selected_document) &&
        ImGui::CollapsingHeader("Curate the selected event###curate-event", ImGuiTreeNodeFlags_DefaultOpen))
        draw_event_curation(app, e, "reader");
    draw_entity_edit(app);
    ImGui::Separator();
    if (d.text.empty()) {
        draw_excerpts(app, d);
        return;
    }

    ReaderLayout& L = app.reader;
    // The tools take what they need; the text keeps a few lines to click in.
    // The tools take what they need and the text the rest, five lines at least; when both do not
    // fit (a selected event's controls above), the reader scrolls to the tools as they open.
    const float min_text = ImGui::GetTextLineHeightWithSpacing() * 5.0f;
    const float avail = ImGui::GetContentRegionAvail().y;
    const bool cramped = avail - L.tools_height < min_text;
    const bool grew = L.tools_grew;
    L.tools_grew = false;
    ImGui::BeginChild("reader-text", ImVec2(0, cramped ? min_text : avail - L.tools_height), false);
    // Focused with Tab, the text scrolls with Up/Down.
    if (has_keyboard_focus(app, "reader:text") && app.keyboard.arrow_y != 0)
        ImGui::SetScrollY(ImGui::GetScrollY() + app.keyboard.arrow_y * ImGui::GetTextLineHeightWithSpacing() * 3.0f);
    const float width = ImGui::GetContentRegionAvail().x - app.theme.px(4);
    if (L.document != app.selected_document || L.width != width || L.font_size != ImGui::GetFontSize())
        layout_reader(app, d, width);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float line_height = ImGui::GetTextLineHeightWithSpacing();
    if (app.scroll_to_focus) {
        app.scroll_to_focus = false;
        float target = 0;
        for (const ReaderLayout::Line& line : L.lines)
            if (line.end > app.focus_begin) { target = line.y; break; }
        ImGui::SetScrollY(std::max(0.0f, target - ImGui::GetWindowHeight() * 0.3f));
    } else if (grew && app.focus_end > app.focus_begin) {
        // The tools took height from the bottom: the sentence picked there scrolls up, just enough.
        for (const ReaderLayout::Line& line : L.lines)
            if (line.end >= app.focus_end) {
                const float bottom = line.y + line_height - ImGui::GetWindowHeight();
                if (bottom > ImGui::GetScrollY()) ImGui::SetScrollY(bottom);
                break;
            }
    }
    ImGui::Dummy(ImVec2(width, L.height + line_height));

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float scroll = ImGui::GetScrollY(), view_h = ImGui::GetWindowHeight();
    auto first = std::lower_bound(L.lines.begin(), L.lines.end(), scroll - line_height,
                                  [](const ReaderLayout::Line& l, float y) { return l.y < y; });
    const char* text = d.text.data();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hovering_window = ImGui::IsWindowHovered();
    int hovered_span = -1;
    const bool clicked = hovering_window && ImGui::IsMouseClicked(0);
    // A drag picking words goes on while the button is held, even outside the window.
    const bool held = ImGui::IsMouseDown(0) && app.entity_edit.words_dragging;
    long mouse_offset = -1;  // the byte under the mouse, to pick its sentence or words
    const EntityEditState& words = app.entity_edit;
    const bool words_here = words.words_document == app.selected_document && words.words_end > words.words_begin;
    for (auto line = first; line != L.lines.end() && line->y < scroll + view_h; ++line) {
        const float y = origin.y + line->y;
        const char* lb = text + line->begin;
        const char* le = text + line->end;
        if ((clicked || held) && mouse.y >= y && mouse.y < y + line_height && mouse.x >= origin.x) {
            const char* at = lb;
            while (at < le && origin.x + x_of(lb, at + 1) <= mouse.x) ++at;
            if (at < le) mouse_offset = at - text;
        }
        if (words_here && words.words_end > line->begin && words.words_begin < line->end) {
            const float x0 = origin.x + x_of(lb, text + std::max(words.words_begin, line->begin));
            const float x1 = origin.x + x_of(lb, text + std::min(words.words_end, line->end));
            dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + line_height), tint(app.theme.focus_ring, 0.8f), 2.0f);
            dl->AddRect(ImVec2(x0, y), ImVec2(x1, y + line_height), app.theme.focus_ring, 2.0f, 0, app.theme.px(2));
        }
        // The focused sentence (from a click on an event, a cell or a search hit) gets a strong band.
        if (app.focus_end > line->begin && app.focus_begin < line->end) {
            const float x0 = x_of(lb, text + std::max<std::size_t>(app.focus_begin, line->begin));
            const float x1 = x_of(lb, text + std::min<std::size_t>(app.focus_end, line->end));
            dl->AddRectFilled(ImVec2(origin.x + x0, y), ImVec2(origin.x + x1, y + line_height), app.theme.reader_focus);
        }
        // Spans overlapping the line: spans are sorted by begin, and none is longer than a sentence.
        auto span = std::lower_bound(L.spans.begin(), L.spans.end(), line->begin > 2000 ? line->begin - 2000 : 0u,
                                     [](const ReaderLayout::Span& s, uint32_t b) { return s.begin < b; });
        for (; span != L.spans.end() && span->begin < line->end; ++span) {
            if (span->end <= line->begin) continue;
            const float x0 = origin.x + x_of(lb, text + std::max(span->begin, line->begin));
            const float x1 = origin.x + x_of(lb, text + std::min(span->end, line->end));
            if (span->event >= 0) {
                const core::Event& ev = app.corpus.events[span->event];
                const float thick = app.theme.px(span->event == app.selected_event ? 3.0f : 2.0f);
                dl->AddLine(ImVec2(x0, y + line_height - thick), ImVec2(x1, y + line_height - thick),
                            event_colour(core::event_type_name(ev.type)), thick);
                continue;
            }
            ImU32 colour = span->entity >= 0
                               ? entity_colour(core::entity_kind_name(app.corpus.entities[span->entity].kind))
                               : IM_COL32(150, 150, 150, 255);
            const bool chosen = span->entity >= 0 && app.corpus.entities[span->entity].name == app.selected_entity;
            dl->AddRectFilled(ImVec2(x0, y + 1), ImVec2(x1, y + line_height - 2), tint(colour, chosen ? 0.2f : 0.7f), 3.0f);
            if (chosen) dl->AddRect(ImVec2(x0, y + 1), ImVec2(x1, y + line_height - 2), colour, 3.0f, 0, app.theme.px(2));
            if (hovering_window && mouse.x >= x0 && mouse.x < x1 && mouse.y >= y && mouse.y < y + line_height)
                hovered_span = static_cast<int>(span - L.spans.begin());
        }
        dl->AddText(ImVec2(origin.x, y), line->dim ? app.theme.text_dim : app.theme.text, lb, le);
    }

    const bool on_entity = hovered_span >= 0 && L.spans[hovered_span].entity >= 0;
    const long clicked_offset = clicked ? mouse_offset : -1;
    if (clicked_offset >= 0 && !on_entity && !ImGui::GetIO().KeyShift)
        pick_sentence(app, app.selected_document, static_cast<uint32_t>(clicked_offset));
    if (clicked || held || !ImGui::IsMouseDown(0))
        pick_words(app, app.selected_document, mouse_offset, clicked, held, ImGui::GetIO().KeyShift);
    if (hovered_span >= 0) {
        const ReaderLayout::Span& s = L.spans[hovered_span];
        if (s.entity >= 0) {
            const core::Entity& e = app.corpus.entities[s.entity];
            app.tooltip = e.name + " (" + core::entity_kind_name(e.kind) + "), " + std::to_string(e.mentions) +
                          " mentions. Click to filter by it.";
            // On release, and only without a drag: a drag that starts on a name picks words.
            if (ImGui::IsMouseReleased(0) && released_without_drag()) {
                app.selected_entity = e.name;
                vm::Filter f = app.filter;
                if (std::find(f.entities.begin(), f.entities.end(), e.name) == f.entities.end()) f.entities.push_back(e.name);
                set_filter(app, std::move(f));
            }
        } else if (s.time >= 0) {
            const core::TimeExpression& t = d.times[s.time];
            app.tooltip = "\"" + std::string(sentence_text(d, t.begin, t.end)) + "\" = " +
                          (t.value.empty() ? std::string("date unknown") : t.value);
        }
        if (!app.tooltip.empty()) ImGui::SetTooltip("%s", app.tooltip.c_str());
    }
    ImGui::EndChild();
    record_item(app, "reader:text");
    draw_reader_tools(app, cramped);
    if (cramped && grew) ImGui::SetScrollHereY(1.0f);
}

}  // namespace ui
