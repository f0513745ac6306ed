// The explorer: every view of a core::Corpus, drawn with Dear ImGui alone.
// Platform mains own the window and the GL context and call:
//
//   ui::Explorer app;
//   ui::load_corpus(app, core::build_corpus(files));
//   ui::load_theme_fonts(app.theme, pixel_scale);  // before the first frame and when the ratio changes
//   each frame: NewFrame(); ui::draw_explorer(app); Render();
//   ui::wants_redraw(app)                          // animation running: draw even without input
//   ui::state_json(app)                            // what a user sees, as JSON (tests, demos)
//
// Views only read the corpus; what they derive from it (timeline index, matrix, filter
// results) is rebuilt when the corpus or the filter changes, never per frame.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/corpus.h"
#include "ui/input_state.h"
#include "ui/models/filter.h"
#include "ui/quality.h"
#include "ui/theme.h"
#include "ui/view_state.h"

namespace ui {

enum class View { overview, timeline, comentions, documents, search, data, quality };
const char* view_name(View view);  // "overview", "timeline", ...
const char* view_label(View view); // "Overview", "Timeline", ... as on the tabs
bool view_from_name(const std::string& name, View& view);

// Keys the explorer acts on. Platforms queue every press (ImGui 1.86 misses a press and
// release that both fall between two frames, as a quick tap in a browser does).
// tab / shift_tab walk the focus, enter and space activate it, present is F (full screen).
// undo is Ctrl+Z, redo Ctrl+Y or Ctrl+Shift+Z (curation steps).
enum class Key { escape, left, right, up, down, tab, shift_tab, enter, space, present, undo, redo };

// A widget's rectangle in logical (CSS) pixels, so tests can point the mouse at it.
struct ItemRect {
    std::string name;
    float x = 0, y = 0, w = 0, h = 0;
};

struct Explorer {
    core::Corpus corpus;
    View view = View::overview;
    Theme theme;

    // Linked selection: the filter every view honours, and what it lets through.
    vm::Filter filter;
    std::vector<vm::EventKey> event_keys;  // per corpus event, built at load
    std::vector<std::string_view> event_key_entities;  // what the keys' entity spans point into
    std::vector<uint8_t> event_passes;     // per corpus event, rebuilt when the filter changes
    std::size_t passing_events = 0;

    // The reader
    int selected_document = -1;
    int selected_event = -1;
    std::string selected_entity;        // highlighted everywhere in the reader
    std::size_t focus_begin = 0, focus_end = 0;  // a sentence to show, byte offsets in the document
    bool scroll_to_focus = false;
    std::string copied;                 // the last text copied to the clipboard

    CurationState curation;             // corrections to the events (ui/curation.cpp)
    TimelineState timeline;
    ComentionState comentions;
    SearchState search;
    DocumentListState documents;
    ReaderLayout reader;
    OverviewState overview;
    DataState data;
    EntityEditState entity_edit;        // the reader's rename / merge panel
    QualityState quality;               // a gold file and the score against it (ui/quality.h)
    PlatformHooks platform;
    std::string capture_png;            // set by "Save PNG": the platform saves the next rendered frame under this name
    std::string share_note;             // what a shared link asked for that could not be shown

    bool show_help = false;
    std::vector<Key> pending_keys;      // pressed since the last frame
    long frame = 0;
    std::string tooltip;                // the tooltip text shown this frame, if any
    std::vector<ItemRect> item_rects;   // named items drawn in the last frame

