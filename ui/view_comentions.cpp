// [SECTION] Co-mentions: who is named with whom, as a heatmap matrix and as a network.
// Counts come from the corpus (sentence, paragraph or document window); the matrix order
// and the network are rebuilt when an option or the filter changes. The force layout runs a
// few steps per frame until it settles, then the page goes idle again.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/keyboard.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

constexpr const char* kKindNames[core::kEntityKinds] = {"country", "person", "organization", "place", "weapon", "operation", "other name"};

uint32_t pair_count(const ComentionState& s, const core::CoMention& p) {
    switch (s.window) {
        case CoMentionWindow::sentence: return p.sentences;
        case CoMentionWindow::paragraph: return p.paragraphs;
        case CoMentionWindow::document: return p.documents;
    }
    return p.sentences;
}

// Documents the shared filter lets through: all when it is empty, else those holding a passing event.
std::vector<uint8_t> allowed_documents(const Explorer& app) {
    std::vector<uint8_t> allowed(app.corpus.documents.size(), vm::filter_empty(app.filter) ? 1 : 0);
    if (vm::filter_empty(app.filter)) return allowed;
    for (std::size_t e = 0; e < app.corpus.events.size(); ++e)
        if (app.event_passes[e]) allowed[app.corpus.events[e].doc] = 1;
    return allowed;
}

void rebuild(Explorer& app) {
    ComentionState& s = app.comentions;
    const core::Corpus& c = app.corpus;
    const std::vector<uint8_t> allowed = allowed_documents(app);
    const bool filtered = !vm::filter_empty(app.filter);
    // Count per pair under the filter: with a filter, only sentences of allowed documents count
    // (paragraph and document windows then count distinct paragraphs/documents among them).
    std::vector<uint32_t> counts(c.comentions.pairs.size(), 0);
    for (std::size_t i = 0; i < c.comentions.pairs.size(); ++i) {
        const core::CoMention& p = c.comentions.pairs[i];
        if (!filtered) { counts[i] = pair_count(s, p); continue; }
        uint32_t n = 0;
        int64_t last_group = -1;
        for (const core::SentenceRef& r : c.comentions.refs_of(p)) {
            if (!allowed[r.doc]) continue;
            int64_t group = s.window == CoMentionWindow::sentence ? -1
                            : s.window == CoMentionWindow::paragraph
                                ? (static_cast<int64_t>(r.doc) << 32) | c.documents[r.doc].sentences[r.sentence].paragraph
                                : static_cast<int64_t>(r.doc);
            if (group >= 0 && group == last_group) continue;
            last_group = group;
            ++n;
        }
        counts[i] = n;
    }
    // Entities: of a chosen kind, in some pair at or over the minimum, most co-mentioned first.
    std::vector<uint32_t> weight(c.entities.size(), 0);
    for (std::size_t i = 0; i < c.comentions.pairs.size(); ++i) {
        const core::CoMention& p = c.comentions.pairs[i];
        if (counts[i] < static_cast<uint32_t>(s.min_count)) continue;
        if (!s.kinds[static_cast<int>(c.entities[p.a].kind)] || !s.kinds[static_cast<int>(c.entities[p.b].kind)]) continue;
        weight[p.a] += counts[i];
        weight[p.b] += counts[i];
    }
    std::vector<int> chosen;
    for (std::size_t e = 0; e < c.entities.size(); ++e)
        if (weight[e] > 0) chosen.push_back(static_cast<int>(e));
    std::stable_sort(chosen.begin(), chosen.end(), [&](int a, int b) { return weight[a] > weight[b]; });
    if (static_cast<int>(chosen.size()) > s.max_entities) chosen.resize(s.max_entities);

    const int n = static_cast<int>(chosen.size());
    vm::CountMatrix m;
    m.n = n;
    m.counts.assign(static_cast<std::size_t>(n) * n, 0);
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j) {
            const int64_t k = c.comentions.find(chosen[i], chosen[j]);
            const int v = k >= 0 && counts[k] >= static_cast<uint32_t>(s.min_count) ? static_cast<int>(counts[k]) : 0;
            m.counts[i * n + j] = m.counts[j * n + i] = v;
        }
    std::vector<int> order;
    if (s.clustered) {
        order = vm::order_by_clustering(m);
    } else {
        std::vector<int> totals(n, 0);
        for (int i = 0; i < n; ++i) totals[i] = static_cast<int>(weight[chosen[i]]);
        order = vm::order_by_frequency(totals);
    }
    s.entities.clear();
    s.matrix.n = n;
    s.matrix.counts.assign(static_cast<std::size_t>(n) * n, 0);
    for (int i = 0; i < n; ++i) s.entities.push_back(chosen[order[i]]);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) s.matrix.counts[i * n + j] = m.at(order[i], order[j]);

    s.graph = vm::ForceGraph();
    for (int i = 0; i < n; ++i) {
        vm::ForceNode node;
        node.radius = app.theme.pixel_scale * (6.0f + 3.0f * std::sqrt(static_cast<float>(c.entities[s.entities[i]].mentions)));
        s.graph.nodes.push_back(node);
    }
    for (int i = 0; i < n; ++i)
        for (int j = i + 1; j < n; ++j)
            if (const int v = s.matrix.at(i, j)) s.graph.edges.push_back({i, j, static_cast<float>(v)});
    s.graph_width = s.graph_height = 0;  // seeded when the network is first drawn
    s.picked_a = s.picked_b = -1;
    s.picked_sentences.clear();
    s.dirty = false;
}

