// The desktop explorer: GLFW + OpenGL 3 around the same ui/ as the web page.
//
//   corpus-explorer [PATH...]                 the embedded seeds, or the given files and folders
//   corpus-explorer --frames 30 --screenshot out.png [--view NAME] [--size 1280x800]
//                                             draw 30 frames, save the last one, exit (tests)
//   corpus-explorer --export events.csv [PATH...]   write what the Data tab's button writes (events.csv,
//                                             events.json, comentions.csv, corpus.jsonl, manifest.json,
//                                             lexicon.json) to the current directory, no window
// Started with files or folders, it keeps the curation and lexicon additions in
// corpus-explorer.curation.json in the first folder, read at the next start.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/embedded.h"
#include "file_input.h"
#include "huge_pages.h"
#include "parallel_extract.h"
#include "screenshot.h"
#include "ui/explorer.h"

namespace {

struct Options {
    std::vector<std::string> paths;
    int frames = 0;  // 0: run until the window closes
    std::string screenshot;
    std::string view;
    std::vector<std::string> exports;  // --export NAME: what the Data tab's buttons write, then exit
    int width = 1280, height = 800;
};

int usage(const char* message) {
    std::fprintf(stderr, "corpus-explorer: %s\nusage: corpus-explorer [--frames N] [--screenshot FILE.png] "
                         "[--view NAME] [--size WxH] [--export NAME] [PATH...]\n", message);
    return 2;
}

bool parse_options(int argc, char** argv, Options& o, std::string& error) {
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool has_value = i + 1 < argc;
        if (arg == "--frames" && has_value) o.frames = std::atoi(argv[++i]);
        else if (arg == "--screenshot" && has_value) o.screenshot = argv[++i];
        else if (arg == "--view" && has_value) o.view = argv[++i];
        else if (arg == "--export" && has_value) o.exports.push_back(argv[++i]);
        else if (arg == "--size" && has_value) {
            if (std::sscanf(argv[++i], "%dx%d", &o.width, &o.height) != 2 || o.width < 200 || o.height < 200) {
                error = "--size takes WIDTHxHEIGHT, e.g. 1280x800";
                return false;
            }
        } else if (arg.rfind("--", 0) == 0) {
            error = "unknown option " + arg;
            return false;
        } else o.paths.push_back(arg);
    }
    if (!o.screenshot.empty() && o.frames <= 0) o.frames = 30;
    return true;
}

const char* const kCurationFileName = "corpus-explorer.curation.json";

void load(ui::Explorer& app, const Options& o) {
    for (const embedded::File& f : embedded::seeds())
        app.data.example_files.push_back({std::string(f.name), std::string(f.bytes)});
    std::vector<core::LoadMessage> unreadable;
    std::vector<core::SourceFile> files = o.paths.empty() ? app.data.example_files : read_input_paths(o.paths, unreadable, {}, default_threads());
    // The curation kept beside the articles is read after the build, not as an article.
    files.erase(std::remove_if(files.begin(), files.end(),
                               [](const core::SourceFile& f) {
                                   return std::filesystem::path(f.name).filename() == kCurationFileName;
                               }),
                files.end());
    ui::load_files_now(app, std::move(files), std::move(unreadable));
    for (const core::LoadMessage& m : app.data.messages)
        std::fprintf(stderr, "corpus-explorer: %s: %s\n", m.file.c_str(), m.reason.c_str());  // the reason names its row
}

// [SECTION] the curation kept beside the corpus: corpus-explorer.curation.json in the first
// folder given (or the first file's folder), read at start, written after every change.
struct KeptCuration {
    std::filesystem::path file;  // empty: started on the example corpus, nothing kept
    std::uint64_t saved = 0;     // ui::session_revision when last written
    bool problem_said = false;
};

std::filesystem::path curation_file_for(const std::vector<std::string>& paths) {
    std::error_code ec;
    for (const std::string& p : paths)
        if (std::filesystem::is_directory(p, ec)) return std::filesystem::path(p) / kCurationFileName;
    if (paths.empty()) return {};
    const std::filesystem::path parent = std::filesystem::path(paths.front()).parent_path();
    return (parent.empty() ? std::filesystem::path(".") : parent) / kCurationFileName;
}

