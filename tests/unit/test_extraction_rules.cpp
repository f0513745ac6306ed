// The general rules of extraction, one hard case each, on sentences written for these tests:
// entities for the whole world and names the lexicon does not know, triggers by meaning,
// headlines and ledes, the dates a reader expects, who did it, and dating from the corpus.
#include <catch2/catch.hpp>

#include <algorithm>

#include "extract_helpers.h"

using namespace extract_helpers;

namespace {

const core::Entity* entity(const core::Corpus& c, const std::string& name) {
    for (const core::Entity& e : c.entities)
        if (e.name == name) return &e;
    return nullptr;
}

// The events of a type, as "date|actor,actor" strings in event order.
std::vector<std::string> dated(const core::Corpus& c, core::EventType type) {
    std::vector<std::string> out;
    for (const core::Event& e : c.events) {
        if (e.type != type) continue;
        std::string s = e.date + "|";
        for (std::size_t i = 0; i < e.actors.size(); ++i) s += (i ? "," : "") + e.actors[i];
        out.push_back(s);
    }
    return out;
}

using T = core::EventType;

}  // namespace

// [SECTION] entities
TEST_CASE("every country, its demonyms and its capital name it", "[rules][entities]") {
    CHECK(entity_names(one("Title\nTehran and Kyiv; Iranian, Pakistani and Taiwanese officials; Islamabad and New Delhi.")) ==
          Names{"Iran", "Ukraine", "Iran", "Pakistan", "Taiwan", "Pakistan", "India"});
    // A name that is also a common word counts only with its capital letter.
    CHECK(entity_names(one("Title\nWe ate turkey in Chad. Chad and Turkey signed.")) == Names{"Chad", "Chad", "Turkey"});
    // Seas and regions are not the countries their adjectives name.
    CHECK(entity_names(one("Title\nShips crossed the Indian Ocean to Latin America.")) == Names{"Indian Ocean", "Latin America"});
}

TEST_CASE("bodies act for themselves, agencies for their states", "[rules][entities]") {
    CHECK(dated(one("Title\nThe Security Council imposed sanctions on Monday.", "2023-05-10"), T::sanctions_action) ==
          Names{"2023-05-08|United Nations"});
    CHECK(dated(one("Title\nThe Treasury Department sanctioned two banks."), T::sanctions_action) == Names{"|United States"});
}

TEST_CASE("names the lexicon does not know are found by capitals and cues", "[rules][names]") {
    const core::Corpus c = one("Title\nFleet Admiral Jorund Vasko met Norwegian Defence Minister Eira Solberg-Lind in Bergen. "
                               "Vasko said the Northern Waters Command would stay. The Kestrel-4 missile was shown.");
    const core::Entity* vasko = entity(c, "Jorund Vasko");
    REQUIRE(vasko != nullptr);
    CHECK(vasko->kind == core::EntityKind::person);
    CHECK(vasko->mentions == 2);  // "Vasko said" folds into the full name
    REQUIRE(entity(c, "Eira Solberg-Lind") != nullptr);
    CHECK(entity(c, "Eira Solberg-Lind")->kind == core::EntityKind::person);
    REQUIRE(entity(c, "Northern Waters Command") != nullptr);
    CHECK(entity(c, "Northern Waters Command")->kind == core::EntityKind::organization);
    REQUIRE(entity(c, "Kestrel-4") != nullptr);
    CHECK(entity(c, "Kestrel-4")->kind == core::EntityKind::weapon);
    // A title-case headline says nothing by its capitals.
    CHECK(entity(one("Markets Rally As Traders Cheer Strong Data\nShares rose."), "Markets Rally") == nullptr);
}

TEST_CASE("a person found with a country acts for it", "[rules][names][actors]") {
    const core::Corpus c = one("Title\nPeruvian envoy Tomas Quillca held talks with his Chilean counterpart Ana Reyes on Tuesday.",
                               "2024-04-11");
    CHECK(dated(c, T::summit_or_meeting) == Names{"2024-04-09|Peru,Chile"});
}

// [SECTION] triggers
TEST_CASE("launches by many words, not by the seeds' wording", "[rules][triggers]") {
    CHECK(event_types(one("Title\nThe army flight-tested a new cruise missile over the desert.")) == Names{"missile_launch"});
    CHECK(event_types(one("Title\nThe navy carried out a test of its longest-range missile.")) == Names{"missile_launch"});
    CHECK(event_types(one("Title\nA Kestrel-9 rocket lofted a weather satellite into orbit.")) == Names{"satellite_launch"});
    CHECK(event_types(one("Title\nThe Veya-2 missile, which was test-fired twice in March, is new.", "2023-06-01")) ==
          Names{"missile_launch"});
}

