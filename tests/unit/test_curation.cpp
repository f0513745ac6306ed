// Curation steps on the seed corpus: each kind of step changes what it says and nothing else,
// the event order and indexes stay those of a built corpus, steps that cannot apply are
// reported, and a curation survives a JSON round trip and a rebuild of the corpus.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/corpus.h"
#include "core/curation.h"
#include "core/import.h"
#include "core/lexicon.h"
#include "seed_files.h"

namespace {

const core::Corpus& seeds() {
    static const core::Corpus corpus = core::build_corpus(seed_source_files());
    return corpus;
}

core::Curation curation_of(std::vector<core::CurationStep> steps) {
    core::Curation c;
    c.steps = std::move(steps);
    return c;
}

// Where an event named by `ref` is now, -1 when it is not in corpus.events.
int find(const core::CurationResult& r, const core::EventRef& ref) {
    const auto it = std::find(r.refs.begin(), r.refs.end(), ref);
    return it == r.refs.end() ? -1 : static_cast<int>(it - r.refs.begin());
}

// What a built corpus promises: the event order, and indexes that agree with the events.
void check_order_and_indexes(const core::Corpus& c) {
    CHECK(std::is_sorted(c.events.begin(), c.events.end(), core::event_before));
    std::size_t by_type = 0;
    for (int t = 0; t < core::kEventTypes; ++t) {
        for (uint32_t e : c.events_by_type[t]) CHECK(static_cast<int>(c.events[e].type) == t);
        by_type += c.events_by_type[t].size();
    }
    CHECK(by_type == c.events.size());
    std::size_t by_doc = 0;
    for (std::size_t d = 0; d < c.documents.size(); ++d) {
        for (uint32_t e : c.documents[d].events) CHECK(c.events[e].doc == d);
        by_doc += c.documents[d].events.size();
    }
    CHECK(by_doc == c.events.size());
}

// An event with an actor and a date in the seeds, to have something to change.
const core::Event& some_dated_event() {
    for (const core::Event& e : seeds().events)
        if (!e.date.empty() && !e.actors.empty()) return e;
    FAIL("no dated event with actors in the seeds");
    return seeds().events.front();
}

}  // namespace

TEST_CASE("no steps: the corpus is as built, no event has a status", "[curation]") {
    core::Corpus c = seeds();
    const core::CurationResult r = core::apply_curation(c, core::Curation{});
    REQUIRE(c.events.size() == seeds().events.size());
    CHECK(std::all_of(r.status.begin(), r.status.end(), [](const std::string& s) { return s.empty(); }));
    CHECK(r.refs.empty());  // each event is named by its own reference
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const core::EventRef ref = core::event_ref(seeds(), seeds().events[i]);
        CHECK(core::curation_ref(c, r, i) == ref);
        // The first event of that reference (two mentions of one sentence can share one).
        const int found = core::find_curated_event(c, r, ref);
        REQUIRE(found >= 0);
        CHECK(found <= static_cast<int>(i));
        CHECK(core::curation_ref(c, r, static_cast<std::size_t>(found)) == ref);
    }
    CHECK(core::curation_refs(c, r).size() == c.events.size());
    CHECK(core::find_curated_event(c, r, core::EventRef{"no such document", "missile_launch", 0}) == -1);
    CHECK(r.rejected.empty());
    check_order_and_indexes(c);
}

TEST_CASE("accept marks the event and keeps it", "[curation]") {
    core::Corpus c = seeds();
    const core::EventRef ref = core::event_ref(c, c.events[2]);
    const core::CurationResult r = core::apply_curation(c, curation_of({core::accept_step(ref)}));
    CHECK(r.applied == 1);
    REQUIRE(find(r, ref) >= 0);
    CHECK(r.status[find(r, ref)] == "accepted");
    CHECK(c.events.size() == seeds().events.size());
    CHECK(std::count(r.status.begin(), r.status.end(), "accepted") == 1);
}

TEST_CASE("reject takes the event out of the views and keeps it aside; restore brings it back", "[curation]") {
    core::Corpus c = seeds();
    const core::Event original = c.events[0];
    const core::EventRef ref = core::event_ref(c, original);
    const std::size_t of_type = c.events_by_type[static_cast<int>(original.type)].size();
    core::CurationResult r = core::apply_curation(c, curation_of({core::reject_step(ref)}));
    CHECK(c.events.size() == seeds().events.size() - 1);
    CHECK(find(r, ref) == -1);
    REQUIRE(r.rejected.size() == 1);
    CHECK(r.rejected_refs[0] == ref);
    CHECK(r.rejected[0].main.begin == original.main.begin);
    CHECK(c.events_by_type[static_cast<int>(original.type)].size() == of_type - 1);
    check_order_and_indexes(c);

    core::Corpus again = seeds();
    r = core::apply_curation(again, curation_of({core::reject_step(ref), core::restore_step(ref)}));
    CHECK(again.events.size() == seeds().events.size());
    CHECK(r.rejected.empty());
    CHECK(r.status[find(r, ref)] == "");  // restored: as found, neither accepted nor edited
}