void load_kept_curation(ui::Explorer& app, KeptCuration& kept, const Options& o) {
    kept.file = curation_file_for(o.paths);
    if (kept.file.empty()) return;
    std::error_code ec;
    if (std::filesystem::exists(kept.file, ec)) {
        std::ifstream in(kept.file, std::ios::binary);
        const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (!in && !in.eof()) ui::session_problem(app, kept.file.string(), "could not be read");
        else if (!ui::load_curation_file(app, json, kept.file.string()))
            std::fprintf(stderr, "corpus-explorer: %s: %s\n", kept.file.string().c_str(), app.data.messages.back().reason.c_str());
    }
    kept.saved = ui::session_revision(app);
}

void save_kept_curation(ui::Explorer& app, KeptCuration& kept) {
    if (kept.file.empty() || ui::import_running(app) || ui::session_revision(app) == kept.saved) return;
    kept.saved = ui::session_revision(app);
    // Written aside and renamed: a crash mid-write never leaves half a file to be read next time.
    const std::filesystem::path tmp = kept.file.string() + ".tmp";
    std::ofstream out(tmp, std::ios::binary);
    const std::string json = ui::session_curation(app);
    out.write(json.data(), static_cast<std::streamsize>(json.size()));
    out.close();
    std::error_code ec;
    if (out) std::filesystem::rename(tmp, kept.file, ec);
    if ((!out || ec) && !kept.problem_said) {
        kept.problem_said = true;
        ui::session_problem(app, kept.file.string(), "could not be written: the curation is not kept for the next start");
    }
    app.data.session_kept = !(!out || ec);
}

// Exports go to the current directory, under the name the Data tab gives.
void install_platform_hooks(ui::Explorer& app) {
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::current_path(ec);
    app.platform.save_folder = ec ? std::string(".") : folder.string();
    app.platform.extract_all = [](core::CorpusBuilder& builder) { extract_in_parallel(builder, default_threads()); };
    app.platform.save_file = [folder](const std::string& name, const std::string&, const std::string& bytes) {
        const std::filesystem::path path = folder / name;
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) return "Could not write " + path.string() + ".";
        return "Wrote " + path.string() + " (" + std::to_string(bytes.size()) + " bytes).";
    };
}

ui::Explorer* g_app = nullptr;  // for the key callback, which GLFW gives no user pointer here

void on_key(GLFWwindow*, int key, int, int action, int mods) {
    if (action == GLFW_RELEASE || !g_app) return;
    const bool plain = (mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) == 0;
    if (key == GLFW_KEY_ESCAPE) ui::key_pressed(*g_app, ui::Key::escape);
    if (key == GLFW_KEY_LEFT) ui::key_pressed(*g_app, ui::Key::left);
    if (key == GLFW_KEY_RIGHT) ui::key_pressed(*g_app, ui::Key::right);
    if (key == GLFW_KEY_UP) ui::key_pressed(*g_app, ui::Key::up);
    if (key == GLFW_KEY_DOWN) ui::key_pressed(*g_app, ui::Key::down);
    if (key == GLFW_KEY_TAB && plain) ui::key_pressed(*g_app, (mods & GLFW_MOD_SHIFT) ? ui::Key::shift_tab : ui::Key::tab);
    if (key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER) ui::key_pressed(*g_app, ui::Key::enter);
    if (key == GLFW_KEY_SPACE && action == GLFW_PRESS) ui::key_pressed(*g_app, ui::Key::space);
    if (key == GLFW_KEY_F && plain && action == GLFW_PRESS) ui::key_pressed(*g_app, ui::Key::present);
    // Ctrl (Cmd on a Mac) with Z undoes a curation step; with Y, or Shift+Z, redoes it.
    const bool command = (mods & (GLFW_MOD_CONTROL | GLFW_MOD_SUPER)) != 0 && (mods & GLFW_MOD_ALT) == 0;
    if (command && key == GLFW_KEY_Z) ui::key_pressed(*g_app, (mods & GLFW_MOD_SHIFT) ? ui::Key::redo : ui::Key::undo);
    if (command && key == GLFW_KEY_Y) ui::key_pressed(*g_app, ui::Key::redo);
}

