// Frame time of the explorer's views with many events, measured on the CPU without a GPU:
// ImGui builds its draw lists as in the app, and nothing is rasterized.
//
//   build/native/frame_bench [EVENTS=100000] [--csv FILE]   (--csv writes the synthetic corpus
//                                                           as one CSV, for the browser)
//   build/native/frame_bench --bundle FILE                  (the corpus of an event bundle: the
//                                                           page's load path, natively)
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "core/bundle.h"
#include "ui/explorer.h"

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Stats {
    double median = 0, p95 = 0, max = 0;
};

Stats stats_of(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 95 / 100], v.back()};
}

// One frame: input as given, the explorer drawn, ImGui's draw lists finished.
double frame(ui::Explorer& app, float wheel, ImVec2 mouse, bool button_down = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = mouse;
    io.MouseWheel = wheel;
    io.MouseDown[0] = button_down;
    const auto t0 = Clock::now();
    ImGui::NewFrame();
    ui::draw_explorer(app);
    ImGui::Render();
    return ms_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
    int events = 100000;
    std::string csv_path, bundle_path;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--csv" && i + 1 < argc) csv_path = argv[++i];
        else if (arg == "--bundle" && i + 1 < argc) bundle_path = argv[++i];
        else events = std::atoi(argv[i]);
    }
    if (!csv_path.empty()) {
        std::ofstream(csv_path, std::ios::binary) << synthetic_articles_csv(events);
        std::printf("wrote %s\n", csv_path.c_str());
        return 0;
    }

    auto t0 = Clock::now();
    core::Corpus corpus;
    if (bundle_path.empty()) {
        corpus = core::build_corpus(synthetic_articles(events));
    } else {
        std::ifstream in(bundle_path, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        t0 = Clock::now();  // the read from disk is not the page's cost
        core::BundleResult r = core::read_bundle(bytes);
        if (!r.ok()) {
            std::fprintf(stderr, "frame_bench: %s: %s\n", bundle_path.c_str(), r.error.c_str());
            return 2;
        }
        corpus = std::move(r.corpus);
    }
    const double load_ms = ms_since(t0);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1600, 900);
    ui::Explorer app;
    t0 = Clock::now();
    ui::load_corpus(app, std::move(corpus));
    const double index_ms = ms_since(t0);
    ui::load_theme_fonts(app.theme, 1.0f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // bakes the atlas, as a renderer would

    std::printf("%s: %zu documents, %zu events, %zu entities; %s %.0f ms, view models %.0f ms\n",
                bundle_path.empty() ? "synthetic corpus" : bundle_path.c_str(), app.corpus.documents.size(), app.corpus.events.size(), app.corpus.entities.size(),
                bundle_path.empty() ? "extraction" : "bundle read", load_ms, index_ms);
    int failures = 0;
    for (ui::View view : {ui::View::timeline, ui::View::comentions, ui::View::overview, ui::View::documents}) {
        app.view = view;
        for (int i = 0; i < 5; ++i) frame(app, 0, ImVec2(800, 450));  // first frames build the view's index
        if (view == ui::View::timeline)
            std::printf("timeline: %zu of %zu events in the visible range, %zu marks drawn after folding\n",
                        vm::count_visible(app.timeline.index, app.timeline.first_day, app.timeline.last_day),
                        app.corpus.events.size(), app.timeline.marks.size());
        std::vector<double> times;
        for (int i = 0; i < 120; ++i) {
            // Zoom in and out around the middle of the plot while the mouse moves: the busiest case.
            const float wheel = view == ui::View::timeline ? (i % 40 < 20 ? 1.0f : -1.0f) : 0.0f;
            times.push_back(frame(app, wheel, ImVec2(500.0f + i, 400.0f)));
        }
        const Stats s = stats_of(times);
        std::printf("%-10s frame time over 120 frames: median %.2f ms, p95 %.2f ms, max %.2f ms\n", ui::view_name(view),
                    s.median, s.p95, s.max);
        if (s.p95 > 16.7) ++failures;
        if (view != ui::View::timeline) continue;
        // A drag across the plot: the range moves every frame, as the page's panning does.
        times.clear();
        frame(app, 0, ImVec2(1200, 400), true);
        for (int i = 0; i < 120; ++i) times.push_back(frame(app, 0, ImVec2(1200.0f - 8 * (i % 60), 400.0f), true));
        frame(app, 0, ImVec2(1200, 400), false);
        const Stats pan = stats_of(times);
        std::printf("%-10s frame time over 120 frames: median %.2f ms, p95 %.2f ms, max %.2f ms (panning)\n", ui::view_name(view),
                    pan.median, pan.p95, pan.max);
        if (pan.p95 > 16.7) ++failures;
    }
    ImGui::DestroyContext();
    return failures ? 1 : 0;
}
