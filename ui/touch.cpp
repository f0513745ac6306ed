// [SECTION] Fingers and synthetic clicks as ImGui's mouse (and Tab kept from ImGui). Touches arrive in CSS pixels; the
// gestures (ui/models/touch_gestures.h) turn them into pointer steps, fed to ImGui one per
// frame in place of the mouse, and into pinches that the timeline and the network take.
#include <imgui.h>

#include <cfloat>

#include "ui/explorer.h"

namespace ui {
namespace {

// Where one finger drags like a mouse (pans, moves a node, slides) instead of scrolling.
bool drags_like_a_mouse(const Explorer& app, float css_x, float css_y) {
    for (const ItemRect& r : app.item_rects) {
        if (r.name != "timeline:plot" && r.name != "network" && r.name.rfind("slider:", 0) != 0) continue;
        if (css_x >= r.x && css_x < r.x + r.w && css_y >= r.y && css_y < r.y + r.h) return true;
    }
    return false;
}

}  // namespace

void touch_event(Explorer& app, TouchPhase phase, int id, float x, float y, double ms) {
    TouchState& t = app.touch;
    const float scale = app.theme.pixel_scale;
    app.screen.touch = true;  // from now on, finger-sized targets (applied between gestures)
    app.keyboard.visible = false;
    t.driving = true;
    t.gestures.slop = 10.0f * scale;
    switch (phase) {
        case TouchPhase::start: t.gestures.start(id, x * scale, y * scale, ms, drags_like_a_mouse(app, x, y)); break;
        case TouchPhase::move: t.gestures.move(id, x * scale, y * scale, ms); break;
        case TouchPhase::end: t.gestures.end(id, ms); break;
        case TouchPhase::cancel: t.gestures.cancel(); break;
        case TouchPhase::tick: t.gestures.tick(ms); break;
    }
}

void mouse_moved(Explorer& app) { app.touch.driving = false; }

void type_text(Explorer&, const std::string& utf8) { ImGui::GetIO().AddInputCharactersUTF8(utf8.c_str()); }

void text_key(Explorer& app, int imgui_key) {
    if (imgui_key == ImGuiKey_Tab) key_pressed(app, Key::tab);
    else app.touch.text_keys.push_back(imgui_key);
}

bool text_box_at(const Explorer& app, float x, float y) {
    for (const KeyboardState::Box& b : app.keyboard.text_boxes)
        if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) return true;
    return false;
}

void before_new_frame(Explorer& app) {
    TouchState& t = app.touch;
    ImGuiIO& io = ImGui::GetIO();
    vm::PointerStep step;
    const bool fresh = t.gestures.pointer.pop(step);
    if (fresh) {
        t.current = step;
        t.driving = true;
        t.settle_frames = 3;  // hover and tooltips catch up a frame or two after the last step
    } else if (t.settle_frames > 0) {
        --t.settle_frames;
    }
    // Tab belongs to the explorer's own focus walk (ui/keyboard.h): ImGui would tab into its
    // text boxes and start typing there.
    const int tab = io.KeyMap[ImGuiKey_Tab];
    if (tab >= 0 && tab < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[tab] = false;
    // An on-screen keyboard's key: down for this frame, up the next.
    if (t.held_key >= 0) {
        io.KeysDown[t.held_key] = false;
        t.held_key = -1;
    } else if (!t.text_keys.empty()) {
        const int key = io.KeyMap[t.text_keys.front()];
        t.text_keys.erase(t.text_keys.begin());
        if (key >= 0 && key < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[t.held_key = key] = true;
    }
    // This frame's pinch: what the fingers did since the last frame.
    t.pinch = t.gestures.take_pinch();
    if (t.pinch.active()) t.settle_frames = 3;
    if (!t.driving) return;
    const vm::PointerStep& s = t.current;
    io.MousePos = s.leave ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(s.x, s.y);
    io.MouseDown[0] = s.down && !s.leave;
    if (fresh && (s.wheel_x != 0 || s.wheel_y != 0)) {
        // ImGui 1.86 scrolls five lines per vertical wheel notch and two per horizontal one: the
        // content then moves as far as the finger did.
        const float line = app.theme.body() ? app.theme.body()->FontSize : 17.0f * app.theme.pixel_scale;
        io.MouseWheel += s.wheel_y / (5.0f * line);
        io.MouseWheelH += s.wheel_x / (2.0f * line);
    }
    // Ctrl only for the steps that ask for it; the key callback sets it again on a real key.
    if (s.ctrl && !s.leave) {
        io.KeyCtrl = true;
        t.forced_ctrl = true;
    } else if (t.forced_ctrl) {
        io.KeyCtrl = false;
        t.forced_ctrl = false;
    }
}

void mouse_click_count(Explorer& app, int count) { app.touch.browser_clicks = count; }

void after_new_frame(Explorer& app) {
    const int count = app.touch.browser_clicks;
    app.touch.browser_clicks = 0;
    ImGuiIO& io = ImGui::GetIO();
    // Two presses that fell between the same two frames, or frames drawn further apart than
    // io.MouseDoubleClickTime, are one click or two to ImGui; the browser knows better.
    if (count < 2 || io.MouseClickedCount[0] >= count) return;
    io.MouseClickedCount[0] = io.MouseClickedLastCount[0] = static_cast<ImU16>(count);
    io.MouseDoubleClicked[0] = count == 2;
}

bool input_pending(const Explorer& app) {
    const TouchState& t = app.touch;
    return !t.gestures.pointer.empty() || t.settle_frames > 0 || t.gestures.pinching() || !t.text_keys.empty() ||
           t.held_key >= 0;
}

}  // namespace ui
