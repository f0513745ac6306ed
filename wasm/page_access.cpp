// Touch, the accessible mirror and full screen, between the page (web/shell.html) and the
// explorer. Touches never reach Emscripten's GLFW (the page stops them): they come here.
#include "wasm/page_access.h"

#include <emscripten.h>

#include <string>

#include "ui/accessible_mirror.h"

namespace {

vm::ScreenSummary last_summary;
bool mirror_started = false;

}  // namespace

void install_access_hooks(ui::Explorer& app) {
    app.screen.toggle_fullscreen = [] { EM_ASM({ explorerToggleFullscreen(); }); };
}

void sync_accessible_mirror(const ui::Explorer& app) {
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

// A coarse pointer (a touch screen) is known before the first touch: finger-sized targets at once.
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_set_touch(int touch) {
    page_explorer().screen.touch = touch != 0;
    wake_page();
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_set_fullscreen(int fullscreen) {
    page_explorer().screen.fullscreen = fullscreen != 0;
    wake_page();
}

// A button of the accessible mirror: "view:timeline", "event:12", ... (ui/accessible_mirror.h).
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_mirror_act(const char* action) {
    const bool done = ui::mirror_action(page_explorer(), action ? action : "");
    wake_page();
    return done ? 1 : 0;
}
