// [SECTION] Data: files in (in slices across frames), results out, and the share hash.
// The corpus on screen is always a build of app.data.imported with app.data.lexicon, so a
// corrected date or a lexicon extension rebuilds it from what was imported, not from files.
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <new>
#include <set>

#include <nlohmann/json.hpp>

#include "core/bundle.h"
#include "core/export_formats.h"
#include "core/gold.h"
#include "core/json_read.h"
#include "core/manifest.h"
#include "ui/explorer.h"
#include "ui/models/calendar.h"
#include "ui/models/memory_budget.h"
#include "ui/models/share_hash.h"

namespace ui {
namespace {

using Clock = std::chrono::steady_clock;
Clock::time_point g_build_started;

double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

const core::Lexicon& lexicon_of(const Explorer& app) {
    return app.data.lexicon ? *app.data.lexicon : core::Lexicon::builtin();
}

void forget_rollback(DataState& d) {
    d.replaced.reset();
    d.added_after = SIZE_MAX;
}

bool ends_with_ci(const std::string& s, const char* suffix) {
    const std::size_t n = std::char_traits<char>::length(suffix);
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i)
        if (std::tolower(static_cast<unsigned char>(s[s.size() - n + i])) != suffix[i]) return false;
    return true;
}

// A .json file whose object holds an "entities" list (and no articles) extends the lexicon
// instead of adding articles: a teacher can drop it with the articles it is for.
bool is_lexicon_file(const core::SourceFile& f) {
    if (!ends_with_ci(f.name, ".json") || ends_with_ci(f.name, "manifest.json")) return false;
    if (f.bytes.find("\"entities\"") == std::string::npos) return false;
    // read_json, so that a lexicon with a number too large is still a lexicon, and says so.
    const core::JsonRead r = core::read_json(f.bytes);
    const nlohmann::json& j = r.value;
    return j.is_object() && j.contains("entities") && j["entities"].is_array() && !j.contains("articles") &&
           !j.contains("documents");
}

bool is_bundle_file(const core::SourceFile& f) { return core::looks_like_bundle(f.bytes) || ends_with_ci(f.name, ".bundle"); }

// A bundle is a finished corpus: it replaces the one on screen and opens alone. A bundle
// that cannot be read leaves the corpus as it was and says why.
void open_bundle(Explorer& app, const core::SourceFile& bundle, std::vector<core::LoadMessage> messages) {
    DataState& d = app.data;
    const Clock::time_point started = Clock::now();
    core::BundleResult r = core::read_bundle(bundle.bytes);
    if (!r.ok()) {
        messages.insert(messages.begin(), {bundle.name, 0, r.error});
        d.messages = std::move(messages);
        d.note = "The bundle could not be opened; the corpus is unchanged.";
        ++d.imports_finished;
        return;
    }
    const std::size_t documents = r.corpus.documents.size(), events = r.corpus.events.size();
    // A build still running (articles dropped just before) would replace the bundle when it
    // finished, with a corpus that is not a build of anything kept: the bundle wins.
    d.builder.reset();
    forget_rollback(d);
    d.imported = core::ImportResult{};
    forget_curation(app);  // corrections name another corpus's events
    load_corpus(app, std::move(r.corpus));
    d.last_build_ms = ms_since(started);
    d.messages = std::move(messages);
    d.note = std::to_string(documents) + " documents, " + std::to_string(events) + " events from the bundle " + bundle.name +
             " (no full texts: the reader shows the sentences events quote).";
    ++d.imports_finished;
}

// Ids stay unique when articles are added to a corpus: "x" becomes "x-2", "x-3", ...
void make_ids_unique(const std::vector<core::ArticleInput>& existing, std::vector<core::ArticleInput>& added) {
    std::set<std::string> ids;
    for (const core::ArticleInput& a : existing) ids.insert(a.id);
    for (core::ArticleInput& a : added) {
        if (ids.count(a.id)) {
            for (int n = 2;; ++n) {
                const std::string id = a.id + "-" + std::to_string(n);
                if (!ids.count(id)) {
                    a.id = id;
                    break;
                }
            }
        }
        ids.insert(a.id);
    }
}

void start_build(Explorer& app, bool keep_view) {
    app.data.builder = std::make_unique<core::CorpusBuilder>(app.data.imported, lexicon_of(app));
    app.data.keep_view = keep_view;
    g_build_started = Clock::now();
}

void finish_build(Explorer& app) {
    core::Corpus corpus = app.data.builder->finish();
    app.data.builder.reset();
    forget_rollback(app.data);
    const View view = app.view;
    const int document = app.selected_document;
    const vm::Filter filter = app.filter;
    const std::string entity = app.selected_entity;
    load_corpus(app, std::move(corpus));
    apply_pending_curation(app);
    if (app.data.keep_view) {
        app.view = view;
        if (document < static_cast<int>(app.corpus.documents.size())) open_document(app, document);
        set_filter(app, filter);
        app.selected_entity = entity;
    }
    app.data.last_build_ms = ms_since(g_build_started);
    ++app.data.imports_finished;
}

}  // namespace

