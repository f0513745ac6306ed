// What the corpus found, exported: events and co-mentions as CSV, events as JSON, the
// corpus as JSONL that imports back, and a manifest.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/corpus_json.h"
#include "core/csv.h"
#include "core/export_formats.h"
#include "core/import.h"
#include "seed_files.h"

namespace {

// An article whose event sentence holds quotes and commas, for the CSV quoting.
const char* const kQuotedArticle =
    "North Korea fired two ballistic missiles, which Seoul called \"a grave provocation\", into the sea "
    "on Thursday, South Korea's military said.\n"
    "Japan protested.\n";

core::Corpus quoted_corpus() {
    core::ImportResult r = core::import_files({{"quoted.txt", kQuotedArticle}});
    r.articles[0].published = "2024-03-15";
    return core::build_corpus(std::move(r));
}

}  // namespace

TEST_CASE("events CSV parses back into the same rows and fields", "[export]") {
    const core::Corpus corpus = core::build_corpus(seed_source_files());
    REQUIRE(corpus.events.size() > 10);
    const std::string csv = core::events_to_csv(corpus);
    const core::CsvTable t = core::parse_csv(csv);
    CHECK(t.issues.empty());
    REQUIRE(t.row_count() == corpus.events.size() + 1);
    CHECK(t.field(0, 0) == "doc");
    CHECK(t.field(0, 10) == "sentence");
    CHECK(t.field(0, 12) == "end");
    for (std::size_t i = 0; i < corpus.events.size(); ++i) {
        const core::Event& e = corpus.events[i];
        const core::Document& d = corpus.documents[e.doc];
        REQUIRE(t.field_count(i + 1) == 13);
        CHECK(t.field(i + 1, 0) == d.id);
        CHECK(t.field(i + 1, 1) == core::event_type_name(e.type));
        CHECK(t.field(i + 1, 2) == e.date);
        CHECK(t.field(i + 1, 10) == d.text.substr(e.main.begin, e.main.end - e.main.begin));
        CHECK(t.field(i + 1, 11) == std::to_string(e.main.begin));
    }
}

TEST_CASE("events CSV quotes sentences with quotes, commas and line breaks", "[export]") {
    core::Corpus corpus = quoted_corpus();
    REQUIRE(corpus.events.size() == 1);
    core::Event& e = corpus.events[0];
    const std::string& text = corpus.documents[0].text;
    std::string sentence = text.substr(e.main.begin, e.main.end - e.main.begin);
    REQUIRE(sentence.find('"') != std::string::npos);
    REQUIRE(sentence.find(',') != std::string::npos);
    std::string csv = core::events_to_csv(corpus);
    core::CsvTable t = core::parse_csv(csv);
    CHECK(t.issues.empty());
    REQUIRE(t.row_count() == 2);
    CHECK(t.field(1, 10) == sentence);
    CHECK(t.field(1, 2) == "2024-03-14");
    CHECK(t.field(1, 3) == "on Thursday");
    CHECK(t.field(1, 5) == "North Korea");

    // The splitter ends sentences at line breaks; a span across one must still survive.
    e.main.end = static_cast<uint32_t>(text.size());
    sentence = text.substr(e.main.begin);
    REQUIRE(sentence.find('\n') != std::string::npos);
    csv = core::events_to_csv(corpus);
    t = core::parse_csv(csv);
    CHECK(t.issues.empty());
    REQUIRE(t.row_count() == 2);
    CHECK(t.field(1, 10) == sentence);
    CHECK(t.field(1, 12) == std::to_string(text.size()));
}

TEST_CASE("events JSON is the events array of the corpus JSON", "[export]") {
    const core::Corpus corpus = core::build_corpus(seed_source_files());
    const nlohmann::json events = nlohmann::json::parse(core::events_to_json(corpus));
    const nlohmann::json all = nlohmann::json::parse(core::corpus_to_json(corpus));
    CHECK(events == all["events"]);
    CHECK(events.size() == corpus.events.size());
}

TEST_CASE("co-mentions CSV has one row per pair with its counts", "[export]") {
    const core::Corpus corpus = core::build_corpus(seed_source_files());
    const std::string csv = core::comentions_to_csv(corpus);
    const core::CsvTable t = core::parse_csv(csv);
    CHECK(t.issues.empty());
    REQUIRE(t.row_count() == corpus.comentions.pairs.size() + 1);
    CHECK(t.field(0, 2) == "sentences");
    const core::CoMention& p = corpus.comentions.pairs[0];
    CHECK(t.field(1, 0) == corpus.entities[p.a].name);
    CHECK(t.field(1, 1) == corpus.entities[p.b].name);
    CHECK(t.field(1, 2) == std::to_string(p.sentences));
    CHECK(t.field(1, 4) == std::to_string(p.documents));
}

TEST_CASE("corpus JSONL imports back with the same documents, dates and events", "[export]") {
    const core::Corpus first = core::build_corpus(seed_source_files());
    const std::string jsonl = core::corpus_to_jsonl(first);
    core::ImportResult again = core::import_files({{"corpus.jsonl", jsonl}});
    CHECK(again.messages.empty());
    const core::Corpus second = core::build_corpus(std::move(again));
    REQUIRE(second.documents.size() == first.documents.size());
    for (std::size_t i = 0; i < first.documents.size(); ++i) {
        CHECK(second.documents[i].id == first.documents[i].id);
        CHECK(second.documents[i].title == first.documents[i].title);
        CHECK(second.documents[i].published == first.documents[i].published);
        CHECK(second.documents[i].text == first.documents[i].text);
    }
    REQUIRE(second.events.size() == first.events.size());
    for (std::size_t i = 0; i < first.events.size(); ++i) CHECK(second.events[i].date == first.events[i].date);
}

TEST_CASE("corpus manifest lists dated documents and reads back", "[export]") {
    const core::Corpus corpus = core::build_corpus(seed_source_files());
    const core::Manifest m = core::corpus_manifest(corpus);
    CHECK(m.title == corpus.title);
    REQUIRE(m.documents.size() == corpus.documents.size());
    const core::ManifestResult back = core::parse_manifest(core::manifest_to_json(m));
    REQUIRE(back.ok());
    const core::ManifestEntry* e = back.manifest.find("002_31cc6ebf6603e5f0.txt");
    REQUIRE(e != nullptr);
    CHECK(e->published == "2022-11-17");
}
