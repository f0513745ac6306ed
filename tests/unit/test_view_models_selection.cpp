// View models for the shared selection and Search: filters, their chips, and keyword in context.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "ui/models/calendar.h"
#include "ui/models/filter.h"
#include "ui/models/kwic.h"

namespace {

vm::EventKey launch_by_japan_and_china() {
    vm::EventKey e;
    e.type = "missile_launch";
    e.document = 3;
    e.dated = true;
    e.first = vm::days_from_civil(2022, 3, 10);
    e.last = vm::days_from_civil(2022, 3, 12);
    static const std::string_view entities[] = {"Japan", "China"};
    e.entities = {entities, 2};
    return e;
}

vm::Filter range_filter(const char* from, const char* to) {
    vm::Filter f;
    f.has_range = true;
    vm::Day ignored;
    REQUIRE(vm::parse_iso_day(from, f.from, ignored));
    REQUIRE(vm::parse_iso_day(to, ignored, f.to));
    return f;
}

std::string matched(std::string_view text, const vm::KwicHit& hit) {
    return std::string(text.substr(hit.begin, hit.end - hit.begin));
}

}  // namespace

// [SECTION] filter

TEST_CASE("filter: an empty filter passes everything", "[view-models]") {
    vm::Filter f;
    CHECK(vm::filter_empty(f));
    CHECK(vm::event_passes(f, launch_by_japan_and_china()));
    CHECK(vm::event_passes(f, vm::EventKey{}));
    CHECK(vm::filter_chips(f).empty());
    f.document = 0;
    CHECK_FALSE(vm::filter_empty(f));
}

TEST_CASE("filter: every chosen entity must be involved", "[view-models]") {
    const vm::EventKey e = launch_by_japan_and_china();
    vm::Filter f;
    f.entities = {"Japan"};
    CHECK(vm::event_passes(f, e));
    f.entities = {"Japan", "China"};
    CHECK(vm::event_passes(f, e));
    f.entities = {"Japan", "Russia"};
    CHECK_FALSE(vm::event_passes(f, e));
    f.entities = {"japan"};  // names are canonical: exact match
    CHECK_FALSE(vm::event_passes(f, e));
}

TEST_CASE("filter: any chosen type will do", "[view-models]") {
    const vm::EventKey e = launch_by_japan_and_china();
    vm::Filter f;
    f.types = {"sanction"};
    CHECK_FALSE(vm::event_passes(f, e));
    f.types = {"sanction", "missile_launch"};
    CHECK(vm::event_passes(f, e));
}

TEST_CASE("filter: document must match when chosen", "[view-models]") {
    const vm::EventKey e = launch_by_japan_and_china();
    vm::Filter f;
    f.document = 3;
    CHECK(vm::event_passes(f, e));
    f.document = 4;
    CHECK_FALSE(vm::event_passes(f, e));
}

TEST_CASE("filter: a range keeps overlapping dated events and drops undated ones", "[view-models]") {
    vm::EventKey e = launch_by_japan_and_china();  // 2022-03-10 .. 2022-03-12
    CHECK(vm::event_passes(range_filter("2022", "2022"), e));
    CHECK(vm::event_passes(range_filter("2022-03-12", "2022-04"), e));  // touches the last day
    CHECK(vm::event_passes(range_filter("2022-01", "2022-03-10"), e));  // touches the first day
    CHECK(vm::event_passes(range_filter("2022-03-11", "2022-03-11"), e));  // inside
    CHECK_FALSE(vm::event_passes(range_filter("2022-03-13", "2022-12"), e));
    CHECK_FALSE(vm::event_passes(range_filter("2021", "2022-03-09"), e));
    e.dated = false;
    CHECK_FALSE(vm::event_passes(range_filter("1900", "2100"), e));
}

TEST_CASE("filter: kinds combine with AND", "[view-models]") {
    const vm::EventKey e = launch_by_japan_and_china();
    vm::Filter f = range_filter("2022", "2022");
    f.entities = {"China"};
    f.types = {"missile_launch", "test"};
    f.document = 3;
    CHECK(vm::event_passes(f, e));
    vm::Filter wrong = f;
    wrong.document = 1;
    CHECK_FALSE(vm::event_passes(wrong, e));
    wrong = f;
    wrong.types = {"test"};
    CHECK_FALSE(vm::event_passes(wrong, e));
    wrong = f;
    wrong.entities.push_back("Iran");
    CHECK_FALSE(vm::event_passes(wrong, e));
    wrong = f;
    wrong.to = vm::days_from_civil(2022, 1, 1);
    CHECK_FALSE(vm::event_passes(wrong, e));
}

TEST_CASE("filter: chips label each constraint and removal takes exactly that one", "[view-models]") {
    vm::Filter f = range_filter("2022", "2022");
    f.entities = {"Japan", "China"};
    f.types = {"missile_launch"};
    f.document = 3;
    const std::vector<std::string> chips = {"entity: Japan", "entity: China", "type: missile_launch",
                                            "document: 3", "from 2022-01-01 to 2022-12-31"};
    REQUIRE(vm::filter_chips(f) == chips);

    for (std::size_t i = 0; i < chips.size(); ++i) {
        vm::Filter removed = f;
        vm::remove_chip(removed, i);
        std::vector<std::string> expected = chips;
        expected.erase(expected.begin() + std::ptrdiff_t(i));
        INFO("removing chip " << i);
        CHECK(vm::filter_chips(removed) == expected);
    }
    vm::Filter untouched = f;
    vm::remove_chip(untouched, chips.size());
    CHECK(vm::filter_chips(untouched) == chips);

    // Without a document chip the range chip moves up one place.
    vm::Filter no_document = f;
    no_document.document = -1;
    vm::remove_chip(no_document, 3);
    CHECK_FALSE(no_document.has_range);
    CHECK(no_document.entities.size() == 2);

    while (!vm::filter_empty(f)) vm::remove_chip(f, 0);
    CHECK(vm::filter_chips(f).empty());
}