// [SECTION] import
// Memory ran out (the page's ceiling): the half-built corpus goes, and what the corpus on
// screen was built from comes back, so it stays usable and a later build gives it again.
void import_out_of_memory(Explorer& app, const std::string& during) {
    DataState& d = app.data;
    d.builder.reset();
    d.pending.clear();
    d.pending.shrink_to_fit();
    d.gathering = false;
    if (d.replaced) {
        d.imported = std::move(*d.replaced);
    } else if (d.added_after != SIZE_MAX) {
        d.imported.articles.resize(d.added_after);
        d.imported.manifest.documents.resize(d.manifest_added_after);
        d.imported.messages.resize(d.messages_added_after);
    }
    forget_rollback(d);
    const std::string reason = "the page ran out of memory " + during +
                               "; nothing was loaded and the corpus on screen is unchanged. Load fewer files.";
    d.messages = {{"(import)", 0, reason}};
    d.note = "Out of memory " + during + ": the corpus on screen is unchanged.";
    ++d.imports_finished;
}

bool import_fits(Explorer& app, std::uint64_t input_bytes, std::size_t files, bool replace) {
    if (!app.platform.memory) return true;
    std::uint64_t text = input_bytes;
    if (!replace)  // adding rebuilds the whole corpus
        for (const core::ArticleInput& a : app.data.imported.articles) text += a.text.size();
    const std::uint64_t need = vm::import_memory_need(text);
    const std::uint64_t available = vm::memory_available(app.platform.memory());
    if (need <= available) return true;
    DataState& d = app.data;
    const std::string what = std::to_string(files) + " file" + (files == 1 ? "" : "s");
    d.messages = {{what, 0, vm::import_too_big_message(text, need, available)}};
    d.note = "Not loaded: " + d.messages.front().reason;
    ++d.imports_finished;
    return false;
}

void begin_import(Explorer& app, bool replace) {
    app.data.gathering = true;
    app.data.replace = replace;
    app.data.pending.clear();
}

void add_import_file(Explorer& app, core::SourceFile file) {
    if (!app.data.gathering) begin_import(app, app.data.replace);
    app.data.pending.push_back(std::move(file));
}

