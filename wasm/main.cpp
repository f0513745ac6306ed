// The browser explorer: Emscripten's GLFW + WebGL2 around the same ui/ as the desktop app.
// The page (web/shell.html) sizes the canvas with CSS; each frame this sets the backing
// store to CSS size x devicePixelRatio, so text stays crisp on high-DPI screens.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/heap.h>
#include <emscripten/html5.h>
#include <malloc.h>
#include <unistd.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <new>
#include <string>
#include <vector>

#include "core/embedded.h"
#include "ui/explorer.h"
#include "wasm/page_access.h"

namespace {

struct Page {
    GLFWwindow* window = nullptr;
    ui::Explorer app;
    int width = 0, height = 0;  // canvas backing store, in device pixels
    double pixel_ratio = 0;
    std::string state;          // keeps the string explorer_state_json() returns alive
    int frames_to_draw = 3;     // idle pages draw nothing: input and resizes ask for a few frames
    std::string last_hash;      // the URL hash last given to the page
    ui::View last_view = ui::View::overview;
    bool saved_classroom = false;
    ui::LaneGrouping saved_grouping = ui::LaneGrouping::by_type;
    // The corpus kept in IndexedDB (web/shell.html): nothing is saved while the corpus is opening
    // (DataState::opening), or the example corpus would overwrite it.
    std::uint64_t session_saved = 0;  // ui::session_revision when last handed over
    int corpus_saved = -1;            // imports_finished when the corpus was last handed over
    int too_large_said = -1;          // imports_finished when the corpus was said to be too large to keep
    bool import_slices_queued = false;  // a slice of the running import waits as a task of the page
    double progress_drawn_ms = 0;       // when a frame last drew a build's progress
    bool keep_queued = false;           // keeping the session waits as a task of the page
    // A new corpus goes to the page a piece at a time, a task each (explorer_keep_piece): the
    // page answers between pieces, and the corpus is never held twice in the program's memory.
    bool keeping = false;
    std::size_t keep_next = 0;  // the next article to hand over
    int keep_imports = -1;      // imports_finished of the corpus being handed over
};

// About this much article text a piece: a few tens of milliseconds of work.
constexpr std::size_t kKeepPieceText = std::size_t{4} << 20;

Page page;

// A corpus being handed over to the page in pieces is dropped there.
void stop_keeping() {
    if (!page.keeping) return;
    page.keeping = false;
    EM_ASM({ explorerKeepAbort(); });
}

std::vector<core::SourceFile> embedded_files() {
    std::vector<core::SourceFile> files;
    for (const embedded::File& f : embedded::seeds()) files.push_back({std::string(f.name), std::string(f.bytes)});
    return files;
}

// The heap: what malloc holds now, the most it ever took from the browser (wasm memory
// never shrinks), and the ceiling (-sMAXIMUM_MEMORY), lowered by tests through
// explorer_set_memory_limit so an oversize corpus stays small.
std::uint64_t g_memory_limit_for_tests = 0;
vm::MemoryUse heap_use() {
    const struct mallinfo m = mallinfo();
    const std::uint64_t top = reinterpret_cast<std::uintptr_t>(sbrk(0));
    vm::MemoryUse use;
    use.used = top - static_cast<std::uint64_t>(m.fordblks);
    use.peak = top;
    use.limit = emscripten_get_heap_max();
    if (g_memory_limit_for_tests && g_memory_limit_for_tests < use.limit) use.limit = g_memory_limit_for_tests;
    return use;
}

// [SECTION] what the page does for the explorer (web/shell.html defines the JavaScript functions)
void install_platform_hooks(ui::Explorer& app) {
    app.platform.pick_files = [](bool folder) { EM_ASM({ explorerPickFiles($0); }, folder ? 1 : 0); };
    app.platform.save_file = [](const std::string& name, const std::string& mime, const std::string& bytes) {
        EM_ASM({ explorerDownload(UTF8ToString($0), UTF8ToString($1), $2, $3); }, name.c_str(), mime.c_str(),
               bytes.data(), bytes.size());
        return "Downloaded " + name + " (" + std::to_string(bytes.size()) + " bytes).";
    };
    app.platform.memory = heap_use;
    app.platform.imports_between_frames = true;
    app.platform.forget_session = [] {
        stop_keeping();
        EM_ASM({ explorerForgetSession(); });
        page.corpus_saved = -1;
    };
}

// After an import, a rebuild or a curation step: the pieces to the page, which writes them to
// IndexedDB in the background. The corpus goes only when it changed, in pieces: steps are small,
// corpora not.
// True when there is something new to keep: a corpus or a step since the last hand-over, once the
// page has looked for a kept corpus and no import runs.
bool session_changed(const ui::Explorer& app) {
    return !app.data.opening && !ui::import_running(app) && ui::session_revision(app) != page.session_saved;
}

// A copy of a corpus near the memory ceiling does not fit: the corpus on screen matters more.
void cannot_keep(ui::Explorer& app) {
    ui::session_problem(app, "(kept in this browser)",
                        "the corpus is too large to keep a copy in this browser; it will not be restored on the next visit");
    stop_keeping();
    EM_ASM({ explorerForgetSession(); });  // not an older corpus in its place either
    app.data.session_kept = false;
    page.corpus_saved = -1;
}

// The curation, and the corpus's pieces handed over so far when `with_corpus`, to IndexedDB.
void hand_over_session(ui::Explorer& app, bool with_corpus) {
    std::string curation;
    try {
        curation = ui::session_curation(app);
    } catch (const std::bad_alloc&) {
        cannot_keep(app);
        return;
    }
    EM_ASM({ explorerKeepSession($0, UTF8ToString($1), $2, $3); }, with_corpus ? 1 : 0, curation.c_str(),
           app.data.imported.articles.size(), app.curation.applied);
    if (with_corpus) page.corpus_saved = page.keep_imports;
    app.data.session_kept = true;
}

void queue_keep_piece() {
    EM_ASM({ setTimeout(function () { Module._explorer_keep_piece(); }, 0); });
}

void keep_session(ui::Explorer& app) {
    if (page.keeping || !session_changed(app)) return;  // a corpus being handed over takes the steps with it
    page.session_saved = ui::session_revision(app);
    const bool worth = ui::session_worth_keeping(app);
    const std::string too_large = worth ? ui::session_too_large(app) : std::string();
    if (!too_large.empty() && page.too_large_said != app.data.imports_finished) {  // once per corpus, not per step
        page.too_large_said = app.data.imports_finished;
        ui::session_problem(app, "(kept in this browser)", too_large);
    }
    if (!worth || !too_large.empty()) {
        if (app.data.session_kept || page.corpus_saved >= 0) EM_ASM({ explorerForgetSession(); });
        app.data.session_kept = false;
        page.corpus_saved = -1;
        return;
    }
    if (app.data.imports_finished != page.corpus_saved) {
        page.keeping = true;
        page.keep_next = 0;
        page.keep_imports = app.data.imports_finished;
        EM_ASM({ explorerKeepBegin(); });
        queue_keep_piece();
        return;
    }
    hand_over_session(app, false);
}

// Settings kept in the browser's localStorage: classroom mode and the timeline's lanes.
void load_settings(ui::Explorer& app) {
    const int classroom = EM_ASM_INT({ return explorerSetting('classroom') === '1' ? 1 : 0; });
    const int by_actor = EM_ASM_INT({ return explorerSetting('lanes') === 'actor' ? 1 : 0; });
    app.theme.classroom = classroom != 0;  // load_theme_fonts applies the look
    if (by_actor) app.timeline.grouping = ui::LaneGrouping::by_actor;
    page.saved_classroom = app.theme.classroom;
    page.saved_grouping = app.timeline.grouping;
}

void save_settings(const ui::Explorer& app) {
    if (app.theme.classroom != page.saved_classroom) {
        page.saved_classroom = app.theme.classroom;
        EM_ASM({ explorerSaveSetting('classroom', $0 ? '1' : '0'); }, page.saved_classroom ? 1 : 0);
    }
    if (app.timeline.grouping != page.saved_grouping) {
        page.saved_grouping = app.timeline.grouping;
        EM_ASM({ explorerSaveSetting('lanes', $0 ? 'actor' : 'type'); },
               page.saved_grouping == ui::LaneGrouping::by_actor ? 1 : 0);
    }
}

// The URL hash follows the view: a new history entry when the view changes (back/forward
// step through views), the same entry rewritten for filter and selection changes.
void sync_hash(const ui::Explorer& app) {
    const std::string hash = ui::share_hash(app);
    if (hash == page.last_hash) return;
    const bool push = app.view != page.last_view;
    page.last_hash = hash;
    page.last_view = app.view;
    EM_ASM({ explorerHashChanged(UTF8ToString($0), $1); }, hash.c_str(), push ? 1 : 0);
}

// Follows the browser window: resizes the backing store, and re-bakes the fonts when
// the pixel ratio changes (page zoom, a move to another screen) or classroom mode needs its type.
void follow_canvas_size() {
    double css_width = 0, css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int width = static_cast<int>(css_width * ratio + 0.5), height = static_cast<int>(css_height * ratio + 0.5);
    if (width > 0 && height > 0 && (width != page.width || height != page.height)) {
        page.width = width;
        page.height = height;
        // Not glfwSetWindowSize: Emscripten's GLFW turns a screen-sized request into a
        // fullscreen request. Resizing the canvas tells GLFW through its resize listener.
        EM_ASM({ Browser.setCanvasSize($0, $1); }, width, height);
        page.frames_to_draw = 3;
    }
    if (ratio != page.pixel_ratio || ui::fonts_outdated(page.app.theme)) {
        // The first bake is uploaded by the backend's first NewFrame (with its other GL objects):
        // uploading it here too would send the atlas twice and leak the first texture.
        const bool uploaded = page.pixel_ratio != 0;
        page.pixel_ratio = ratio;
        if (uploaded) ImGui_ImplOpenGL3_DestroyFontsTexture();
        ui::load_theme_fonts(page.app.theme, static_cast<float>(ratio));
        if (uploaded) ImGui_ImplOpenGL3_CreateFontsTexture();
        page.frames_to_draw = 3;
    }
}

// Input callbacks installed before ImGui's backend, which chains to them.
void wake(GLFWwindow*, double, double) {
    page.frames_to_draw = 3;
    ui::mouse_moved(page.app);  // touches never come this way: the page keeps them from GLFW
}
void wake_button(GLFWwindow*, int, int, int) { page.frames_to_draw = 3; }
void wake_key(GLFWwindow*, int key, int, int action, int mods) {
    page.frames_to_draw = 3;
    if (action == GLFW_RELEASE) return;
    const bool plain = (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) == 0;
    if (key == GLFW_KEY_ESCAPE) ui::key_pressed(page.app, ui::Key::escape);
    if (key == GLFW_KEY_LEFT) ui::key_pressed(page.app, ui::Key::left);
    if (key == GLFW_KEY_RIGHT) ui::key_pressed(page.app, ui::Key::right);
    if (key == GLFW_KEY_UP) ui::key_pressed(page.app, ui::Key::up);
    if (key == GLFW_KEY_DOWN) ui::key_pressed(page.app, ui::Key::down);
    if (key == GLFW_KEY_TAB && plain) ui::key_pressed(page.app, (mods & GLFW_MOD_SHIFT) ? ui::Key::shift_tab : ui::Key::tab);
    if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) ui::key_pressed(page.app, ui::Key::enter);
    if (key == GLFW_KEY_SPACE && action == GLFW_PRESS) ui::key_pressed(page.app, ui::Key::space);
    if (key == GLFW_KEY_F && plain && action == GLFW_PRESS) ui::key_pressed(page.app, ui::Key::present);
    // Ctrl (Cmd on a Mac) with Z undoes a curation step; with Y, or Shift+Z, redoes it.
    const bool command = (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0 && (mods & GLFW_MOD_ALT) == 0;
    if (command && key == GLFW_KEY_Z) ui::key_pressed(page.app, (mods & GLFW_MOD_SHIFT) ? ui::Key::redo : ui::Key::undo);
    if (command && key == GLFW_KEY_Y) ui::key_pressed(page.app, ui::Key::redo);
}

// Emscripten 3.1.6's GLFW passes the DOM wheel delta as it is (pixels, or lines in Firefox,
// positive = down); GLFW and ImGui expect notches, positive = up.
void scroll(GLFWwindow* window, double dx, double dy) {
    page.frames_to_draw = 3;
    auto notches = [](double v) { return -(std::fabs(v) >= 20.0 ? v / 100.0 : v / 3.0); };
    ImGui_ImplGlfw_ScrollCallback(window, notches(dx), notches(dy));
}
void wake_char(GLFWwindow*, unsigned int) { page.frames_to_draw = 3; }

// A build runs in tasks of its own between frames (explorer_import_slice): a frame only draws
// its progress, and the build goes on while the browser renders, or hides the tab.
void queue_import_slices() {
    if (!page.app.data.builder || page.import_slices_queued) return;
    page.import_slices_queued = true;
    EM_ASM({ explorerQueueImportSlice(); });
}

// Keeping a new corpus copies all of it for IndexedDB, a second or more for a large one: it runs
// as a task after the frame (explorer_keep_session), so the frame showing the corpus is on screen first.
void queue_keep_session(const ui::Explorer& app) {
    if (page.keep_queued || !session_changed(app)) return;
    page.keep_queued = true;
    EM_ASM({ setTimeout(function () { Module._explorer_keep_session(); }, 0); });
}

void frame() {
    follow_canvas_size();
    queue_import_slices();  // a build a frame's work started (a rebuild, the example corpus)
    // A build's progress is drawn four times a second, not at every display refresh: each frame
    // drawn takes time from the build, most where the browser draws in software and reads the
    // canvas back at each frame (BBC x10 imports in 3.3 s instead of 3.5 s at ten a second).
    // Input still draws at once (it asks for more than one frame).
    if (page.app.data.builder && page.frames_to_draw <= 1) {
        const double now = emscripten_get_now();
        if (now - page.progress_drawn_ms < 250) return;
        page.progress_drawn_ms = now;
    }
    // ImGui settles within a couple of frames of the last input; after that, skipping the frame
    // keeps the last picture on screen and the laptop's fan quiet.
    if (ui::wants_redraw(page.app)) page.frames_to_draw = std::max(page.frames_to_draw, 1);
    if (page.frames_to_draw <= 0) return;
    --page.frames_to_draw;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ui::before_new_frame(page.app);  // taps, drags and keyboard presses queued as pointer steps
    // Under a stalled clock (headless virtual time) GLFW can report no time passing.
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::after_new_frame(page.app);  // the browser's click count
    ui::draw_explorer(page.app);
    ImGui::Render();
    glViewport(0, 0, page.width, page.height);
    glClearColor(0.94f, 0.94f, 0.94f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!page.app.capture_png.empty()) {
        // Read in the same task as the rendering, before the browser may clear the buffer.
        EM_ASM({ explorerSaveCanvas(UTF8ToString($0)); }, page.app.capture_png.c_str());
        page.app.data.note = "Downloaded " + page.app.capture_png + ".";
        page.app.capture_png.clear();
    }
    if (page.app.frame == 1) {
        page.last_hash = ui::share_hash(page.app);
        page.last_view = page.app.view;
        EM_ASM({ explorerFirstFrame(); });  // web/shell.html sets window.explorer, applies the URL hash (no eval: CSP)
    } else {
        sync_hash(page.app);
    }
    save_settings(page.app);
    queue_keep_session(page.app);
    sync_accessible_mirror(page.app);
}

}  // namespace

