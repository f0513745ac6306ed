// The extraction stages one hard case at a time: folding, aliases, the sentence
// splitter, publication dates, time expressions, event triggers and their filters.
#include <catch2/catch.hpp>

#include "core/article.h"
#include "core/normalize.h"
#include "core/sentences.h"
#include "core/times.h"

#include "extract_helpers.h"

using namespace extract_helpers;

// [SECTION] folding
TEST_CASE("typographic quotes, dashes and no-break spaces fold to ASCII with offsets kept", "[normalize]") {
    const std::string text = "Korea\xE2\x80\x99s \xE2\x80\x9C" "fierce\xE2\x80\x9D \xE2\x80\x93 a\xC2\xA0" "b";
    const core::FoldedText f = core::fold_text(text);
    CHECK(f.view(text) == "Korea's \"fierce\" - a b");
    CHECK(f.to_original(6) == 8);                        // the 's' after the 3-byte apostrophe
    CHECK(f.to_original(static_cast<uint32_t>(f.view(text).size())) == text.size());
    CHECK(f.to_original(0) == 0);
    CHECK(f.to_original(9) == 13);                       // the 'f' after the 3-byte opening quote
    CHECK(core::fold_text("plain ASCII").identity);
}

TEST_CASE("an ellipsis widens and a zero-width space vanishes, every folded byte mapped back", "[normalize]") {
    const std::string text = "wait\xE2\x80\xA6now\xE2\x80\x8Bhere";
    const core::FoldedText f = core::fold_text(text);
    CHECK(f.view(text) == "wait...nowhere");
    CHECK(f.to_original(3) == 3);
    for (uint32_t dot = 4; dot < 7; ++dot) CHECK(f.to_original(dot) == 4);  // each dot: the ellipsis
    CHECK(f.to_original(7) == 7);                                            // 'n'
    CHECK(f.to_original(10) == 13);                                          // 'h' after the zero-width space
    CHECK(f.to_original(14) == text.size());
}

// [SECTION] aliases
TEST_CASE("North Korea aliases: the North, Pyongyang, hermit kingdom, North Korean", "[entities]") {
    CHECK(entity_names(one("The North and Pyongyang. The hermit kingdom fired. North Korean troops.")) ==
          Names{"North Korea", "North Korea", "North Korea", "North Korea"});
}

TEST_CASE("'the regime' is North Korea only where North Korea is named", "[entities]") {
    CHECK(entity_names(one("North Korea fired. The regime said so.")) == Names{"North Korea", "North Korea"});
    CHECK(entity_names(one("The regime in Iran said so.")) == Names{"Iran"});
}

TEST_CASE("United States aliases: U.S., US, Washington, American; 'us' is not one", "[entities]") {
    CHECK(entity_names(one("The U.S. and the US. Washington said. An American jet. Tell us.")) ==
          Names{"United States", "United States", "United States", "United States"});
    CHECK(entity_names(one("the United States")) == Names{"United States"});
}

TEST_CASE("Seoul, Tokyo, Beijing and demonyms name their countries", "[entities]") {
    CHECK(entity_names(one("Seoul, Tokyo and Beijing; South Korean, Japanese and Chinese officials.")) ==
          Names{"South Korea", "Japan", "China", "South Korea", "Japan", "China"});
}

TEST_CASE("people keep their names with variants folded", "[entities]") {
    CHECK(entity_names(one("Kim Jong-un met Mr Kim. Kim Jong Un. Yoon Suk-yeol and Mr Biden.")) ==
          Names{"Kim Jong Un", "Kim Jong Un", "Kim Jong Un", "Yoon Suk Yeol", "Joe Biden"});
}

TEST_CASE("the longest alias wins and weapons match their plurals", "[entities]") {
    CHECK(entity_names(one("two short-range ballistic missiles and F-35As over the Korean Peninsula")) ==
          Names{"short-range ballistic missile", "F-35A", "Korean Peninsula"});
    CHECK(entity_names(one("the Group of 20 and the G-20 and the UN Security Council")) ==
          Names{"G20", "G20", "UN Security Council"});
}