void end_import(Explorer& app) {
    DataState& d = app.data;
    std::vector<core::SourceFile> files;
    files.swap(d.pending);
    d.gathering = false;
    const auto started = Clock::now();

    std::vector<core::LoadMessage> lexicon_messages;
    bool lexicon_changed = false;
    for (auto f = files.begin(); f != files.end();) {
        if (!is_lexicon_file(*f)) {
            ++f;
            continue;
        }
        core::LexiconResult r = core::extend_lexicon(lexicon_of(app), f->bytes);
        if (r.ok()) {
            d.lexicon = std::make_shared<core::Lexicon>(std::move(r.lexicon));
            d.lexicon_additions.push_back(f->bytes);
            lexicon_changed = true;
            lexicon_messages.push_back({f->name, 0, "read as a lexicon extension: entities added"});
        } else {
            lexicon_messages.push_back({f->name, 0, "lexicon extension not applied: " + r.error});
        }
        f = files.erase(f);
    }

    bool curation_given = false;
    for (auto f = files.begin(); f != files.end();) {
        if (!is_curation_file(*f)) {
            ++f;
            continue;
        }
        bool rebuild = false;
        curation_given = take_curation_file(app, *f, rebuild, lexicon_messages) || curation_given;
        lexicon_changed = lexicon_changed || rebuild;
        f = files.erase(f);
    }
    if (curation_given && files.empty() && !lexicon_changed) {
        d.messages = std::move(lexicon_messages);
        apply_pending_curation(app);
        ++d.imports_finished;
        return;
    }

    // A gold file is scored against the corpus (ui/quality.h), not read as articles.
    bool gold_loaded = false;
    d.gold_only = false;
    for (auto f = files.begin(); f != files.end();) {
        if (!core::looks_like_gold(f->bytes)) {
            ++f;
            continue;
        }
        gold_loaded = load_gold(app, f->name, f->bytes) || gold_loaded;
        lexicon_messages.push_back(d.messages.back());
        d.messages.pop_back();
        f = files.erase(f);
    }
    if (gold_loaded && files.empty() && !lexicon_changed) {
        d.messages = std::move(lexicon_messages);
        d.note = "The gold file is read: the Quality tab scores this corpus against it.";
        app.view = View::quality;
        d.gold_only = true;
        ++d.imports_finished;
        return;
    }

    const auto bundle = std::find_if(files.begin(), files.end(), is_bundle_file);
    if (bundle != files.end()) {
        for (const core::SourceFile& f : files)
            if (&f != &*bundle) lexicon_messages.push_back({f.name, 0, "not loaded: a bundle opens alone"});
        open_bundle(app, *bundle, std::move(lexicon_messages));
        return;
    }

    // The files are given up to the import: a .txt file's bytes become its article's text, and
    // a table's are freed as soon as its articles are read, for the next file's to take.
    const std::size_t file_count = files.size();
    core::ImportResult result;
    try {
        result = core::import_files(std::move(files));
    } catch (const std::bad_alloc&) {
        files.clear();
        import_out_of_memory(app, "while reading the files");
        return;
    }
    result.messages.insert(result.messages.begin(), lexicon_messages.begin(), lexicon_messages.end());
    const std::size_t loaded = result.articles.size();
    if (loaded == 0 && !lexicon_changed) {
        // Nothing readable: keep the corpus on screen, and say why in the report.
        d.messages = std::move(result.messages);
        d.note = file_count == 0 ? "No files were given." : "None of the files held an article; the corpus is unchanged.";
        ++d.imports_finished;
        return;
    }
    forget_rollback(d);
    if (d.replace && loaded > 0) {
        forget_curation(app);  // corrections name another corpus's events
        d.replaced = std::make_unique<core::ImportResult>(std::move(d.imported));
        d.imported = std::move(result);
        d.messages = d.imported.messages;
    } else {
        d.added_after = d.imported.articles.size();
        d.manifest_added_after = d.imported.manifest.documents.size();
        d.messages_added_after = d.imported.messages.size();
        make_ids_unique(d.imported.articles, result.articles);
        for (core::ArticleInput& a : result.articles) d.imported.articles.push_back(std::move(a));
        for (const core::ManifestEntry& e : result.manifest.documents) d.imported.manifest.documents.push_back(e);
        if (d.imported.manifest.title.empty()) d.imported.manifest.title = result.manifest.title;
        d.imported.messages.insert(d.imported.messages.end(), result.messages.begin(), result.messages.end());
        d.messages = std::move(result.messages);
    }
    d.note = std::to_string(loaded) + " article" + (loaded == 1 ? "" : "s") + " read from " +
             std::to_string(file_count) + " file" + (file_count == 1 ? "" : "s") + "; building the corpus...";
    start_build(app, false);
    g_build_started = started;
}

