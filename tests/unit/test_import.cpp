// Import by format: .txt, .csv, .json, .jsonl and manifests; ids, dates, limits and the
// export formats read back.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/date_formats.h"
#include "core/export_formats.h"
#include "core/import.h"
#include "core/utf8.h"

namespace {

using core::import_files;

// The reason reported for `file` at `row`, or "(none)".
std::string reason_for(const core::ImportResult& r, const std::string& file, std::size_t row = 0) {
    for (const core::LoadMessage& m : r.messages)
        if (m.file == file && m.row == row) return m.reason;
    return "(none)";
}

std::vector<std::string> ids_of(const core::ImportResult& r) {
    std::vector<std::string> ids;
    for (const core::ArticleInput& a : r.articles) ids.push_back(a.id);
    return ids;
}

}  // namespace

// [SECTION] CSV

TEST_CASE("import csv: one article per row, id from the file stem and row", "[import]") {
    const core::ImportResult r = import_files(
        {{"data/train.csv", "text,category\n\"First story, with comma\",business\nSecond story,sport\n"}});
    CHECK(r.messages.empty());
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "train-1");
    CHECK(r.articles[0].file == "data/train.csv");
    CHECK(r.articles[0].row == 1);
    CHECK(r.articles[0].text == "First story, with comma");
    CHECK(r.articles[0].title.empty());  // no title column: the corpus takes the first line
    CHECK(r.articles[1].id == "train-2");
    CHECK(r.articles[1].text == "Second story");
}

TEST_CASE("import csv: the text column goes by several names, any case, trimmed", "[import]") {
    for (const char* header : {"Body", " CONTENT ", "article", "TEXT"}) {
        CAPTURE(header);
        const core::ImportResult r = import_files({{"x.CSV", std::string("n,") + header + "\n1,hello\n"}});
        REQUIRE(r.articles.size() == 1);
        CHECK(r.articles[0].text == "hello");
    }
    // "text" outranks "body" whatever the column order.
    const core::ImportResult both = import_files({{"x.csv", "body,text\nthe body,the text\n"}});
    REQUIRE(both.articles.size() == 1);
    CHECK(both.articles[0].text == "the text");
}

TEST_CASE("import csv: title, date, source and id columns fill the metadata", "[import]") {
    const core::ImportResult r = import_files(
        {{"news.csv",
          "ID,Headline,Published,URL,Content\n"
          "a1,  Rockets fired  ,\"February 24, 2024\",https://example.org/1,Body one\n"
          "a2,Second,24/02/2024,,Body two\n"}});
    CHECK(r.messages.empty());
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "a1");
    CHECK(r.articles[0].title == "Rockets fired");
    CHECK(r.articles[0].published == "2024-02-24");
    CHECK(r.articles[0].source == "https://example.org/1");
    CHECK(r.articles[1].published == "2024-02-24");
    CHECK(r.articles[1].source.empty());
}

TEST_CASE("import csv: no text column is one clear message", "[import]") {
    const core::ImportResult r = import_files({{"t.csv", "headline,category\nx,y\n"}});
    CHECK(r.articles.empty());
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].file == "t.csv");
    CHECK(r.messages[0].row == 0);
    CHECK(r.messages[0].reason == "no text column (looked for text, body, content, article)");
}

TEST_CASE("import csv: empty rows, ragged rows, bad dates and malformed quotes are reported", "[import]") {
    const std::string csv =
        "text,date\n"
        "one,2024-01-02\n"
        "  ,2024-01-03\n"
        "three,next Tuesday\n"
        "\"bad\"quote,2024-01-05\n"
        "five\n"
        "six,2024/01/06\n";
    const core::ImportResult r = import_files({{"f.csv", csv}});
    // The skipped row 4 keeps its number, so "six" is row 6 whether or not row 4 is fixed.
    CHECK(ids_of(r) == std::vector<std::string>{"f-1", "f-3", "f-5", "f-6"});
    CHECK(reason_for(r, "f.csv", 2) == "row 2: empty text, skipped");
    CHECK(reason_for(r, "f.csv", 3) == "row 3: date \"next Tuesday\" is not a date format we read, ignored");
    CHECK(reason_for(r, "f.csv", 4) == "row 4: malformed quote at line 5: text after the closing quote; row skipped");
    CHECK(reason_for(r, "f.csv", 5) ==
          "row 5: 1 field(s) where the header has 2, missing fields read as empty (line 6)");
    CHECK(r.articles[1].published.empty());
    CHECK(r.articles[3].published == "2024-01-06");
    CHECK(r.messages.size() == 4);
}

