// [SECTION] Keeping the work across visits: what a platform stores, and how it comes back.
// The storage itself (IndexedDB in the page, a file beside the corpus on the desktop) is the
// platform's; the pieces are opaque to it (ui/models/session_file.h has their form).
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/json_read.h"
#include "ui/explorer.h"
#include "ui/models/session_file.h"

namespace ui {
namespace {

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// The lexicon additions go in before the build: the corpus is extracted with them.
bool apply_additions(Explorer& app, const std::vector<std::string>& additions, std::string& error) {
    vm::SessionLexicon lex = vm::lexicon_with(additions);
    if (!lex.error.empty()) {
        error = lex.error;
        return false;
    }
    app.data.lexicon = lex.lexicon;
    app.data.lexicon_additions = additions;
    return true;
}

bool same_additions(const std::vector<std::string>& a, const std::vector<std::string>& b) { return a == b; }

}  // namespace

bool is_curation_file(const core::SourceFile& f) {
    if (f.bytes.find("curation") == std::string::npos) return false;
    const core::JsonRead r = core::read_json(f.bytes);
    if (!r.value.is_object()) return false;
    const auto format = r.value.find("format"), schema = r.value.find("schema");
    return (format != r.value.end() && format->is_string() && format->get<std::string>().rfind("corpus-explorer-curation/", 0) == 0) ||
           (schema != r.value.end() && schema->is_string() && schema->get<std::string>().rfind("curation/", 0) == 0);
}

bool take_curation_file(Explorer& app, const core::SourceFile& f, bool& rebuild, std::vector<core::LoadMessage>& messages) {
    auto fail = [&](const std::string& why) {
        messages.push_back({f.name, 0, "curation not loaded: " + why});
        return false;
    };
    // The page's own export holds the lexicon additions too; a bare list of steps is read as well.
    vm::CurationFile kept;
    if (f.bytes.find("corpus-explorer-curation/") != std::string::npos) kept = vm::read_curation_file(f.bytes);
    else kept.curation_json = f.bytes;
    if (!kept.error.empty()) return fail(kept.error);
    std::size_t steps = 0;
    if (!kept.curation_json.empty()) {
        const core::CurationRead r = core::read_curation(kept.curation_json);
        if (!r.ok()) return fail(r.error);
        steps = r.curation.steps.size();
    }
    // Checked before anything changes: a file with a bad lexicon addition changes nothing.
    const bool additions = f.bytes.find("corpus-explorer-curation/") != std::string::npos &&
                           !same_additions(kept.lexicon_additions, app.data.lexicon_additions);
    if (additions) {
        std::string error;
        if (!apply_additions(app, kept.lexicon_additions, error)) return fail(error);
        rebuild = true;
    }
    app.data.pending_curation = kept.curation_json.empty() ? curation_json(app) : kept.curation_json;
    messages.push_back({f.name, 0,
                        "read as curation: " + plural(steps, "step", "steps") +
                            (additions ? ", " + plural(kept.lexicon_additions.size(), "lexicon addition", "lexicon additions") : std::string()) +
                            " for the corpus on screen"});
    return true;
}

void apply_pending_curation(Explorer& app) {
    DataState& d = app.data;
    if (d.pending_curation.empty()) return;
    const std::string json = std::move(d.pending_curation);
    d.pending_curation.clear();
    const std::string error = load_curation(app, json);
    if (!error.empty()) {
        d.messages.push_back({"(curation)", 0, "not applied: " + error});
        return;
    }
    const std::size_t skipped = app.curation.result.skipped.size();
    d.note = "Curation applied: " + plural(app.curation.applied - std::min(skipped, app.curation.applied), "step", "steps") +
             (skipped ? ", " + plural(skipped, "step names an event", "steps name events") + " this corpus does not have" : std::string()) +
             ". Ctrl+Z takes steps back.";
    for (const std::string& why : app.curation.result.skipped) d.messages.push_back({"(curation)", 0, "skipped: " + why});
}

std::uint64_t session_revision(const Explorer& app) {
    // Both only grow, so their sum changes whenever either does.
    return static_cast<std::uint64_t>(app.data.imports_finished) + app.curation.revision;
}

bool session_worth_keeping(const Explorer& app) {
    const DataState& d = app.data;
    if (d.imported.articles.empty()) return false;  // a bundle: its corpus is not articles
    if (app.curation.applied > 0 || !d.lexicon_additions.empty()) return true;
    if (d.example_files.empty()) return true;
    return !vm::same_articles(d.imported.articles, core::import_files(d.example_files).articles);
}

std::string session_too_large(const Explorer& app) {
    // Browsers give a page a share of the disk: past this a corpus is better dropped on the
    // page again.
    constexpr std::uint64_t kMaxKeptText = std::uint64_t{256} << 20;
    std::uint64_t text = 0;
    for (const core::ArticleInput& a : app.data.imported.articles) text += a.text.size();
    if (text <= kMaxKeptText) return {};
    return "the corpus (" + std::to_string(text >> 20) + " MB of text) is too large to keep (up to " +
           std::to_string(kMaxKeptText >> 20) + " MB); it will not be restored on the next visit";
}

std::string session_corpus_piece(const Explorer& app, std::size_t& next, std::size_t text_bytes) {
    return vm::session_corpus_piece(app.data.imported, next, text_bytes);
}

std::string session_curation(const Explorer& app) {
    return vm::curation_file_json(curation_json(app), app.data.lexicon_additions);
}

bool restore_session(Explorer& app, const std::string& corpus, const std::string& curation, const std::string& saved_when) {
    DataState& d = app.data;
    auto fail = [&](const std::string& why) {
        d.session_kept = false;
        d.session_note = "The corpus kept in this browser could not be restored: " + why +
                         ". It was discarded; the example corpus is shown.";
        d.messages.insert(d.messages.begin(), {"(kept in this browser)", 0, "could not be restored: " + why});
        d.note = d.session_note;
        return false;
    };
    vm::CurationFile kept;
    if (!curation.empty()) {
        kept = vm::read_curation_file(curation);
        if (!kept.error.empty()) return fail("its curation steps are " + kept.error);
    }
    vm::SessionCorpus saved = vm::read_session_corpus(corpus);
    if (!saved.error.empty()) return fail(saved.error);
    std::string error;
    if (!apply_additions(app, kept.lexicon_additions, error)) return fail("its " + error);
    const std::size_t articles = saved.imported.articles.size();
    forget_curation(app);
    load_import_now(app, std::move(saved.imported));
    std::size_t steps = 0;
    if (!kept.curation_json.empty()) {
        error = load_curation(app, kept.curation_json);
        if (error.empty()) steps = app.curation.applied;
        else d.messages.insert(d.messages.begin(), {"(kept in this browser)", 0, "curation steps not restored: " + error});
    }
    d.session_kept = true;
    d.session_note = "Restored your corpus of " + plural(articles, "article", "articles") + " and " +
                     plural(steps, "curation step", "curation steps") + " from this browser" +
                     (saved_when.empty() ? std::string() : " (saved " + saved_when + ")") +
                     ". Forget this corpus to start fresh.";
    d.note = d.session_note;
    return true;
}

bool load_curation_file(Explorer& app, const std::string& json, const std::string& file_name) {
    DataState& d = app.data;
    auto fail = [&](const std::string& why) {
        d.messages.push_back({file_name, 0, "curation not loaded: " + why});
        d.imported.messages.push_back(d.messages.back());
        return false;
    };
    vm::CurationFile kept = vm::read_curation_file(json);
    if (!kept.error.empty()) return fail(kept.error);
    // Checked before anything changes: a bad file leaves the corpus as it was loaded.
    if (!kept.curation_json.empty()) {
        const core::CurationRead r = core::read_curation(kept.curation_json);
        if (!r.ok()) return fail(r.error);
    }
    if (!kept.lexicon_additions.empty()) {
        std::string error;
        if (!apply_additions(app, kept.lexicon_additions, error)) return fail(error);
        const std::vector<core::LoadMessage> messages = d.messages;
        load_import_now(app, d.imported);  // extracted again with the additions
        d.messages = messages;
    }
    std::size_t steps = 0;
    if (!kept.curation_json.empty() && load_curation(app, kept.curation_json).empty()) steps = app.curation.applied;
    d.session_kept = true;
    d.session_note = "Curation read from " + file_name + ": " + plural(steps, "step", "steps") + ", " +
                     plural(kept.lexicon_additions.size(), "lexicon addition", "lexicon additions") +
                     "; every change is saved there.";
    return true;
}

void session_problem(Explorer& app, const std::string& where, const std::string& reason) {
    DataState& d = app.data;
    d.messages.insert(d.messages.begin(), {where, 0, reason});
    d.session_note = reason;
}

void forget_session(Explorer& app) {
    if (app.platform.forget_session) app.platform.forget_session();
    app.data.session_kept = false;
    forget_curation(app);
    load_example_corpus(app);
    app.data.session_note = "The corpus kept here is forgotten: back to the example corpus.";
}

}  // namespace ui