TEST_CASE("a type change moves the event to its new type; later steps still name it by its first type", "[curation]") {
    core::Corpus c = seeds();
    const core::Event& e = some_dated_event();
    const core::EventRef ref = core::event_ref(seeds(), e);
    const core::EventType to = e.type == core::EventType::statement ? core::EventType::military_drill : core::EventType::statement;
    const core::CurationResult r =
        core::apply_curation(c, curation_of({core::type_step(ref, core::event_type_name(to)), core::accept_step(ref)}));
    CHECK(r.applied == 2);
    const int i = find(r, ref);
    REQUIRE(i >= 0);
    CHECK(c.events[i].type == to);
    CHECK(r.status[i] == "edited");  // an edit outranks the accept that followed it
    const auto& lane = c.events_by_type[static_cast<int>(to)];
    CHECK(std::find(lane.begin(), lane.end(), static_cast<uint32_t>(i)) != lane.end());
    check_order_and_indexes(c);

    core::Corpus bad = seeds();
    const core::CurationResult b = core::apply_curation(bad, curation_of({core::type_step(ref, "picnic")}));
    CHECK(b.applied == 0);
    REQUIRE(b.skipped.size() == 1);
    CHECK(b.skipped[0] == "step 1 (type): no event type 'picnic'");
}

TEST_CASE("a date at any ISO precision re-dates and re-orders the event", "[curation]") {
    for (const char* date : {"2019", "2019-03", "2019-03-07", "2025-12-31"}) {
        core::Corpus c = seeds();
        const core::EventRef ref = core::event_ref(c, some_dated_event());
        const core::CurationResult r = core::apply_curation(c, curation_of({core::date_step(ref, date)}));
        const int i = find(r, ref);
        REQUIRE(i >= 0);
        CHECK(c.events[i].date == date);
        CHECK(c.events[i].date_basis == core::DateBasis::text);
        CHECK(r.status[i] == "edited");
        check_order_and_indexes(c);
        if (std::string(date) == "2019") CHECK(i == 0);  // earlier than every seed event
    }
}

TEST_CASE("a bad date is reported in words and changes nothing", "[curation]") {
    CHECK(core::curation_date_error("2023-04-13").empty());
    CHECK(core::curation_date_error("2023-02-30") ==
          "'2023-02-30' is not a date: type YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-04-13, 2023-04, 2023)");
    CHECK(!core::curation_date_error("April 2023").empty());
    CHECK(!core::curation_date_error("2023-13").empty());
    CHECK(!core::curation_date_error("").empty());

    core::Corpus c = seeds();
    const core::Event& e = some_dated_event();
    const core::EventRef ref = core::event_ref(c, e);
    const core::CurationResult r = core::apply_curation(c, curation_of({core::date_step(ref, "2023-02-30")}));
    CHECK(r.applied == 0);
    REQUIRE(r.skipped.size() == 1);
    CHECK(r.skipped[0].find("'2023-02-30' is not a date") != std::string::npos);
    const int i = find(r, ref);
    REQUIRE(i >= 0);
    CHECK(c.events[i].date == e.date);
    CHECK(r.status[i] == "");
}

TEST_CASE("actors are replaced by corpus entities, and the entity index follows", "[curation]") {
    core::Corpus c = seeds();
    const core::EventRef ref = core::event_ref(c, some_dated_event());
    const core::CurationResult r = core::apply_curation(c, curation_of({core::actors_step(ref, {"Japan", "China"})}));
    const int i = find(r, ref);
    REQUIRE(i >= 0);
    CHECK(c.events[i].actors == std::vector<core::Name>{"Japan", "China"});
    CHECK(r.status[i] == "edited");
    for (const char* name : {"Japan", "China"}) {
        const auto entity = std::find_if(c.entities.begin(), c.entities.end(), [&](const core::Entity& x) { return x.name == name; });
        REQUIRE(entity != c.entities.end());
        const auto& list = c.events_by_entity[entity - c.entities.begin()];
        CHECK(std::find(list.begin(), list.end(), static_cast<uint32_t>(i)) != list.end());
    }

    core::Corpus bad = seeds();
    const core::CurationResult b = core::apply_curation(bad, curation_of({core::actors_step(ref, {"Atlantis"})}));
    REQUIRE(b.skipped.size() == 1);
    CHECK(b.skipped[0] == "step 1 (actors): no entity 'Atlantis' in this corpus");
}