void report_load_problem(Explorer& app, std::string file, std::string reason) {
    // A file that came in part (a download cut short) is dropped with the rest of its import.
    app.data.pending.clear();
    app.data.gathering = false;
    app.data.messages = {{std::move(file), 0, std::move(reason)}};
    app.data.note = "Nothing was loaded; the corpus is unchanged.";
    ++app.data.imports_finished;
}

void step_import(Explorer& app, double budget_ms) {
    if (!app.data.builder) return;
    const auto start = Clock::now();
    try {
        if (app.platform.extract_all) {
            app.platform.extract_all(*app.data.builder);
        } else {
            // A few documents at a time until the frame's budget is spent: a BBC article takes
            // well under a millisecond, a long one a few.
            while (!app.data.builder->step(4)) {
                if (ms_since(start) > budget_ms) return;
            }
        }
        finish_build(app);
    } catch (const std::bad_alloc&) {
        import_out_of_memory(app, "while building the corpus");
        return;
    }
    const std::size_t n = app.corpus.documents.size();
    char ms[32];
    std::snprintf(ms, sizeof ms, "%.0f", app.data.last_build_ms);
    app.data.note = std::to_string(n) + " document" + (n == 1 ? "" : "s") + ", " + std::to_string(app.corpus.events.size()) +
                    " events, ready in " + ms + " ms.";
}

bool import_running(const Explorer& app) { return app.data.builder != nullptr || app.data.gathering; }

void load_files_now(Explorer& app, std::vector<core::SourceFile> files, std::vector<core::LoadMessage> unreadable) {
    begin_import(app, true);
    for (core::SourceFile& f : files) add_import_file(app, std::move(f));
    end_import(app);
    app.data.messages.insert(app.data.messages.begin(), unreadable.begin(), unreadable.end());
    app.data.imported.messages.insert(app.data.imported.messages.begin(), unreadable.begin(), unreadable.end());
    step_import(app, 1e9);
}

void load_import_now(Explorer& app, core::ImportResult imported) {
    DataState& d = app.data;
    forget_rollback(d);
    d.imported = std::move(imported);
    d.messages = d.imported.messages;
    start_build(app, false);
    step_import(app, 1e9);
}

void load_example_corpus(Explorer& app) {
    if (app.data.example_files.empty()) return;
    app.data.lexicon.reset();
    app.data.lexicon_additions.clear();
    begin_import(app, true);
    for (const core::SourceFile& f : app.data.example_files) add_import_file(app, f);
    end_import(app);
}

void set_document_date(Explorer& app, int document, const std::string& iso) {
    DataState& d = app.data;
    d.date_error.clear();
    if (document < 0 || document >= static_cast<int>(app.corpus.documents.size())) return;
    if (!core::is_iso_date(iso)) {
        d.date_error = "'" + iso + "' is not a date: type YYYY-MM-DD, e.g. 2023-04-13 (or YYYY-MM, YYYY)";
        return;
    }
    const std::string& id = app.corpus.documents[document].id;
    auto a = std::find_if(d.imported.articles.begin(), d.imported.articles.end(),
                          [&](const core::ArticleInput& x) { return x.id == id; });
    if (a == d.imported.articles.end()) {
        d.date_error = "this document is not in the imported articles";
        return;
    }
    a->published = iso;
    d.note = "Date " + iso + " given to " + id + "; rebuilding.";
    start_build(app, true);
}

bool extend_lexicon_with(Explorer& app, const std::string& json) {
    DataState& d = app.data;
    core::LexiconResult r = core::extend_lexicon(lexicon_of(app), json);
    if (!r.ok()) {
        d.lexicon_error = r.error;
        return false;
    }
    d.lexicon_error.clear();
    d.lexicon = std::make_shared<core::Lexicon>(std::move(r.lexicon));
    d.lexicon_additions.push_back(json);
    d.note = "Lexicon extended; extracting the corpus again.";
    start_build(app, true);
    return true;
}

