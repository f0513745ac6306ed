// The user's own names added to the builtin lexicon: found after, not before; bad input
// gives an error that says where, and the base lexicon stays as it was.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/corpus.h"
#include "core/import.h"
#include "core/lexicon.h"

namespace {

const char* const kAcmeArticle =
    "Acme Corp opens a factory\n"
    "\n"
    "Acme Corp said on Tuesday that it would open a factory in Leeds. Acme has 4,000 workers.\n";

bool names_entity(const core::Corpus& c, const std::string& name) {
    for (const core::Entity& e : c.entities)
        if (e.name == name) return true;
    return false;
}

uint32_t mentions_of(const core::Corpus& c, const std::string& name) {
    for (const core::Entity& e : c.entities)
        if (e.name == name) return e.mentions;
    return 0;
}

}  // namespace

TEST_CASE("an extended lexicon finds the new entity and its alias", "[lexicon-extension]") {
    const core::Lexicon& base = core::Lexicon::builtin();
    const core::Corpus before = core::build_corpus(core::import_files({{"acme.txt", kAcmeArticle}}), base);
    // Found by its capitals and head word, but the lone "Acme" is not known to be it.
    CHECK(mentions_of(before, "Acme Corp") < 3);

    const core::LexiconResult r =
        core::extend_lexicon(base, R"([{"name": "Acme Corp", "kind": "organization", "aliases": ["Acme"]}])");
    REQUIRE(r.ok());
    CHECK(r.lexicon.entities.size() == base.entities.size() + 1);
    const core::Corpus after = core::build_corpus(core::import_files({{"acme.txt", kAcmeArticle}}), r.lexicon);
    CHECK(names_entity(after, "Acme Corp"));
    CHECK(mentions_of(after, "Acme Corp") == 3);  // the title, "Acme Corp" and "Acme" in the body

    // The object form, and aliases added to an existing entity by name.
    const core::LexiconResult more = core::extend_lexicon(
        base, R"({"entities": [{"name": "North Korea", "aliases": ["the Kim state"]}]})");
    REQUIRE(more.ok());
    CHECK(more.lexicon.entities.size() == base.entities.size());
    const core::Corpus kim = core::build_corpus(
        core::import_files({{"kim.txt", "Title\n\nThe Kim state fired a missile.\n"}}), more.lexicon);
    CHECK(names_entity(kim, "North Korea"));
}

TEST_CASE("a bad user lexicon gives a clear error and leaves the base usable", "[lexicon-extension]") {
    const core::Lexicon& base = core::Lexicon::builtin();
    const std::size_t entities = base.entities.size();
    auto error_of = [&](const char* json) { return core::extend_lexicon(base, json).error; };

    CHECK(error_of(R"([{"name": "A", "kind": "organization"}, {"name": "B", "kind": "country"},
                       {"name": "Mars", "kind": "planet"}])") ==
          "entities[2].kind: 'planet' is not one of country, person, organization, place, weapon, operation, name");
    CHECK(error_of(R"([{"name": "Acme"}])").find("entities[0].kind: missing") == 0);
    CHECK(error_of(R"([{"kind": "person"}])") == "entities[0].name: missing (a non-empty string)");
    CHECK(error_of(R"([{"name": "X", "kind": "person", "aliases": ["ok", 3]}])") ==
          "entities[0].aliases[1]: expected a string");
    CHECK(error_of(R"([{"name": "North Korea", "kind": "person"}])") ==
          "entities[0].kind: 'North Korea' is already a country, not a person");
    CHECK(error_of("[{").find("lexicon: not valid JSON") == 0);
    // A number too large for a double is a bad value of its field, not an exception.
    CHECK(error_of(R"([{"name": "X", "kind": "person", "aliases": [1e500]}])") ==
          "entities[0].aliases[0]: the number 1e500 is too large to read");
    CHECK(error_of(R"({"entities": [{"name": "X", "kind": 2e999}]})") ==
          "entities[0].kind: the number 2e999 is too large to read");
    CHECK(error_of(R"({"words": []})").find("lexicon: expected a list") == 0);

    const core::LexiconResult bad = core::extend_lexicon(base, R"([{"name": "Acme", "kind": "organization"},
                                                                  {"name": "Mars", "kind": "planet"}])");
    CHECK_FALSE(bad.ok());
    CHECK(bad.lexicon.entities.size() == entities);  // nothing half applied
    CHECK(base.entities.size() == entities);
    CHECK(base.find_entity("Acme") < 0);
    const core::Corpus still = core::build_corpus(
        core::import_files({{"nk.txt", "Title\n\nNorth Korea fired a missile on Monday.\n"}}), base);
    CHECK(names_entity(still, "North Korea"));
}