// [SECTION] keyword in context

TEST_CASE("kwic: case-insensitive whole words, hits in document order", "[view-models]") {
    const std::vector<std::string_view> texts = {
        "Iran and the Iranian navy. IRAN said iran_x was no match.",
        "Nothing here.",
        "(Iran) iran.",
    };
    const std::vector<vm::KwicHit> hits = vm::find_phrase(texts, "iran", 100);
    REQUIRE(hits.size() == 4);
    CHECK((hits[0].document == 0 && hits[0].begin == 0 && hits[0].end == 4));
    CHECK(matched(texts[0], hits[1]) == "IRAN");
    CHECK((hits[2].document == 2 && hits[2].begin == 1));
    CHECK((hits[3].document == 2 && hits[3].begin == 7));
    CHECK(vm::find_phrase(texts, "iran", 2).size() == 2);
    CHECK(vm::find_phrase(texts, "iran", 0).empty());
    CHECK(vm::find_phrase(texts, "  \n ", 10).empty());
    CHECK(vm::find_phrase(texts, "ira", 10).empty());  // a prefix is not a word
}

TEST_CASE("kwic: a phrase matches across any run of whitespace, line breaks included", "[view-models]") {
    const std::vector<std::string_view> texts = {
        "a ballistic Missile\n  launch today; missile launcher; missilelaunch; missile - launch"};
    const std::vector<vm::KwicHit> hits = vm::find_phrase(texts, " missile   launch ", 10);
    REQUIRE(hits.size() == 1);
    CHECK(matched(texts[0], hits[0]) == "Missile\n  launch");
}

TEST_CASE("kwic: boundaries around punctuation in the query and around UTF-8", "[view-models]") {
    const std::vector<std::string_view> texts = {
        "The U.S. said. Japan\xE2\x80\x99s envoy; Japanese; caf\xC3\xA9s and caf\xC3\xA9. \xC3\xA9lan Japan"};
    CHECK(vm::find_phrase(texts, "u.s.", 10).size() == 1);
    const auto japan = vm::find_phrase(texts, "JAPAN", 10);
    REQUIRE(japan.size() == 2);  // before a curly apostrophe and at the end, not in "Japanese"
    CHECK(matched(texts[0], japan[1]) == "Japan");
    CHECK(japan[1].end == texts[0].size());
    const auto cafe = vm::find_phrase(texts, "caf\xC3\xA9", 10);
    REQUIRE(cafe.size() == 1);  // "cafés" continues with a letter
    CHECK(texts[0].substr(cafe[0].end, 1) == ".");
    // Non-ASCII bytes are not folded: an upper-case É does not find é.
    CHECK(vm::find_phrase(texts, "\xC3\x89lan", 10).empty());
    CHECK(vm::find_phrase(texts, "lan", 10).empty());  // é before it is a letter
}

TEST_CASE("kwic: contexts do not cut UTF-8 and put lines on one row", "[view-models]") {
    const std::string text = "\xE2\x80\x9CK\xC3\xB6ln\xE2\x80\x9D\nsaid: Berlin\ttalks \xC3\xA9t\xC3\xA9";
    const std::string_view view = text;
    const std::size_t begin = view.find("Berlin"), end = begin + 6;
    CHECK(vm::kwic_left(view, begin, 100) == "\xE2\x80\x9CK\xC3\xB6ln\xE2\x80\x9D said: ");
    CHECK(vm::kwic_right(view, end, 100) == " talks \xC3\xA9t\xC3\xA9");
    // Every width cuts on a character boundary on both sides.
    for (std::size_t width = 0; width < 30; ++width) {
        const std::string left = vm::kwic_left(view, begin, width), right = vm::kwic_right(view, end, width);
        INFO("width " << width);
        CHECK(left.size() <= width);
        CHECK(right.size() <= width);
        std::string original(view.substr(begin - left.size(), left.size()));
        std::replace(original.begin(), original.end(), '\n', ' ');
        CHECK(left == original);  // a suffix of the text before the hit, breaks as spaces
        if (!left.empty()) CHECK((static_cast<unsigned char>(left[0]) & 0xC0) != 0x80);
        if (end + right.size() < view.size())
            CHECK((static_cast<unsigned char>(view[end + right.size()]) & 0xC0) != 0x80);
        CHECK(left.find('\n') == std::string::npos);
        CHECK(right.find('\t') == std::string::npos);
    }
    CHECK(vm::kwic_left(view, 2, 5).empty());  // inside the opening quote: nothing whole before
    CHECK(vm::kwic_right(view, 1, 4) == "K");   // the rest of that quote is skipped
    CHECK(vm::kwic_right(view, view.size(), 10).empty());
    CHECK(vm::kwic_left(view, view.size() + 5, 3) == "t\xC3\xA9");
}
