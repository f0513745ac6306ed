#include "ui/models/announce.h"

namespace vm {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

void say(std::string& out, const std::string& sentence) {
    if (!out.empty()) out += " ";
    out += sentence;
}

}  // namespace

bool ScreenSummary::operator==(const ScreenSummary& o) const {
    return view == o.view && chips == o.chips && events == o.events && passing_events == o.passing_events &&
           documents == o.documents && selected_event == o.selected_event &&
           selected_event_text == o.selected_event_text && selected_document == o.selected_document &&
           document_title == o.document_title && search_query == o.search_query && search_hits == o.search_hits &&
           imports_finished == o.imports_finished && importing == o.importing &&
           import_messages == o.import_messages && reader_sheet == o.reader_sheet && classroom == o.classroom &&
           list_rows == o.list_rows && session_note == o.session_note;
}

std::string announce_change(const ScreenSummary& a, const ScreenSummary& b) {
    std::string out;
    if (b.importing && !a.importing) say(out, "Importing articles.");
    if (b.imports_finished != a.imports_finished)
        say(out, "Import finished: " + plural(b.documents, "document", "documents") + ", " +
                     plural(b.events, "event", "events") + "; " +
                     plural(b.import_messages, "message", "messages") + " in the import report.");
    if (b.session_note != a.session_note && !b.session_note.empty()) say(out, b.session_note);
    if (b.view != a.view) say(out, b.view + " view.");
    if (b.classroom != a.classroom) say(out, b.classroom ? "Classroom mode on." : "Classroom mode off.");
    if (b.chips != a.chips || (b.passing_events != a.passing_events && b.imports_finished == a.imports_finished)) {
        if (b.chips.empty()) {
            say(out, "No filter: all " + plural(b.events, "event", "events") + " shown.");
        } else {
            std::string chips;
            for (const std::string& c : b.chips) chips += (chips.empty() ? "" : ", ") + c;
            say(out, "Filter: " + chips + ". " + std::to_string(b.passing_events) + " of " +
                         plural(b.events, "event", "events") + " shown.");
        }
    }
    if ((b.search_query != a.search_query || b.search_hits != a.search_hits) && !b.search_query.empty())
        say(out, plural(b.search_hits, "match", "matches") + " for \"" + b.search_query + "\".");
    const bool event_changed = b.selected_event != a.selected_event && b.selected_event >= 0;
    if (event_changed) say(out, "Selected event: " + b.selected_event_text + ".");
    if (b.reader_sheet && !a.reader_sheet) say(out, "Reader opened: " + b.document_title + ".");
    else if (!b.reader_sheet && a.reader_sheet) say(out, "Reader closed.");
    else if (b.selected_document != a.selected_document && b.selected_document >= 0 && !event_changed &&
             b.imports_finished == a.imports_finished)
        say(out, "Reading: " + b.document_title + ".");
    return out;
}

}  // namespace vm
