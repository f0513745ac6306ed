// Merging a document's event mentions: which event an undated mention joins. The nearest
// mention of an event is found by a search over the event's sentences, so these cases pin the
// rules that search must keep: mentions absorbed on the way count, what came before is the
// likelier referent, the lede joins freely, a headline names the earliest told event, and a
// dated mention looks only at the events of its date.
#include <catch2/catch.hpp>

#include "core/events.h"

namespace {

core::EventMention mention(uint32_t sentence, core::IdList actors = {}, bool anaphor = false, bool headline = false) {
    core::EventMention m;
    m.type = core::EventType::missile_launch;
    m.sentence = sentence;
    m.actors = std::move(actors);
    m.anaphor = anaphor;
    m.headline = headline;
    return m;
}

// The events as lists of mention indexes, in the order merging gives them.
std::vector<std::vector<uint32_t>> merged(const std::vector<core::EventMention>& mentions, const std::vector<std::string>& dates) {
    const core::DocumentNames names;
    const core::EntityTable table{core::Lexicon::builtin(), names};
    std::vector<std::vector<uint32_t>> out;
    for (const core::MergedEvent& e : core::merge_event_mentions(mentions, dates, table)) out.push_back(e.mentions.to_vector());
    return out;
}

}  // namespace

TEST_CASE("an anaphor joins the event whose nearest mention is closest, counting mentions it absorbed", "[merge]") {
    // Dated events at sentences 0 and 8; "the launch" at 3, 5 and 6. At 6 the first event is one
    // sentence away through the mention at 5, the second two sentences ahead (a distance of 4).
    const std::vector<core::EventMention> m = {mention(0, {1}), mention(3, {}, true), mention(5, {}, true),
                                               mention(6, {}, true), mention(8, {2})};
    const std::vector<std::string> dates = {"2024-01-01", "", "", "", "2024-01-02"};
    CHECK(merged(m, dates) == std::vector<std::vector<uint32_t>>{{0, 1, 2, 3}, {4}});
}

TEST_CASE("after the lede, a plain undated mention joins only the sentence right after an event's", "[merge]") {
    // The lede ends two sentences after the first body sentence (10): 11 joins, 13 does not.
    const std::vector<core::EventMention> m = {mention(10, {1}), mention(11, {1}), mention(13)};
    const std::vector<std::string> dates = {"2024-01-01", "", ""};
    CHECK(merged(m, dates) == std::vector<std::vector<uint32_t>>{{0, 1}, {2}});
    // In the lede a later mention of the event is close enough: 10 joins the event told at 11.
    const std::vector<core::EventMention> lede = {mention(10), mention(11, {1})};
    CHECK(merged(lede, {"", "2024-01-01"}) == std::vector<std::vector<uint32_t>>{{0, 1}});
}

TEST_CASE("a headline names the event told first in the body", "[merge]") {
    const std::vector<core::EventMention> m = {mention(0, {1}, false, true), mention(2, {1}), mention(5, {1})};
    const std::vector<std::string> dates = {"", "2024-01-02", "2024-01-01"};
    CHECK(merged(m, dates) == std::vector<std::vector<uint32_t>>{{0, 1}, {2}});
}

TEST_CASE("a run of thousands of mentions of one event merges into that event", "[merge]") {
    std::vector<core::EventMention> m;
    std::vector<std::string> dates;
    for (uint32_t s = 0; s < 20000; ++s) {
        m.push_back(mention(s / 4, {}, s % 3 == 1));
        dates.push_back(s == 0 ? "2024-01-01" : "");
    }
    const std::vector<std::vector<uint32_t>> events = merged(m, dates);
    REQUIRE(events.size() == 1);
    CHECK(events[0].size() == 20000);
}

TEST_CASE("a dated mention joins the first fitting event of its own date, past events of other dates", "[merge]") {
    const std::vector<core::EventMention> m = {mention(0, {1}), mention(1, {1}), mention(2, {2}), mention(3, {1})};
    const std::vector<std::string> dates = {"2024-01-01", "2024-01-02", "2024-01-01", "2024-01-01"};
    CHECK(merged(m, dates) == std::vector<std::vector<uint32_t>>{{0, 3}, {1}, {2}});
}
