// Touch, the accessible mirror and full screen, between the page (web/shell.html) and the
// explorer. Touches never reach Emscripten's GLFW (the page stops them): they come here.
#include "wasm/page_access.h"

#include <emscripten.h>
#include <imgui.h>

#include <string>

#include "ui/accessible_mirror.h"

namespace {

vm::ScreenSummary last_summary;
bool mirror_started = false;
bool proxy_typing = false;  // the page's text proxy has the focus (a phone's keyboard is up)

}  // namespace

void install_access_hooks(ui::Explorer& app) {
    app.screen.toggle_fullscreen = [] { EM_ASM({ explorerToggleFullscreen(); }); };
}

void sync_text_proxy(const ui::Explorer& app) {
    // On a touch screen a text box taking typing needs a focused text field of the page for the
    // on-screen keyboard; when it stops, the keyboard goes away.
    const bool typing = app.theme.touch && ImGui::GetIO().WantTextInput;
    if (typing == proxy_typing) return;
    proxy_typing = typing;
    EM_ASM({ explorerTextProxy($0); }, typing ? 1 : 0);
}

void sync_accessible_mirror(const ui::Explorer& app) {
    sync_text_proxy(app);
    if (!mirror_started) EM_ASM({ explorerAccessStart(); });  // a touch screen known before the first touch
    vm::ScreenSummary now = ui::screen_summary(app);
    if (mirror_started && now == last_summary) return;
    const std::string said = mirror_started ? vm::announce_change(last_summary, now) : std::string();
    const std::string json = ui::mirror_json(app, said);
    EM_ASM({ explorerMirror(UTF8ToString($0)); }, json.c_str());
    last_summary = std::move(now);
    mirror_started = true;
}

// phase: 0 start, 1 move, 2 end, 3 cancel, 4 the long-press timer; x, y in CSS pixels from the
// canvas' top left; ms on the clock of the events' timeStamp.
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_touch(int phase, int id, float x, float y, double ms) {
    if (phase < 0 || phase > 4) return;
    ui::touch_event(page_explorer(), static_cast<ui::TouchPhase>(phase), id, x, y, ms);
    wake_page();
}

// A press of the primary mouse button on the canvas, with the browser's click count (2: a double-click).
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_mouse_clicks(int count) {
    ui::mouse_click_count(page_explorer(), count);
    wake_page();
}

// A coarse pointer (a touch screen) is known before the first touch: finger-sized targets at once.
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_set_touch(int touch) {
    page_explorer().screen.touch = touch != 0;
    wake_page();
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_set_fullscreen(int fullscreen) {
    page_explorer().screen.fullscreen = fullscreen != 0;
    wake_page();
}

// The on-screen keyboard, through the page's text proxy: text as typed, and editing keys
// (1 Backspace, 2 Enter, 3 Tab, 4 Escape, 5 Left, 6 Right, 7 Delete, 8 Home, 9 End).
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_type_text(const char* utf8) {
    ui::type_text(page_explorer(), utf8 ? utf8 : "");
    wake_page();
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_text_key(int key) {
    static const int keys[] = {ImGuiKey_Backspace, ImGuiKey_Enter, ImGuiKey_Tab, ImGuiKey_Escape, ImGuiKey_LeftArrow,
                               ImGuiKey_RightArrow, ImGuiKey_Delete, ImGuiKey_Home, ImGuiKey_End};
    if (key < 1 || key > 9) return;
    ui::text_key(page_explorer(), keys[key - 1]);
    wake_page();
}

// Whether a tap at (x, y), CSS pixels, lands on a text box: the page then focuses its text proxy
// while the tap is still a user gesture (iOS opens the keyboard only then).
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_text_box_at(float x, float y) {
    return ui::text_box_at(page_explorer(), x, y) ? 1 : 0;
}

// A button of the accessible mirror: "view:timeline", "event:12", ... (ui/accessible_mirror.h).
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_mirror_act(const char* action) {
    const bool done = ui::mirror_action(page_explorer(), action ? action : "");
    wake_page();
    return done ? 1 : 0;
}
