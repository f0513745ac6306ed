// Building in slices gives the corpus build_corpus gives; a publication date given to the
// import dates the events of an undated article.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/corpus_json.h"
#include "core/export_formats.h"
#include "core/import.h"
#include "seed_files.h"

TEST_CASE("building in slices of one gives the same JSON as build_corpus", "[builder]") {
    std::vector<core::SourceFile> files = seed_source_files();
    // An undated article that the corpus dates, and an article in a table, in the mix.
    files.push_back({"extra.csv", "title,text\nDrills,\"South Korea and the United States held joint drills on Friday.\"\n"});
    const std::string whole = core::corpus_to_json(core::build_corpus(core::import_files(files)));

    for (std::size_t slice : {std::size_t{1}, std::size_t{2}, std::size_t{100}}) {
        core::CorpusBuilder builder(core::import_files(files));
        CHECK(builder.total() == 6);
        std::size_t steps = 0, last_done = 0;
        while (!builder.step(slice)) {
            ++steps;
            CHECK(builder.done() > last_done);
            CHECK(builder.done() - last_done <= slice);
            last_done = builder.done();
        }
        CHECK(builder.done() == builder.total());
        CHECK(steps == (6 + slice - 1) / slice - 1);
        CHECK(core::corpus_to_json(builder.finish()) == whole);
    }
}

TEST_CASE("a builder finished early extracts what is left; an empty one gives an empty corpus", "[builder]") {
    core::CorpusBuilder builder(core::import_files(seed_source_files()));
    builder.step(2);
    CHECK(builder.done() == 2);
    const core::Corpus c = builder.finish();
    CHECK(c.documents.size() == 5);
    CHECK(core::corpus_to_json(c) == core::corpus_to_json(core::build_corpus(seed_source_files())));

    core::CorpusBuilder empty(core::ImportResult{});
    CHECK(empty.step(10));
    CHECK(empty.finish().documents.empty());
}

TEST_CASE("a publication date given to the import dates an undated article's weekdays", "[builder]") {
    const std::string name = "002_31cc6ebf6603e5f0.txt";
    auto launch = [](const core::Corpus& c) -> const core::Event* {
        for (const core::Event& e : c.events)
            if (e.type == core::EventType::missile_launch) return &e;
        return nullptr;
    };
    // Alone and without the manifest, the text names "Thursday" but no date.
    const core::Corpus undated = core::build_corpus(core::import_files({{name, seed_bytes(name)}}));
    REQUIRE(launch(undated) != nullptr);
    CHECK(launch(undated)->date.empty());
    CHECK(undated.documents[0].published_basis == core::DateBasis::unknown);

    // The UI's date correction: the same import with ArticleInput::published set, built again.
    core::ImportResult r = core::import_files({{name, seed_bytes(name)}});
    r.articles[0].published = "2022-11-17";
    const core::Corpus dated = core::build_corpus(std::move(r));
    REQUIRE(launch(dated) != nullptr);
    CHECK(launch(dated)->date == "2022-11-17");
    CHECK(launch(dated)->date_text.str().find("Thursday") != std::string::npos);
    CHECK(dated.documents[0].published == "2022-11-17");
    CHECK(dated.documents[0].published_basis == core::DateBasis::manifest);
}

TEST_CASE("a builder keeping only the excerpts events quote gives the same events as one keeping the texts", "[builder]") {
    std::vector<core::SourceFile> files = seed_source_files();
    files.push_back({"extra.csv", "title,text\nDrills,\"South Korea and the United States held joint drills on Friday.\"\n"});
    const core::Corpus whole = core::build_corpus(core::import_files(files));

    core::CorpusBuilder builder(core::import_files(files));
    builder.keep_excerpts_only();
    builder.step(1);  // by slices and by the parallel path's extract()
    core::ExtractScratch scratch;
    for (std::size_t i = 1; i < builder.total(); ++i) builder.extract(i, scratch);
    builder.mark_extracted(builder.total() - 1);
    const core::Corpus excerpted = builder.finish();

    std::size_t text_bytes = 0, excerpt_bytes = 0;
    for (const core::Document& d : whole.documents) text_bytes += d.text.size();
    for (const core::Document& d : excerpted.documents) {
        CHECK(d.text.empty());
        excerpt_bytes += d.excerpt_text.size();
    }
    CHECK(excerpt_bytes > 0);
    CHECK(excerpt_bytes < text_bytes);
    CHECK(core::corpus_to_json(excerpted) == core::corpus_to_json(whole));
    CHECK(core::events_to_csv(excerpted) == core::events_to_csv(whole));
}

TEST_CASE("the JSON written in blocks side by side is the JSON written in order", "[builder][json]") {
    // The seeds forty times over: events and co-mentions fill many blocks of a wave.
    std::vector<core::SourceFile> files;
    for (int copy = 0; copy < 40; ++copy)
        for (const core::SourceFile& f : seed_source_files()) files.push_back({std::to_string(copy) + "-" + f.name, f.bytes});
    const core::Corpus corpus = core::build_corpus(core::import_files(files));
    const std::string in_order = core::corpus_to_json(corpus);

    // The blocks of a wave done last to first, as threads may finish them.
    std::size_t waves = 0, most_blocks = 0;
    const core::ParallelFor backwards = [&](std::size_t count, const core::ForEach& each) {
        ++waves;
        most_blocks = std::max(most_blocks, count);
        for (std::size_t i = count; i-- > 0;) each(i);
    };
    std::string blocks;
    core::write_corpus_json(corpus, [&](std::string_view chunk) { blocks.append(chunk); }, backwards);
    CHECK(waves >= 2);
    CHECK(most_blocks > 1);
    CHECK(blocks == in_order);
}
