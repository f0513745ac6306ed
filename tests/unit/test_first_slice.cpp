#include <catch2/catch.hpp>

#include "core/corpus.h"
#include "core/manifest.h"
#include "core/utf8.h"
#include "seed_files.h"

TEST_CASE("valid UTF-8 passes through byte for byte", "[utf8]") {
    const std::string text = "Seoul \xE2\x80\x9C" "fierce\xE2\x80\x9D \xF0\x9F\x9A\x80";
    const core::Utf8Repair r = core::repair_utf8(text);
    CHECK(r.invalid_sequences == 0);
    CHECK(r.text == text);
    CHECK(core::is_valid_utf8(text));
}

TEST_CASE("invalid UTF-8 is replaced and reported, never dropped silently", "[utf8]") {
    // a Latin-1 e-acute, a truncated 3-byte sequence at the end, an overlong slash, a surrogate
    const std::string bytes = std::string("caf\xE9 ok ") + "\xC0\xAF" + " \xED\xA0\x80" + " end\xE2\x80";
    const core::Utf8Repair r = core::repair_utf8(bytes);
    CHECK(r.invalid_sequences == 4);
    CHECK(r.first_invalid_offset == 3);
    CHECK(core::is_valid_utf8(r.text));
    CHECK(r.text.rfind("caf\xEF\xBF\xBD ok ", 0) == 0);
    CHECK(!core::is_valid_utf8(bytes));
}

TEST_CASE("the title is the first non-empty line, trimmed", "[article]") {
    CHECK(core::first_nonempty_line("\n\n  \r\n  North Korea fires  \r\nbody") == "North Korea fires");
    CHECK(core::first_nonempty_line("") == "");
    CHECK(core::count_words("one  two\nthree\t four") == 4);
    CHECK(core::count_paragraphs("a\nb\n\n\nc\n \nd") == 3);
}

TEST_CASE("the manifest gives metadata; a bad one gives a clear error", "[manifest]") {
    const core::ManifestResult ok = core::parse_manifest(
        R"({"title": "T", "documents": [{"file": "a.txt", "published": "2022-11-17"}]})");
    REQUIRE(ok.ok());
    CHECK(ok.manifest.title == "T");
    REQUIRE(ok.manifest.find("some/folder/a.txt") != nullptr);
    CHECK(ok.manifest.find("a")->published == "2022-11-17");

    const core::ManifestResult broken = core::parse_manifest("{\"documents\": [\n{\"file\": }]}");
    CHECK(!broken.ok());
    CHECK(broken.error.find("line 2") != std::string::npos);

    const core::ManifestResult bad_date =
        core::parse_manifest(R"({"documents": [{"file": "a.txt", "published": "2022-02-30"}]})");
    CHECK(bad_date.error == "documents[0].published: \"2022-02-30\" is not an ISO date (YYYY-MM-DD)");

    CHECK(core::parse_manifest(R"({"documents": [{"published": "2022"}]})").error == "documents[0].file: missing");
    CHECK(core::parse_manifest("[1,2]").error.find("expected a JSON object") != std::string::npos);
}

TEST_CASE("the seeds load: five documents with titles and manifest dates", "[corpus]") {
    const core::Corpus c = core::build_corpus(seed_source_files());
    REQUIRE(c.documents.size() == 5);
    CHECK(c.messages.empty());
    CHECK(c.title == "Korean Peninsula: North Korean missile tests and allied responses, 2022-2024");
    CHECK(c.documents[0].id == "000_db913202f0489d90");
    CHECK(c.documents[2].title == "North Korea fires ballistic missiles after threatening \xE2\x80\x98harder\xE2\x80\x99 response to US, allies");
    CHECK(c.documents[2].published == "2022-11-17");
    CHECK(c.documents[2].published_basis == core::DateBasis::manifest);
    for (const core::Document& d : c.documents) CHECK(d.words > 300);
}

TEST_CASE("bad files are reported by name and the rest still loads", "[corpus]") {
    std::vector<core::SourceFile> files = seed_source_files();
    files.push_back({"empty.txt", ""});
    files.push_back({"image.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10)});
    files.push_back({"latin1.txt", "Caf\xE9 news\n"});
    files.push_back({"manifest.json", "{oops"});
    const core::Corpus c = core::build_corpus(files);
    CHECK(c.documents.size() == 6);  // five seeds and the repaired Latin-1 file
    REQUIRE(c.messages.size() == 4);
    auto reason_for = [&](const std::string& file) {
        for (const core::LoadMessage& m : c.messages)
            if (m.file == file) return m.reason;
        return std::string("(none)");
    };
    CHECK(reason_for("empty.txt") == "empty file, skipped");
    CHECK(reason_for("image.txt").find("binary") != std::string::npos);
    CHECK(reason_for("latin1.txt").find("not valid UTF-8") != std::string::npos);
    CHECK(reason_for("manifest.json").find("manifest not used: not valid JSON") == 0);
}
