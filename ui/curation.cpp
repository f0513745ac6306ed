// [SECTION] Curation: steps taken, undone and redone, and what the views derive from them.
// Applying is one pass over the extracted events (core::apply_curation), done when the steps
// change, never per frame. Undo and redo only move `applied`: the steps stay until a new step
// replaces the undone ones.
#include <algorithm>

#include "ui/explorer.h"
#include "ui/views.h"

namespace ui {
namespace {

// The entities an event's actors are picked from: the states and bodies that act.
void list_actor_choices(Explorer& app) {
    CurationState& c = app.curation;
    c.actor_choices.clear();
    for (std::size_t i = 0; i < app.corpus.entities.size(); ++i) {
        const core::EntityKind kind = app.corpus.entities[i].kind;
        if (kind == core::EntityKind::country || kind == core::EntityKind::organization) c.actor_choices.push_back(static_cast<int>(i));
    }
    std::sort(c.actor_choices.begin(), c.actor_choices.end(),
              [&](int a, int b) { return app.corpus.entities[a].name < app.corpus.entities[b].name; });
}

// The steps in effect over the extracted events, then everything that reads the events.
void reapply(Explorer& app) {
    CurationState& c = app.curation;
    const bool had_selection = app.selected_event >= 0;
    const core::EventRef selected = had_selection ? curated_event_ref(app, app.selected_event) : core::EventRef{};
    if (c.extracted_in_corpus) {  // the first step since load: the events as extracted are kept now
        c.extracted = app.corpus.events;
        c.extracted_in_corpus = false;
    }
    app.corpus.events = c.extracted;
    ++c.revision;
    c.date_for = core::EventRef{};  // the date box shows the date now in effect
    c.result = core::apply_curation(app.corpus, c.curation, c.applied);
    refresh_events(app);
    app.selected_event = -1;
    if (had_selection) {
        app.selected_event = core::find_curated_event(app.corpus, c.result, selected);
    }
}

}  // namespace

void curation_at_load(Explorer& app) {
    CurationState& c = app.curation;
    // With no step in effect and the events in order, applying changes nothing: the corpus's
    // events are the extracted ones, and a copy (hundreds of megabytes for a million events)
    // waits for a first step.
    c.extracted_in_corpus = std::min(c.applied, c.curation.steps.size()) == 0 &&
                            std::is_sorted(app.corpus.events.begin(), app.corpus.events.end(), core::event_before);
    if (c.extracted_in_corpus) std::vector<core::Event>().swap(c.extracted);
    else c.extracted = app.corpus.events;
    c.result = core::apply_curation(app.corpus, c.curation, c.applied);
    c.date_for = core::EventRef{};
    c.add_document = -1;
    c.add_error.clear();
    list_actor_choices(app);
}

void forget_curation(Explorer& app) {
    CurationState& c = app.curation;
    c.curation.steps.clear();
    c.applied = 0;
    ++c.revision;
    c.result = core::CurationResult{};
    c.add_document = -1;
    c.add_actors.clear();
    c.date_for = core::EventRef{};
    c.date_error.clear();
}

std::string curate(Explorer& app, core::CurationStep step) {
    CurationState& c = app.curation;
    c.curation.steps.resize(c.applied);
    c.curation.steps.push_back(std::move(step));
    c.applied = c.curation.steps.size();
    const std::size_t skipped_before = c.result.skipped.size();
    reapply(app);
    // Only this step can be newly skipped: the earlier ones met the same events before.
    if (c.result.skipped.size() <= skipped_before) return {};
    std::string why = c.result.skipped.back();
    why = why.substr(why.find(": ") + 2);
    c.curation.steps.pop_back();
    c.applied = c.curation.steps.size();
    reapply(app);
    return why;
}

std::size_t curate_all(Explorer& app, std::vector<core::CurationStep> steps) {
    CurationState& c = app.curation;
    c.curation.steps.resize(c.applied);
    for (core::CurationStep& s : steps) c.curation.steps.push_back(std::move(s));
    c.applied = c.curation.steps.size();
    const std::size_t skipped_before = c.result.skipped.size();
    reapply(app);  // once for all of them: a gold's worth of steps on a large corpus
    return c.result.skipped.size() - std::min(skipped_before, c.result.skipped.size());
}

bool can_undo_curation(const Explorer& app) { return app.curation.applied > 0; }
bool can_redo_curation(const Explorer& app) { return app.curation.applied < app.curation.curation.steps.size(); }

void undo_curation(Explorer& app) {
    if (!can_undo_curation(app)) return;
    --app.curation.applied;
    reapply(app);
}

void redo_curation(Explorer& app) {
    if (!can_redo_curation(app)) return;
    ++app.curation.applied;
    reapply(app);
}

const std::string& event_status(const Explorer& app, int event) {
    static const std::string none;
    const std::vector<std::string>& s = app.curation.result.status;
    return event >= 0 && event < static_cast<int>(s.size()) ? s[event] : none;
}

core::EventRef curated_event_ref(const Explorer& app, int event) {
    return event >= 0 ? core::curation_ref(app.corpus, app.curation.result, static_cast<std::size_t>(event)) : core::EventRef{};
}

std::string curation_json(const Explorer& app) {
    core::Curation in_effect = app.curation.curation;
    in_effect.steps.resize(app.curation.applied);
    return core::curation_to_json(in_effect);
}

std::string load_curation(Explorer& app, const std::string& json) {
    core::CurationRead r = core::read_curation(json);
    if (!r.ok()) return r.error;
    app.curation.curation = std::move(r.curation);
    app.curation.applied = app.curation.curation.steps.size();
    reapply(app);
    return {};
}

}  // namespace ui
