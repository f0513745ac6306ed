// The Quality tab's state: a gold file (events-gold/1) loaded onto the corpus, and the
// extractor's score against it (core/gold.h), recomputed once whenever the corpus changes.
//
//   load_gold(app, "seeds.gold.json", bytes);   // dropped or picked like any file
//   rescore(app);                               // load_corpus calls it
//   app.quality.score.f1, app.quality.verdict(event)
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/gold.h"

namespace ui {

struct Explorer;

struct QualityState {
    bool has_gold = false;
    std::string gold_file;
    core::Gold gold;
    core::Score score;     // score.error says why the gold does not fit this corpus
    std::string report;    // the scorer's lines (core::score_report)
    std::string last_line; // its last line, as shared/tools/score_events.py prints it
    std::vector<int> miss_days;  // per miss: its gold date's first day (vm::Day), -1 when undated
    int selected_miss = -1;
    int selected_false_alarm = -1;
    // Per corpus event: 1 matches the gold, 0 a false alarm, -1 not scored.
    int verdict(int event) const {
        return event >= 0 && static_cast<std::size_t>(event) < score.event_verdict.size() ? score.event_verdict[event] : -1;
    }
};

// Reads a gold file and scores the corpus against it. False, with the reason in the import
// report, when the file is not a usable gold file; the gold loaded before stays.
bool load_gold(Explorer& app, const std::string& file, const std::string& bytes);
void forget_gold(Explorer& app);
void rescore(Explorer& app);
void open_miss(Explorer& app, int miss);  // the reader at the gold evidence nobody found
void add_quality_state(const Explorer& app, nlohmann::json& state);

}  // namespace ui
