// [SECTION] Naming words picked in the reader: a drag across the text (or a double click on a
// word, a Shift+click to reach further) picks whole words; the panel makes them a name of an
// entity the corpus has, or a new entity. Both are lexicon additions (add_entity_names), so
// the extractor finds the words in every article, not only where they were picked.
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

constexpr uint32_t kMaxWordsBytes = 100;  // a name, not a sentence

bool letter_or_digit(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Joiners count as part of a word between two letters: "Jong-un", "O'Brien", "U.S".
bool joiner(unsigned char c) { return c == '-' || c == '\'' || c == '.'; }

bool in_word(std::string_view text, std::size_t i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (letter_or_digit(c)) return true;
    return joiner(c) && i > 0 && i + 1 < text.size() && letter_or_digit(static_cast<unsigned char>(text[i - 1])) &&
           letter_or_digit(static_cast<unsigned char>(text[i + 1]));
}

struct Span {
    uint32_t begin = 0, end = 0;
    bool empty() const { return end <= begin; }
};

Span word_at(std::string_view text, long offset) {
    if (offset < 0 || static_cast<std::size_t>(offset) >= text.size() || !in_word(text, static_cast<std::size_t>(offset))) return {};
    std::size_t b = static_cast<std::size_t>(offset), e = b;
    while (b > 0 && in_word(text, b - 1)) --b;
    while (e < text.size() && in_word(text, e)) ++e;
    // "Korea's": the possessive is no part of the name.
    if (e - b > 2 && text[e - 2] == '\'' && (text[e - 1] == 's' || text[e - 1] == 'S')) e -= 2;
    return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

// The words from one picked word to another, on one line and not too long to be a name.
Span words_between(std::string_view text, Span a, Span b) {
    const Span s{std::min(a.begin, b.begin), std::max(a.end, b.end)};
    if (s.empty() || s.end - s.begin > kMaxWordsBytes) return {};
    if (text.substr(s.begin, s.end - s.begin).find('\n') != std::string_view::npos) return {};
    return s;
}

void select_words(Explorer& app, int document, Span s) {
    EntityEditState& w = app.entity_edit;
    const bool changed = w.words_document != document || w.words_begin != s.begin || w.words_end != s.end;
    w.words_document = document;
    w.words_begin = s.begin;
    w.words_end = s.end;
    if (!changed) return;
    // Words picked are for naming: the add-event tools of the sentence pressed on give way.
    app.curation.add_document = -1;
    const std::string_view text = app.corpus.documents[document].text;
    const std::string_view words = text.substr(s.begin, s.end - s.begin);
    const std::size_t n = std::min(words.size(), sizeof w.words_name - 1);
    std::memcpy(w.words_name, words.data(), n);
    w.words_name[n] = '\0';
}

std::string picked_words(const Explorer& app) {
    const EntityEditState& w = app.entity_edit;
    if (w.words_document != app.selected_document || w.words_end <= w.words_begin) return {};
    return std::string(sentence_text(app.corpus.documents[w.words_document], w.words_begin, w.words_end));
}

void clear_words(EntityEditState& w) {
    w.words_document = -1;
    w.words_begin = w.words_end = 0;
    w.words_dragging = false;
}

}  // namespace

void pick_words(Explorer& app, int document, long offset, bool pressed, bool held, bool shift) {
    EntityEditState& w = app.entity_edit;
    const std::string_view text = app.corpus.documents[document].text;
    const Span here = word_at(text, offset);
    if (pressed) {
        if (!shift) clear_words(w);  // a new click starts again: a sentence, or new words
        if (shift && w.words_document == document && !here.empty()) {
            const Span s = words_between(text, {w.words_begin, w.words_end}, here);
            if (!s.empty()) select_words(app, document, s);
            return;
        }
        w.words_dragging = !here.empty();
        w.words_anchor = here.begin;
        if (ImGui::IsMouseDoubleClicked(0) && !here.empty()) select_words(app, document, here);
        return;
    }
    if (!held) {
        w.words_dragging = false;
        return;
    }
    // A drag from the word pressed to the word under the mouse now.
    if (!w.words_dragging || here.empty() || !ImGui::IsMouseDragging(0)) return;
    const Span anchor = word_at(text, w.words_anchor);
    const Span s = words_between(text, anchor, here);
    if (!s.empty()) select_words(app, document, s);
}

void draw_name_words(Explorer& app) {
    const std::string words = picked_words(app);
    if (words.empty()) {
        // With no sentence picked, the add-event panel's hint says this already.
        if (app.curation.add_document == app.selected_document)
            ImGui::TextDisabled("Drag across words (or double-click one) to make them a name.");
        return;
    }
    EntityEditState& w = app.entity_edit;
    const std::string header = "Name the words \"" + words + "\"###name-words";
    const bool open = ImGui::CollapsingHeader(header.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    record_item(app, "words:panel");
    if (!open) return;
    ImGui::PushID("name-words");
    const bool busy = import_running(app);
    if (busy) ImGui::BeginDisabled();

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Another name of");
    ImGui::SameLine();
    const int target = entity_combo(app, "alias", "an entity...", -1);
    if (target >= 0) {
        const core::Entity& e = app.corpus.entities[target];
        const std::string name = e.name;
        if (add_entity_names(app, name, e.kind, {words}, std::string())) {
            app.data.note = "\"" + words + "\" is now a name of " + name + "; reading the corpus again.";
            clear_words(w);
        }
    }
    record_item(app, "words:alias-of");

    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("A new entity");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(app.theme.px(180));
    ImGui::InputText("##new-name", w.words_name, sizeof w.words_name);
    record_item(app, "words:name");
    flow_same_line(app.theme.px(130));
    kind_combo(app, "words-kind", w.words_kind);
    record_item(app, "words:kind");
    flow_same_line(text_width("Create Clear") + app.theme.px(40));
    if (link_button(app, "Create", "words:create") && w.words_name[0]) {
        const std::string name = w.words_name;
        if (add_entity_names(app, name, static_cast<core::EntityKind>(w.words_kind), {words}, std::string())) {
            app.data.note = "New " + std::string(core::entity_kind_name(static_cast<core::EntityKind>(w.words_kind))) + " " + name +
                            " named by \"" + words + "\"; reading the corpus again.";
            clear_words(w);
        }
    }
    ImGui::SameLine();
    if (link_button(app, "Clear", "words:clear")) clear_words(w);
    if (busy) ImGui::EndDisabled();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("The extractor then finds these words in every article; the lexicon export keeps them.");
    ImGui::PopTextWrapPos();
    if (!app.data.lexicon_error.empty()) ImGui::TextColored(app.theme.error, "%s", app.data.lexicon_error.c_str());
    ImGui::PopID();
}

void add_words_state(const Explorer& app, nlohmann::json& s) {
    s["reader_words"] = picked_words(app);
    nlohmann::json mentions = nlohmann::json::object();  // the entities' mention counts, by name
    for (const core::Entity& e : app.corpus.entities) mentions[e.name] = {{"kind", core::entity_kind_name(e.kind)}, {"mentions", e.mentions}};
    s["entity_mentions"] = std::move(mentions);
}

}  // namespace ui