TEST_CASE("import csv: BOM, CRLF, invalid UTF-8 repaired and reported once", "[import]") {
    const core::ImportResult r =
        import_files({{"w.csv", "\xEF\xBB\xBFText\r\n\"Caf\xE9 news\r\nsecond line\"\r\nok\r\n"}});
    REQUIRE(r.articles.size() == 2);
    CHECK(core::is_valid_utf8(r.articles[0].text));
    CHECK(r.articles[0].text == "Caf\xEF\xBF\xBD news\r\nsecond line");
    CHECK(reason_for(r, "w.csv") == "not valid UTF-8: 1 invalid sequence(s) replaced, first at byte 13");
    CHECK(r.messages.size() == 1);
}

// [SECTION] JSON and JSONL

TEST_CASE("import json: an array of article objects", "[import]") {
    const core::ImportResult r = import_files(
        {{"set.json",
          R"([{"text": "Alpha", "title": "A", "published": "2024-02-24T10:00:00Z", "url": "u1"},
              {"Body": "Beta", "id": 7},
              {"title": "no text"},
              "not an object"])"}});
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "set-1");
    CHECK(r.articles[0].title == "A");
    CHECK(r.articles[0].published == "2024-02-24");
    CHECK(r.articles[0].source == "u1");
    CHECK(r.articles[1].id == "7");
    CHECK(r.articles[1].text == "Beta");
    CHECK(reason_for(r, "set.json", 3) == "row 3: empty text, skipped");
    CHECK(reason_for(r, "set.json", 4) == "row 4: expected an object, skipped");
}

TEST_CASE("import json: objects holding an articles or documents list, and a single article", "[import]") {
    const core::ImportResult r =
        import_files({{"a.json", R"({"articles": [{"content": "One"}, {"content": "Two"}]})"},
                      {"d.json", R"({"title": "set", "documents": [{"file": "x", "text": "Three"}]})"},
                      {"single.json", R"({"text": "Four", "date": "24 Feb 2024"})"}});
    CHECK(r.messages.empty());
    CHECK(ids_of(r) == std::vector<std::string>{"a-1", "a-2", "d-1", "single"});
    CHECK(r.articles[2].text == "Three");
    CHECK(r.articles[3].row == 0);
    CHECK(r.articles[3].published == "2024-02-24");
}

TEST_CASE("import json: a documents list without text is a manifest for the .txt files", "[import]") {
    const core::ImportResult r = import_files(
        {{"a.txt", "Story A\nbody"},
         {"meta.json", R"({"title": "My set", "documents": [{"file": "a.txt", "published": "2023-05-01",
                          "title": "Given title", "source": "Wire"}]})"},
         {"bad.json", "[{\"text\": \"x\",]"}});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].published == "2023-05-01");
    CHECK(r.articles[0].title == "Given title");
    CHECK(r.articles[0].source == "Wire");
    CHECK(r.manifest.title == "My set");
    CHECK(reason_for(r, "bad.json").rfind("not valid JSON: at line 1", 0) == 0);
}

TEST_CASE("import jsonl: one object a line, blank lines skipped, bad lines reported by line", "[import]") {
    const std::string jsonl =
        "{\"text\": \"first\"}\n"
        "\n"
        "{\"text\": \"third\", \"title\": \"T\"}\r\n"
        "{not json}\n"
        "[1, 2]\n"
        "{\"text\": \"\"}\n"
        "{\"text\": \"last\"}";
    const core::ImportResult r = import_files({{"feed.jsonl", jsonl}});
    CHECK(ids_of(r) == std::vector<std::string>{"feed-1", "feed-3", "feed-7"});
    CHECK(r.articles[1].title == "T");
    CHECK(r.articles[1].row == 3);
    CHECK(reason_for(r, "feed.jsonl", 4).rfind("line 4: not valid JSON (at column", 0) == 0);
    CHECK(reason_for(r, "feed.jsonl", 5) == "line 5: expected a JSON object, skipped");
    CHECK(reason_for(r, "feed.jsonl", 6) == "line 6: empty text, skipped");
    CHECK(r.messages.size() == 3);
}

// [SECTION] text files, manifests, dispatch and ids