// [SECTION] sentences
TEST_CASE("the splitter survives U.S., Feb., a.m., Mr, No. and initials", "[sentences]") {
    CHECK(sentences(one("The U.S. F-35A flew on Feb. 21 at 10:48 a.m. with Mr Kim aboard. It landed.")) ==
          Names{"The U.S. F-35A flew on Feb. 21 at 10:48 a.m. with Mr Kim aboard.", "It landed."});
    CHECK(sentences(one("He was No. 2 in Seoul. J. R. Smith said so. Then he left.")) ==
          Names{"He was No. 2 in Seoul.", "J. R. Smith said so.", "Then he left."});
}

TEST_CASE("quotes close a sentence; headlines and lines without a period stand alone", "[sentences]") {
    CHECK(sentences(one("North Korea fires missiles\nChoe said: \"It will regret.\" Then silence.\nNo period here")) ==
          Names{"North Korea fires missiles", "Choe said: \"It will regret.\"", "Then silence.", "No period here"});
}

TEST_CASE("a run-on 'sentence' is split at ';', else ',', else hard; prose sentences stay whole", "[sentences]") {
    // 12 tokens a clause: 16 clauses (192 tokens) fit under the 200-token cap, ending at a ';'.
    const std::string clause = "X fired a missile near Japan on Monday, officials said;";
    std::string run_on, sixteen;
    for (int i = 0; i < 100; ++i) run_on += (i ? " " : "") + clause;
    for (int i = 0; i < 16; ++i) sixteen += (i ? " " : "") + clause;
    const std::vector<std::string> pieces = sentences(one(run_on));
    REQUIRE(pieces.size() == 7);  // 6 x 16 clauses and the last 4
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) CHECK(pieces[i] == sixteen);
    // Without a ';' the cut is at the last ',' in the second half of the allowance.
    std::string commas;
    for (int i = 0; i < 30; ++i) commas += "one two three four five six seven eight nine, ";
    const std::vector<std::string> at_commas = sentences(one(commas));
    REQUIRE(at_commas.size() == 2);
    CHECK(at_commas[0].size() == 20 * std::string("one two three four five six seven eight nine, ").size() - 1);
    // Without either, at 200 tokens exactly.
    std::string words;
    for (int i = 0; i < 450; ++i) words += "word ";
    const std::vector<std::string> hard = sentences(one(words));
    REQUIRE(hard.size() == 3);
    CHECK(hard[0].size() == 200 * 5 - 1);
    CHECK(hard[2].size() == 50 * 5 - 1);
    // A long list of 150 tokens is under the cap and stays one sentence.
    std::string list = "Backs:";
    for (int i = 0; i < 30; ++i) list += " Mike Blair (Edinburgh),";
    CHECK(sentences(one(list + " done.")).size() == 1);
}

// [SECTION] publication dates
TEST_CASE("a publication date glued to the next word is read", "[dates]") {
    const core::Corpus c = one("Title here\nBy Kos Temenes\nFebruary 24, 2024Asia & Pacific\nBody text follows here.");
    CHECK(c.documents[0].published == "2024-02-24");
    CHECK(c.documents[0].published_basis == core::DateBasis::text);
    CHECK(c.documents[0].byline == "Kos Temenes");
}

TEST_CASE("'published : 2023-09-06', '15/09/2017 4:17 AM IST' and 'Mar 25, 2021' are datelines", "[dates]") {
    CHECK(one("published : 2023-09-06\n\nTitle\n\nBody.").documents[0].published == "2023-09-06");
    CHECK(one("Title\n15/09/2017 4:17 AM IST\nBody.").documents[0].published == "2017-09-15");
    CHECK(one("Title\nMar 25, 2021\nBody.").documents[0].published == "2021-03-25");
}

TEST_CASE("a date in a photo caption is not the publication date; the text beats the manifest", "[dates]") {
    const core::Corpus c = one("Title\nIn this handout image, jets fly over Seoul on Nov. 5, 2022. (Ministry via Getty Images)\nBody.",
                               "2024-01-02");
    CHECK(c.documents[0].published == "2024-01-02");
    CHECK(c.documents[0].published_basis == core::DateBasis::manifest);
    CHECK(one("Title\nFebruary 24, 2024\nBody.", "2024-01-02").documents[0].published == "2024-02-24");
}

// [SECTION] time expressions
TEST_CASE("partial dates take the publication year", "[times]") {
    const core::Corpus c = one("Title\nFebruary 24, 2024\nIt flew on Feb. 23 and on Nov. 5, 2022. Then on 25 May. And July 12.");
    CHECK(time_value(c, "on Feb. 23") == "2024-02-23");
    CHECK(time_value(c, "on Nov. 5, 2022") == "2022-11-05");
    CHECK(time_value(c, "on 25 May") == "2023-05-25");  // later than February in 2024: last year's
    CHECK(time_value(c, "July 12") == "2023-07-12");
}

