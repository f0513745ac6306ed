// The CSV reader and writer: every quoting rule, line-end style and recovery path.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/csv.h"

namespace {

// All rows of a table as strings, for whole-table comparisons.
std::vector<std::vector<std::string>> rows_of(const core::CsvTable& t) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t r = 0; r < t.row_count(); ++r) {
        std::vector<std::string> row;
        for (std::size_t c = 0; c < t.field_count(r); ++c) row.emplace_back(t.field(r, c));
        rows.push_back(std::move(row));
    }
    return rows;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("csv: quoted fields hold commas, doubled quotes and line breaks", "[csv]") {
    const std::string in =
        "id,text\n"
        "1,plain\n"
        "2,\"a, b\"\n"
        "3,\"he said \"\"hi\"\"\"\n"
        "4,\"two\nlines\"\n"
        "5,\"\"\n"
        "6,\"\"\"\"\n";
    const core::CsvTable t = core::parse_csv(in);
    CHECK(t.issues.empty());
    CHECK(rows_of(t) == Rows{{"id", "text"},
                             {"1", "plain"},
                             {"2", "a, b"},
                             {"3", "he said \"hi\""},
                             {"4", "two\nlines"},
                             {"5", ""},
                             {"6", "\""}});
    CHECK(t.row_line(4) == 5);
    CHECK(t.row_line(5) == 7);  // after the two-line field
}

TEST_CASE("csv: a byte order mark is not part of the first header", "[csv]") {
    const core::CsvTable t = core::parse_csv("\xEF\xBB\xBFtext,title\nx,y\n");
    REQUIRE(t.row_count() == 2);
    CHECK(t.field(0, 0) == "text");
    CHECK(t.field(1, 1) == "y");
}

