// Touch gestures as pointer steps and pinches (ui/models/touch_gestures.h).
#include <catch2/catch.hpp>

#include <vector>

#include "ui/models/touch_gestures.h"

namespace {

std::vector<vm::PointerStep> drain(vm::TouchGestures& g) {
    std::vector<vm::PointerStep> out;
    vm::PointerStep s;
    while (g.pointer.pop(s)) out.push_back(s);
    return out;
}

}  // namespace

TEST_CASE("a tap is a hover, a press, a release at the same spot, then the pointer leaves") {
    vm::TouchGestures g;
    g.start(7, 100, 50, 0, false);
    g.move(7, 104, 53, 40);  // a finger wobbles: still a tap
    CHECK(g.pointer.empty());
    g.end(7, 120);
    const auto steps = drain(g);
    REQUIRE(steps.size() == 4);
    CHECK((!steps[0].down && !steps[0].leave && steps[0].x == 104 && steps[0].y == 53));
    CHECK((steps[1].down && steps[1].x == 104));
    CHECK((!steps[2].down && !steps[2].leave && steps[2].x == 104));
    CHECK(steps[3].leave);
}

TEST_CASE("a long press hovers and keeps hovering after the finger lifts; no click") {
    vm::TouchGestures g;
    g.start(1, 30, 40, 1000, true);
    g.tick(1300);
    CHECK(g.pointer.empty());  // not yet
    g.tick(1510);
    auto steps = drain(g);
    REQUIRE(steps.size() == 1);
    CHECK((!steps[0].down && !steps[0].leave && steps[0].x == 30 && steps[0].y == 40));
    g.end(1, 2000);
    CHECK(drain(g).empty());  // no press, no leave: the tooltip stays
    g.tick(3000);
    CHECK(drain(g).empty());
}

TEST_CASE("the events' own times decide a long press, not when a busy page ran the timer") {
    vm::TouchGestures g;
    g.start(1, 200, 100, 1000, true);
    g.tick(1600);              // the timer ran late ...
    g.move(1, 150, 100, 1040);  // ... behind a move made 40 ms after the finger went down: a drag
    g.end(1, 1080);
    auto steps = drain(g);
    bool pressed = false;
    for (const vm::PointerStep& s : steps) pressed |= s.down;
    CHECK(pressed);
    CHECK(steps.back().leave);
    g.start(2, 50, 50, 5000, false);
    g.tick(5700);
    g.end(2, 5100);            // lifted after 100 ms: a tap after all
    steps = drain(g);
    REQUIRE(steps.size() >= 4);
    CHECK(steps[steps.size() - 3].down);
    g.start(3, 60, 70, 9000, false);
    g.end(3, 9800);            // the timer never ran before the lift, 800 ms on: a long press, no click
    steps = drain(g);
    REQUIRE(steps.size() == 1);
    CHECK((!steps[0].down && !steps[0].leave && steps[0].x == 60 && steps[0].y == 70));
}

TEST_CASE("one finger on a drag surface presses where it went down and drags with the button held") {
    vm::TouchGestures g;
    g.start(1, 200, 100, 0, true);
    g.move(1, 180, 100, 10);
    g.move(1, 150, 102, 20);
    g.move(1, 120, 104, 30);  // a burst between two frames merges into one step
    g.end(1, 40);
    const auto steps = drain(g);
    REQUIRE(steps.size() == 5);
    CHECK((!steps[0].down && steps[0].x == 200));
    CHECK((steps[1].down && steps[1].x == 200 && steps[1].y == 100));
    CHECK((steps[2].down && steps[2].x == 120 && steps[2].y == 104));
    CHECK((!steps[3].down && !steps[3].leave && steps[3].x == 120));
    CHECK(steps[4].leave);
}

TEST_CASE("one finger elsewhere scrolls under the finger by the distance it moved, without pressing") {
    vm::TouchGestures g;
    g.start(1, 50, 400, 0, false);
    g.move(1, 50, 380, 10);
    g.move(1, 52, 300, 20);
    auto steps = drain(g);
    REQUIRE(steps.size() == 1);
    CHECK_FALSE(steps[0].down);
    CHECK(steps[0].wheel_y == Approx(-100));
    CHECK(steps[0].wheel_x == Approx(2));
    CHECK(steps[0].y == 300);
    g.move(1, 52, 350, 30);  // after a frame took the first step, the next is a new one
    steps = drain(g);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].wheel_y == Approx(50));
    g.end(1, 40);
    steps = drain(g);
    REQUIRE(steps.size() == 1);
    CHECK(steps[0].leave);
}

TEST_CASE("two fingers pinch: the scale of their distance, their centre, and how far it moved") {
    vm::TouchGestures g;
    g.start(1, 100, 200, 0, true);
    g.start(2, 200, 200, 5, true);
    CHECK(g.pinching());
    g.move(1, 75, 200, 20);
    g.move(2, 225, 200, 20);  // 100 apart -> 150 apart, centre still at 150
    vm::Pinch p = g.take_pinch();
    CHECK(p.scale == Approx(1.5));
    CHECK(p.x == Approx(150));
    CHECK(p.pan_x == Approx(0).margin(1e-4));
    CHECK(g.take_pinch().scale == 1);  // taken once
    g.move(1, 95, 210, 30);
    g.move(2, 245, 210, 30);  // both slide 20 right and 10 down: a two-finger pan
    p = g.take_pinch();
    CHECK(p.scale == Approx(1.0));
    CHECK(p.pan_x == Approx(20));
    CHECK(p.pan_y == Approx(10));
    // Lifting one finger, then moving the other, neither clicks nor drags.
    g.end(1, 40);
    g.move(2, 300, 300, 50);
    g.end(2, 60);
    for (const vm::PointerStep& s : drain(g)) CHECK_FALSE(s.down);
    CHECK_FALSE(g.pinching());
}

TEST_CASE("a second finger releases a drag the first had started") {
    vm::TouchGestures g;
    g.start(1, 200, 100, 0, true);
    g.move(1, 160, 100, 10);
    g.start(2, 300, 100, 20, true);
    const auto steps = drain(g);
    REQUIRE(steps.size() >= 4);
    CHECK(steps[steps.size() - 2].down == false);
    CHECK(steps.back().leave);
    CHECK(g.pinching());
}

TEST_CASE("a cancelled touch releases the button") {
    vm::TouchGestures g;
    g.start(1, 200, 100, 0, true);
    g.move(1, 150, 100, 10);
    g.cancel();
    const auto steps = drain(g);
    REQUIRE(steps.size() >= 2);
    CHECK_FALSE(steps[steps.size() - 2].down);
    CHECK(steps.back().leave);
}

TEST_CASE("a click from the keyboard can hold Ctrl, which turns a slider into a text box") {
    vm::PointerQueue q;
    q.click(10, 20, true);
    vm::PointerStep s;
    int n = 0;
    while (q.pop(s)) {
        if (!s.leave) CHECK(s.ctrl);
        ++n;
    }
    CHECK(n == 4);
}
