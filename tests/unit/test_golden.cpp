// The seeds against their hand-annotated gold (tests/data/seeds.gold.json), scored the way
// shared/tools/score_events.py scores: a system event is right when its evidence sentence
// overlaps a gold evidence string of an event of the same type in the same document.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

#include "core/corpus.h"
#include "core/embedded.h"
#include "seed_files.h"

namespace {

std::vector<std::pair<std::size_t, std::size_t>> spans_of(const std::string& text, const std::string& quote) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t at = text.find(quote); at != std::string::npos; at = text.find(quote, at + 1))
        out.emplace_back(at, at + quote.size());
    return out;
}

struct Score {
    int system = 0, correct = 0, gold = 0, found = 0, dates = 0, dates_right = 0;
    std::vector<std::string> problems;
};

Score score_seeds(const core::Corpus& corpus) {
    std::string gold_text;
    for (const embedded::File& f : embedded::gold()) gold_text = std::string(f.bytes);
    const nlohmann::json gold = nlohmann::json::parse(gold_text);
    Score s;
    for (const auto& gd : gold["documents"]) {
        const std::string id = gd["doc"].get<std::string>();
        const core::Document* doc = nullptr;
        uint32_t doc_index = 0;
        for (uint32_t i = 0; i < corpus.documents.size(); ++i)
            if (corpus.documents[i].id == id) doc = &corpus.documents[i], doc_index = i;
        REQUIRE(doc != nullptr);
        struct GoldEvent {
            std::string id, type, date;
            bool required;
            std::vector<std::pair<std::size_t, std::size_t>> spans;
        };
        std::vector<GoldEvent> golds;
        for (const char* list : {"events", "optional"}) {
            if (!gd.contains(list)) continue;
            for (const auto& g : gd[list]) {
                GoldEvent ge{g.value("id", std::string()), g["type"].get<std::string>(),
                             g.contains("date") && g["date"].is_string() ? g["date"].get<std::string>() : std::string(),
                             std::string(list) == "events", {}};
                for (const auto& q : g["evidence"])
                    for (auto sp : spans_of(doc->text, q.get<std::string>())) ge.spans.push_back(sp);
                REQUIRE(!ge.spans.empty());
                golds.push_back(ge);
            }
        }
        std::map<std::size_t, std::vector<const core::Event*>> matched;
        for (uint32_t ei : doc->events) {
            const core::Event& e = corpus.events[ei];
            REQUIRE(e.doc == doc_index);
            const std::string type = core::event_type_name(e.type);
            ++s.system;
            bool hit = false;
            for (std::size_t g = 0; g < golds.size(); ++g) {
                if (golds[g].type != type) continue;
                for (auto sp : golds[g].spans)
                    if (e.main.begin < sp.second && sp.first < e.main.end) {
                        hit = true;
                        if (golds[g].required) matched[g].push_back(&e);
                        break;
                    }
            }
            if (hit) ++s.correct;
            else s.problems.push_back("FALSE " + id + " " + type + ": " + doc->text.substr(e.main.begin, e.main.end - e.main.begin));
        }
        for (std::size_t g = 0; g < golds.size(); ++g) {
            if (!golds[g].required) continue;
            ++s.gold;
            if (matched[g].empty()) {
                s.problems.push_back("MISS " + golds[g].id);
                continue;
            }
            ++s.found;
            if (golds[g].date.empty()) continue;
            ++s.dates;
            bool right = false;
            for (const core::Event* e : matched[g]) right = right || e->date == golds[g].date;
            if (right) ++s.dates_right;
            else s.problems.push_back("DATE " + golds[g].id + " wants " + golds[g].date);
        }
    }
    return s;
}

}  // namespace

TEST_CASE("the seeds' events match the gold: F1 >= 0.95 and every gold date right", "[golden]") {
    const core::Corpus corpus = core::build_corpus(seed_source_files());
    const Score s = score_seeds(corpus);
    for (const std::string& p : s.problems) UNSCOPED_INFO(p);
    const double precision = s.system ? double(s.correct) / s.system : 0.0;
    const double recall = s.gold ? double(s.found) / s.gold : 0.0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    CHECK(s.gold == 26);
    CHECK(s.dates == 19);
    CHECK(s.dates_right == 19);
    REQUIRE(f1 >= 0.95);
}

TEST_CASE("seed 001 is dated from seed 000's events", "[golden][corpus-dating]") {
    const core::Corpus c = core::build_corpus(seed_source_files());
    REQUIRE(c.documents.size() == 5);
    CHECK(c.documents[0].published == "2024-02-24");
    CHECK(c.documents[0].published_basis == core::DateBasis::text);
    CHECK(c.documents[1].published == "2024-02-23");
    CHECK(c.documents[1].published_basis == core::DateBasis::inferred);
    CHECK(c.documents[1].published_from == "000_db913202f0489d90");
    CHECK(c.documents[3].published == "2023-09-06");
    CHECK(c.documents[3].title == "North Korea's Provocative Missile Launches Following US-South Korea Drills");
    CHECK(c.documents[4].published_basis == core::DateBasis::manifest);
}

TEST_CASE("without the manifest, manifest-dated seeds keep weekday dates unresolved", "[golden]") {
    std::vector<core::SourceFile> files;
    for (core::SourceFile& f : seed_source_files())
        if (f.name != "manifest.json") files.push_back(f);
    const core::Corpus c = core::build_corpus(files);
    REQUIRE(c.documents.size() == 5);
    CHECK(c.documents[2].published.empty());
    for (uint32_t ei : c.documents[2].events) {
        const core::Event& e = c.events[ei];
        if (e.type == core::EventType::missile_launch) CHECK(e.date != "2022-11-17");
    }
}

TEST_CASE("the corpus is the same when built twice", "[golden][determinism]") {
    const core::Corpus a = core::build_corpus(seed_source_files());
    const core::Corpus b = core::build_corpus(seed_source_files());
    REQUIRE(a.events.size() == b.events.size());
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        CHECK(a.events[i].main.begin == b.events[i].main.begin);
        CHECK(a.events[i].date == b.events[i].date);
    }
    CHECK(a.comentions.pairs.size() == b.comentions.pairs.size());
}
