// What each view keeps between frames. Derived data is built at load (or when its
// inputs change) so that a frame only reads.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/curation.h"

#include "ui/models/force_layout.h"
#include "ui/models/memory_budget.h"
#include "ui/models/kwic.h"
#include "ui/models/matrix_order.h"
#include "ui/models/time_axis.h"
#include "ui/models/timeline_index.h"

namespace ui {

enum class LaneGrouping { by_type, by_actor };

struct TimelineState {
    LaneGrouping grouping = LaneGrouping::by_type;
    std::vector<std::string> lane_names;
    vm::TimelineIndex index;           // dated events that pass the filter, per lane
    std::vector<int> undated;          // corpus event indexes with no date that pass the filter
    double first_day = 0, last_day = 0;  // the visible range
    bool fitted = false;
    std::vector<vm::TimelineMark> marks;  // scratch for the frame's visible marks
    std::vector<vm::TimeTick> ticks;      // recomputed only when the range or the width changes
    double ticks_first = 0, ticks_last = 0;
    float ticks_width = 0;
    int hovered_event = -1;
    bool brushing = false;
    double brush_from = 0, brush_to = 0;
    int classroom_step = -1;           // position in `steps` while stepping in classroom mode
    std::vector<int> steps;            // dated events in time order, for left/right stepping
    bool dirty = true;                 // rebuild the index before drawing
};

enum class CoMentionWindow { sentence, paragraph, document };

// A cell of a big corpus stands for hundreds of thousands of sentences: a list that long is
// not read, and drawing it (or handing it to the state hook) would cost every frame.
constexpr std::size_t kListedSentences = 200;

struct ComentionState {
    CoMentionWindow window = CoMentionWindow::sentence;
    int min_count = 1;
    bool kinds[core::kEntityKinds] = {true, true, true, true, true, true, true};  // core entity kinds shown
    bool clustered = false;
    bool network = false;
    int max_entities = 16;
    std::vector<int> entities;         // corpus entity indexes shown, in matrix order
    vm::CountMatrix matrix;            // counts among `entities`
    vm::ForceGraph graph;              // the network of the same entities
    float graph_width = 0, graph_height = 0;
    float pan_x = 0, pan_y = 0;        // the network moved by two fingers, ImGui pixels
    bool layout_running = false;
    int dragged_node = -1;
    int picked_a = -1, picked_b = -1;  // the cell or edge whose sentences are listed
    std::vector<std::pair<int, int>> picked_sentences;  // (document, sentence) behind the pick
    bool dirty = true;
};

struct SearchState {
    char query[256] = "";
    std::string last_query;
    std::vector<vm::KwicHit> hits;
    bool truncated = false;
    // What the list shows, built once per search: a document's title, then its hits in context.
    struct Row {
        int hit = -1;  // index into hits, or -1 for a document heading
        std::string text;
    };
    std::vector<Row> rows;
};

struct DocumentListState {
    char filter_text[128] = "";
    std::vector<int> order;            // document indexes shown, sorted and filtered
    int sort_column = 1;               // 0 title, 1 date, 2 basis, 3 words, 4 events
    bool ascending = true;
    bool dirty = true;
};

// What the overview shows of the events, counted once per corpus (build_overview) rather than per frame.
struct OverviewState {
    std::size_t dated = 0;
    int first_year = 0, first_month = 0, last_year = 0, last_month = 0;
    std::vector<int> per_month;  // dated events per calendar month, first_year-first_month onwards
};

// The reader's wrapped lines, laid out once per document, width and font size.
struct ReaderLayout {
    int document = -1;
    float width = 0, font_size = 0;
    // The tools under the text (add an event, name words), as tall as they were last frame: they
    // grow below the text, so a click or a drag in it never moves the words under the mouse.
    float tools_height = 0;
    bool tools_grew = false;  // then the focused sentence is kept in sight above them
    struct Line {
        uint32_t begin = 0, end = 0;
        float y = 0;
        bool dim = false;  // boilerplate (newsletter, cookies): shown, but greyed
    };
    std::vector<Line> lines;
    float height = 0;
    // Highlight spans, sorted by begin: entity mentions and event evidence of the document.
    struct Span {
        uint32_t begin = 0, end = 0;
        int entity = -1;   // corpus entity index, or -1
        int event = -1;    // corpus event index, or -1
        int time = -1;     // index into the document's time expressions, or -1
    };
    std::vector<Span> spans;
};

// [SECTION] Data: bringing a corpus in (in slices across frames) and taking results out.
// The corpus on screen is always build_corpus(imported, lexicon): keeping both lets a date
// typed in the reader or a lexicon extension rebuild it.
// The reader's panel that renames an entity or merges it into another (ui/view_entity_edit.cpp).
struct EntityEditState {
    std::string editing;  // the entity the panel was opened for
    int index = -1;       // its index in the corpus's entities, while the name still matches
    char rename[128] = "";
    int split_kind = -1;  // the kind an alias split off gets; -1: the entity's own