TEST_CASE("import txt: manifest.json applies wherever it is in the list", "[import]") {
    const core::ImportResult r = import_files(
        {{"in/b.txt", "\xEF\xBB\xBFStory B"},
         {"manifest.json", R"({"documents": [{"file": "b.txt", "published": "2022-11-17", "title": "B"}]})"},
         {"c.txt", "Story C"}});
    CHECK(r.messages.empty());
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].id == "b");
    CHECK(r.articles[0].text == "Story B");  // the byte order mark is not text
    CHECK(r.articles[0].published == "2022-11-17");
    CHECK(r.articles[0].title == "B");
    CHECK(r.articles[1].published.empty());
}

TEST_CASE("import: unknown extensions are named; extensions match in any case", "[import]") {
    const core::ImportResult r =
        import_files({{"notes.xyz", "hello"}, {"README", "hello"}, {"A.TXT", "upper"}, {"e.csv", ""}});
    CHECK(reason_for(r, "notes.xyz") == "unsupported file type '.xyz' (use .txt, .csv, .json, .jsonl)");
    CHECK(reason_for(r, "README") == "unsupported file type (no extension) (use .txt, .csv, .json, .jsonl)");
    CHECK(reason_for(r, "e.csv") == "empty file, skipped");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "A");
    CHECK(core::file_format("x/y.JsonL") == core::FileFormat::jsonl);
    CHECK(core::file_format("x/Manifest.json") == core::FileFormat::manifest);
}

TEST_CASE("import: ids stay unique across files and rows", "[import]") {
    const core::ImportResult r = import_files({{"a/story.txt", "one"},
                                               {"b/story.txt", "two"},
                                               {"t.csv", "id,text\nx,1\nx,2\nx-2,3\nx,4\n,5\n"},
                                               {"t.jsonl", "{\"text\": \"6\"}"}});
    CHECK(r.messages.empty());
    CHECK(ids_of(r) == std::vector<std::string>{"story", "story-2", "x", "x-2", "x-2-2", "x-3", "t-5", "t-1"});
}

// [SECTION] dates

TEST_CASE("dates: common formats become ISO dates; others are refused", "[import]") {
    const std::pair<const char*, const char*> cases[] = {
        {"2024-02-24", "2024-02-24"},
        {"2024-02", "2024-02"},
        {"2024", "2024"},
        {" 2024/02/24 ", "2024-02-24"},
        {"2024/2/4", "2024-02-04"},
        {"24/02/2024", "2024-02-24"},
        {"02/24/2024", "2024-02-24"},
        {"03/04/2024", "2024-04-03"},  // ambiguous: day first
        {"24.02.2024", "2024-02-24"},
        {"24-02-2024 10:30", "2024-02-24"},
        {"February 24, 2024", "2024-02-24"},
        {"Feb 24 2024", "2024-02-24"},
        {"24 Feb 2024", "2024-02-24"},
        {"24th of February, 2024", "2024-02-24"},
        {"Sept 3, 2023", "2023-09-03"},
        {"Feb 2024", "2024-02"},
        {"Sat, 24 Feb 2024 10:00:00 GMT", "2024-02-24"},
        {"Sat, 24 Feb 2024 10:00:00 +0000", "2024-02-24"},
        {"2024-02-24T10:00:00Z", "2024-02-24"},
        {"2024-02-24 23:59:59+09:00", "2024-02-24"},
        {"29 Feb 2024", "2024-02-29"},
        {"29 Feb 2023", ""},
        {"31/02/2024", ""},
        {"13/13/2024", ""},
        {"next Tuesday", ""},
        {"", ""},
        {"12345", ""},
        {"2024-13-01", ""},
    };
    for (const auto& c : cases) {
        CAPTURE(c.first);
        CHECK(core::parse_date_value(c.first) == c.second);
    }
}

// [SECTION] limits

TEST_CASE("limits: a long article is truncated at a character boundary and reported", "[import]") {
    core::ImportLimits limits;
    limits.max_article_bytes = 10;
    // "abcdefghi" then a 3-byte character straddling the limit.
    const core::ImportResult r = import_files({{"long.txt", "abcdefghi\xE2\x80\x94tail"}}, limits);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].text == "abcdefghi");
    CHECK(reason_for(r, "long.txt") == "article is 16 bytes, over the 10 bytes limit: truncated to 10 bytes");

    const core::ImportResult row = import_files({{"t.csv", "text\nshort\n0123456789abcdef\n"}}, limits);
    REQUIRE(row.articles.size() == 2);
    CHECK(row.articles[1].text == "0123456789");
    CHECK(reason_for(row, "t.csv", 2).rfind("row 2: article is 16 bytes", 0) == 0);
}