TEST_CASE("what only sounds like a launch is none", "[rules][triggers]") {
    CHECK(event_types(one("Title\nThe treaty bans any launch of a ballistic missile.")).empty());
    CHECK(event_types(one("Title\nInspectors visited the missile test site near the coast.")).empty());
    CHECK(event_types(one("Title\nTwo batteries of an anti-missile system were flown to the base.")) == Names{"deployment"});
    CHECK(event_types(one("Title\nFighter jets flew overhead as the leaders arrived.")).empty());
    CHECK(event_types(one("Title\nWill the country fire another missile this year?")).empty());
}

TEST_CASE("a rocket that carries a satellite, or a space launcher that fails, is a satellite launch", "[rules][triggers]") {
    CHECK(event_types(one("Title\nThe agency launched a rocket carrying an imaging satellite on Monday.")) == Names{"satellite_launch"});
    const core::Corpus c = one("Title\nOn March 3, the first Unha-4 exploded shortly after lift-off.", "2024-05-01");
    CHECK(dated(c, T::satellite_launch) == Names{"2024-03-03|"});
}

TEST_CASE("meetings need someone to meet; sanctions the side imposing them", "[rules][triggers][actors]") {
    CHECK(event_types(one("Title\nThe plan met the target and met with criticism.")).empty());
    CHECK(event_types(one("Title\nThe minister gave a news conference in Rome.")).empty());
    CHECK(dated(one("Title\nCanada imposed sanctions on Belarus on Friday.", "2022-03-07"), T::sanctions_action) ==
          Names{"2022-03-04|Canada"});
    CHECK(dated(one("Title\nIndia fired a missile at a target off Sri Lanka on Monday.", "2022-03-07"), T::missile_launch) ==
          Names{"2022-03-07|India"});
}

// [SECTION] headlines and ledes
TEST_CASE("the headline names the lede's event; an undated headline event is the story's day", "[rules][headlines]") {
    const core::Corpus c = one("Pakistan test-fires cruise missile\n\nISLAMABAD, May 2 - Pakistan fired a cruise missile on "
                               "Thursday, the army said. The missile flew 450 km.",
                               "2024-05-03");
    const core::Event* e = first_of(c, T::missile_launch);
    REQUIRE(e != nullptr);
    CHECK(event_types(c) == Names{"missile_launch"});
    CHECK(e->date == "2024-05-02");
    CHECK(e->evidence.size() >= 2);
    CHECK(dated(one("Leaders meet in Lisbon\n\nThe two leaders spoke of trade.", "2021-11-02"), T::summit_or_meeting) ==
          Names{"2021-11-02|"});
}

// [SECTION] dates
TEST_CASE("publication stamps: day-first with hyphens or slashes, a clock time and a zone after", "[rules][dates]") {
    CHECK(one("Title\nUpdated: 21-06-2023 10:15 IST\nBody.").documents[0].published == "2023-06-21");
    CHECK(one("Title\nLast updated 08/11/2022 19:05 KST\nBody.").documents[0].published == "2022-11-08");
}

TEST_CASE("a time counted from another may lean on the sentence before", "[rules][dates]") {
    const core::Corpus c = one("Title\nThe first drills began on Oct. 2. Four days later the navy fired two missiles. "
                               "Within hours, the allies held military exercises. The next day the summit opened.",
                               "2023-10-20");
    CHECK(dated(c, T::missile_launch) == Names{"2023-10-06|"});
    CHECK(time_value(c, "Within hours") == "2023-10-06");
    CHECK(time_value(c, "The next day") == "2023-10-07");
}

TEST_CASE("a year stated in the sentence dates its partial dates", "[rules][dates]") {
    const core::Corpus c = one("Title\nIn December 2021, the army held a drill on the 9th of that month. "
                               "Last year the parade took place on October 2. It flew on Nov. 5 last year, after failures "
                               "in May and August. The fleet sailed in 2019 and came back in March of that year.",
                               "2024-02-01");
    CHECK(time_value(c, "on the 9th of that month") == "2021-12-09");
    CHECK(time_value(c, "on October 2") == "2023-10-02");
    CHECK(time_value(c, "on Nov. 5 last year") == "2023-11-05");
    CHECK(time_value(c, "in May") == "2023-05");
    CHECK(time_value(c, "in March of that year") == "2019-03");
}

