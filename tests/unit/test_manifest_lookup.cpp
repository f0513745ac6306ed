// Looking up a manifest entry by file name: many entries, entries added or renamed after the
// first lookup, and the first of two entries for one name.
#include <catch2/catch.hpp>

#include "core/manifest.h"

TEST_CASE("manifest lookup finds every one of many entries by bare or full name", "[manifest]") {
    core::Manifest m;
    for (int i = 0; i < 3000; ++i) m.documents.push_back({"doc_" + std::to_string(i) + ".txt", "2024-01-0" + std::to_string(1 + i % 9), "", "", ""});
    for (int i = 0; i < 3000; i += 97) {
        const core::ManifestEntry* e = m.find("some/folder/doc_" + std::to_string(i) + ".txt");
        REQUIRE(e);
        CHECK(e->file == "doc_" + std::to_string(i) + ".txt");
    }
    CHECK(m.find("doc_17")->file == "doc_17.txt");  // a missing ".txt" is ignored
    CHECK(m.find("doc_3000.txt") == nullptr);
}

TEST_CASE("manifest lookup sees entries added or renamed after it was first used", "[manifest]") {
    core::Manifest m;
    m.documents.push_back({"a.txt", "2022", "first", "", ""});
    m.documents.push_back({"a.txt", "2023", "second", "", ""});
    CHECK(m.find("a.txt")->title == "first");  // the first entry for a name wins
    CHECK(m.find("b.txt") == nullptr);
    m.documents.push_back({"b.txt", "2024", "added", "", ""});
    REQUIRE(m.find("b.txt"));
    CHECK(m.find("b.txt")->title == "added");
    m.documents[0].file = "c.txt";  // renamed in place: the old name no longer finds it
    CHECK(m.find("a.txt")->title == "second");
}
