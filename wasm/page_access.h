// The page's side of touch, the accessible mirror and full screen (web/shell.html calls the
// exported functions in page_access.cpp; main.cpp calls these once per drawn frame).
//
//   after each drawn frame:  sync_accessible_mirror(app);   // the DOM mirror, only when the screen changed
#pragma once
#include "ui/explorer.h"

void install_access_hooks(ui::Explorer& app);   // Present (F) goes full screen through the page
void sync_accessible_mirror(const ui::Explorer& app);
ui::Explorer& page_explorer();                   // main.cpp's explorer, for the exported functions
void wake_page();                                // draw a few frames (input arrived outside GLFW)