// The sentences behind a pair: every sentence naming both entities in the chosen window's sense.
void pick_pair(Explorer& app, int a, int b) {
    ComentionState& s = app.comentions;
    s.picked_a = a;
    s.picked_b = b;
    s.picked_sentences.clear();
    const int64_t k = app.corpus.comentions.find(s.entities[a], s.entities[b]);
    if (k < 0) return;
    const std::vector<uint8_t> allowed = allowed_documents(app);
    for (const core::SentenceRef& r : app.corpus.comentions.refs_of(app.corpus.comentions.pairs[k]))
        if (allowed[r.doc]) s.picked_sentences.push_back({static_cast<int>(r.doc), static_cast<int>(r.sentence)});
}

// Text turned a quarter left (reading upwards), by rotating the vertices ImGui just wrote.
void vertical_text(ImDrawList* dl, ImVec2 bottom_left, ImU32 colour, const char* text) {
    const int first = dl->VtxBuffer.Size;
    dl->AddText(bottom_left, colour, text);
    for (int i = first; i < dl->VtxBuffer.Size; ++i) {
        ImVec2& p = dl->VtxBuffer[i].pos;
        const float dx = p.x - bottom_left.x, dy = p.y - bottom_left.y;
        p = ImVec2(bottom_left.x + dy, bottom_left.y - dx);
    }
}