TEST_CASE("an event added from a sentence joins the corpus in order, marked added", "[curation]") {
    core::Corpus c = seeds();
    const core::Document& d = c.documents[1];
    // A sentence with no event of type nuclear_test in it.
    const core::Sentence s = d.sentences[d.sentences.size() / 2];
    const std::string id = d.id;
    const core::CurationStep add = core::add_step(id, s.begin, s.end, "nuclear_test", "2023-05", {"North Korea"});
    const core::CurationResult r = core::apply_curation(c, curation_of({add}));
    CHECK(r.applied == 1);
    CHECK(c.events.size() == seeds().events.size() + 1);
    const int i = find(r, core::EventRef{id, "nuclear_test", s.begin});
    REQUIRE(i >= 0);
    const core::Event& e = c.events[i];
    CHECK(r.status[i] == "added");
    CHECK(e.type == core::EventType::nuclear_test);
    CHECK(e.date == "2023-05");
    CHECK(e.main.begin == s.begin);
    CHECK(e.main.end == s.end);
    CHECK(c.documents[1].sentences[e.main.sentence].begin == s.begin);
    CHECK(e.actors == std::vector<core::Name>{"North Korea"});
    check_order_and_indexes(c);

    // Later steps reach the added event; a second add at the same place is refused.
    core::Corpus again = seeds();
    const core::EventRef added{id, "nuclear_test", s.begin};
    const core::CurationResult r2 = core::apply_curation(again, curation_of({add, add, core::date_step(added, "2023-06-01")}));
    CHECK(r2.applied == 2);
    REQUIRE(r2.skipped.size() == 1);
    CHECK(r2.skipped[0].find("already has a nuclear_test event") != std::string::npos);
    CHECK(again.events[find(r2, added)].date == "2023-06-01");

    // Outside the text, in no document, or an unknown type: reported, not added.
    core::Corpus bad = seeds();
    const core::CurationResult b = core::apply_curation(
        bad, curation_of({core::add_step(id, 5, 3, "drill", "", {}), core::add_step("nowhere", 0, 10, "nuclear_test", "", {}),
                          core::add_step(id, 0, static_cast<uint32_t>(d.text.size() + 10), "nuclear_test", "", {})}));
    CHECK(b.applied == 0);
    CHECK(b.skipped.size() == 3);
    CHECK(bad.events.size() == seeds().events.size());
}

TEST_CASE("a step naming an event that is not there is skipped and reported; the rest apply", "[curation]") {
    core::Corpus c = seeds();
    const core::EventRef gone{"no-such-doc", "missile_launch", 120};
    const core::EventRef moved{c.documents[0].id, "missile_launch", 999999};
    const core::EventRef real = core::event_ref(c, c.events[1]);
    const core::CurationResult r =
        core::apply_curation(c, curation_of({core::reject_step(gone), core::accept_step(moved), core::accept_step(real)}));
    CHECK(r.applied == 1);
    REQUIRE(r.skipped.size() == 2);
    CHECK(r.skipped[0] == "step 1 (reject): no missile_launch event at byte 120 of no-such-doc");
    CHECK(r.skipped[1].rfind("step 2 (accept): no missile_launch event at byte 999999", 0) == 0);
    CHECK(r.status[find(r, real)] == "accepted");
    CHECK(c.events.size() == seeds().events.size());
}

TEST_CASE("applying only the first steps is undo", "[curation]") {
    const core::EventRef ref = core::event_ref(seeds(), seeds().events[0]);
    const core::Curation cur = curation_of({core::accept_step(ref), core::reject_step(ref)});
    core::Corpus one = seeds(), two = seeds();
    CHECK(core::apply_curation(one, cur, 1).rejected.empty());
    CHECK(core::apply_curation(two, cur, 2).rejected.size() == 1);
}

