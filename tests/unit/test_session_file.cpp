// What the explorer keeps between visits: the articles come back as the same corpus (ids, dates,
// titles, events), curation steps taken on it apply to the restored corpus, lexicon additions
// come back in order, and damaged or foreign bytes are refused with a reason.
#include <catch2/catch.hpp>

#include <string>

#include "core/corpus.h"
#include "core/curation.h"
#include "core/import.h"
#include "core/lexicon.h"
#include "ui/models/session_file.h"
#include "seed_files.h"

namespace {

core::ImportResult seeds_with_extras() {
    std::vector<core::SourceFile> files = seed_source_files();
    // A table row with metadata, a text with quotes and a line break, and a date typed later.
    files.push_back({"extra.csv", "id,title,date,source,text\n"
                                  "x-1,Launch,2023-03-16,Agency,\"North Korea fired a \"\"Hwasong-17\"\" missile.\nJapan protested.\"\n"});
    core::ImportResult r = core::import_files(files);
    r.articles.back().published = "2023-03-17";
    return r;
}

void check_same_corpus(const core::Corpus& a, const core::Corpus& b) {
    REQUIRE(a.documents.size() == b.documents.size());
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
        CHECK(a.documents[i].id == b.documents[i].id);
        CHECK(a.documents[i].title == b.documents[i].title);
        CHECK(a.documents[i].published == b.documents[i].published);
        CHECK(a.documents[i].text == b.documents[i].text);
    }
    REQUIRE(a.events.size() == b.events.size());
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        CHECK(core::event_ref(a, a.events[i]) == core::event_ref(b, b.events[i]));
        CHECK(a.events[i].date == b.events[i].date);
    }
    CHECK(a.title == b.title);
}

}  // namespace

TEST_CASE("a corpus kept piece by piece is the same bytes as kept whole") {
    const core::ImportResult imported = seeds_with_extras();
    const std::string whole = vm::session_corpus_bytes(imported);
    // 3000 bytes of text a piece: the seeds' articles go one or two to a piece, never none.
    std::string joined;
    std::size_t next = 0, pieces = 0;
    do {
        const std::size_t before = next;
        joined += vm::session_corpus_piece(imported, next, 3000);
        CHECK(next > before);
        ++pieces;
    } while (next < imported.articles.size());
    CHECK(pieces > 2);
    CHECK(pieces < imported.articles.size());
    CHECK(joined == whole);
    std::size_t all = 0;
    CHECK(vm::session_corpus_piece(imported, all, std::size_t{1} << 30) == whole);  // one piece when it fits
    CHECK(all == imported.articles.size());
    CHECK(vm::read_session_corpus(joined).error.empty());
}

TEST_CASE("a kept corpus comes back as the same corpus, and curation steps find their events") {
    core::ImportResult imported = seeds_with_extras();
    REQUIRE(imported.articles.size() == 6);
    const std::string bytes = vm::session_corpus_bytes(imported);
    vm::SessionCorpus back = vm::read_session_corpus(bytes);
    REQUIRE(back.error.empty());
    CHECK(vm::same_articles(imported.articles, back.imported.articles));
    const core::Corpus before = core::build_corpus(imported);
    core::Corpus after = core::build_corpus(back.imported);
    check_same_corpus(before, after);

    core::Curation c;
    c.steps.push_back(core::reject_step(core::event_ref(before, before.events[0])));
    c.steps.push_back(core::date_step(core::event_ref(before, before.events[1]), "2023-04"));
    const core::CurationRead steps = core::read_curation(core::curation_to_json(c));
    REQUIRE(steps.ok());
    const core::CurationResult r = core::apply_curation(after, steps.curation);
    CHECK(r.skipped.empty());
    CHECK(r.applied == 2);
    CHECK(after.events.size() == before.events.size() - 1);
}