void draw_matrix(Explorer& app) {
    ComentionState& s = app.comentions;
    const core::Corpus& c = app.corpus;
    const int n = s.matrix.n;
    const Theme& th = app.theme;
    float label_w = 0;
    for (int e : s.entities) label_w = std::max(label_w, ImGui::CalcTextSize(c.entities[e].name.c_str()).x);
    label_w = std::min(label_w + th.px(8), th.px(220));
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float list_h = avail.y * 0.28f;
    // Cells never shrink below a line of text (a finger on touch screens), so every label stays
    // readable and every cell can be tapped; the view scrolls instead.
    const float cell = std::clamp(std::min((avail.x - label_w) / n, (avail.y - list_h - label_w) / n),
                                  std::max(ImGui::GetFontSize() * 1.2f, row_height(app)), std::max(th.px(44), row_height(app)));
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    const ImVec2 grid0(p0.x + label_w, p0.y + label_w);
    ImGui::InvisibleButton("matrix", ImVec2(label_w + cell * n, label_w + cell * n));
    record_item(app, "matrix");
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    int max_count = 1;
    for (int v : s.matrix.counts) max_count = std::max(max_count, v);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    int hover_i = -1, hover_j = -1;
    for (int i = 0; i < n; ++i) {
        const char* name = c.entities[s.entities[i]].name.c_str();
        const ImU32 kind = entity_colour(core::entity_kind_name(c.entities[s.entities[i]].kind));
        dl->AddText(ImVec2(p0.x, grid0.y + i * cell + (cell - ImGui::GetFontSize()) * 0.5f), th.text, name);
        dl->AddRectFilled(ImVec2(grid0.x - th.px(5), grid0.y + i * cell), ImVec2(grid0.x - th.px(2), grid0.y + (i + 1) * cell), kind);
        vertical_text(dl, ImVec2(grid0.x + i * cell + (cell - ImGui::GetFontSize()) * 0.5f, grid0.y - th.px(4)), th.text, name);
        for (int j = 0; j < n; ++j) {
            const ImVec2 a(grid0.x + j * cell, grid0.y + i * cell), b(a.x + cell - 1, a.y + cell - 1);
            const int v = s.matrix.at(i, j);
            ImU32 col = IM_COL32(245, 245, 245, 255);
            if (i == j) col = IM_COL32(225, 225, 225, 255);
            else if (v > 0) {
                const float t = std::sqrt(static_cast<float>(v) / max_count);  // sqrt: small counts stay visible
                col = tint(IM_COL32(0, 90, 160, 255), 0.9f - 0.9f * t);
            }
            dl->AddRectFilled(a, b, col);
            if ((i == s.picked_a && j == s.picked_b) || (i == s.picked_b && j == s.picked_a))
                dl->AddRect(a, b, IM_COL32(230, 120, 0, 255), 0, 0, th.px(2.5f));
            if (v > 0 && cell >= ImGui::CalcTextSize("00").x + th.px(4)) {
                char num[12];
                std::snprintf(num, sizeof num, "%d", v);
                const ImVec2 ts = ImGui::CalcTextSize(num);
                dl->AddText(ImVec2(a.x + (cell - ts.x) * 0.5f, a.y + (cell - ts.y) * 0.5f), text_on(col), num);
            }
            if (hovered && mouse.x >= a.x && mouse.x < a.x + cell && mouse.y >= a.y && mouse.y < a.y + cell) hover_i = i, hover_j = j;
            if (i < 12 && j < 12) {
                const float sc = th.pixel_scale;
                app.item_rects.push_back({"cell:" + std::to_string(i) + ":" + std::to_string(j), a.x / sc, a.y / sc, cell / sc, cell / sc});
            }
        }
    }
    // Focused with Tab, the arrows move from cell to cell (skipping the diagonal) and list each one's sentences.
    const KeyboardState& keys = app.keyboard;
    if (has_keyboard_focus(app, "matrix") && (keys.arrow_x != 0 || keys.arrow_y != 0) && n > 1) {
        int i = std::clamp((s.picked_a >= 0 ? s.picked_a : 0) + keys.arrow_y, 0, n - 1);
        int j = std::clamp((s.picked_b >= 0 ? s.picked_b : 1) + keys.arrow_x, 0, n - 1);
        if (i == j) {
            const int step = keys.arrow_x != 0 ? keys.arrow_x : 1;
            j = (j + step >= 0 && j + step < n) ? j + step : j - step;
        }
        pick_pair(app, i, j);
    }
    if (hover_i >= 0 && hover_i != hover_j) {
        const int v = s.matrix.at(hover_i, hover_j);
        app.tooltip = c.entities[s.entities[hover_i]].name + " + " + c.entities[s.entities[hover_j]].name + ": " +
                      std::to_string(v) + " co-mention(s). Click to list the sentences.";
        ImGui::SetTooltip("%s", app.tooltip.c_str());
        if (ImGui::IsItemClicked(0)) pick_pair(app, hover_i, hover_j);
    }
}