    ScreenState screen;                 // layout by width, reader sheet (ui/screen.cpp)
    TouchState touch;                   // fingers as pointer steps (ui/touch.cpp)
    KeyboardState keyboard;             // Tab's focus (ui/keyboard.cpp)
};

void load_corpus(Explorer& app, core::Corpus corpus);

// [SECTION] bringing files in (ui/data.cpp). Every path (file picker, drop, command line,
// seeds) goes through import_files and a CorpusBuilder; bad files end up in data.messages.
void load_files_now(Explorer& app, std::vector<core::SourceFile> files,
                    std::vector<core::LoadMessage> unreadable = {});  // builds at once (start-up)
void begin_import(Explorer& app, bool replace);
void add_import_file(Explorer& app, core::SourceFile file);
void end_import(Explorer& app);            // imports, then builds a few documents at a time (step_import)
                                           // (a bundle among the files opens alone, at once)
// A file the platform could not get (a bundle named in the URL that could not be fetched, or
// not all of it): the Data tab's report names it with the reason; the corpus stays, and files
// gathered for an import not yet ended are dropped.
void report_load_problem(Explorer& app, std::string file, std::string reason);
// Before the bytes of an import cross into the program: false when the corpus would need more
// memory than the platform can give (platform.memory), with the reason in the import report;
// the corpus on screen stays.
bool import_fits(Explorer& app, std::uint64_t input_bytes, std::size_t files, bool replace);
// Memory ran out while the platform passed the files: drops the import, keeps the corpus.
void import_out_of_memory(Explorer& app, const std::string& during);
// draw_explorer calls it each frame, unless the platform calls it between frames
// (platform.imports_between_frames).
void step_import(Explorer& app, double budget_ms = 25);
bool import_running(const Explorer& app);
void load_example_corpus(Explorer& app);
void set_document_date(Explorer& app, int document, const std::string& iso);  // rebuilds; errors in data.date_error
bool extend_lexicon_with(Explorer& app, const std::string& json);  // rebuilds; errors in data.lexicon_error
void load_import_now(Explorer& app, core::ImportResult imported);  // replaces the articles, builds at once
void export_file(Explorer& app, const std::string& what);  // "events.csv", "events.json", "comentions.csv",
                                                           // "corpus.jsonl", "manifest.json", "lexicon.json",
                                                           // "events-gold.json" (curation status included), "curation.json"

// [SECTION] curation (ui/curation.cpp): every change to an event is a step of app.curation;
// the corpus's events are always the extracted ones with the steps in effect applied.
// Drops undone steps and takes this one; a step that cannot apply is not kept and its reason
// returned ("" when taken).
std::string curate(Explorer& app, core::CurationStep step);
// Takes many steps at once (one pass); undo takes them back one by one. Returns how many were skipped.
std::size_t curate_all(Explorer& app, std::vector<core::CurationStep> steps);
void undo_curation(Explorer& app);
void redo_curation(Explorer& app);
bool can_undo_curation(const Explorer& app);
bool can_redo_curation(const Explorer& app);
// "" (as extracted), "accepted", "edited" or "added" for a corpus event.
const std::string& event_status(const Explorer& app, int event);
core::EventRef curated_event_ref(const Explorer& app, int event);  // what steps name the event by
std::string curation_json(const Explorer& app);                    // the steps in effect, to keep
std::string load_curation(Explorer& app, const std::string& json); // replaces the steps; the error, or ""
void forget_curation(Explorer& app);                               // a new corpus: no steps

// [SECTION] keeping the work across visits (ui/session.cpp, ui/models/session_file.h). Platforms
// store two opaque pieces: the corpus (the articles as imported) and the curation file (the steps
// in effect and the lexicon additions), and save again when session_revision changes.
std::uint64_t session_revision(const Explorer& app);  // changes with every import, rebuild and step
bool session_worth_keeping(const Explorer& app);     // not for the example corpus as embedded, uncurated
std::string session_too_large(const Explorer& app);  // why the corpus is not kept, "" when it is
// The corpus a piece at a time (vm::session_corpus_piece): call with next = 0 until next is the
// article count; the pieces in order are the corpus to store.
std::string session_corpus_piece(const Explorer& app, std::size_t& next, std::size_t text_bytes);
std::string session_curation(const Explorer& app);   // also the desktop's corpus-explorer.curation.json
// The next visit: a corpus and curation kept before (saved_when: the date they were saved). What
// cannot be restored is said in the import report and session_note, and the corpus on screen stays.
bool restore_session(Explorer& app, const std::string& corpus, const std::string& curation, const std::string& saved_when);
// A curation file beside the corpus (desktop): lexicon additions (the corpus is rebuilt), then the
// steps. A bad file is named in the import report with the reason; nothing else changes.
bool load_curation_file(Explorer& app, const std::string& json, const std::string& file_name);
// The platform could not keep or read it: a line of the import report under `where`.
void session_problem(Explorer& app, const std::string& where, const std::string& reason);
// A curation file given with an import (the "curation.json" export, or a bare "curation/1"
// list of steps): its lexicon additions replace the corpus's (`rebuild` is set), and its steps
// wait in data.pending_curation for the corpus on screen; what happened goes to `messages`.
bool is_curation_file(const core::SourceFile& f);
bool take_curation_file(Explorer& app, const core::SourceFile& f, bool& rebuild, std::vector<core::LoadMessage>& messages);
void apply_pending_curation(Explorer& app);  // after a build, or at once when nothing is rebuilt
void forget_session(Explorer& app);  // deletes what is kept, back to the example corpus

// [SECTION] sharing a view as a URL hash (ui/models/share_hash.h)
std::string share_hash(const Explorer& app);  // "view=timeline&entity=Japan"
// Applies a hash; what it cannot apply (unknown view, entity, type, document) is skipped and
// said in app.share_note.
void apply_share_hash(Explorer& app, const std::string& hash);
void draw_explorer(Explorer& app);
bool wants_redraw(const Explorer& app);
void key_pressed(Explorer& app, Key key);  // platforms call this from their key callbacks

// [SECTION] input other than the mouse (ui/touch.cpp), for the platform mains
// Between the platform backend's NewFrame and ImGui::NewFrame: feeds the queued pointer steps
// (taps, drags, keyboard activations) to ImGui in place of the mouse.
void before_new_frame(Explorer& app);
// Between ImGui::NewFrame and draw_explorer: a double-click the browser counted is one to ImGui too.
void after_new_frame(Explorer& app);
void mouse_click_count(Explorer& app, int count);  // a press of the primary button, the platform's click count
// Touches in CSS pixels from the window's top left; ms on one clock (the event's timeStamp).
enum class TouchPhase { start, move, end, cancel, tick };
void touch_event(Explorer& app, TouchPhase phase, int id, float x, float y, double ms);
void mouse_moved(Explorer& app);  // the real mouse moved: it owns the pointer again
bool input_pending(const Explorer& app);  // queued pointer steps or a pinch: keep drawing frames
// A phone's on-screen keyboard, through a text field of the page: typed text, and the keys
// that edit (ImGuiKey_Backspace, _Enter, _Escape, _LeftArrow, ...; Tab walks the focus).
void type_text(Explorer& app, const std::string& utf8);
void text_key(Explorer& app, int imgui_key);
bool text_box_at(const Explorer& app, float css_x, float css_y);  // a tap here starts typing
std::string state_json(const Explorer& app);

// [SECTION] actions shared by the views (linked selection)
void set_filter(Explorer& app, vm::Filter filter);  // recomputes event_passes
void clear_filter(Explorer& app);
void open_document(Explorer& app, int document, std::size_t focus_begin = 0, std::size_t focus_end = 0);
void open_event(Explorer& app, int event);
void record_item(Explorer& app, std::string name);  // the last ImGui item, under `name`

}  // namespace ui
