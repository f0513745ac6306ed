// The views of the explorer, one file each. They draw into the current ImGui window
// and change the shared selection through the actions in ui/explorer.h.
#pragma once
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui/explorer.h"

namespace ui {

void draw_overview(Explorer& app);
void build_overview(Explorer& app);  // at load: the counts the overview shows
void draw_timeline(Explorer& app);
void draw_comentions(Explorer& app);
void draw_document_list(Explorer& app);
void draw_search(Explorer& app);
void draw_reader(Explorer& app);
void draw_data(Explorer& app);
void draw_quality(Explorer& app);
void draw_entity_edit(Explorer& app);  // the reader's panel for the selected entity: rename, merge, split
void draw_name_words(Explorer& app);   // the reader's panel for words picked in the text: alias or new entity
// A lexicon addition: `name` (of `kind` when new) takes `spellings` as its names, the corpus is
// read again, and `name` becomes the selected entity (and replaces `replaces` in the filter).
bool add_entity_names(Explorer& app, const std::string& name, core::EntityKind kind, const std::vector<std::string>& spellings,
                      const std::string& replaces);
// The reader's text under the mouse: `offset` the byte under it (-1: none), a press, a held button.
void pick_words(Explorer& app, int document, long offset, bool pressed, bool held, bool shift);
void add_words_state(const Explorer& app, nlohmann::json& state);  // "reader_words": the words picked
// Entity pickers shared by the entity panels; the items are recorded as ID:NAME for tests.
bool kind_combo(Explorer& app, const char* id, int& kind);  // true when a kind was picked
int entity_combo(Explorer& app, const char* id, const char* preview, int excluded);  // the entity picked, or -1
void draw_set_date(Explorer& app, int document);  // the reader's box for an undated document

// [SECTION] curation (ui/curation.cpp, ui/view_curation.cpp)
void curation_at_load(Explorer& app);  // keeps the extracted events, applies the steps in effect
void refresh_events(Explorer& app);    // after the events changed: keys, filter, overview, reader spans
// The selected event's controls: accept, reject, type, date, actors. `where` prefixes the
// recorded item names ("reader", "timeline"): both may be on screen at once.
void draw_event_curation(Explorer& app, int event, const char* where);
void draw_add_event(Explorer& app);      // the reader's panel for the sentence clicked
void draw_rejected_events(Explorer& app);  // the rejected events, each with Restore
void pick_sentence(Explorer& app, int document, uint32_t offset);  // a click in the reader's text
ImU32 curation_colour(const std::string& status);  // the outline of a curated event's mark
void add_curation_state(const Explorer& app, nlohmann::json& state);

// Classroom stepping (left/right keys) through dated events in time order.
void step_classroom(Explorer& app, int direction);

// [SECTION] small drawing helpers shared by the views
void heading(Explorer& app, const char* text);
bool link_button(Explorer& app, const char* label, const char* item_name);  // a button recorded for tests
std::string event_summary(const Explorer& app, int event);  // "missile launch, 2022-11-17 (text): North Korea"
bool released_without_drag();  // the left button went up without moving: a click, not a drag
void filter_by_entity(Explorer& app, const std::string& name);  // adds it to the filter and highlights it
void open_search_hit(Explorer& app, std::size_t hit);  // the reader at the sentence holding a search hit
std::string_view sentence_text(const core::Document& d, uint32_t begin, uint32_t end);

}  // namespace ui
