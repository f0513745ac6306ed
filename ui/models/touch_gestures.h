// Touch gestures turned into what a mouse-driven UI understands, one step per frame.
// Dear ImGui 1.86 knows only a mouse, and reads it once per frame; a tap (down and up in the
// same few milliseconds) would be lost, so every gesture becomes a queue of pointer steps.
//
//   vm::TouchGestures g;
//   g.start(id, x, y, ms, drags_like_a_mouse);  // touchstart; true on a pannable plot or a slider
//   g.move(id, x, y, ms);  g.end(id, ms);  g.cancel();
//   g.tick(ms);            // a timer while a finger rests: a long press becomes a hover
//   each frame: vm::PointerStep step; if (g.pointer.pop(step)) ... feed it as the mouse
//               vm::Pinch p = g.take_pinch();   // two fingers: zoom around their centre, pan
//
// What each gesture gives:
//   tap                        hover, press, release, leave  (a click, with no tooltip left behind)
//   long press (>= 500 ms)     hover at the finger, kept after lifting (the tooltip stays); judged by
//                              the events' times, so a late timer does not turn a quick drag into one
//   one finger, drag surface   press where it started, moves with the button down, release
//   one finger, elsewhere      mouse wheel steps under the finger (lists and panels scroll)
//   two fingers                Pinch: scale of the distance between them, their centre, its movement
// Coordinates are in whatever unit the caller uses (CSS pixels in the page).
#pragma once
#include <deque>

namespace vm {

struct PointerStep {
    float x = 0, y = 0;
    bool down = false;    // the primary button
    bool leave = false;   // the pointer leaves the window (nothing hovered)
    float wheel_x = 0, wheel_y = 0;  // scroll distance in the caller's unit, positive = content follows the finger down/right
    bool ctrl = false;    // Ctrl held with this step (a Ctrl+click turns an ImGui slider into a text box)
};

// Steps waiting for frames. Consecutive moves of the same kind merge, so a burst of touchmove
// events between two frames costs one frame, not one frame each.
struct PointerQueue {
    std::deque<PointerStep> steps;
    void push(const PointerStep& step);
    void push_merged(const PointerStep& step);  // a drag move or a scroll: merges into a like step at the back
    bool pop(PointerStep& step);
    bool empty() const { return steps.empty(); }
    // A click at (x, y): hover, press, release, leave; one frame each.
    void click(float x, float y, bool ctrl = false);

private:
    bool merge_ok_ = false;  // the back step came from push_merged
};

struct Pinch {
    float scale = 1;         // > 1: the fingers moved apart (zoom in)
    float x = 0, y = 0;      // the fingers' centre, now
    float pan_x = 0, pan_y = 0;  // how far the centre moved
    bool active() const { return scale != 1 || pan_x != 0 || pan_y != 0; }
};

class TouchGestures {
public:
    static constexpr double kLongPressMs = 500;
    static constexpr float kSlop = 10;  // movement within this is still a tap

    void start(int id, float x, float y, double ms, bool drag_surface);
    void move(int id, float x, float y, double ms);
    void end(int id, double ms);
    void cancel();
    void tick(double ms);
    Pinch take_pinch();
    bool pinching() const { return state_ == State::two_fingers; }
    bool idle() const { return state_ == State::idle && pointer.empty(); }  // no finger down, nothing queued

    float slop = kSlop;  // in the caller's unit

    PointerQueue pointer;

private:
    enum class State { idle, pending, dragging, scrolling, long_pressed, two_fingers, lifting };
    struct Finger {
        int id = -1;
        float x = 0, y = 0;
    };
    void begin_two_fingers();
    void undo_early_long_press(double ms);
    float distance() const;

    State state_ = State::idle;
    Finger fingers_[2];
    int count_ = 0;
    float start_x_ = 0, start_y_ = 0;
    double start_ms_ = 0;
    bool drag_surface_ = false;
    float last_distance_ = 0, last_cx_ = 0, last_cy_ = 0;
    Pinch pinch_;
};

}  // namespace vm
