// The views of the explorer, one file each. They draw into the current ImGui window
// and change the shared selection through the actions in ui/explorer.h.
#pragma once
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
void draw_set_date(Explorer& app, int document);  // the reader's box for an undated document

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