// [SECTION] export
void export_file(Explorer& app, const std::string& what) {
    std::string bytes, mime = "application/json";
    if (what == "events.csv") bytes = core::events_to_csv(app.corpus), mime = "text/csv";
    else if (what == "events.json") bytes = core::events_to_json(app.corpus);
    else if (what == "comentions.csv") bytes = core::comentions_to_csv(app.corpus), mime = "text/csv";
    else if (what == "corpus.jsonl") bytes = core::corpus_to_jsonl(app.corpus), mime = "application/x-ndjson";
    else if (what == "manifest.json") bytes = core::manifest_to_json(core::corpus_manifest(app.corpus));
    else if (what == "lexicon.json") bytes = core::lexicon_to_json(lexicon_of(app));
    else if (what == "events-gold.json") bytes = core::write_gold(app.corpus, app.curation.result.status);
    else if (what == "curation.json") bytes = session_curation(app);  // the steps and the lexicon additions
    else return;
    if (!app.platform.save_file) {
        app.data.note = "Saving files is not available here.";
        return;
    }
    app.data.note = app.platform.save_file(what, mime, bytes);
}

// [SECTION] share hash
std::string share_hash(const Explorer& app) {
    vm::ShareState s;
    s.view = view_name(app.view);
    s.entities = app.filter.entities;
    s.types = app.filter.types;
    if (app.filter.has_range) {
        s.from = vm::format_day(app.filter.from);
        s.to = vm::format_day(app.filter.to);
    }
    s.doc = app.selected_document;
    return vm::format_share_hash(s);
}

void apply_share_hash(Explorer& app, const std::string& hash) {
    std::vector<std::string> unknown;
    const vm::ShareState s = vm::parse_share_hash(hash, &unknown);
    std::vector<std::string> notes;
    for (const std::string& k : unknown) notes.push_back("unknown setting '" + k + "'");
    View view = View::overview;
    if (!s.view.empty() && !view_from_name(s.view, view)) notes.push_back("no view '" + s.view + "'");
    app.view = view;

    vm::Filter f;
    for (const std::string& name : s.entities) {
        const bool known = std::any_of(app.corpus.entities.begin(), app.corpus.entities.end(),
                                       [&](const core::Entity& e) { return e.name == name; });
        if (known) f.entities.push_back(name);
        else notes.push_back("no entity '" + name + "' in this corpus");
    }
    for (const std::string& type : s.types) {
        bool known = false;
        for (int t = 0; t < core::kEventTypes; ++t) known = known || type == core::event_type_name(static_cast<core::EventType>(t));
        if (known) f.types.push_back(type);
        else notes.push_back("no event type '" + type + "'");
    }
    if (!s.from.empty() || !s.to.empty()) {
        vm::Day a0 = 0, a1 = 0, b0 = 0, b1 = 0;
        if (vm::parse_iso_day(s.from, a0, a1) && vm::parse_iso_day(s.to, b0, b1) && a0 <= b1) {
            f.has_range = true;
            f.from = a0;
            f.to = b1;
        } else {
            notes.push_back("time range '" + s.from + "' to '" + s.to + "' is not a range of dates");
        }
    }
    set_filter(app, std::move(f));
    app.selected_entity = app.filter.entities.empty() ? std::string() : app.filter.entities.front();
    if (s.doc >= 0) {
        if (s.doc < static_cast<int>(app.corpus.documents.size())) open_document(app, s.doc);
        else notes.push_back("no document " + std::to_string(s.doc) + " (the corpus has " +
                             std::to_string(app.corpus.documents.size()) + ")");
    }
    app.share_note.clear();
    for (std::size_t i = 0; i < notes.size(); ++i) app.share_note += (i ? "; " : "") + notes[i];
    if (!app.share_note.empty()) app.share_note = "The link asked for what is not here, ignored: " + app.share_note + ".";
}

}  // namespace ui
