// The explorer: every view of a core::Corpus, drawn with Dear ImGui alone.
// Platform mains own the window and the GL context and call, per program:
//
//   ui::Explorer app;
//   ui::load_corpus(app, core::build_corpus(files));
//   ui::setup_fonts_and_style(app, pixel_scale);   // once ImGui exists, before the first frame
//   each frame: NewFrame(); ui::draw_explorer(app); Render();
//   tests:      ui::state_json(app)                // what a user sees, as JSON
#pragma once
#include <string>
#include <vector>

#include "core/corpus.h"

struct ImFont;

namespace ui {

// A widget's rectangle in logical (CSS) pixels, so tests can point the mouse at it.
struct ItemRect {
    std::string name;
    float x = 0, y = 0, w = 0, h = 0;
};

struct Explorer {
    core::Corpus corpus;
    int selected_document = -1;
    std::string view = "documents";
    long frame = 0;
    float pixel_scale = 1.0f;  // framebuffer pixels per logical pixel (devicePixelRatio)

    ImFont* font_body = nullptr;
    ImFont* font_heading = nullptr;
    std::vector<ItemRect> item_rects;  // named items drawn in the last frame
};

void load_corpus(Explorer& app, core::Corpus corpus);
void setup_fonts_and_style(Explorer& app, float pixel_scale);
void draw_explorer(Explorer& app);
std::string state_json(const Explorer& app);

}  // namespace ui
