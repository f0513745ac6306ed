#include "ui/models/touch_gestures.h"

#include <cmath>

namespace vm {
namespace {

// Moves merge only into moves of the same kind: a drag step (button down) into a drag step,
// a scroll into a scroll, a hover into a hover. A press or a click's steps never merge.
enum class MoveKind { none, drag, scroll, hover };

MoveKind kind_of(const PointerStep& s) {
    if (s.leave) return MoveKind::none;
    if (s.wheel_x != 0 || s.wheel_y != 0) return MoveKind::scroll;
    return s.down ? MoveKind::drag : MoveKind::hover;
}

}  // namespace

void PointerQueue::push_merged(const PointerStep& step) {
    // Only the last step pushed by push_merged may absorb the next one: `merge_ok` marks it.
    if (!steps.empty() && merge_ok_ && kind_of(steps.back()) == kind_of(step)) {
        PointerStep& back = steps.back();
        back.x = step.x;
        back.y = step.y;
        back.wheel_x += step.wheel_x;
        back.wheel_y += step.wheel_y;
        return;
    }
    steps.push_back(step);
    merge_ok_ = true;
}

void PointerQueue::push(const PointerStep& step) {
    steps.push_back(step);
    merge_ok_ = false;
}

bool PointerQueue::pop(PointerStep& step) {
    if (steps.empty()) return false;
    step = steps.front();
    steps.pop_front();
    if (steps.empty()) merge_ok_ = false;
    return true;
}

void PointerQueue::click(float x, float y, bool ctrl) {
    PointerStep hover{x, y};
    hover.ctrl = ctrl;
    PointerStep press = hover;
    press.down = true;
    PointerStep leave;
    leave.leave = true;
    push(hover);
    push(press);
    push(hover);  // released where it was pressed
    push(leave);
}

void TouchGestures::start(int id, float x, float y, double ms, bool drag_surface) {
    if (count_ == 0) {
        fingers_[0] = {id, x, y};
        count_ = 1;
        state_ = State::pending;
        start_x_ = x;
        start_y_ = y;
        start_ms_ = ms;
        drag_surface_ = drag_surface;
        return;
    }
    if (count_ != 1 || fingers_[0].id == id || state_ == State::lifting) return;  // a third finger, or a stale one
    // A second finger ends what the first was doing: a drag is released where it got to.
    const Finger& first = fingers_[0];
    if (state_ == State::dragging) pointer.push({first.x, first.y, false});
    PointerStep leave;
    leave.leave = true;
    pointer.push(leave);
    fingers_[1] = {id, x, y};
    count_ = 2;
    begin_two_fingers();
}

void TouchGestures::begin_two_fingers() {
    state_ = State::two_fingers;
    last_distance_ = distance();
    last_cx_ = 0.5f * (fingers_[0].x + fingers_[1].x);
    last_cy_ = 0.5f * (fingers_[0].y + fingers_[1].y);
}

float TouchGestures::distance() const {
    return std::hypot(fingers_[0].x - fingers_[1].x, fingers_[0].y - fingers_[1].y);
}

// A busy page can run the long-press timer before it sees a move or a lift that happened
// earlier: the event's own time decides, and a press that was not long is taken back.
void TouchGestures::undo_early_long_press(double ms) {
    if (state_ == State::long_pressed && ms - start_ms_ < kLongPressMs) state_ = State::pending;
}

void TouchGestures::move(int id, float x, float y, double ms) {
    undo_early_long_press(ms);
    int i = 0;
    while (i < count_ && fingers_[i].id != id) ++i;
    if (i == count_) return;
    const float prev_x = fingers_[i].x, prev_y = fingers_[i].y;
    fingers_[i].x = x;
    fingers_[i].y = y;
    switch (state_) {
        case State::pending:
            if (std::hypot(x - start_x_, y - start_y_) <= slop) return;
            if (drag_surface_) {
                pointer.push({start_x_, start_y_, false});  // hover, then press where the finger went down
                pointer.push({start_x_, start_y_, true});
                pointer.push_merged({x, y, true});
                state_ = State::dragging;
            } else {
                PointerStep scroll{x, y};
                scroll.wheel_x = x - start_x_;
                scroll.wheel_y = y - start_y_;
                pointer.push_merged(scroll);
                state_ = State::scrolling;
            }
            return;
        case State::dragging: pointer.push_merged({x, y, true}); return;
        case State::scrolling: {
            PointerStep scroll{x, y};
            scroll.wheel_x = x - prev_x;
            scroll.wheel_y = y - prev_y;
            if (scroll.wheel_x != 0 || scroll.wheel_y != 0) pointer.push_merged(scroll);
            return;
        }
        case State::long_pressed: pointer.push_merged({x, y, false}); return;
        case State::two_fingers: {
            const float d = distance();
            const float cx = 0.5f * (fingers_[0].x + fingers_[1].x), cy = 0.5f * (fingers_[0].y + fingers_[1].y);
            if (last_distance_ > 0 && d > 0) pinch_.scale *= d / last_distance_;
            pinch_.pan_x += cx - last_cx_;
            pinch_.pan_y += cy - last_cy_;
            pinch_.x = cx;
            pinch_.y = cy;
            last_distance_ = d;
            last_cx_ = cx;
            last_cy_ = cy;
            return;
        }
        case State::idle:
        case State::lifting: return;
    }
}

void TouchGestures::end(int id, double ms) {
    undo_early_long_press(ms);
    // ... and the other way round: a lift seen before a late timer ends a long press, not a tap.
    tick(ms);
    int i = 0;
    while (i < count_ && fingers_[i].id != id) ++i;
    if (i == count_) return;
    const Finger lifted = fingers_[i];
    if (i == 0) fingers_[0] = fingers_[1];
    --count_;
    PointerStep leave;
    leave.leave = true;
    switch (state_) {
        case State::pending: pointer.click(lifted.x, lifted.y); break;
        case State::dragging:
            pointer.push({lifted.x, lifted.y, false});
            pointer.push(leave);
            break;
        case State::scrolling: pointer.push(leave); break;
        case State::long_pressed: break;  // the hover stays: the tooltip can be read
        case State::two_fingers:
        case State::lifting:
        case State::idle: break;
    }
    // After two fingers, the one left on the glass does nothing until it lifts too.
    state_ = count_ > 0 ? State::lifting : State::idle;
}

void TouchGestures::cancel() {
    if (state_ == State::dragging) pointer.push({fingers_[0].x, fingers_[0].y, false});
    PointerStep leave;
    leave.leave = true;
    if (state_ != State::idle) pointer.push(leave);
    state_ = State::idle;
    count_ = 0;
}

void TouchGestures::tick(double ms) {
    if (state_ != State::pending || ms - start_ms_ < kLongPressMs) return;
    pointer.push_merged({fingers_[0].x, fingers_[0].y, false});
    state_ = State::long_pressed;
}

Pinch TouchGestures::take_pinch() {
    Pinch p = pinch_;
    pinch_ = Pinch();
    pinch_.x = p.x;
    pinch_.y = p.y;
    return p;
}

}  // namespace vm
