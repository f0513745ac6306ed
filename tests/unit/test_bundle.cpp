// Map lines and event bundles: extraction in pieces gives the bundle one process gives; a
// bundle reads back to the same corpus; a damaged bundle or mapper line gives a reason.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/bundle.h"
#include "core/corpus.h"
#include "core/import.h"
#include "core/mapper.h"
#include "seed_files.h"

namespace {

// The seeds with an undated article the corpus dates, in id order (the order a reduce gives).
core::ImportResult seed_articles() {
    std::vector<core::SourceFile> files = seed_source_files();
    files.push_back({"extra.csv", "title,text\nDrills,\"South Korea and the United States held joint drills on Friday.\"\n"});
    core::ImportResult r = core::import_files(files);
    std::stable_sort(r.articles.begin(), r.articles.end(),
                     [](const core::ArticleInput& x, const core::ArticleInput& y) { return x.id < y.id; });
    return r;
}

// Every article mapped on its own, the lines read back in `order`, sorted by id, reduced.
core::Corpus map_reduce(core::ImportResult articles, bool reverse) {
    const core::Lexicon& lex = core::Lexicon::builtin();
    const std::string lexicon_id = core::lexicon_fingerprint(lex);
    core::ExtractScratch scratch;
    std::vector<std::string> lines(articles.articles.size());
    for (std::size_t i = 0; i < lines.size(); ++i) core::map_article(articles.articles[i], lex, lexicon_id, scratch, lines[i]);
    if (reverse) std::reverse(lines.begin(), lines.end());
    std::vector<core::MappedDocument> docs(lines.size());
    std::string error;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        INFO(error);
        REQUIRE(core::read_mapped_line(lines[i], lex, lexicon_id, docs[i], error));
        CHECK(docs[i].document.text.empty());
    }
    std::sort(docs.begin(), docs.end(),
              [](const core::MappedDocument& x, const core::MappedDocument& y) { return x.document.id < y.document.id; });
    core::CorpusBuilder builder(core::ImportResult{}, lex);
    for (core::MappedDocument& m : docs) builder.add_extracted(std::move(m.document), std::move(m.analysis));
    return builder.finish();
}

std::string seeds_bundle() { return core::write_bundle(core::build_corpus(seed_articles())); }

}  // namespace

TEST_CASE("mapped one by one, in any order, and reduced: the bundle of one build", "[bundle][map]") {
    core::Corpus whole = core::build_corpus(seed_articles());
    whole.title.clear();  // the manifest's: mapper lines come without one
    const std::string expected = core::write_bundle(whole);
    for (bool reverse : {false, true}) {
        const core::Corpus reduced = map_reduce(seed_articles(), reverse);
        const bool same_bytes = core::write_bundle(reduced) == expected;
        CHECK(same_bytes);
        // The reduce ran the corpus-wide passes: an undated seed is dated from another one.
        const auto inferred = std::count_if(reduced.documents.begin(), reduced.documents.end(),
                                            [](const core::Document& d) { return d.published_basis == core::DateBasis::inferred; });
        CHECK(inferred >= 1);
        CHECK(reduced.events.size() == whole.events.size());
        CHECK(reduced.comentions.pairs.size() == whole.comentions.pairs.size());
    }
}

TEST_CASE("a bundle reads back to the corpus it was written from, evidence sentences included", "[bundle]") {
    const core::Corpus c = core::build_corpus(seed_articles());
    const std::string bytes = core::write_bundle(c);
    const core::BundleResult r = core::read_bundle(bytes);
    REQUIRE(r.ok());
    const core::Corpus& b = r.corpus;
    REQUIRE(b.documents.size() == c.documents.size());
    REQUIRE(b.events.size() == c.events.size());
    CHECK(b.entities.size() == c.entities.size());
    CHECK(b.comentions.pairs.size() == c.comentions.pairs.size());
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
        CHECK(b.documents[i].id == c.documents[i].id);
        CHECK(b.documents[i].title == c.documents[i].title);
        CHECK(b.documents[i].published == c.documents[i].published);
        CHECK(b.documents[i].published_basis == c.documents[i].published_basis);
        CHECK(b.documents[i].events == c.documents[i].events);
        CHECK(b.documents[i].text.empty());
    }
    for (std::size_t i = 0; i < c.events.size(); ++i) {
        const core::Event& x = c.events[i];
        const core::Event& y = b.events[i];
        CHECK(y.date == x.date);
        CHECK(y.date_text == x.date_text);
        CHECK(y.actors == x.actors);
        CHECK(y.entities == x.entities);
        CHECK(y.main.begin == x.main.begin);
        REQUIRE(y.evidence.size() == x.evidence.size());
        for (const core::Evidence& ev : y.evidence) {
            const std::string_view sentence = core::document_text(b.documents[y.doc], ev.begin, ev.end);
            CHECK(sentence == std::string_view(c.documents[x.doc].text).substr(ev.begin, ev.end - ev.begin));
            CHECK(!sentence.empty());
        }
    }
    for (std::size_t t = 0; t < core::kEventTypes; ++t) CHECK(b.events_by_type[t] == c.events_by_type[t]);
    CHECK(b.events_by_entity == c.events_by_entity);
    // Written again from what was read: the same bytes.
    const bool same_bytes = core::write_bundle(b) == bytes;
    CHECK(same_bytes);
}

