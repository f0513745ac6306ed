// The shared selection: what the reader has picked, applied to every view.
//
//   vm::Filter f;
//   f.entities = {"Japan"};                  // the event must involve Japan ...
//   f.types = {"missile_launch", "test"};    // ... be either of these types ...
//   f.has_range = true;                      // ... and overlap 2022
//   vm::parse_iso_day("2022", f.from, f.to);
//   if (vm::event_passes(f, key)) draw(event);
//   // chips above the views, each with a close button:
//   std::vector<std::string> chips = vm::filter_chips(f);
//   // {"entity: Japan", "type: missile_launch", "type: test", "from 2022-01-01 to 2022-12-31"}
//   if (closed) vm::remove_chip(f, i);       // i indexes `chips`
//
// Kinds combine with AND. Within a kind: every chosen entity must be involved (picking a second
// entity narrows to events about both, which is what clicking a co-mention cell means), while
// any chosen type will do (types are exclusive, so AND would always be empty).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ui/models/calendar.h"

namespace vm {

// Names held elsewhere, as a pointer and a count (a million events' lists in one array the
// caller keeps, not a million small allocations).
struct NameSpan {
    const std::string_view* first = nullptr;
    std::size_t count = 0;
    const std::string_view* begin() const { return first; }
    const std::string_view* end() const { return first + count; }
    std::size_t size() const { return count; }
};

// What a filter needs to know about one event; the view fills it from the corpus. The texts are
// views, not copies (a million events would otherwise hold a million copies of a few names): the
// type's is a static name, the entities' the corpus's, so the keys are rebuilt with the corpus.
struct EventKey {
    std::string_view type;
    int document = -1;
    Day first = 0, last = 0;  // the days the event covers, when dated
    bool dated = false;
    NameSpan entities;        // into an array the owner of the keys keeps with them
};

struct Filter {
    std::vector<std::string> entities;
    std::vector<std::string> types;
    int document = -1;        // -1: any document
    bool has_range = false;
    Day from = 0, to = 0;     // inclusive
};

bool filter_empty(const Filter& filter);

// A range keeps dated events whose [first, last] overlaps [from, to] and drops undated ones.
bool event_passes(const Filter& filter, const EventKey& event);

// One label per constraint, in the order entities, types, document, range:
// "entity: Japan", "type: missile_launch", "document: 3", "from 2022-01-01 to 2022-12-31".
std::vector<std::string> filter_chips(const Filter& filter);

// Removes the constraint shown by filter_chips(filter)[chip_index]; out of range does nothing.
void remove_chip(Filter& filter, std::size_t chip_index);

}  // namespace vm