void on_cursor(GLFWwindow*, double, double) {
    if (g_app) ui::mouse_moved(*g_app);  // the mouse takes the pointer back from keyboard presses
}

// Present (F): the primary monitor's whole screen, and back to the window as it was.
void toggle_fullscreen(GLFWwindow* window) {
    static int x = 0, y = 0, w = 1280, h = 800;
    if (glfwGetWindowMonitor(window)) {
        glfwSetWindowMonitor(window, nullptr, x, y, w, h, GLFW_DONT_CARE);
        return;
    }
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) return;
    glfwGetWindowPos(window, &x, &y);
    glfwGetWindowSize(window, &w, &h);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

}  // namespace

int main(int argc, char** argv) {
    restart_with_huge_pages(argv);
    Options options;
    std::string error;
    if (!parse_options(argc, argv, options, error)) return usage(error.c_str());

    ui::Explorer app;
    install_platform_hooks(app);
    load(app, options);
    KeptCuration kept;
    load_kept_curation(app, kept, options);
    if (!options.exports.empty()) {
        for (const std::string& name : options.exports) {
            app.data.note.clear();
            ui::export_file(app, name);
            if (app.data.note.empty()) return usage(("cannot export '" + name + "'").c_str());
            std::printf("%s\n", app.data.note.c_str());
        }
        return 0;
    }
    if (!options.view.empty() && !ui::view_from_name(options.view, app.view))
        return usage(("unknown view '" + options.view + "' (overview, timeline, comentions, documents, search, data)").c_str());

    if (!glfwInit()) {
        std::fprintf(stderr, "corpus-explorer: cannot open a window (no display?)\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "Corpus Explorer", nullptr, nullptr);
    if (!window) {
        std::fprintf(stderr, "corpus-explorer: cannot create an OpenGL 3 window\n");
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    g_app = &app;
    glfwSetKeyCallback(window, on_key);  // installed first: ImGui's backend chains to them
    glfwSetCursorPosCallback(window, on_cursor);
    app.screen.toggle_fullscreen = [window] {
        toggle_fullscreen(window);
        g_app->screen.fullscreen = glfwGetWindowMonitor(window) != nullptr;
    };
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    float scale_x = 1.0f, scale_y = 1.0f;
    glfwGetWindowContentScale(window, &scale_x, &scale_y);
    ui::load_theme_fonts(app.theme, scale_x);

    int exit_code = 0;
    for (int frame = 0; !glfwWindowShouldClose(window); ++frame) {
        // Wait for input when idle instead of redrawing at full speed; tests draw fixed frames.
        if (options.frames > 0 || ui::wants_redraw(app)) glfwPollEvents();
        else glfwWaitEventsTimeout(0.5);
        if (ui::fonts_outdated(app.theme)) {  // classroom mode was turned on: bake its type
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ui::load_theme_fonts(app.theme, app.theme.pixel_scale);
            ImGui_ImplOpenGL3_CreateFontsTexture();
        }
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ui::before_new_frame(app);  // keyboard presses queued as clicks
        ImGui::NewFrame();
        ui::draw_explorer(app);
        ImGui::Render();
        int fb_width = 0, fb_height = 0;
        glfwGetFramebufferSize(window, &fb_width, &fb_height);
        glViewport(0, 0, fb_width, fb_height);
        glClearColor(0.94f, 0.94f, 0.94f, 1.0f);
        glClear(GL_COLOR_BUFFER_BIT);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        save_kept_curation(app, kept);
        if (!app.capture_png.empty()) {
            const std::string path = app.platform.save_folder + "/" + app.capture_png;
            app.data.note = save_framebuffer_png(path, fb_width, fb_height, error) ? "Wrote " + path + "."
                                                                                  : "Could not save the picture: " + error;
            app.capture_png.clear();
        }
        if (options.frames > 0 && frame + 1 >= options.frames) {
            if (!options.screenshot.empty() && !save_framebuffer_png(options.screenshot, fb_width, fb_height, error)) {
                std::fprintf(stderr, "corpus-explorer: %s\n", error.c_str());
                exit_code = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exit_code;
}