TEST_CASE("weekdays are the latest such day on or before publication", "[times]") {
    // 2022-11-17 is a Thursday.
    const core::Corpus c = one("Title\nIt fired on Thursday. Drills ended early Saturday morning. "
                               "Monday morning's launch. Earlier Thursday, later on Thursday.", "2022-11-17");
    CHECK(time_value(c, "on Thursday") == "2022-11-17");
    CHECK(time_value(c, "early Saturday morning") == "2022-11-12");
    CHECK(time_value(c, "Monday morning's") == "2022-11-14");
    CHECK(time_value(c, "later on Thursday") == "2022-11-17");
}

TEST_CASE("relative times: this year, last month, last week, a day after, since 2017, August 2023", "[times]") {
    const core::Corpus c = one("Title\nTests this year. He took office last month. Talks last week. "
                               "Thursday's launch came a day after the summit. Not since 2017. In August 2023 too. In October.",
                               "2022-11-17");
    CHECK(time_value(c, "this year") == "2022");
    CHECK(time_value(c, "last month") == "2022-10");
    CHECK(time_value(c, "last week") == "2022-11");  // the month of last week's Thursday
    CHECK(time_value(c, "a day after") == "2022-11-16");
    CHECK(time_value(c, "since 2017") == "2017");
    CHECK(time_value(c, "In August 2023") == "2023-08");
    CHECK(time_value(c, "In October") == "2022-10");
}

TEST_CASE("without a publication date relative times stay empty with their text kept", "[times]") {
    const core::Corpus c = one("Title\nIt fired on Friday this year. Earlier in the week it tested.");
    CHECK(time_value(c, "on Friday") == "");
    CHECK(time_value(c, "this year") == "");
    CHECK(time_value(c, "Earlier in the week") == "");
}

TEST_CASE("a run of many digits is not a day, a year or a count, and reading it does not overflow", "[times]") {
    const core::Corpus c = one("Title\nIt fired on 12345678901234567890 Monday and on 99999999999th May 2023. "
                               "North Korea fired 123456789012 missiles on Tuesday.", "2022-11-17");
    for (const core::TimeExpression& t : c.documents[0].times) {
        CAPTURE(t.value);
        CHECK(t.value.find("1234") == std::string::npos);
        CHECK(t.value.find("9999") == std::string::npos);
    }
    for (const core::Event& e : c.events) CHECK(e.count == 0);
}

// [SECTION] events
TEST_CASE("a missile launch with its actor, weapon, count and date", "[events]") {
    const core::Corpus c = one("Title\nNorth Korea fired two short-range ballistic missiles on Thursday.", "2022-11-17");
    const core::Event* e = first_of(c, core::EventType::missile_launch);
    REQUIRE(e != nullptr);
    CHECK(e->actors == Names{"North Korea"});
    CHECK(e->weapons == Names{"short-range ballistic missile"});
    CHECK(e->count == 2);
    CHECK(e->date == "2022-11-17");
    CHECK(e->date_text == "on Thursday");
    CHECK(c.documents[0].text.substr(e->main.begin, e->main.end - e->main.begin) ==
          "North Korea fired two short-range ballistic missiles on Thursday.");
}

TEST_CASE("speculation, plans and conditions are not events", "[events]") {
    CHECK(event_types(one("Title\nNorth Korea could conduct a nuclear test.")).empty());
    CHECK(event_types(one("Title\nThe agency has announced plans to try again in October to launch a missile.")).empty());
    CHECK(event_types(one("Title\nThe test, if carried out, would involve missiles.")).empty());
    CHECK(event_types(one("Title\nExperts fear that Pyongyang may fire missiles. It is expected to launch rockets.")).empty());
    CHECK(event_types(one("Title\nSeoul will hold military drills with the US next month.")).empty());
}

TEST_CASE("product launches, cricket Tests, fire drills and bank talks are not military events", "[events]") {
    CHECK(event_types(one("Title\nSony launched a new phone in London on Monday.")).empty());
    CHECK(event_types(one("Title\nEngland won the second Test against India.")).empty());
    CHECK(event_types(one("Title\nStaff left the building during a fire drill.")).empty());
    CHECK(event_types(one("Title\nAnalysts drill down into the bank's figures.")).empty());
    CHECK(event_types(one("Title\nThe bank held talks with investors.")).empty());
    CHECK(event_types(one("Title\nSky launched a satellite TV service.")).empty());
}