TEST_CASE("a curation round-trips through JSON; a bad file says what is wrong", "[curation]") {
    const core::Curation c = curation_of({
        core::accept_step({"doc-1", "missile_launch", 10}),
        core::reject_step({"doc-1", "statement", 20}),
        core::restore_step({"doc-1", "statement", 20}),
        core::type_step({"doc-2", "military_drill", 30}, "deployment"),
        core::date_step({"doc-2", "deployment", 40}, "2023-04"),
        core::actors_step({"doc \"3\"", "statement", 50}, {"Japan", "South Korea"}),
        core::add_step("doc-4", 100, 180, "nuclear_test", "", {"North Korea"}),
    });
    const std::string json = core::curation_to_json(c);
    const core::CurationRead back = core::read_curation(json);
    REQUIRE(back.ok());
    REQUIRE(back.curation.steps.size() == c.steps.size());
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
        const core::CurationStep &a = c.steps[i], &b = back.curation.steps[i];
        CHECK(a.op == b.op);
        CHECK(a.event == b.event);
        CHECK(a.end == b.end);
        CHECK(a.type == b.type);
        CHECK(a.date == b.date);
        CHECK(a.actors == b.actors);
    }
    CHECK(core::curation_to_json(back.curation) == json);

    auto error_of = [](const char* text) { return core::read_curation(text).error; };
    CHECK(error_of("{").rfind("not valid JSON: ", 0) == 0);
    CHECK(error_of(R"({"steps": []})") == "not a curation: the file has no \"schema\": \"curation/1\"");
    CHECK(error_of(R"({"schema": "curation/1"})") == "no \"steps\" list");
    CHECK(error_of(R"({"schema": "curation/1", "steps": [{"op": "fly"}]})") == "steps[0].op: no step 'fly'");
    CHECK(error_of(R"({"schema": "curation/1", "steps": [{"op": "reject"}]})") == "steps[0]: no \"event\" object");
    CHECK(error_of(R"({"schema": "curation/1", "steps": [{"op": "reject", "event": {"doc": "a", "type": "x", "begin": -4}}]})") ==
          "steps[0].event.begin: not a byte offset");
    CHECK(error_of(R"({"schema": "curation/1", "steps": [{"op": "date", "event": {"doc": "a", "type": "x", "begin": 4}}]})") ==
          "steps[0]: no \"date\"");
    CHECK(error_of(R"({"schema": "curation/1", "steps": [{"op": "add", "doc": "a", "begin": 1, "end": 1e500}]})") ==
          "steps[0].end: the number 1e500 is too large to read");
    CHECK(error_of(R"({"schema": "curation/1", "steps": [{"op": "actors", "event": {"doc": "a", "type": "x", "begin": 4}, "actors": [1]}]})") ==
          "steps[0].actors: not a list of names");
    CHECK(core::read_curation(R"({"schema": "curation/1", "steps": [{"op": "fly"}]})").curation.steps.empty());
}

TEST_CASE("a curation survives a rebuild: a document dated, the lexicon extended", "[curation]") {
    core::ImportResult imported = core::import_files(seed_source_files());
    const core::Corpus first = core::build_corpus(imported);
    const core::Event& e = first.events[first.events.size() / 2];
    const core::EventRef ref = core::event_ref(first, e);
    const core::EventRef dropped = core::event_ref(first, first.events[0]);
    const core::Sentence s = first.documents[0].sentences[2];
    const core::Curation cur = curation_of({core::date_step(ref, "2021-01"), core::reject_step(dropped),
                                            core::add_step(first.documents[0].id, s.begin, s.end, "nuclear_test", "2021", {})});
    core::Corpus curated = first;
    const core::CurationResult before = core::apply_curation(curated, cur);
    REQUIRE(before.skipped.empty());

    // The rebuilds the explorer does: a publication date given to an article, names added to the lexicon.
    for (core::ArticleInput& a : imported.articles)
        if (a.published.empty()) a.published = "2022-01-15";
    const core::LexiconResult lex =
        core::extend_lexicon(core::Lexicon::builtin(), R"([{"name": "Acme Corp", "kind": "organization", "aliases": ["Acme"]}])");
    REQUIRE(lex.ok());
    core::Corpus rebuilt = core::build_corpus(imported, lex.lexicon);
    const core::CurationResult after = core::apply_curation(rebuilt, cur);
    CHECK(after.skipped.empty());
    CHECK(after.applied == 3);
    CHECK(rebuilt.events.size() == curated.events.size());
    REQUIRE(find(after, ref) >= 0);
    CHECK(rebuilt.events[find(after, ref)].date == "2021-01");
    CHECK(after.status == before.status);
    REQUIRE(after.rejected_refs.size() == 1);
    CHECK(after.rejected_refs[0] == dropped);
    check_order_and_indexes(rebuilt);
}