ui::Explorer& page_explorer() { return page.app; }

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_keep_session() {
    page.keep_queued = false;
    keep_session(page.app);
}

// One piece of the corpus being kept; the last one hands the session over.
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_keep_piece() {
    ui::Explorer& app = page.app;
    if (!page.keeping) return;
    // A newer corpus makes this copy moot: a frame after its build starts keeping that one.
    if (ui::import_running(app) || app.data.imports_finished != page.keep_imports) {
        stop_keeping();
        return;
    }
    try {
        const std::string piece = ui::session_corpus_piece(app, page.keep_next, kKeepPieceText);
        EM_ASM({ explorerKeepPiece($0, $1); }, piece.data(), piece.size());
    } catch (const std::bad_alloc&) {
        cannot_keep(app);
        return;
    }
    if (page.keep_next < app.data.imported.articles.size()) {
        queue_keep_piece();
        return;
    }
    page.keeping = false;
    page.session_saved = ui::session_revision(app);  // steps taken while the pieces went, too
    hand_over_session(app, true);
}

// One slice of the running import (web/shell.html queues the next while this returns 1).
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_import_slice() {
    ui::step_import(page.app, 25);
    page.frames_to_draw = std::max(page.frames_to_draw, 1);
    page.import_slices_queued = page.app.data.builder != nullptr;
    return page.import_slices_queued ? 1 : 0;
}
void wake_page() { page.frames_to_draw = std::max(page.frames_to_draw, 3); }

