// The accessible mirror: what is on the canvas, as data for the page to keep in the DOM
// beside it (off screen, read by screen readers): the view's heading and summary, the items it
// lists, the selected event with its evidence, the reader's article, search results, the
// import report, and a sentence for the live region saying what just changed. Built only
// when the screen summary changes, never every frame.
//
//   vm::ScreenSummary now = ui::screen_summary(app);          // after each drawn frame: cheap
//   if (now != last) {
//       page.show(ui::mirror_json(app, vm::announce_change(last, now)));
//       last = now;
//   }
//   ui::mirror_action(app, "event:12");   // a button of the mirror was pressed ("view:timeline",
//                                         // "document:3", "hit:0", "entity:Japan", "type:nuclear_test",
//                                         // "filter:clear", "reader:close")
#pragma once
#include <string>

#include "ui/explorer.h"
#include "ui/models/announce.h"

namespace ui {

vm::ScreenSummary screen_summary(const Explorer& app);
std::string mirror_json(const Explorer& app, const std::string& announcement);
bool mirror_action(Explorer& app, const std::string& action);  // false: not understood

}  // namespace ui
