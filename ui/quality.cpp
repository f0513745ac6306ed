#include "ui/quality.h"

#include "ui/explorer.h"
#include "ui/models/calendar.h"

namespace ui {

bool load_gold(Explorer& app, const std::string& file, const std::string& bytes) {
    core::GoldRead read = core::read_gold(bytes);
    if (!read.ok()) {
        app.data.messages.push_back({file, 0, "gold file not used: " + read.error});
        return false;
    }
    QualityState& q = app.quality;
    q.has_gold = true;
    q.gold_file = file;
    q.gold = std::move(read.gold);
    rescore(app);
    std::size_t events = 0;
    for (const core::GoldDocument& d : q.gold.documents) events += d.events.size();
    app.data.messages.push_back({file, 0, q.score.ok() ? "read as a gold file: " + std::to_string(events) +
                                                             " events to score against (see Quality)"
                                                       : "gold file read, but it does not fit this corpus: " + q.score.error});
    return true;
}

void forget_gold(Explorer& app) { app.quality = QualityState(); }

void rescore(Explorer& app) {
    QualityState& q = app.quality;
    q.selected_miss = q.selected_false_alarm = -1;
    if (!q.has_gold) return;
    q.score = core::score_events(app.corpus, q.gold);
    q.report = q.score.ok() ? core::score_report(q.score, app.corpus, false) : std::string();
    q.last_line = q.score.ok() ? core::score_summary_line(q.score) : std::string();
    // The timeline draws misses every frame: their days are parsed once here.
    q.miss_days.assign(q.score.misses.size(), -1);
    for (std::size_t i = 0; i < q.score.misses.size(); ++i) {
        vm::Day first = 0, last = 0;
        if (vm::parse_iso_day(q.score.misses[i].date, first, last)) q.miss_days[i] = first;
    }
}

void open_miss(Explorer& app, int miss) {
    const QualityState& q = app.quality;
    if (miss < 0 || static_cast<std::size_t>(miss) >= q.score.misses.size()) return;
    const core::ScoreMiss& m = q.score.misses[miss];
    app.quality.selected_miss = miss;
    app.quality.selected_false_alarm = -1;
    app.selected_event = -1;
    open_document(app, m.document, m.begin, m.end);
}

void add_quality_state(const Explorer& app, nlohmann::json& state) {
    const QualityState& q = app.quality;
    nlohmann::json j;
    j["gold"] = q.has_gold ? q.gold_file : "";
    j["error"] = q.score.error;
    if (q.has_gold && q.score.ok()) {
        const core::Score& s = q.score;
        j["precision"] = s.precision;
        j["recall"] = s.recall;
        j["f1"] = s.f1;
        j["dated_right"] = s.dated_right;
        j["dated_gold"] = s.dated_gold;
        j["actor_f1"] = s.actor_f1;
        j["misses"] = s.misses.size();
        j["false_alarms"] = s.false_alarms.size();
        j["false_alarm_events"] = s.false_alarms;
        j["last_line"] = q.last_line;
        j["report"] = q.report;
        nlohmann::json types = nlohmann::json::object();
        for (const core::ScoreRow& r : s.rows) types[r.type] = {{"system", r.system}, {"gold", r.gold}, {"f1", r.f1}};
        j["types"] = std::move(types);
    }
    state["quality"] = std::move(j);
}

}  // namespace ui