void draw_network(Explorer& app) {
    ComentionState& s = app.comentions;
    const core::Corpus& c = app.corpus;
    const Theme& th = app.theme;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(avail.x, avail.y * 0.72f);
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    if (s.graph_width != size.x || s.graph_height != size.y) {
        if (s.graph_width == 0) vm::seed_positions(s.graph, size.x, size.y);
        s.graph_width = size.x;
        s.graph_height = size.y;
        s.layout_running = true;
    }
    if (s.layout_running) {
        // A few steps per frame keep frames short; the layout stops once nothing moves.
        float moved = 0;
        for (int k = 0; k < 4; ++k) moved = vm::force_step(s.graph, size.x, size.y);
        if (moved < 0.05f * th.pixel_scale && s.dragged_node < 0) s.layout_running = false;
    }
    ImGui::InvisibleButton("network", size);
    record_item(app, "network");
    const bool hovered = ImGui::IsItemHovered();
    // Two fingers move the whole network; the layout itself stays in its box.
    if (const vm::Pinch pinch = take_pinch_over(app, p0, ImVec2(p0.x + size.x, p0.y + size.y)); pinch.active()) {
        s.pan_x = std::clamp(s.pan_x + pinch.pan_x, -size.x * 0.8f, size.x * 0.8f);
        s.pan_y = std::clamp(s.pan_y + pinch.pan_y, -size.y * 0.8f, size.y * 0.8f);
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->PushClipRect(p0, ImVec2(p0.x + size.x, p0.y + size.y), true);
    const ImVec2 origin(p0.x + s.pan_x, p0.y + s.pan_y);  // where the layout's (0, 0) is drawn
    dl->AddRectFilled(p0, ImVec2(p0.x + size.x, p0.y + size.y), IM_COL32(255, 255, 255, 255));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    float max_w = 1;
    for (const vm::ForceEdge& e : s.graph.edges) max_w = std::max(max_w, e.weight);
    int hover_edge = -1, hover_node = -1;
    for (std::size_t k = 0; k < s.graph.edges.size(); ++k) {
        const vm::ForceEdge& e = s.graph.edges[k];
        const ImVec2 a(origin.x + s.graph.nodes[e.a].x, origin.y + s.graph.nodes[e.a].y);
        const ImVec2 b(origin.x + s.graph.nodes[e.b].x, origin.y + s.graph.nodes[e.b].y);
        const bool picked = (e.a == s.picked_a && e.b == s.picked_b) || (e.a == s.picked_b && e.b == s.picked_a);
        dl->AddLine(a, b, picked ? IM_COL32(230, 120, 0, 255) : IM_COL32(0, 90, 160, 90),
                    th.px(1.0f + 5.0f * e.weight / max_w));
        // Distance from the mouse to the segment, for hover and click.
        const float dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
        const float t = len2 > 0 ? std::clamp(((mouse.x - a.x) * dx + (mouse.y - a.y) * dy) / len2, 0.0f, 1.0f) : 0.0f;
        const float px = a.x + t * dx - mouse.x, py = a.y + t * dy - mouse.y;
        const float near = hit_radius(app, th.px(5)) * 0.5f + th.px(2.5f);
        if (hovered && px * px + py * py < near * near) hover_edge = static_cast<int>(k);
    }
    for (std::size_t i = 0; i < s.graph.nodes.size(); ++i) {
        const vm::ForceNode& node = s.graph.nodes[i];
        const core::Entity& ent = c.entities[s.entities[i]];
        const ImVec2 p(origin.x + node.x, origin.y + node.y);
        const float r = node.radius, grab = hit_radius(app, r);
        dl->AddCircleFilled(p, r, entity_colour(core::entity_kind_name(ent.kind)));
        dl->AddCircle(p, r, IM_COL32(255, 255, 255, 255), 0, th.px(1.5f));
        dl->AddText(ImVec2(p.x + r + th.px(3), p.y - ImGui::GetFontSize() * 0.5f), th.text, ent.name.c_str());
        if (hovered && (mouse.x - p.x) * (mouse.x - p.x) + (mouse.y - p.y) * (mouse.y - p.y) < grab * grab)
            hover_node = static_cast<int>(i);
        if (i < 40) {
            const float sc = th.pixel_scale;
            app.item_rects.push_back({"node:" + std::to_string(i), (p.x - r) / sc, (p.y - r) / sc, 2 * r / sc, 2 * r / sc});
        }
    }
    dl->PopClipRect();

    // Dragging a node pins it under the mouse; the rest of the graph follows.
    if (ImGui::IsItemActivated() && hover_node >= 0) s.dragged_node = hover_node;
    if (s.dragged_node >= 0) {
        vm::ForceNode& node = s.graph.nodes[s.dragged_node];
        if (ImGui::IsItemActive()) {
            node.pinned = true;
            node.x = std::clamp(mouse.x - origin.x, 0.0f, size.x);
            node.y = std::clamp(mouse.y - origin.y, 0.0f, size.y);
            s.layout_running = true;
        } else {
            node.pinned = false;
            if (released_without_drag()) {  // a click, not a drag: filter by the entity
                filter_by_entity(app, c.entities[s.entities[s.dragged_node]].name);
            }
            s.dragged_node = -1;
        }
    }
    if (hover_node >= 0) {
        const core::Entity& ent = c.entities[s.entities[hover_node]];
        app.tooltip = ent.name + " (" + core::entity_kind_name(ent.kind) + "), " + std::to_string(ent.mentions) +
                      " mentions. Drag to move, click to filter.";
        ImGui::SetTooltip("%s", app.tooltip.c_str());
    } else if (hover_edge >= 0) {
        const vm::ForceEdge& e = s.graph.edges[hover_edge];
        app.tooltip = c.entities[s.entities[e.a]].name + " + " + c.entities[s.entities[e.b]].name + ": " +
                      std::to_string(static_cast<int>(e.weight)) + " co-mention(s). Click to list the sentences.";
        ImGui::SetTooltip("%s", app.tooltip.c_str());
        if (ImGui::IsItemClicked(0)) pick_pair(app, e.a, e.b);
    }
}

void draw_picked_sentences(Explorer& app) {
    ComentionState& s = app.comentions;
    if (s.picked_a < 0) {
        ImGui::TextDisabled("Click a cell (or an edge) to list the sentences behind its number.");
        return;
    }
    const core::Corpus& c = app.corpus;
    ImGui::Text("Sentences naming %s and %s (%zu):", c.entities[s.entities[s.picked_a]].name.c_str(),
                c.entities[s.entities[s.picked_b]].name.c_str(), s.picked_sentences.size());
    if (s.picked_sentences.size() > kListedSentences)
        ImGui::TextDisabled("The first %zu are listed: a filter (an entity, a type, a time range) narrows them.", kListedSentences);
    ImGui::BeginChild("picked", ImVec2(0, 0), true);
    for (std::size_t i = 0; i < s.picked_sentences.size() && i < kListedSentences; ++i) {
        const auto [doc, sentence] = s.picked_sentences[i];
        const core::Document& d = c.documents[doc];
        const core::Sentence& sn = d.sentences[sentence];
        ImGui::PushID(static_cast<int>(i));
        std::string label(sentence_text(d, sn.begin, sn.end));
        if (label.empty()) label = d.title + " (this sentence is not in the bundle)";  // a bundle keeps the events' sentences
        ImGui::PushTextWrapPos(0);
        if (ImGui::Selectable(label.c_str(), false)) open_document(app, doc, sn.begin, sn.end);
        ImGui::PopTextWrapPos();
        record_item(app, "picked:" + std::to_string(i));
        ImGui::PopID();
    }
    ImGui::EndChild();
}

}  // namespace