TEST_CASE("one trigger with a list of dates is one event per date", "[rules][dates]") {
    const core::Corpus c = one("Title\nLast month the army tested two missiles, on 3 May and 19 May. "
                               "The country has fired rockets over the strait twice, in 2001 and 2011.",
                               "2020-06-10");
    CHECK(dated(c, T::missile_launch) == Names{"2001|", "2011|", "2020-05-03|", "2020-05-19|"});
}

TEST_CASE("'since' bounds a time, a 'when' clause hangs on it", "[rules][dates]") {
    const core::Corpus c = one("Title\nIt was the first launch since May 3, when two rockets were fired into the sea. "
                               "No missile has been tested since June 9.",
                               "2024-08-01");
    CHECK(dated(c, T::missile_launch) == Names{"2024-05-03|"});
}

TEST_CASE("a caption's date is no publication date, nor a later paragraph's", "[rules][dates]") {
    const core::Corpus c = one("Title\nPhoto caption: Troops on parade, 3 March 2019.\nThe troops marched again on "
                               "Friday through the old town, past the harbour and the market, cheered by a crowd that the "
                               "police put at several thousand people.\nOfficials met on March 1, 2024.");
    CHECK(c.documents[0].published.empty());
    CHECK(time_value(c, "on Friday") == "");
}

// [SECTION] corpus dating
TEST_CASE("a document is dated from the corpus only by specific agreeing evidence", "[rules][corpus-dating]") {
    const std::string dated_doc = "Title\nMarch 8, 2024\nThe allies began the Iron Crane drills on Tuesday near Halvik Island. "
                                  "Jets landed at Brekke Air Base on Wednesday.";
    const std::string undated = "Title\nThe Iron Crane drills began on Tuesday near Halvik Island, and jets landed at Brekke "
                                "Air Base on Wednesday.";
    core::Corpus c = core::build_corpus(std::vector<core::SourceFile>{{"a.txt", dated_doc}, {"b.txt", undated}});
    REQUIRE(c.documents.size() == 2);
    CHECK(c.documents[1].published_basis == core::DateBasis::inferred);
    CHECK(c.documents[1].published == "2024-03-05");
    // A weekday and a type alone are no evidence: drills fall on many Tuesdays.
    const std::string vague = "Title\nThe navy began drills on Tuesday. Jets landed on Wednesday.";
    c = core::build_corpus(std::vector<core::SourceFile>{{"a.txt", dated_doc}, {"b.txt", vague}});
    CHECK(c.documents[1].published.empty());
    // Nor is a date the text contradicts: it names a later year.
    const std::string later = undated + " It was the first such drill since 2025.";
    c = core::build_corpus(std::vector<core::SourceFile>{{"a.txt", dated_doc}, {"b.txt", later}});
    CHECK(c.documents[1].published.empty());
}

// [SECTION] real pages
TEST_CASE("a byline glued before a dateline, a report's own day and a claim to have tested", "[rules][pages]") {
    const core::Corpus c = one("Title\n\nBy Min-ji Seo and Tae-yang Ko SEOUL (Reuters) - North Korea fired a cruise missile on "
                               "Tuesday, the military said. The launch came a day after the leader inspected a factory, "
                               "state media reported on Monday. Pyongyang claimed to have tested a new engine rocket.",
                               "2024-07-10");
    const std::vector<std::string> launches = dated(c, T::missile_launch);
    REQUIRE(!launches.empty());
    CHECK(launches[0] == "2024-07-09|North Korea");  // not Seoul's: the dateline names no actor
    CHECK(std::find(launches.begin(), launches.end(), "2024-07-08|North Korea") == launches.end());
}

TEST_CASE("a caption dates only the event of its photo", "[rules][pages]") {
    const core::Corpus c = one("Rockets over the bay\n\nPhoto caption: Residents watch coverage of the launch on Tuesday.\n\n"
                               "Photo caption: Jets fly during a military drill on May 2, 2019.\n\n"
                               "The army fired two rockets into the bay on Wednesday, officials said, and more than twenty "
                               "people watched from the harbour as the smoke drifted over the water toward the town.",
                               "2024-07-11");
    CHECK(dated(c, T::missile_launch) == Names{"2024-07-10|"});
    CHECK(dated(c, T::military_drill) == Names{"2019-05-02|"});
}