extern "C" EMSCRIPTEN_KEEPALIVE const char* explorer_state_json() {
    page.state = ui::state_json(page.app);
    return page.state.c_str();
}
// Imports ended so far (loaded, refused or failed): a wait on a long import asks this, since
// the whole state costs a walk of the heap and of the corpus.
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_imports_finished() { return page.app.data.imports_finished; }
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_import_running() { return ui::import_running(page.app) ? 1 : 0; }

// [SECTION] the JavaScript bridge: files in (web/shell.html's loadFiles, picker and drop)
// begin(replace: 1, 0, or -1 for the Data tab's choice), add each file, end; the corpus
// is then built in slices between frames.
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_begin_import(int replace) {
    ui::begin_import(page.app, replace < 0 ? page.app.data.replace : replace != 0);
}

// Asked before any byte crosses: 0 when the files would need more memory than the page can
// still grow to (the reason is in the import report, the Data view shows it).
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_import_fits(double bytes, int files, int replace) {
    const bool fits = ui::import_fits(page.app, static_cast<std::uint64_t>(std::max(bytes, 0.0)), static_cast<std::size_t>(std::max(files, 0)),
                                      replace < 0 ? page.app.data.replace : replace != 0);
    if (!fits) {
        page.app.view = ui::View::data;
        page.frames_to_draw = 3;
    }
    return fits ? 1 : 0;
}