TEST_CASE("damaged or foreign corpus bytes are refused with a reason") {
    const std::string good = vm::session_corpus_bytes(core::import_files(seed_source_files()));
    CHECK(vm::read_session_corpus("").error == "it is not a corpus saved by Corpus Explorer");
    CHECK(vm::read_session_corpus("\x01\x02 garbage \xff").error == "it is not a corpus saved by Corpus Explorer");
    CHECK(vm::read_session_corpus("{\"format\":\"something-else/1\",\"articles\":5}\n").error ==
          "it is not a corpus saved by Corpus Explorer");
    // Cut in the middle of the third article: the count in the header no longer matches.
    const std::size_t third = good.find('\n', good.find('\n', good.find('\n') + 1) + 1);
    const vm::SessionCorpus cut = vm::read_session_corpus(good.substr(0, third + 40));
    CHECK(cut.error.rfind("it is damaged: ", 0) == 0);
    CHECK(cut.imported.articles.empty());
}

TEST_CASE("the curation file keeps the steps and the lexicon additions in order") {
    const std::string steps = R"({"format":"corpus-curation/1","steps":[]})";
    const std::vector<std::string> additions = {R"([{"name": "Acme Corp", "kind": "organization", "aliases": ["Acme"]}])",
                                                R"({"entities": [{"name": "Acme Corp", "aliases": ["ACME Inc"]}]})"};
    const vm::CurationFile back = vm::read_curation_file(vm::curation_file_json(steps, additions));
    REQUIRE(back.error.empty());
    CHECK(back.lexicon_additions == additions);
    const vm::SessionLexicon lex = vm::lexicon_with(back.lexicon_additions);
    REQUIRE(lex.error.empty());
    REQUIRE(lex.lexicon);
    const std::string json = core::lexicon_to_json(*lex.lexicon);
    CHECK(json.find("\"Acme Corp\"") != std::string::npos);
    CHECK(json.find("\"ACME Inc\"") != std::string::npos);
    CHECK_FALSE(vm::lexicon_with({}).lexicon);  // no additions: the built-in lexicon

    const vm::SessionLexicon bad = vm::lexicon_with({additions[0], R"([{"name": "X", "kind": "planet"}])"});
    CHECK(bad.error.rfind("lexicon addition 2: ", 0) == 0);
    CHECK_FALSE(bad.lexicon);

    CHECK(vm::read_curation_file("{not json").error.rfind("not valid JSON", 0) == 0);
    CHECK(vm::read_curation_file(R"({"steps": []})").error.rfind("not a curation file", 0) == 0);
    CHECK(vm::read_curation_file(R"({"format":"corpus-explorer-curation/1","lexicon":[3]})").error ==
          "\"lexicon\" holds something that is not a lexicon addition");
}

TEST_CASE("a kept file whose format or title is not text is refused, never thrown") {
    CHECK(vm::read_curation_file(R"({"format": 7, "lexicon": []})").error.rfind("not a curation file", 0) == 0);
    CHECK(vm::read_curation_file(R"({"format": ["corpus-explorer-curation/1"]})").error.rfind("not a curation file", 0) == 0);
    CHECK(vm::read_session_corpus("{\"format\": 7, \"articles\": 0}\n").error == "it is not a corpus saved by Corpus Explorer");
    const vm::SessionCorpus titled =
        vm::read_session_corpus("{\"format\": \"corpus-explorer-corpus/1\", \"title\": 5, \"articles\": 1}\n"
                                "{\"id\": \"a\", \"text\": \"North Korea fired a missile.\"}\n");
    CHECK(titled.error == "it is damaged: its title is not text");
    CHECK(titled.imported.articles.empty());
    const vm::SessionCorpus untitled =
        vm::read_session_corpus("{\"format\": \"corpus-explorer-corpus/1\", \"title\": null, \"articles\": 1}\n"
                                "{\"id\": \"a\", \"text\": \"North Korea fired a missile.\"}\n");
    CHECK(untitled.error.empty());
    CHECK(untitled.imported.articles.size() == 1);
}
