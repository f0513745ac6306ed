// The browser explorer: Emscripten's GLFW + WebGL2 around the same ui/ as the desktop app.
// The page (web/shell.html) sizes the canvas with CSS; each frame this sets the backing
// store to CSS size x devicePixelRatio, so text stays crisp on high-DPI screens.
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/embedded.h"
#include "ui/explorer.h"

namespace {

struct Page {
    GLFWwindow* window = nullptr;
    ui::Explorer app;
    int width = 0, height = 0;  // canvas backing store, in device pixels
    double pixel_ratio = 0;
    std::string state;          // keeps the string explorer_state_json() returns alive
    int frames_to_draw = 3;     // idle pages draw nothing: input and resizes ask for a few frames
};

Page page;

core::Corpus embedded_corpus() {
    std::vector<core::SourceFile> files;
    for (const embedded::File& f : embedded::seeds()) files.push_back({std::string(f.name), std::string(f.bytes)});
    return core::build_corpus(files);
}

// Follows the browser window: resizes the backing store, and re-bakes the fonts when
// the pixel ratio changes (page zoom, a move to another screen).
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
    if (ratio != page.pixel_ratio) {
        page.pixel_ratio = ratio;
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ui::load_theme_fonts(page.app.theme, static_cast<float>(ratio));
        ImGui_ImplOpenGL3_CreateFontsTexture();
        page.frames_to_draw = 3;
    }
}

// Input callbacks installed before ImGui's backend, which chains to them.
void wake(GLFWwindow*, double, double) { page.frames_to_draw = 3; }
void wake_button(GLFWwindow*, int, int, int) { page.frames_to_draw = 3; }
void wake_key(GLFWwindow*, int key, int, int action, int) {
    page.frames_to_draw = 3;
    if (action == GLFW_RELEASE) return;
    if (key == GLFW_KEY_ESCAPE) ui::key_pressed(page.app, ui::Key::escape);
    if (key == GLFW_KEY_LEFT) ui::key_pressed(page.app, ui::Key::left);
    if (key == GLFW_KEY_RIGHT) ui::key_pressed(page.app, ui::Key::right);
}

// Emscripten 3.1.6's GLFW passes the DOM wheel delta as it is (pixels, or lines in Firefox,
// positive = down); GLFW and ImGui expect notches, positive = up.
void scroll(GLFWwindow* window, double dx, double dy) {
    page.frames_to_draw = 3;
    auto notches = [](double v) { return -(std::fabs(v) >= 20.0 ? v / 100.0 : v / 3.0); };
    ImGui_ImplGlfw_ScrollCallback(window, notches(dx), notches(dy));
}
void wake_char(GLFWwindow*, unsigned int) { page.frames_to_draw = 3; }

void frame() {
    follow_canvas_size();
    // ImGui settles within a couple of frames of the last input; after that, skipping the frame
    // keeps the last picture on screen and the laptop's fan quiet.
    if (ui::wants_redraw(page.app)) page.frames_to_draw = std::max(page.frames_to_draw, 1);
    if (page.frames_to_draw <= 0) return;
    --page.frames_to_draw;
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // Under a stalled clock (headless virtual time) GLFW can report no time passing.
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::draw_explorer(page.app);
    ImGui::Render();
    glViewport(0, 0, page.width, page.height);
    glClearColor(0.94f, 0.94f, 0.94f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (page.app.frame == 1) {
        emscripten_run_script("explorerFirstFrame()");  // web/shell.html sets window.explorer
    }
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE const char* explorer_state_json() {
    page.state = ui::state_json(page.app);
    return page.state.c_str();
}

int main() {
    ui::load_corpus(page.app, embedded_corpus());
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    page.window = glfwCreateWindow(1280, 800, "Corpus Explorer", nullptr, nullptr);
    if (!page.window) return 1;
    glfwMakeContextCurrent(page.window);

    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    glfwSetCursorPosCallback(page.window, wake);
    glfwSetMouseButtonCallback(page.window, wake_button);
    glfwSetKeyCallback(page.window, wake_key);
    glfwSetCharCallback(page.window, wake_char);
    ImGui_ImplGlfw_InitForOpenGL(page.window, true);
    glfwSetScrollCallback(page.window, scroll);  // replaces ImGui's, which it then calls
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