TEST_CASE("lexicon_to_json writes the whole lexicon, extensions included, and loads again", "[lexicon-extension]") {
    const core::LexiconResult r = core::extend_lexicon(
        core::Lexicon::builtin(), R"([{"name": "Acme Corp", "kind": "organization", "aliases": ["Acme"]}])");
    REQUIRE(r.ok());
    std::string error;
    const core::Lexicon again = core::Lexicon::from_json(core::lexicon_to_json(r.lexicon), &error);
    CHECK(error.empty());
    REQUIRE(again.entities.size() == r.lexicon.entities.size());
    CHECK(again.find_entity("Acme Corp") >= 0);
    CHECK(again.entities.back().aliases == std::vector<std::string>{"Acme"});
    CHECK(core::lexicon_to_json(again) == core::lexicon_to_json(r.lexicon));

    // The reloaded builtin extracts the seeds-style text the same way.
    const char* text = "Title\n\nNorth Korea fired two cruise missiles on Monday, Seoul said.\n";
    const core::Corpus a = core::build_corpus(core::import_files({{"x.txt", text}}), core::Lexicon::builtin());
    const core::Corpus b = core::build_corpus(core::import_files({{"x.txt", text}}), again);
    REQUIRE(a.events.size() == b.events.size());
    CHECK(a.entities.size() == b.entities.size());
}

TEST_CASE("an alias a user gives to another entity moves there: merging two entities", "[lexicon-extension]") {
    const char* const article =
        "Jets arrive\n"
        "\n"
        "Four F-35 fighter jets and two F-35A jets landed at the base on Monday, the air force said.\n";
    const core::Corpus before = core::build_corpus(core::import_files({{"jets.txt", article}}));
    REQUIRE(names_entity(before, "F-35"));
    const uint32_t separate = mentions_of(before, "F-35A");

    const core::LexiconResult merged =
        core::extend_lexicon(core::Lexicon::builtin(), R"([{"name": "F-35A", "kind": "weapon", "aliases": ["F-35"]}])");
    REQUIRE(merged.ok());
    const core::Corpus after = core::build_corpus(core::import_files({{"jets.txt", article}}), merged.lexicon);
    CHECK_FALSE(names_entity(after, "F-35"));
    CHECK(mentions_of(after, "F-35A") == separate + mentions_of(before, "F-35"));

    // A rename: a new name taking the old one's spellings.
    const core::LexiconResult renamed = core::extend_lexicon(
        core::Lexicon::builtin(), R"([{"name": "Lightning II", "kind": "weapon", "aliases": ["F-35", "F-35A"]}])");
    REQUIRE(renamed.ok());
    const core::Corpus third = core::build_corpus(core::import_files({{"jets.txt", article}}), renamed.lexicon);
    CHECK_FALSE(names_entity(third, "F-35"));
    CHECK_FALSE(names_entity(third, "F-35A"));
    CHECK(mentions_of(third, "Lightning II") == mentions_of(before, "F-35") + separate);
}

TEST_CASE("an alias split off into an entity of its own: found as that entity, and kept so when written out",
          "[lexicon-extension]") {
    const char* const article =
        "Launch\n"
        "\n"
        "North Korea fired a missile on Monday. Pyongyang hosted a parade the next day.\n";
    const core::Corpus before = core::build_corpus(core::import_files({{"nk.txt", article}}));
    REQUIRE_FALSE(names_entity(before, "Pyongyang"));
    const uint32_t together = mentions_of(before, "North Korea");

    const core::LexiconResult split = core::extend_lexicon(
        core::Lexicon::builtin(), R"([{"name": "Pyongyang", "kind": "place", "aliases": ["Pyongyang"]}])");
    REQUIRE(split.ok());
    const core::Corpus after = core::build_corpus(core::import_files({{"nk.txt", article}}), split.lexicon);
    CHECK(mentions_of(after, "Pyongyang") == 1);
    CHECK(mentions_of(after, "North Korea") == together - 1);
    for (const core::Entity& e : after.entities)
        if (e.name == "Pyongyang") CHECK(e.kind == core::EntityKind::place);

    // North Korea's own list no longer holds the spelling, so the written lexicon splits it too.
    const core::LexiconEntity& nk = split.lexicon.entities[split.lexicon.find_entity("North Korea")];
    CHECK(std::find(nk.aliases.begin(), nk.aliases.end(), "pyongyang") == nk.aliases.end());
    std::string error;
    const core::Lexicon again = core::Lexicon::from_json(core::lexicon_to_json(split.lexicon), &error);
    REQUIRE(error.empty());
    const core::Corpus reread = core::build_corpus(core::import_files({{"nk.txt", article}}), again);
    CHECK(mentions_of(reread, "Pyongyang") == 1);
    CHECK(mentions_of(reread, "North Korea") == together - 1);
}