TEST_CASE("documents with every field empty are written and read back, however many", "[bundle]") {
    // The smallest document the writer gives: eleven one-byte fields (empty strings, zeros).
    core::Corpus c;
    c.documents.resize(40);
    const core::BundleResult r = core::read_bundle(core::write_bundle(c));
    INFO(r.error);
    REQUIRE(r.ok());
    CHECK(r.corpus.documents.size() == 40);
}

TEST_CASE("a bundle cut at any byte is reported as truncated, never read", "[bundle][damage]") {
    const std::string bytes = seeds_bundle();
    REQUIRE(bytes.size() > 1000);
    CHECK(core::read_bundle("").error == "not an event bundle (it does not start with CEBUNDLE)");
    for (std::size_t n = 1; n < bytes.size(); ++n) {
        const core::BundleResult r = core::read_bundle(std::string_view(bytes).substr(0, n));
        REQUIRE(!r.ok());
        REQUIRE(r.corpus.documents.empty());
        if (n < core::kBundleHeaderSize) {
            REQUIRE(r.error == "truncated: " + std::to_string(n) + " bytes, shorter than the 28-byte header");
        } else {
            REQUIRE(r.error == "truncated: the payload has " + std::to_string(n - 28) + " of its " +
                                   std::to_string(bytes.size() - 28) + " bytes");
        }
    }
    CHECK(core::read_bundle(bytes + "x").error == "1 bytes after the end of the bundle");
    CHECK(core::read_bundle("CEBUNDLx" + bytes.substr(8)).error == "not an event bundle (it does not start with CEBUNDLE)");
}

TEST_CASE("a bundle with any byte changed is rejected; one rewritten with a valid checksum never crashes", "[bundle][damage]") {
    const std::string bytes = seeds_bundle();
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::string damaged = bytes;
        damaged[i] = static_cast<char>(damaged[i] ^ 0x41);
        REQUIRE(!core::read_bundle(damaged).ok());
    }
    std::string v2 = bytes;
    v2[8] = 2;
    CHECK(core::read_bundle(v2).error == "bundle version 2 is not supported (this build reads version 1)");
    std::string altered = bytes;
    altered[bytes.size() / 2] = static_cast<char>(altered[bytes.size() / 2] + 1);
    CHECK(core::read_bundle(altered).error == "checksum mismatch: the bundle is damaged or was altered");

    // Someone who recomputes the checksum: the reader still checks every value and index.
    auto resealed = [](std::string b) {
        uint64_t h = 1469598103934665603ull;
        for (std::size_t i = 28; i < b.size(); ++i) h = (h ^ static_cast<unsigned char>(b[i])) * 1099511628211ull;
        for (int k = 0; k < 8; ++k, h >>= 8) b[20 + k] = static_cast<char>(h & 0xFF);
        return b;
    };
    REQUIRE(core::read_bundle(resealed(bytes)).ok());
    std::mt19937 random(13);
    std::size_t rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string b = bytes;
        const int changes = 1 + static_cast<int>(random() % 4);
        for (int k = 0; k < changes; ++k) b[28 + random() % (b.size() - 28)] = static_cast<char>(random() & 0xFF);
        const core::BundleResult r = core::read_bundle(resealed(b));
        if (!r.ok()) {
            ++rejected;
            CHECK(r.corpus.documents.empty());
            CHECK(!r.error.empty());
            continue;
        }
        // Read: every index it holds is within its list.
        for (const core::Event& e : r.corpus.events) {
            REQUIRE(e.doc < r.corpus.documents.size());
            REQUIRE(e.main.sentence < r.corpus.documents[e.doc].sentences.size());
            for (uint32_t x : e.entities) REQUIRE(x < r.corpus.entities.size());
        }
    }
    CHECK(rejected > 1000);
}

TEST_CASE("an event quoting a sentence whose text the bundle does not carry is rejected", "[bundle][damage]") {
    // One document with one sentence claiming 4 GB and no excerpt, one event quoting it: written
    // again, the sentence would be padded to its length.
    static const char kPayload[] = "\x00"                            // title
                              "\x01\x00"                              // strings: ""
                              "\x01\x01" "d" "\x00\x00\x00\x00\x00\x00\x00\x00"  // document "d"
                              "\x01\x00\xff\xff\xff\xff\x0f\x00"      // its sentence: 0 to 2^32 - 1
                              "\x00"                                  // no excerpt
                              "\x00"                                  // entities
                              "\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00"  // the event
                              "\x00";                                 // co-mentions
    const std::string payload(kPayload, sizeof kPayload - 1);
    std::string bundle = "CEBUNDLE";
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : payload) h = (h ^ c) * 1099511628211ull;
    auto put = [&](uint64_t v, int bytes) {
        for (int k = 0; k < bytes; ++k, v >>= 8) bundle.push_back(static_cast<char>(v & 0xFF));
    };
    put(core::kBundleVersion, 4);
    put(payload.size(), 8);
    put(h, 8);
    bundle += payload;
    const core::BundleResult r = core::read_bundle(bundle);
    CHECK(r.error == "bad value of an event's main sentence in the events");
    CHECK(r.corpus.events.empty());
}