TEST_CASE("a drill needs a military context or a named operation; a deployment needs an asset", "[events]") {
    CHECK(event_types(one("Title\nSouth Korea and the US held joint military drills.")) == Names{"military_drill"});
    CHECK(event_types(one("Title\nThe Ulchi Freedom Shield exercise ended.")) == Names{"military_drill"});
    CHECK(event_types(one("Title\nThe US deployed F-35A jets to South Korea.")) == Names{"deployment"});
    CHECK(event_types(one("Title\nThe US deployed a new strategy.")).empty());
}

TEST_CASE("mentions of one event merge, keeping every evidence sentence", "[events]") {
    const core::Corpus c = one("US, South Korea Conduct Military Drills\nFebruary 24, 2024\n"
                               "South Korea and the United States conducted a joint military drill on Feb. 23. "
                               "The drill involved F-35A jets.");
    REQUIRE(event_types(c) == Names{"military_drill"});
    const core::Event& e = *first_of(c, core::EventType::military_drill);
    CHECK(e.date == "2024-02-23");
    CHECK(e.evidence.size() == 3);  // the headline, the lede, "The drill involved"
}

TEST_CASE("satellite launches, failed ones too, and vetoed sanctions", "[events]") {
    CHECK(event_types(one("Title\nNorth Korea failed in its attempt to put a satellite into orbit.")) == Names{"satellite_launch"});
    CHECK(event_types(one("Title\nRussia and China vetoed a resolution to impose more sanctions.")) == Names{"sanctions_action"});
}

// [SECTION] co-mentions and indexes
TEST_CASE("co-mentions count sentences, paragraphs and documents and keep their sentences", "[comentions]") {
    const core::Corpus c = one("Title\nJapan and China met. China spoke.\nJapan and China again.");
    int64_t pair = -1;
    uint32_t japan = 0, china = 0;
    for (uint32_t i = 0; i < c.entities.size(); ++i) {
        if (c.entities[i].name == "Japan") japan = i;
        if (c.entities[i].name == "China") china = i;
    }
    pair = c.comentions.find(japan, china);
    REQUIRE(pair >= 0);
    const core::CoMention& p = c.comentions.pairs[static_cast<std::size_t>(pair)];
    CHECK(p.sentences == 2);
    CHECK(p.paragraphs == 2);
    CHECK(p.documents == 1);
    const core::SentenceRefs refs = c.comentions.refs_of(p);
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].sentence == 1);
    CHECK(refs[1].sentence == 3);
}

TEST_CASE("events are indexed by type and by entity", "[corpus]") {
    const core::Corpus c = one("Title\nNorth Korea fired a ballistic missile on Thursday.", "2022-11-17");
    REQUIRE(c.events_by_type.size() == static_cast<std::size_t>(core::kEventTypes));
    CHECK(c.events_by_type[static_cast<int>(core::EventType::missile_launch)].size() == 1);
    for (uint32_t i = 0; i < c.entities.size(); ++i)
        if (c.entities[i].name == "North Korea") CHECK(c.events_by_entity[i].size() == 1);
}

// "this" or "in the" as the text's last words: the time rules look at the word after them, which
// must be inside the sentence. Tokens with no spare capacity let the sanitizers see a read past them.
TEST_CASE("time rules read no token past the sentence when the text ends in 'this' or 'in the'", "[times]") {
    const core::Lexicon& lex = core::Lexicon::builtin();
    for (const std::string raw : {"Title\n\nThe launch came this", "Title\n\nThey met the next day in the"}) {
        const core::FoldedText folded = core::fold_text(raw);
        const std::string_view text = folded.view(raw);
        std::vector<core::Token> tokens;
        core::tokenize(text, lex, tokens);
        tokens.shrink_to_fit();
        const core::ArticleLayout layout = core::parse_article(text, tokens, lex);
        const std::vector<core::SentenceSpan> sentences = core::split_sentences(text, tokens, layout, lex);
        for (const core::TimeSpan& t : core::tag_times(text, tokens, sentences, lex)) CHECK(t.tok_end <= tokens.size());
    }
}
