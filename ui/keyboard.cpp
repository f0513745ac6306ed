// [SECTION] The keyboard's focus: Tab order by item name, a visible ring, Enter presses.
#include "ui/keyboard.h"

#include <imgui.h>
#include <imgui_internal.h>  // the last item's flags (is it a text box?), ClearActiveID

#include <nlohmann/json.hpp>

#include "ui/models/keyboard_focus.h"
#include "ui/screen.h"
#include "ui/views.h"

namespace ui {
namespace {

void move_focus(Explorer& app, int direction) {
    KeyboardState& k = app.keyboard;
    // Leaving a text box: it stops taking the keys (ImGui would otherwise keep typing into it).
    if (ImGui::GetIO().WantTextInput) ImGui::ClearActiveID();
    k.focus = vm::next_focus(k.order, k.focus, direction);
    k.visible = !k.focus.empty();
    k.scroll_to_focus = true;
}

void activate_focus(Explorer& app) {
    KeyboardState& k = app.keyboard;
    if (k.focus == "timeline:plot") {
        // The plot's "press": read the event the arrows reached.
        if (app.selected_event >= 0) {
            open_event(app, app.selected_event);
            if (one_column(app)) app.screen.reader_sheet = true;
        }
        return;
    }
    // A click at the item's centre; Ctrl turns a slider into a number box (harmless on a text box).
    app.touch.gestures.pointer.click(k.focus_x + k.focus_w * 0.5f, k.focus_y + k.focus_h * 0.5f, k.focus_text_entry);
}

}  // namespace

std::vector<Key> take_focus_keys(Explorer& app, std::vector<Key> keys) {
    KeyboardState& k = app.keyboard;
    std::vector<Key> rest;
    for (Key key : keys) {
        const bool typing = ImGui::GetIO().WantTextInput;
        const bool focused = k.visible && !k.focus.empty();
        switch (key) {
            case Key::tab: move_focus(app, +1); break;
            case Key::shift_tab: move_focus(app, -1); break;
            case Key::enter:
            case Key::space:
                if (!typing && focused) activate_focus(app);
                break;
            case Key::present:
                if (!typing && app.screen.toggle_fullscreen) app.screen.toggle_fullscreen();
                break;
            case Key::up:
            case Key::down:
                if (!typing && focused) k.arrow_y += key == Key::down ? 1 : -1;
                break;
            case Key::left:
            case Key::right:
                if (!typing && focused && k.focus == "matrix") k.arrow_x += key == Key::right ? 1 : -1;
                else rest.push_back(key);
                break;
            case Key::escape:
            case Key::undo:
            case Key::redo: rest.push_back(key); break;
        }
    }
    return rest;
}

void note_item_for_keyboard(Explorer& app) {
    KeyboardState& k = app.keyboard;
    const ItemRect& r = app.item_rects.back();
    if (!vm::takes_focus(r.name)) return;
    k.drawing.push_back(r.name);
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool text_entry = (g.LastItemData.InFlags & ImGuiItemFlags_Inputable) != 0;
    if (text_entry && r.name.rfind("slider:", 0) != 0) k.drawing_text_boxes.push_back({r.x, r.y, r.w, r.h});
    // A click moves the focus there too, so Tab goes on from what was used last.
    if (ImGui::IsItemActivated() && !app.touch.driving) k.focus = r.name;
    if (r.name != k.focus) return;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    k.focus_x = min.x;
    k.focus_y = min.y;
    k.focus_w = max.x - min.x;
    k.focus_h = max.y - min.y;
    k.focus_text_entry = text_entry;
    if (k.scroll_to_focus) {
        k.scroll_to_focus = false;
        const ImRect clip = g.CurrentWindow->ClipRect;
        if (!clip.Contains(ImRect(min, max))) ImGui::SetScrollHereY(0.5f);
    }
    if (!k.visible) return;
    const float w = app.theme.px(3), gap = app.theme.px(2);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // A white line inside the blue one keeps the ring visible on a blue button as on white.
    dl->AddRect(ImVec2(min.x - gap - w * 0.5f, min.y - gap - w * 0.5f), ImVec2(max.x + gap + w * 0.5f, max.y + gap + w * 0.5f),
                app.theme.focus_ring, app.theme.px(4), 0, w);
    dl->AddRect(ImVec2(min.x - gap + w * 0.5f, min.y - gap + w * 0.5f), ImVec2(max.x + gap - w * 0.5f, max.y + gap - w * 0.5f),
                IM_COL32_WHITE, app.theme.px(3), 0, std::max(1.0f, w * 0.4f));
}

void end_keyboard_frame(Explorer& app) {
    KeyboardState& k = app.keyboard;
    k.order.swap(k.drawing);
    k.drawing.clear();
    k.text_boxes.swap(k.drawing_text_boxes);
    k.drawing_text_boxes.clear();
    k.arrow_x = k.arrow_y = 0;
    // A real mouse click hides the ring, as browsers do for :focus-visible.
    if (ImGui::IsMouseClicked(0) && !app.touch.driving) k.visible = false;
}

bool has_keyboard_focus(const Explorer& app, std::string_view name) {
    return app.keyboard.visible && app.keyboard.focus == name;
}

void add_keyboard_state(const Explorer& app, nlohmann::json& s) {
    const KeyboardState& k = app.keyboard;
    s["focus"] = k.visible ? k.focus : std::string();
    const float sc = app.theme.pixel_scale;
    s["focus_rect"] = {k.focus_x / sc, k.focus_y / sc, k.focus_w / sc, k.focus_h / sc};
    s["focus_order"] = k.order;
}

}  // namespace ui