TEST_CASE("limits: the default 8 MB article limit reads in megabytes", "[import]") {
    const std::string big(12u << 20, 'x');
    const core::ImportResult r = import_files({{"big.txt", big}});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].text.size() == (8u << 20));
    CHECK(reason_for(r, "big.txt") == "article is 12.0 MB, over the 8 MB limit: truncated to 8 MB");
}

TEST_CASE("limits: an oversized file is skipped; loading stops at the article limit", "[import]") {
    core::ImportLimits limits;
    limits.max_file_bytes = 2048;
    limits.max_articles = 3;
    const core::ImportResult r = import_files({{"huge.txt", std::string(3000, 'y')},
                                               {"a.txt", "one"},
                                               {"t.csv", "text\ntwo\nthree\nfour\nfive\n"},
                                               {"late.txt", "never"},
                                               {"manifest.json", R"({"documents": [{"file": "a.txt", "title": "A"}]})"}},
                                              limits);
    CHECK(reason_for(r, "huge.txt") == "file is 2.9 KB, over the 2 KB limit: skipped");
    CHECK(ids_of(r) == std::vector<std::string>{"a", "t-1", "t-2"});
    CHECK(reason_for(r, "t.csv", 3) ==
          "row 3: limit of 3 articles reached: this and all later articles were not loaded");
    CHECK(reason_for(r, "late.txt") == "(none)");
    CHECK(r.messages.size() == 2);
    CHECK(r.articles[0].title == "A");  // a manifest after the limit still describes what loaded
}

TEST_CASE("import never throws on hostile input", "[import]") {
    const std::vector<std::string> junk = {"\"", "[", "{", "{\"text\": 5}", "[[[]]]", ",,,\n\"", "\xFF\xFE",
                                           "null", "{\"documents\": 3}", "{\"documents\": [1, {\"file\": 2}]}"};
    for (const std::string& j : junk)
        for (const char* name : {"j.csv", "j.json", "j.jsonl", "j.txt", "manifest.json"}) {
            CAPTURE(j, name);
            CHECK_NOTHROW(import_files({{name, j}}));
        }
}

// [SECTION] numbers too large, manifests naming the wrong files, empty and broken files

TEST_CASE("import: a number too large is a bad value of its field; the row and the later files load", "[import]") {
    const core::ImportResult r = import_files(
        {{"a.json", R"([{"text": "first", "date": 1e500}, {"text": 2e999}, {"text": "third"}])"},
         {"b.jsonl", "{\"text\": \"one\"}\n{\"text\": \"two\", \"title\": -1e400}\n"},
         {"c.json", R"({"text": "single", "published": 9e9999})"},
         {"after.txt", "Still here."}});
    CHECK(ids_of(r) == std::vector<std::string>{"a-1", "a-3", "b-1", "b-2", "c", "after"});
    CHECK(r.articles[0].published.empty());
    CHECK(reason_for(r, "a.json", 1) == "row 1: date: the number 1e500 is too large to read, ignored");
    CHECK(r.messages[1].reason == "row 2: text: the number 2e999 is too large to read, ignored");
    CHECK(r.messages[2].reason == "row 2: empty text, skipped");
    CHECK(reason_for(r, "b.jsonl", 2) == "line 2: title: the number -1e400 is too large to read, ignored");
    CHECK(reason_for(r, "c.json") == "published: the number 9e9999 is too large to read, ignored");
    CHECK(r.messages.size() == 5);
}

TEST_CASE("import: a manifest with a number too large is named with its field; the files after it load", "[import]") {
    const core::ImportResult r = import_files(
        {{"a.txt", "Story A"},
         {"manifest.json", R"({"documents": [{"file": "a.txt", "published": 1e500}]})"},
         {"b.txt", "Story B"}});
    CHECK(ids_of(r) == std::vector<std::string>{"a", "b"});
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].file == "manifest.json");
    CHECK(r.messages[0].reason ==
          "manifest not used: documents[0].published: the number 1e500 is too large to read");
}

TEST_CASE("import: manifest entries for files not in the corpus are named, never opened", "[import]") {
    const core::ImportResult r = import_files(
        {{"a.txt", "Story A"},
         {"manifest.json", R"({"documents": [{"file": "a.txt", "published": "2022-11-17"},
                                             {"file": "../../etc/passwd", "published": "2022"},
                                             {"file": "missing.txt"}]})"}});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].published == "2022-11-17");
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].file == "manifest.json");
    CHECK(r.messages[0].reason ==
          "names 2 files not in the corpus (../../etc/passwd, missing.txt): their entries are not used");
    // Many are listed by their first five.
    std::string many = R"({"documents": [)";
    for (int i = 0; i < 8; ++i) many += std::string(i ? "," : "") + "{\"file\": \"f" + std::to_string(i) + ".txt\"}";
    const core::ImportResult m = import_files({{"manifest.json", many + "]}"}, {"x.txt", "X"}});
    CHECK(reason_for(m, "manifest.json") ==
          "names 8 files not in the corpus (f0.txt, f1.txt, f2.txt, f3.txt, f4.txt and 3 more): their entries are not used");
}

