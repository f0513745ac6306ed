// Contrast of both looks, event marks, the layout by width, the keyboard's walk and what a
// screen reader is told (ui/models/palette.h, screen_layout.h, keyboard_focus.h, announce.h).
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "ui/models/announce.h"
#include "ui/models/keyboard_focus.h"
#include "ui/models/palette.h"
#include "ui/models/screen_layout.h"

TEST_CASE("contrast ratios follow WCAG's formula") {
    CHECK(vm::contrast_ratio({0, 0, 0}, {255, 255, 255}) == Approx(21.0));
    CHECK(vm::contrast_ratio({255, 255, 255}, {255, 255, 255}) == Approx(1.0));
    CHECK(vm::contrast_ratio({118, 118, 118}, {255, 255, 255}) == Approx(4.54).margin(0.01));
    CHECK(vm::contrast_ratio({255, 255, 255}, {118, 118, 118}) == Approx(4.54).margin(0.01));
    CHECK(vm::text_on({230, 159, 0}) == vm::Rgb{0, 0, 0});
    CHECK(vm::text_on({0, 70, 140}) == vm::Rgb{255, 255, 255});
}

TEST_CASE("every text in both looks passes WCAG AA against what it is drawn on") {
    for (bool classroom : {false, true}) {
        const vm::Palette& p = vm::palette(classroom);
        const auto pairs = vm::text_pairs(p);
        CHECK(pairs.size() > 30);
        for (const vm::TextPair& pair : pairs) {
            const double ratio = vm::contrast_ratio(pair.text, pair.background);
            INFO((classroom ? "classroom: " : "everyday: ") << pair.where << ": " << ratio);
            CHECK(ratio >= (pair.large ? 3.0 : 4.5));
        }
        for (const vm::GraphicPair& pair : vm::graphic_pairs(p)) {
            const double ratio = vm::contrast_ratio(pair.part, pair.background);
            INFO((classroom ? "classroom: " : "everyday: ") << pair.where << ": " << ratio);
            CHECK(ratio >= 3.0);
        }
    }
}

TEST_CASE("the classroom look is at least as strong as the everyday one for body text") {
    const vm::Palette &a = vm::palette(false), &b = vm::palette(true);
    CHECK(vm::contrast_ratio(b.text, b.panel_bg) >= vm::contrast_ratio(a.text, a.panel_bg));
    CHECK(vm::contrast_ratio(b.text_dim, b.panel_bg) >= vm::contrast_ratio(a.text_dim, a.panel_bg));
}

TEST_CASE("each event type has its own shape as well as its own colour") {
    std::set<int> shapes;
    std::set<std::string> colours, labels;
    for (const vm::EventStyle& s : vm::event_styles()) {
        shapes.insert(static_cast<int>(s.shape));
        colours.insert(std::to_string(s.colour.r) + "," + std::to_string(s.colour.g) + "," + std::to_string(s.colour.b));
        labels.insert(s.label);
    }
    const std::size_t n = vm::event_styles().size();
    CHECK(n == 9);
    CHECK(shapes.size() == n);
    CHECK(colours.size() == n);
    CHECK(labels.size() == n);
    CHECK(std::string(vm::event_style("missile_launch").label) == "missile launch");
    CHECK(std::string(vm::event_style("no such type").label) == "event");
}

TEST_CASE("mark shapes stay within their radius and their outlines close around the pieces") {
    for (const vm::EventStyle& s : vm::event_styles()) {
        const vm::ShapeOutline& shape = vm::shape_outline(s.shape);
        if (s.shape == vm::MarkShape::circle) {
            CHECK(shape.pieces.empty());
            continue;
        }
        INFO(s.type);
        CHECK_FALSE(shape.pieces.empty());
        CHECK(shape.outline.size() >= 3);
        for (const auto& piece : shape.pieces) {
            CHECK(piece.size() >= 3);
            for (const auto& [x, y] : piece) CHECK(x * x + y * y <= 1.25f * 1.25f);
        }
    }
}