TEST_CASE("a mapper line that is cut, of another version or lexicon, or points outside its lists is rejected",
          "[bundle][map][damage]") {
    const core::Lexicon& lex = core::Lexicon::builtin();
    const std::string id = core::lexicon_fingerprint(lex);
    core::ImportResult r = seed_articles();
    core::ExtractScratch scratch;
    std::string line;
    core::map_article(r.articles[0], lex, id, scratch, line);
    core::MappedDocument m;
    std::string error;
    REQUIRE(core::read_mapped_line(line, lex, id, m, error));
    for (std::size_t n = 0; n < line.size(); n += 7) {
        CHECK(!core::read_mapped_line(line.substr(0, n), lex, id, m, error));
        CHECK(error.rfind("not valid JSON", 0) == 0);
    }
    CHECK(!core::read_mapped_line(R"({"v":3})", lex, id, m, error));
    CHECK(error == "mapper line version 3 is not supported (this build reads version 1)");
    CHECK(!core::read_mapped_line(R"([1])", lex, id, m, error));
    CHECK(error == "not a mapper line (expected a JSON object)");

    core::LexiconResult extended = core::extend_lexicon(lex, R"([{"name": "Halvik Island", "kind": "place"}])");
    REQUIRE(extended.ok());
    CHECK(core::lexicon_fingerprint(extended.lexicon) != id);
    CHECK(!core::read_mapped_line(line, extended.lexicon, core::lexicon_fingerprint(extended.lexicon), m, error));
    CHECK(error == "mapped with another lexicon (give reduce the same --lexicon as map)");

    // An event mention in a sentence the document does not have.
    const auto mentions = line.find("\"mentions\":[[");
    REQUIRE(mentions != std::string::npos);
    std::string bad = line;
    const auto sentence = bad.find(',', mentions + 13) + 1;
    bad.replace(sentence, bad.find(',', sentence) - sentence, "100000");
    CHECK(!core::read_mapped_line(bad, lex, id, m, error));
    CHECK(error == "bad value of event sentence");
    std::string renamed = line;
    renamed.replace(renamed.find("\"words\""), 7, "\"wordz\"");
    CHECK(!core::read_mapped_line(renamed, lex, id, m, error));
    CHECK(error == "no \"words\" field");
}

TEST_CASE("a JSONL line gives an article as the importer reads it, or says why not", "[map]") {
    core::ArticleInput art;
    std::vector<std::string> notes;
    CHECK(core::article_from_jsonl_line(R"({"text": "Seoul said North Korea fired a missile."})", 12, art, notes));
    CHECK(art.id == "stdin-12");
    CHECK(notes.empty());
    CHECK(core::article_from_jsonl_line(R"({"id": "a1", "text": "x", "published": "soon"})", 3, art, notes));
    CHECK(art.id == "a1");
    CHECK(notes == std::vector<std::string>{"date \"soon\" is not a date format we read, ignored"});
    notes.clear();
    CHECK(!core::article_from_jsonl_line(R"({"id": "a1"})", 4, art, notes));
    CHECK(notes == std::vector<std::string>{"empty text, skipped"});
}

TEST_CASE("a bundle whose sentences overlap is rejected: written again, one excerpt would hide the other", "[bundle][damage]") {
    // Sentence 1 lies inside sentence 0; an event quotes both. Read, sentence 1's text came from
    // sentence 0's excerpt; written again, two excerpts start at 0 and the shorter one, last,
    // hid the event's main sentence.
    core::Corpus c;
    core::Document d;
    d.id = "d";
    d.text = "North Korea fired a ballistic missile into the sea, the South Korean military said.";
    d.sentences = {{0, static_cast<uint32_t>(d.text.size()), 0}, {0, 16, 0}};
    c.documents.push_back(d);
    core::Event e;
    e.type = core::EventType::missile_launch;
    e.main = {0, 0, static_cast<uint32_t>(d.text.size())};
    e.evidence = {e.main, {1, 0, 16}};
    c.events.push_back(e);
    core::index_events(c);
    const core::BundleResult r = core::read_bundle(core::write_bundle(c));
    CHECK(r.error == "bad value of a sentence offset in the documents");
    CHECK(r.corpus.documents.empty());

    c.documents[0].sentences[1] = {static_cast<uint32_t>(d.text.size()), static_cast<uint32_t>(d.text.size()), 0};
    c.events[0].evidence[1] = {1, c.documents[0].sentences[1].begin, c.documents[0].sentences[1].end};
    CHECK(core::read_bundle(core::write_bundle(c)).ok());  // touching, not overlapping: read
}
