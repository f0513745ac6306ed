// UTF-16 text files (Windows Notepad's "Unicode"): recognised with or without a byte
// order mark and read as UTF-8; binary files stay binary.
#include <catch2/catch.hpp>

#include <string>

#include "core/import.h"
#include "core/utf16.h"

namespace {

// `text` (ASCII or BMP code points given as UTF-16 units) as UTF-16 bytes.
std::string utf16(const std::u16string& text, bool little, bool bom) {
    std::string out;
    auto put = [&](char16_t u) {
        const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
        out += little ? lo : hi;
        out += little ? hi : lo;
    };
    if (bom) put(0xFEFF);
    for (char16_t u : text) put(u);
    return out;
}

}  // namespace

TEST_CASE("utf16: byte order marks and the NUL pattern say the order", "[utf16]") {
    const std::u16string text = u"Seoul said on Monday.";
    CHECK(core::detect_utf16(utf16(text, true, true)).order == core::ByteOrder::little_endian);
    CHECK(core::detect_utf16(utf16(text, true, true)).bom);
    CHECK(core::detect_utf16(utf16(text, false, true)).order == core::ByteOrder::big_endian);
    CHECK(core::detect_utf16(utf16(text, true, false)).order == core::ByteOrder::little_endian);
    CHECK_FALSE(core::detect_utf16(utf16(text, true, false)).bom);
    CHECK(core::detect_utf16(utf16(text, false, false)).order == core::ByteOrder::big_endian);
    CHECK(core::detect_utf16("Plain UTF-8 text").order == core::ByteOrder::none);
    CHECK(core::detect_utf16(std::string(64, '\0')).order == core::ByteOrder::none);  // binary: NULs everywhere
    CHECK(core::detect_utf16(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)).order == core::ByteOrder::none);
}

TEST_CASE("utf16: converts accents, Hangul and surrogate pairs; broken units become U+FFFD", "[utf16]") {
    const std::u16string text = u"Caf\u00e9 \ud55c\uad6d \U0001F680";
    for (bool little : {true, false}) {
        const core::Utf16Text t = core::utf16_to_utf8(utf16(text, little, true), core::detect_utf16(utf16(text, little, true)));
        CHECK(t.text == "Caf\xC3\xA9 \xED\x95\x9C\xEA\xB5\xAD \xF0\x9F\x9A\x80");
        CHECK(t.invalid == 0);
    }
    const std::string lone = utf16(u"a\xd800" "b", true, true) + "x";  // a lone high surrogate, an odd last byte
    const core::Utf16Text t = core::utf16_to_utf8(lone, core::detect_utf16(lone));
    CHECK(t.text == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
    CHECK(t.invalid == 2);
}

TEST_CASE("import: a UTF-16 text file loads as UTF-8 with a note; a BOM-only one is empty", "[utf16][import]") {
    const std::u16string text = u"Title\nNorth Korea fired a missile on Monday.\n";
    const core::ImportResult r = core::import_files({{"notepad.txt", utf16(text, true, true)},
                                                     {"no-bom.csv", utf16(u"id,text\nx,Seoul responded.\n", true, false)},
                                                     {"empty16.txt", utf16(u"", true, true)},
                                                     {"after.txt", "Still loaded."}});
    REQUIRE(r.articles.size() == 3);
    CHECK(r.articles[0].text == "Title\nNorth Korea fired a missile on Monday.\n");
    CHECK(r.articles[1].id == "x");
    CHECK(r.articles[1].text == "Seoul responded.");
    CHECK(r.articles[2].id == "after");
    REQUIRE(r.messages.size() == 3);
    CHECK(r.messages[0].file == "notepad.txt");
    CHECK(r.messages[0].reason == "UTF-16 little-endian with a byte order mark: converted to UTF-8");
    CHECK(r.messages[0].note);
    CHECK(r.messages[1].reason == "UTF-16 little-endian (no byte order mark): converted to UTF-8");
    CHECK(r.messages[2].file == "empty16.txt");
    CHECK(r.messages[2].reason == "empty file, skipped");
    CHECK_FALSE(r.messages[2].note);
}