TEST_CASE("layout by width: one column under 900 CSS px, the reader beside the view above") {
    const vm::ScreenLayout phone = vm::screen_layout({390, 844, true, false});
    CHECK(phone.one_column);
    CHECK(phone.reader_fraction == 0);
    CHECK(phone.min_target_css >= 40);
    CHECK(phone.lane_gutter_css == 0);
    const vm::ScreenLayout phone_landscape = vm::screen_layout({844, 390, true, false});
    CHECK(phone_landscape.one_column);
    const vm::ScreenLayout tablet = vm::screen_layout({820, 1180, true, false});
    CHECK(tablet.one_column);
    const vm::ScreenLayout tablet_landscape = vm::screen_layout({1180, 820, true, false});
    CHECK_FALSE(tablet_landscape.one_column);
    CHECK(tablet_landscape.min_target_css >= 40);
    const vm::ScreenLayout laptop = vm::screen_layout({1280, 800, false, false});
    CHECK_FALSE(laptop.one_column);
    CHECK(laptop.reader_fraction > 0.3f);
    CHECK(laptop.min_target_css == 0);
    CHECK_FALSE(laptop.projector);
}

TEST_CASE("classroom mode on a projector grows the lanes and the evidence panel") {
    const vm::ScreenLayout laptop = vm::screen_layout({1280, 800, false, true});
    const vm::ScreenLayout projector = vm::screen_layout({1920, 1080, false, true});
    const vm::ScreenLayout everyday = vm::screen_layout({1920, 1080, false, false});
    CHECK(projector.projector);
    CHECK_FALSE(laptop.projector);
    CHECK_FALSE(everyday.projector);
    CHECK(projector.lane_cap_css > laptop.lane_cap_css);
    CHECK(laptop.lane_cap_css > everyday.lane_cap_css);
    CHECK(projector.evidence_fraction > 0.25f);
}

TEST_CASE("Tab walks the named items in drawing order and wraps; marks are left to the arrows") {
    CHECK(vm::takes_focus("tab:timeline"));
    CHECK(vm::takes_focus("timeline:plot"));
    CHECK_FALSE(vm::takes_focus("event:12"));
    CHECK_FALSE(vm::takes_focus("undated:30"));
    CHECK_FALSE(vm::takes_focus("node:3"));
    CHECK_FALSE(vm::takes_focus("cell:0:1"));
    const std::vector<std::string> order = {"tab:overview", "tab:timeline", "classroom", "reader:copy"};
    CHECK(vm::next_focus(order, "", +1) == "tab:overview");
    CHECK(vm::next_focus(order, "", -1) == "reader:copy");
    CHECK(vm::next_focus(order, "tab:overview", +1) == "tab:timeline");
    CHECK(vm::next_focus(order, "reader:copy", +1) == "tab:overview");
    CHECK(vm::next_focus(order, "tab:overview", -1) == "reader:copy");
    CHECK(vm::next_focus(order, "gone:item", +1) == "tab:overview");
    CHECK(vm::next_focus({}, "x", +1).empty());
}

TEST_CASE("announcements say what changed in words, and nothing when nothing did") {
    vm::ScreenSummary a;
    a.view = "Overview";
    a.events = a.passing_events = 60;
    a.documents = 5;
    a.selected_document = 0;
    a.document_title = "First";
    CHECK(vm::announce_change(a, a).empty());

    vm::ScreenSummary b = a;
    b.view = "Timeline";
    b.chips = {"entity: Japan"};
    b.passing_events = 12;
    CHECK(vm::announce_change(a, b) == "Timeline view. Filter: entity: Japan. 12 of 60 events shown.");

    vm::ScreenSummary c = b;
    c.chips.clear();
    c.passing_events = 60;
    CHECK(vm::announce_change(b, c) == "No filter: all 60 events shown.");

    vm::ScreenSummary d = c;
    d.selected_event = 4;
    d.selected_event_text = "missile launch, 2022-11-18 (text): North Korea";
    d.selected_document = 2;
    d.document_title = "Third";
    d.reader_sheet = true;
    CHECK(vm::announce_change(c, d) ==
          "Selected event: missile launch, 2022-11-18 (text): North Korea. Reader opened: Third.");
    vm::ScreenSummary e = d;
    e.reader_sheet = false;
    CHECK(vm::announce_change(d, e) == "Reader closed.");

    vm::ScreenSummary f = e;
    f.search_query = "ballistic missile";
    f.search_hits = 1;
    CHECK(vm::announce_change(e, f) == "1 match for \"ballistic missile\".");

    vm::ScreenSummary g = f;
    g.imports_finished = 1;
    g.documents = 3;
    g.events = g.passing_events = 20;
    g.import_messages = 2;
    CHECK(vm::announce_change(f, g) == "Import finished: 3 documents, 20 events; 2 messages in the import report.");
}
