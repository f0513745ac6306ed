// [SECTION] Search: keyword in context over every article, grouped by document.
#include <imgui.h>

#include <algorithm>

#include "ui/models/kwic.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

constexpr std::size_t kMaxHits = 2000;  // more is not readable; the count says so

// What search reads of a document: its text, or for a bundle's document each excerpt.
struct Piece {
    uint32_t document, base;  // base: the piece's offset in the document
    std::string_view text;
};

void run_search(Explorer& app) {
    SearchState& s = app.search;
    s.last_query = s.query;
    std::vector<Piece> pieces;
    pieces.reserve(app.corpus.documents.size());
    for (uint32_t i = 0; i < app.corpus.documents.size(); ++i) {
        const core::Document& d = app.corpus.documents[i];
        if (d.excerpts.empty()) pieces.push_back({i, 0, d.text});
        for (const core::Excerpt& x : d.excerpts) pieces.push_back({i, x.begin, core::excerpt_text(d, x)});
    }
    std::vector<std::string_view> texts;
    texts.reserve(pieces.size());
    for (const Piece& p : pieces) texts.push_back(p.text);
    s.hits = vm::find_phrase(texts, s.last_query, kMaxHits + 1);
    s.truncated = s.hits.size() > kMaxHits;
    if (s.truncated) s.hits.resize(kMaxHits);
    s.rows.clear();
    for (std::size_t i = 0; i < s.hits.size(); ++i) {
        vm::KwicHit& h = s.hits[i];
        const Piece& p = pieces[static_cast<std::size_t>(h.document)];
        const std::string_view text = p.text;
        const std::string row = "..." + vm::kwic_left(text, h.begin, 70) + "[" + std::string(text.substr(h.begin, h.end - h.begin)) +
                                "]" + vm::kwic_right(text, h.end, 70) + "...";
        h.document = static_cast<int>(p.document);  // from here on, offsets in the document
        h.begin += p.base;
        h.end += p.base;
        if (i == 0 || s.hits[i - 1].document != h.document) s.rows.push_back({-1, app.corpus.documents[h.document].title});
        s.rows.push_back({static_cast<int>(i), row});
    }
}

}  // namespace

void open_search_hit(Explorer& app, std::size_t hit) {
    if (hit >= app.search.hits.size()) return;
    const vm::KwicHit& h = app.search.hits[hit];
    // Open at the sentence that holds the hit.
    const core::Document& d = app.corpus.documents[h.document];
    std::size_t b = h.begin, e = h.end;
    for (const core::Sentence& sn : d.sentences)
        if (sn.begin <= h.begin && sn.end >= h.end) { b = sn.begin; e = sn.end; break; }
    open_document(app, h.document, b, e);
}

void draw_search(Explorer& app) {
    SearchState& s = app.search;
    ImGui::SetNextItemWidth(std::min(app.theme.px(360), ImGui::GetContentRegionAvail().x - button_width("Search") -
                                                            ImGui::GetStyle().ItemSpacing.x));
    const bool enter = ImGui::InputTextWithHint("##search", "A word or phrase, e.g. ballistic missile", s.query,
                                                sizeof s.query, ImGuiInputTextFlags_EnterReturnsTrue);
    record_item(app, "search:box");
    ImGui::SameLine();
    const bool clicked = ImGui::Button("Search");
    record_item(app, "search:go");
    if (enter || clicked || (s.last_query != s.query && std::string_view(s.query).size() >= 3)) run_search(app);
    if (s.last_query.empty()) {
        ImGui::TextDisabled("Type a word or phrase: matches are whole words, in any case.");
        return;
    }
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s%zu matches for \"%s\"", s.truncated ? "first " : "", s.hits.size(), s.last_query.c_str());
    ImGui::PopTextWrapPos();
    ImGui::BeginChild("search-hits");
    // Rows of one height (headings in the body font, in colour), so the clipper can skip
    // everything off screen.
    // On a touch screen every row is a finger high, headings too, so the clipper still sees one height.
    const float tall = row_height(app);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(s.rows.size()));
    while (clipper.Step()) {
        for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
            const SearchState::Row& row = s.rows[r];
            if (row.hit < 0) {
                if (tall > 0) {
                    const ImVec2 p = ImGui::GetCursorScreenPos();
                    ImGui::Dummy(ImVec2(1, tall));
                    ImGui::GetWindowDrawList()->AddText(ImVec2(p.x, p.y + (tall - ImGui::GetFontSize()) * 0.5f),
                                                        ImGui::GetColorU32(app.theme.link), row.text.c_str());
                } else {
                    ImGui::TextColored(app.theme.link, "%s", row.text.c_str());
                }
                continue;
            }
            ImGui::PushID(row.hit);
            if (ImGui::Selectable(row.text.c_str(), false, 0, ImVec2(0, tall))) open_search_hit(app, static_cast<std::size_t>(row.hit));
            record_item(app, "hit:" + std::to_string(row.hit));
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
}

}  // namespace ui
