// What a screen reader hears when the explorer changes: the page keeps an aria-live region,
// and the explorer compares a small summary of the screen before and after each drawn frame.
//
//   vm::ScreenSummary now = ...;                   // cheap: counts, ids, a few short strings
//   if (now != last) {
//       std::string said = vm::announce_change(last, now);  // "Filter: entity: Japan. 12 of 60 events shown."
//       last = now;
//   }
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace vm {

struct ScreenSummary {
    std::string view;                  // the tab's label: "Timeline"
    std::vector<std::string> chips;    // the filter, in words
    std::size_t events = 0, passing_events = 0, documents = 0;
    int selected_event = -1;
    std::string selected_event_text;   // "missile launch, 2022-11-18 (text): North Korea"
    int selected_document = -1;
    std::string document_title;
    std::string search_query;
    std::size_t search_hits = 0;
    int imports_finished = 0;
    bool importing = false;
    std::size_t import_messages = 0;
    bool reader_sheet = false;         // the reader covers the view (one-column layout)
    bool classroom = false;
    std::size_t list_rows = 0;         // rows the view lists (documents left by its text filter): not announced
    std::string session_note;          // a corpus restored from an earlier visit, or why not

    bool operator==(const ScreenSummary& o) const;
    bool operator!=(const ScreenSummary& o) const { return !(*this == o); }
};

// One or more short sentences for what changed between two summaries; empty when nothing
// worth saying did (a new frame with the same screen).
std::string announce_change(const ScreenSummary& before, const ScreenSummary& after);

}  // namespace vm