void draw_comentions(Explorer& app) {
    ComentionState& s = app.comentions;
    bool changed = false;
    // Three short rows of options, so nothing is cut off in a narrow window.
    // Rows of options that wrap where the window is narrow.
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Show:");
    ImGui::SameLine();
    if (ImGui::RadioButton("matrix", !s.network)) s.network = false;
    record_item(app, "comentions:matrix");
    flow_same_line(checkbox_width("network"));
    if (ImGui::RadioButton("network", s.network)) s.network = true;
    record_item(app, "comentions:network");
    flow_same_line(text_width("counted within a"), app.theme.px(24));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("counted within a");
    const char* windows[] = {"sentence", "paragraph", "document"};
    for (int w = 0; w < 3; ++w) {
        flow_same_line(checkbox_width(windows[w]));
        if (ImGui::RadioButton(windows[w], static_cast<int>(s.window) == w)) {
            s.window = static_cast<CoMentionWindow>(w);
            changed = true;
        }
        record_item(app, std::string("window:") + windows[w]);
    }
    ImGui::SetNextItemWidth(app.theme.px(120));
    changed |= ImGui::SliderInt("min. count", &s.min_count, 1, 20);
    record_item(app, "slider:min-count");
    flow_same_line(app.theme.px(120) + text_width(" entities"), app.theme.px(24));
    ImGui::SetNextItemWidth(app.theme.px(120));
    changed |= ImGui::SliderInt("entities", &s.max_entities, 5, 60);
    record_item(app, "slider:entities");
    flow_same_line(checkbox_width("cluster rows"), app.theme.px(24));
    changed |= ImGui::Checkbox("cluster rows", &s.clustered);
    record_item(app, "comentions:cluster");
    for (int k = 0; k < core::kEntityKinds; ++k) {
        if (k) flow_same_line(checkbox_width(kKindNames[k]));
        changed |= ImGui::Checkbox(kKindNames[k], &s.kinds[k]);
        record_item(app, std::string("kind:") + kKindNames[k]);
    }
    if (changed) s.dirty = true;
    if (s.dirty) rebuild(app);
    if (s.matrix.n == 0) {
        ImGui::TextDisabled("No pair of entities is named together this often. Lower the minimum count.");
        return;
    }
    if (s.network) draw_network(app);
    else draw_matrix(app);
    if (!s.network) s.layout_running = false;
    draw_picked_sentences(app);
}

}  // namespace ui