TEST_CASE("csv: CRLF and lone CR end rows; CRLF inside quotes is kept", "[csv]") {
    const core::CsvTable crlf = core::parse_csv("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
    CHECK(crlf.issues.empty());
    CHECK(rows_of(crlf) == Rows{{"a", "b"}, {"1", "x\r\ny"}, {"2", "z"}});
    CHECK(crlf.row_line(2) == 4);

    const core::CsvTable cr = core::parse_csv("a,b\r1,2\r3,4");
    CHECK(rows_of(cr) == Rows{{"a", "b"}, {"1", "2"}, {"3", "4"}});
}

TEST_CASE("csv: empty fields, trailing commas, blank lines, no final line end", "[csv]") {
    const core::CsvTable t = core::parse_csv("a,b,c\n,,\n\n\n1,,3\nx,y,");
    CHECK(t.issues.empty());
    CHECK(rows_of(t) == Rows{{"a", "b", "c"}, {"", "", ""}, {"1", "", "3"}, {"x", "y", ""}});
    CHECK(t.row_line(2) == 5);
    CHECK(core::parse_csv("").row_count() == 0);
    CHECK(core::parse_csv("\xEF\xBB\xBF").row_count() == 0);
    CHECK(core::parse_csv("\n\r\n").row_count() == 0);
}

TEST_CASE("csv: a bare quote inside an unquoted field is a literal; spaces after a closing quote are allowed",
          "[csv]") {
    const core::CsvTable t = core::parse_csv("a,b\n5\" screen,\"q\"  \nx,y\n");
    CHECK(t.issues.empty());
    CHECK(rows_of(t) == Rows{{"a", "b"}, {"5\" screen", "q"}, {"x", "y"}});
}

TEST_CASE("csv: text after a closing quote is reported with its line and the row is skipped", "[csv]") {
    const std::string in =
        "text,n\n"
        "\"ok\",1\n"
        "\"multi\nline\",2\n"
        "\"bad\"x,3\n"
        "\"fine\",4\n";
    const core::CsvTable t = core::parse_csv(in);
    REQUIRE(t.issues.size() == 1);
    CHECK(t.issues[0].line == 5);
    CHECK(t.issues[0].row == 3);
    CHECK(t.issues[0].reason == "malformed quote at line 5: text after the closing quote; row skipped");
    CHECK(rows_of(t) == Rows{{"text", "n"}, {"ok", "1"}, {"multi\nline", "2"}, {"fine", "4"}});
    CHECK(t.row_line(3) == 6);
    CHECK(t.row_number(3) == 4);  // the skipped row keeps its number
}

TEST_CASE("csv: a quote never closed costs one line, not the rest of the file", "[csv]") {
    const core::CsvTable t = core::parse_csv("text\nfirst\n\"never closed\nsecond\nthird\n");
    REQUIRE(t.issues.size() == 1);
    CHECK(t.issues[0].line == 3);
    CHECK(t.issues[0].reason == "malformed quote at line 3: a quoted field is never closed; row skipped");
    CHECK(rows_of(t) == Rows{{"text"}, {"first"}, {"second"}, {"third"}});
    CHECK(t.row_line(2) == 4);

    // Many unclosed quotes stay linear and each is reported.
    std::string many = "text\n";
    for (int i = 0; i < 20000; ++i) many += "\"open\n";
    const core::CsvTable m = core::parse_csv(many);
    CHECK(m.row_count() == 1);
    CHECK(m.issues.size() == 20000);
    CHECK(m.issues.back().line == 20001);
}

TEST_CASE("csv: ragged rows are kept and reported with row and line", "[csv]") {
    const core::CsvTable t = core::parse_csv("a,b,c\n1,2,3\n4,5\n6,7,8,9\n");
    REQUIRE(t.issues.size() == 2);
    CHECK(t.issues[0].row == 2);
    CHECK(t.issues[0].line == 3);
    CHECK(t.issues[0].reason == "2 field(s) where the header has 3, missing fields read as empty (line 3)");
    CHECK(t.issues[1].row == 3);
    CHECK(t.issues[1].reason == "4 field(s) where the header has 3, extra fields ignored (line 4)");
    REQUIRE(t.row_count() == 4);
    CHECK(t.field(2, 1) == "5");
    CHECK(t.field(2, 2).empty());
    CHECK(t.field(3, 3) == "9");
}

TEST_CASE("csv: a field of several megabytes is read in one piece", "[csv]") {
    std::string big;
    big.reserve(4 << 20);
    while (big.size() < (4u << 20)) big += "Lorem ipsum, \"dolor\" sit amet.\n";
    std::string in = "id,text\n1,\"";
    for (char c : big) {
        in += c;
        if (c == '"') in += '"';
    }
    in += "\"\n2,short\n";
    const core::CsvTable t = core::parse_csv(in);
    CHECK(t.issues.empty());
    REQUIRE(t.row_count() == 3);
    CHECK(t.field(1, 1) == big);
    CHECK(t.field(2, 1) == "short");
    CHECK(t.row_line(2) == 3 + static_cast<std::size_t>(std::count(big.begin(), big.end(), '\n')));
}

TEST_CASE("csv: 100,000 rows parse with their line numbers", "[csv]") {
    std::string in = "id,text\n";
    for (int i = 1; i <= 100000; ++i) in += std::to_string(i) + ",\"row " + std::to_string(i) + ", quoted\"\n";
    const core::CsvTable t = core::parse_csv(in);
    CHECK(t.issues.empty());
    REQUIRE(t.row_count() == 100001);
    CHECK(t.field(100000, 0) == "100000");
    CHECK(t.field(54321, 1) == "row 54321, quoted");
    CHECK(t.row_line(100000) == 100001);
}

TEST_CASE("csv writer: quotes exactly the fields that need it", "[csv]") {
    auto field = [](std::string_view s) {
        std::string out;
        core::append_csv_field(out, s);
        return out;
    };
    CHECK(field("plain") == "plain");
    CHECK(field("") == "");
    CHECK(field("a,b") == "\"a,b\"");
    CHECK(field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(field("a\nb") == "\"a\nb\"");
    CHECK(field("a\rb") == "\"a\rb\"");
    CHECK(field(" lead") == "\" lead\"");
    CHECK(field("trail ") == "\"trail \"");
    CHECK(field("\ttab") == "\"\ttab\"");
    CHECK(field("in side") == "in side");
    CHECK(field("caf\xC3\xA9") == "caf\xC3\xA9");
    // U+FEFF first: quoted, so that a file opening with it does not lose it as a byte order mark.
    CHECK(field("\xEF\xBB\xBFid") == "\"\xEF\xBB\xBFid\"");
    CHECK(core::parse_csv(field("\xEF\xBB\xBFid") + ",x\n").field(0, 0) == "\xEF\xBB\xBFid");

    std::string row;
    core::append_csv_row(row, {"a", "", "c"});
    core::append_csv_row(row, {""}, true);
    CHECK(row == "a,,c\n\"\"\r\n");
}

TEST_CASE("csv writer and reader round-trip nasty strings", "[csv]") {
    const std::vector<std::string> nasty = {
        "",
        "plain",
        "comma, inside",
        "\"fully quoted\"",
        "a \"quote\" in the middle",
        "\"",
        "\"\"",
        ",",
        "line\nbreak",
        "crlf\r\nbreak",
        "lone\rcr",
        "\n",
        "  spaces both sides  ",
        "trailing comma,",
        "Seoul \xE2\x80\x9C" "fierce\xE2\x80\x9D \xF0\x9F\x9A\x80 \xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4",
        "mixed \"q\", comma\nand newline\r\n\"end\"",
    };
    for (bool crlf : {false, true}) {
        std::string out;
        core::append_csv_row(out, {"n", "value", "tail"}, crlf);
        for (std::size_t i = 0; i < nasty.size(); ++i)
            core::append_csv_row(out, {std::to_string(i), nasty[i], "end"}, crlf);
        // single-column rows, including the empty one
        const core::CsvTable t = core::parse_csv(out);
        CHECK(t.issues.empty());
        REQUIRE(t.row_count() == nasty.size() + 1);
        for (std::size_t i = 0; i < nasty.size(); ++i) {
            CAPTURE(i, crlf);
            CHECK(t.field(i + 1, 0) == std::to_string(i));
            CHECK(t.field(i + 1, 1) == nasty[i]);
            CHECK(t.field(i + 1, 2) == "end");
        }
        std::string single;
        for (const std::string& s : nasty) core::append_csv_row(single, {s}, crlf);
        const core::CsvTable one = core::parse_csv(single);
        REQUIRE(one.row_count() == nasty.size());
        for (std::size_t i = 0; i < nasty.size(); ++i) CHECK(one.field(i, 0) == nasty[i]);
    }
}
