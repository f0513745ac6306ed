// What the explorer keeps about the screen it is on and the input that is not a mouse:
// the layout by width, fingers, and the keyboard's focus. ui/screen.cpp, ui/touch.cpp and
// ui/keyboard.cpp use it; ui/explorer.h holds one of each in the Explorer.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "ui/models/screen_layout.h"
#include "ui/models/touch_gestures.h"

namespace ui {

struct ScreenState {
    vm::ScreenLayout layout;
    float css_width = 0, css_height = 0;
    bool touch = false;            // a finger is the pointer: larger targets (set by the platform)
    bool styled_for_touch = false; // the look was last applied with `touch`
    bool reader_sheet = false;     // one column: the reader covers the view
    int sheet_view = -1;           // the view the sheet was opened over
    int document_opens = 0;        // counts open_document calls; a rise while a view draws opens the sheet
    bool title_whole = false;      // the title, tapped, shows unshortened
    bool fullscreen = false;       // as the platform last reported it
    std::function<void()> toggle_fullscreen;  // the Present key (F); empty where there is none
};

struct TouchState {
    vm::TouchGestures gestures;    // fingers -> pointer steps and pinches
    bool driving = false;          // the pointer steps own ImGui's mouse until the real mouse moves
    vm::PointerStep current;       // the step applied last (a resting finger keeps its place)
    vm::Pinch pinch;               // this frame's two-finger zoom and pan, for the view under it
    int settle_frames = 0;         // frames still to draw after the last step
    bool forced_ctrl = false;      // io.KeyCtrl was set for a step, to be cleared after it
    // Keys from a phone's on-screen keyboard (through the page's text proxy), one per frame:
    // held for a frame, released the next, as ImGui 1.86 needs.
    std::vector<int> text_keys;    // ImGuiKey_ values
    int held_key = -1;             // the io.KeysDown index pressed last frame
    // The browser's count for the last press of the mouse (2: a double-click), for the next frame.
    // It is judged on the events' own times and the system's double-click speed, where ImGui's
    // count is judged on frames, which a slow machine draws too far apart.
    int browser_clicks = 0;
};

struct KeyboardState {
    std::string focus;                  // the named item Tab reached ("" none)
    bool visible = false;               // the focus ring shows (after a key, not after a click)
    bool scroll_to_focus = false;       // bring the focused item into view while it is drawn
    std::vector<std::string> order;     // focusable items of the last frame, in drawing order
    std::vector<std::string> drawing;   // ... of this frame, being collected
    float focus_x = 0, focus_y = 0, focus_w = 0, focus_h = 0;  // its rectangle, ImGui pixels
    bool focus_text_entry = false;      // a text box or a slider: Enter types into it
    struct Box {
        float x, y, w, h;               // CSS pixels
    };
    std::vector<Box> text_boxes, drawing_text_boxes;  // text boxes of the last frame (a tap there brings up a phone's keyboard)
    int arrow_x = 0, arrow_y = 0;       // arrows for the focused plot this frame (matrix cells)
};

}  // namespace ui