// Room for a file of `size` bytes among the files of the import, for the page to copy the file
// into at once (the next call may move it): one copy of a file in the program's memory, not two.
// Null when the memory cannot hold it.
extern "C" EMSCRIPTEN_KEEPALIVE char* explorer_add_file(const char* name, int size) {
    try {
        std::string bytes;
        // Room without zeros: the page writes every byte (a download, chunk by chunk), and the
        // first write to fresh memory is what costs, so it happens while the network is waited on.
        bytes.__resize_default_init(static_cast<std::size_t>(std::max(size, 0)));  // Emscripten's libc++
        ui::add_import_file(page.app, {std::string(name), std::move(bytes)});
        return page.app.data.pending.back().bytes.data();
    } catch (const std::bad_alloc&) {
        page.app.data.pending.clear();
        page.app.data.pending.shrink_to_fit();
        return nullptr;
    }
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_import_out_of_memory() {
    ui::import_out_of_memory(page.app, "while taking the files in");
    page.app.view = ui::View::data;
    page.frames_to_draw = 3;
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_set_memory_limit(double bytes) {
    g_memory_limit_for_tests = static_cast<std::uint64_t>(std::max(bytes, 0.0));
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_end_import() {
    ui::end_import(page.app);
    queue_import_slices();
    // The progress and the report are on the Data tab; a gold file alone opens Quality.
    page.app.view = page.app.data.gold_only ? ui::View::quality : ui::View::data;
    page.frames_to_draw = 3;
}

extern "C" EMSCRIPTEN_KEEPALIVE void explorer_load_problem(const char* name, const char* reason) {
    ui::report_load_problem(page.app, name, reason);
    page.app.view = ui::View::data;
    page.frames_to_draw = 3;
}

// [SECTION] the corpus kept from an earlier visit (web/shell.html reads IndexedDB after the first
// frame). found: 0 nothing kept, 1 the pieces given. Returns 0 when they could not be restored
// (the import report says why): the page then discards them.
extern "C" EMSCRIPTEN_KEEPALIVE int explorer_restore_session(int found, const char* corpus, int corpus_size,
                                                             const char* curation, int curation_size, const char* saved_when) {
    int restored = 1;
    // A first visit opens the example before IndexedDB answers (web/shell.html); a kept corpus
    // found after it replaces it, and one that cannot be restored leaves it as it is.
    const bool example_open = !page.app.data.opening;
    page.app.data.opening = false;
    if (found) {
        restored = ui::restore_session(page.app, std::string(corpus, static_cast<std::size_t>(std::max(corpus_size, 0))),
                                       std::string(curation, static_cast<std::size_t>(std::max(curation_size, 0))),
                                       saved_when) ? 1 : 0;
        if (restored) page.app.view = ui::View::data;  // the restore line and the Forget button are there
    }
    if (!example_open && (!found || !restored)) {
        // What the failed restore said stays in the report, above the example corpus's lines.
        const std::vector<core::LoadMessage> said = page.app.data.messages;
        const std::string note = page.app.data.note;
        ui::load_files_now(page.app, page.app.data.example_files);
        if (!restored) {
            page.app.data.messages.insert(page.app.data.messages.begin(), said.begin(), said.end());
            page.app.data.note = note;
        }
        // Opening the example is not a change the address bar should show.
        page.last_hash = ui::share_hash(page.app);
        page.last_view = page.app.view;
    }
    page.session_saved = ui::session_revision(page.app);
    page.corpus_saved = restored && found ? page.app.data.imports_finished : -1;
    page.frames_to_draw = 3;
    return restored;
}

// The page could not read or write IndexedDB: a line in the import report; the page goes on.
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_session_problem(const char* reason) {
    ui::session_problem(page.app, "(kept in this browser)", reason);
    page.frames_to_draw = 3;
}

// Applies a URL hash (on load, back/forward, a pasted link).
extern "C" EMSCRIPTEN_KEEPALIVE void explorer_apply_hash(const char* hash) {
    ui::apply_share_hash(page.app, hash);
    page.last_hash = ui::share_hash(page.app);
    page.last_view = page.app.view;
    page.frames_to_draw = 3;
}

// Copies go to the system clipboard through the browser; pastes inside the page read back
// the last copy (reading the system clipboard needs a permission prompt).
static std::string clipboard_text;
static void set_clipboard(void*, const char* text) {
    clipboard_text = text ? text : "";
    EM_ASM({
        if (navigator.clipboard && navigator.clipboard.writeText)
            navigator.clipboard.writeText(UTF8ToString($0)).catch(function(e) { console.warn('clipboard: ' + e); });
    }, clipboard_text.c_str());
}
static const char* get_clipboard(void*) { return clipboard_text.c_str(); }

int main() {
    install_platform_hooks(page.app);
    install_access_hooks(page.app);
    // The example corpus is opened after the first frame, and only when no corpus kept from an
    // earlier visit takes its place (explorer_restore_session).
    page.app.data.example_files = embedded_files();
    page.app.data.opening = true;
    load_settings(page.app);
    const auto cannot_start = [](const char* reason) {
        EM_ASM({ showError(UTF8ToString($0)); }, reason);
        return 1;
    };
    if (!glfwInit()) return cannot_start("the window system did not start.");
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    // ImGui draws with neither: without them the browser makes the WebGL2 context faster (the
    // first frame came 20-50 ms sooner in headless Chromium) and keeps no buffers it never reads.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    page.window = glfwCreateWindow(1280, 800, "Corpus Explorer", nullptr, nullptr);
    if (!page.window) return cannot_start("this browser could not make a WebGL2 drawing surface (WebGL2 may be off or blocked).");
    glfwMakeContextCurrent(page.window);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    glfwSetCursorPosCallback(page.window, wake);
    glfwSetMouseButtonCallback(page.window, wake_button);
    glfwSetKeyCallback(page.window, wake_key);
    glfwSetCharCallback(page.window, wake_char);
    ImGui_ImplGlfw_InitForOpenGL(page.window, true);
    // Emscripten's GLFW has no clipboard: copy through the browser's (after the backend set its own).
    ImGui::GetIO().SetClipboardTextFn = set_clipboard;
    ImGui::GetIO().GetClipboardTextFn = get_clipboard;
    glfwSetScrollCallback(page.window, scroll);  // replaces ImGui's, which it then calls
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