    // Words picked in the reader's text (a drag across them, or a click and a Shift+click) to
    // become a name: an alias of an entity, or a new one (ui/view_entity_words.cpp).
    int words_document = -1;
    uint32_t words_anchor = 0, words_begin = 0, words_end = 0;
    bool words_dragging = false;
    char words_name[128] = "";  // the new entity's name: the words, unless edited
    int words_kind = 2;         // the new entity's kind (organization)
};

struct DataState {
    core::ImportResult imported;                 // the articles of the corpus on screen
    std::shared_ptr<const core::Lexicon> lexicon;  // null: the built-in lexicon
    std::vector<core::SourceFile> example_files;   // the embedded seeds ("back to the example corpus")
    // The platform looks for a corpus kept from an earlier visit before opening one: until then
    // the frame shows the tabs and says so, with no view of an empty corpus.
    bool opening = false;

    // An import in progress: files gathered by begin/add, then built a few documents a frame.
    bool gathering = false;
    bool replace = true;                         // the Replace / Add choice
    std::vector<core::SourceFile> pending;
    std::unique_ptr<core::CorpusBuilder> builder;
    bool keep_view = false;                      // a rebuild (date, lexicon) keeps view and selection
    std::vector<core::LoadMessage> messages;     // the import report
    // What an import replaced (or how much it appended to), kept until its build is done:
    // if memory runs out half-way, the corpus on screen and what it was built from stay.
    std::unique_ptr<core::ImportResult> replaced;
    std::size_t added_after = SIZE_MAX, manifest_added_after = 0, messages_added_after = 0;
    int imports_finished = 0;
    bool gold_only = false;  // the last import was a gold file alone: Quality shows it, not the report
    double last_build_ms = 0;                    // wall time of the last import, files to corpus

    char lexicon_text[16384] = "";
    std::string lexicon_error;
    char date_text[16] = "";                     // the reader's "Set date" box
    int date_document = -1;
    std::string date_error;
    std::string note;                            // the last export or action, in words

    // Kept across visits (ui/session.cpp): the additions in the order given, so a later visit
    // extends the built-in lexicon the same way; and what the platform keeps, in words.
    std::vector<std::string> lexicon_additions;
    std::string pending_curation;                // a dropped curation file's steps, applied after its build
    bool session_kept = false;                   // the platform holds this corpus: "Forget this corpus" shows
    std::string session_note;                    // "Restored your corpus of ..." or why it was not
};

// [SECTION] Curation: the person's corrections as steps (core/curation.h), applied again to the
// events as extracted whenever a step is taken, undone or redone, or the corpus is rebuilt.
struct CurationState {
    core::Curation curation;              // every step taken; those after `applied` were undone
    std::size_t applied = 0;              // steps in effect
    std::uint64_t revision = 0;           // counts every change of the steps, for platforms that keep them
    std::vector<core::Event> extracted;   // the corpus's events before any step, kept at load
    bool extracted_in_corpus = false;     // no step yet: `extracted` is empty, the corpus's events are it
    core::CurationResult result;          // of the last application: status, refs, rejected, skipped
    std::vector<int> actor_choices;       // corpus entities an event's actors are picked from
    bool show_rejected = false;
    // The date box of the selected event: its text and the event it was filled for.
    char date_text[16] = "";
    core::EventRef date_for;
    std::string date_error;
    // Adding an event: the sentence clicked in the reader, and what to give the new event.
    int add_document = -1;
    uint32_t add_begin = 0, add_end = 0;
    int add_type = 0;
    char add_date[16] = "";
    std::vector<std::string> add_actors;
    std::string add_error;
};

// What only the platform can do; a hook left empty hides what needs it.
struct PlatformHooks {
    // Opens the system's file picker (browser: the hidden inputs of the page).
    std::function<void(bool folder)> pick_files;
    // Saves bytes as a file the user gets; returns where it went, in words ("downloaded ..." / a path).
    std::function<std::string(const std::string& name, const std::string& mime, const std::string& bytes)> save_file;
    // Where saved files go, shown on the Data tab ("" in the browser: downloads).
    std::string save_folder;
    // Extracts every article of a build at once on the machine's cores (the desktop app); unset,
    // the build runs a few articles at a time (the browser tab, one thread).
    std::function<void(core::CorpusBuilder& builder)> extract_all;
    // True when the platform calls step_import between frames (the page: a task of its own after
    // each slice), so a frame only draws the progress; false, each frame runs a slice first.
    bool imports_between_frames = false;
    // The program's memory and its ceiling (the page: 32-bit WebAssembly); empty: no ceiling
    // to check against (desktop).
    std::function<vm::MemoryUse()> memory;
    // Deletes what the platform keeps of this corpus (the page: IndexedDB); unset, nothing is kept.
    std::function<void()> forget_session;
};

}  // namespace ui
