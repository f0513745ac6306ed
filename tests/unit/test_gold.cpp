// Gold files: the corpus's events written as a gold file score F1 1 against the same corpus;
// a rejected event leaves the file and comes back as a miss; a changed date counts as wrong.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/gold.h"
#include "seed_files.h"

namespace {

const char* const kArticle =
    "North Korea fired two ballistic missiles into the sea on Thursday, South Korea's military said.\n"
    "The United States and South Korea began a joint air drill on Friday.\n"
    "Japan protested.\n";

core::Corpus small_corpus() {
    core::ImportResult r = core::import_files({{"brief.txt", kArticle}});
    r.articles[0].published = "2024-03-15";
    return core::build_corpus(std::move(r));
}

}  // namespace

TEST_CASE("the seeds' events written as gold score F1 1 with every date and actor right", "[gold]") {
    const core::Corpus corpus = core::build_corpus(seed_source_files());
    REQUIRE(corpus.events.size() > 10);
    const core::GoldRead g = core::read_gold(core::write_gold(corpus));
    REQUIRE(g.ok());
    REQUIRE(g.gold.documents.size() == corpus.documents.size());
    const core::Score s = core::score_events(corpus, g.gold);
    REQUIRE(s.ok());
    CHECK(s.system_events == static_cast<int>(corpus.events.size()));
    CHECK(s.f1 == 1.0);
    CHECK(s.dated_right == s.dated_gold);
    CHECK(s.actor_f1 == 1.0);
    CHECK(s.misses.empty());
    CHECK(s.false_alarms.empty());
    const std::string report = core::score_report(s, corpus, false);
    CHECK(report.find("events: P=1.000 R=1.000 F1=1.000") != std::string::npos);
}

TEST_CASE("a rejected event leaves the gold: the extractor's event becomes a false alarm", "[gold]") {
    const core::Corpus corpus = small_corpus();
    REQUIRE(corpus.events.size() == 2);
    std::vector<std::string> status(corpus.events.size());
    status[0] = "rejected";
    status[1] = "accepted";
    const std::string bytes = core::write_gold(corpus, status);
    CHECK(bytes.find("\"curated\": \"accepted\"") != std::string::npos);
    const core::GoldRead g = core::read_gold(bytes);
    REQUIRE(g.ok());
    REQUIRE(g.gold.documents[0].events.size() == 1);
    const core::Score s = core::score_events(corpus, g.gold);
    REQUIRE(s.ok());
    CHECK(s.precision == 0.5);
    CHECK(s.recall == 1.0);
    REQUIRE(s.false_alarms.size() == 1);
    CHECK(s.false_alarms[0] == 0);
    CHECK(s.event_verdict == std::vector<int8_t>{0, 1});
}

TEST_CASE("a gold event nobody found is a miss with its place in the text; a wrong date counts", "[gold]") {
    const core::Corpus corpus = small_corpus();
    const std::string gold = R"({"schema": "events-gold/1", "documents": [{"doc": "brief", "events": [
        {"id": "b-1", "type": "missile_launch", "date": "2024-03-01", "actors": ["North Korea"],
         "evidence": ["North Korea fired two ballistic missiles"]},
        {"id": "b-2", "type": "statement", "date": null, "actors": ["Japan"], "evidence": ["Japan protested."]}]}]})";
    const core::GoldRead g = core::read_gold(gold);
    REQUIRE(g.ok());
    const core::Score s = core::score_events(corpus, g.gold);
    REQUIRE(s.ok());
    REQUIRE(s.misses.size() == 1);
    CHECK(s.misses[0].gold_id == "b-2");
    CHECK(std::string(kArticle).substr(s.misses[0].begin, s.misses[0].end - s.misses[0].begin) == "Japan protested.");
    CHECK(s.dated_gold == 1);
    CHECK(s.dated_right == 0);  // the extractor dated it 2024-03-14, the gold says otherwise
    CHECK(s.false_alarms.size() == 1);  // the drill is not in this gold
}

TEST_CASE("gold files that cannot be used say why", "[gold]") {
    CHECK(core::read_gold("{").error.find("not valid JSON") == 0);
    CHECK(core::read_gold(R"({"schema": "events-gold/2", "documents": []})").error.find("not a gold file") == 0);
    CHECK(core::read_gold(R"({"schema": "events-gold/1"})").error == "no \"documents\" list");
    CHECK(core::read_gold(R"({"schema": "events-gold/1", "documents": [{"doc": "a"}, {"doc": "a"}]})").error ==
          "documents[1]: document 'a' twice");
    CHECK(core::read_gold(R"({"schema": "events-gold/1", "documents": [{"doc": "a", "events": [{"type": 7}]}]})").error ==
          "documents[0].events[0].type: not a string");
    CHECK(core::looks_like_gold(R"({"schema": "events-gold/1", "documents": []})"));
    CHECK_FALSE(core::looks_like_gold(R"([{"text": "events-gold/1"}])"));
    const core::Score s = core::score_events(small_corpus(), core::read_gold(R"({"schema": "events-gold/1",
        "documents": [{"doc": "brief", "events": [{"type": "missile_launch", "evidence": ["not in the text"]}]}]})").gold);
    CHECK(s.error == "gold evidence not found in brief: \"not in the text\"");
}

TEST_CASE("a gold taken as curation steps makes the events the gold's", "[gold]") {
    core::Corpus corpus = small_corpus();
    const std::string gold_text = R"({"schema": "events-gold/1", "documents": [{"doc": "brief", "events": [
        {"id": "b-1", "type": "missile_launch", "date": "2024-03-01", "actors": ["North Korea", "South Korea"],
         "evidence": ["North Korea fired two ballistic missiles"]},
        {"id": "b-2", "type": "statement", "date": "2024-03-15", "actors": ["Japan", "Atlantis"], "evidence": ["Japan protested"]}]}]})";
    const core::GoldRead g = core::read_gold(gold_text);
    REQUIRE(g.ok());
    const core::Score before = core::score_events(corpus, g.gold);
    REQUIRE(before.false_alarms.size() == 1);
    REQUIRE(before.misses.size() == 1);
    std::vector<core::EventRef> refs;
    for (const core::Event& e : corpus.events) refs.push_back(core::event_ref(corpus, e));
    core::Curation curation;
    curation.steps = core::curation_from_gold(corpus, g.gold, before, refs);
    CHECK(curation.steps.size() == 4);  // reject the drill, the launch's date and actors, add the statement
    const core::CurationResult r = core::apply_curation(corpus, curation);
    CHECK(r.skipped.empty());
    const core::Score after = core::score_events(corpus, g.gold);
    REQUIRE(after.ok());
    CHECK(after.f1 == 1.0);
    CHECK(after.dated_right == 2);
    CHECK(after.actor_exact == 1);  // "Atlantis" is no entity of this corpus: the statement has Japan alone
}