TEST_CASE("import: a file of only a byte order mark or white space is empty, as an empty file is", "[import]") {
    const core::ImportResult r = import_files(
        {{"bom.txt", "\xEF\xBB\xBF"}, {"empty.txt", ""}, {"blank.txt", "\r\n \t\n"}, {"ok.txt", "Text."}});
    CHECK(ids_of(r) == std::vector<std::string>{"ok"});
    CHECK(reason_for(r, "bom.txt") == "empty file, skipped");
    CHECK(reason_for(r, "empty.txt") == "empty file, skipped");
    CHECK(reason_for(r, "blank.txt") == "empty file, skipped");
}

TEST_CASE("import: a file name that is not UTF-8 is repaired, so ids, messages and exports stay valid", "[import]") {
    const core::ImportResult r = import_files({{"bad\xFFname.txt", "Text."}, {"dir\xC3/e.csv", ""}});
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].id == "bad\xEF\xBF\xBDname");
    CHECK(r.articles[0].file == "bad\xEF\xBF\xBDname.txt");
    REQUIRE(r.messages.size() == 1);
    CHECK(r.messages[0].file == "dir\xEF\xBF\xBD/e.csv");
    // Ids are trimmed as stated ids are, so that they survive the JSONL export.
    CHECK(core::document_id("in/ spaced name .txt") == "spaced name");
    CHECK(core::document_id("in/ .txt") == ".txt");
}

TEST_CASE("import: only the beginning of a long text file may be passed, with its size", "[import]") {
    core::ImportLimits limits;
    limits.max_article_bytes = 10;
    // Cut inside the two-byte "é": the article ends before it and the message gives the file's size.
    const core::ImportResult r = import_files({{"long.txt", "abcdefghi\xC3\xA9", 3u << 20}}, limits);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].text == "abcdefghi");
    CHECK(r.messages.size() == 1);
    CHECK(reason_for(r, "long.txt") == "article is 3.0 MB, over the 10 bytes limit: truncated to 10 bytes");
    // Any other file over the file limit is skipped unread.
    limits.max_file_bytes = 1000;
    CHECK(reason_for(import_files({{"big.csv", "", 5000}}, limits), "big.csv") ==
          "file is 4.9 KB, over the 1000 bytes limit: skipped");
}

// [SECTION] export formats read back

TEST_CASE("jsonl export reads back as the same articles", "[import]") {
    std::vector<core::ArticleInput> articles(3);
    articles[0].id = "bbc-1";
    articles[0].file = "bbc.csv";
    articles[0].title = "Title \"quoted\"";
    articles[0].published = "2024-02-24";
    articles[0].source = "https://example.org/a?b=1&c=2";
    articles[0].text = "Line one\nLine two\r\n\ttab, comma \"quote\" \\ backslash \xF0\x9F\x9A\x80";
    articles[1].id = "second";
    articles[1].text = "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 text \x01\x1F\x7F \\\"";
    articles[2].id = "third";
    articles[2].text = std::string(100000, 'z');
    const std::string jsonl = core::articles_to_jsonl(articles);
    CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 3);
    CHECK(jsonl.rfind("{\"id\":\"bbc-1\",\"file\":\"bbc.csv\",\"title\":", 0) == 0);

    for (const auto& exported : {std::make_pair("out.jsonl", jsonl),
                                 std::make_pair("out.csv", core::articles_to_csv(articles, true))}) {
        CAPTURE(exported.first);
        const core::ImportResult back = import_files({{exported.first, exported.second}});
        CHECK(back.messages.empty());
        REQUIRE(back.articles.size() == articles.size());
        for (std::size_t i = 0; i < articles.size(); ++i) {
            CHECK(back.articles[i].id == articles[i].id);
            CHECK(back.articles[i].title == articles[i].title);
            CHECK(back.articles[i].published == articles[i].published);
            CHECK(back.articles[i].source == articles[i].source);
            CHECK(back.articles[i].text == articles[i].text);
            CHECK(back.articles[i].file == exported.first);
        }
    }
}
