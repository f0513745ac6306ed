// The keyboard's own walk through the explorer, with a visible focus ring. Dear ImGui 1.86
// tabs only between text boxes and presses buttons with Space alone, so the explorer keeps
// its focus by item name: Tab / Shift+Tab go through the tab bar, the view's controls and the
// reader in drawing order; Enter or Space presses the focused item (a click at its centre, fed
// through the same pointer queue as a finger's tap); a text box or a slider then takes typing.
// On the timeline's plot Left/Right step through the events and Enter opens the one reached;
// on the co-mention matrix the arrows move between cells; on the reader's text Up/Down scroll.
//
//   handle_keys:  keys = take_focus_keys(app, std::move(keys));   // the rest go to the views
//   record_item:  note_item_for_keyboard(app);                     // after each named item
//   draw_explorer, last: end_keyboard_frame(app);
//   a view:       if (has_keyboard_focus(app, "matrix")) move by app.keyboard.arrow_x / arrow_y
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string_view>
#include <vector>

#include "ui/explorer.h"

namespace ui {

std::vector<Key> take_focus_keys(Explorer& app, std::vector<Key> keys);
void note_item_for_keyboard(Explorer& app);
void end_keyboard_frame(Explorer& app);
bool has_keyboard_focus(const Explorer& app, std::string_view name);
void add_keyboard_state(const Explorer& app, nlohmann::json& state);

}  // namespace ui
