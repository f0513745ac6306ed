// The keyboard's walk through the explorer: Tab and Shift+Tab visit the named items of the
// last frame in the order they were drawn (the tab bar, then the view's controls, then the
// reader), wrapping at the ends. Marks drawn by the hundred (timeline events, network nodes,
// heatmap cells) are left out: the arrow keys reach them from their plot.
//
//   std::vector<std::string> order;              // filled while drawing
//   if (vm::takes_focus(name)) order.push_back(name);
//   focus = vm::next_focus(order, focus, shift ? -1 : +1);
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vm {

bool takes_focus(std::string_view item_name);

// The item after (direction +1) or before (-1) `current`; the first (or last) one when
// `current` is not in the order any more. Empty when there is nothing to focus.
std::string next_focus(const std::vector<std::string>& order, const std::string& current, int direction);

}  // namespace vm
