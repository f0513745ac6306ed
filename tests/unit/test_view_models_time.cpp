// View models on the time axis: calendar arithmetic, axis ticks, and the timeline index.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "ui/models/calendar.h"
#include "ui/models/time_axis.h"
#include "ui/models/timeline_index.h"

namespace {

// A fixed-seed generator whose sequence is the same on every platform (std::rand is not).
struct Lcg {
    uint32_t state;
    uint32_t next() {
        state = state * 1664525u + 1013904223u;
        return state >> 8;  // the low bits of an LCG cycle quickly
    }
    int below(int bound) { return int(next() % uint32_t(bound)); }
    double unit() { return double(next()) / double(1u << 24); }
};

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

vm::Day day_of(int y, int m, int d) { return vm::days_from_civil(y, m, d); }

// The invariants every zoom level must keep; returns the ticks for further checks.
std::vector<vm::TimeTick> checked_ticks(double first, double last, float width, float min_label_px = 70.f) {
    std::vector<vm::TimeTick> ticks = vm::time_ticks(first, last, width, min_label_px);
    INFO("span " << last - first << " days at " << width << " px");
    CHECK(double(ticks.size()) <= std::floor(width / min_label_px));
    const double px_per_day = width / (last - first);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        CHECK(ticks[i].day >= first);
        CHECK(ticks[i].day <= last);
        CHECK(ticks[i].day == std::floor(ticks[i].day));
        CHECK_FALSE(ticks[i].label.empty());
        if (i > 0) CHECK((ticks[i].day - ticks[i - 1].day) * px_per_day >= min_label_px);
    }
    return ticks;
}

std::vector<std::string> labels_of(const std::vector<vm::TimeTick>& ticks) {
    std::vector<std::string> labels;
    for (const vm::TimeTick& t : ticks) labels.push_back(t.label);
    return labels;
}

int year_of(double day) {
    int y, m, d;
    vm::civil_from_days(vm::Day(day), y, m, d);
    return y;
}

}  // namespace

// [SECTION] calendar

TEST_CASE("calendar: known days and weekdays", "[view-models]") {
    CHECK(day_of(1970, 1, 1) == 0);
    CHECK(day_of(1969, 12, 31) == -1);
    CHECK(day_of(2000, 3, 1) == 11017);
    CHECK(day_of(2024, 2, 29) == 19782);
    CHECK(vm::weekday(0) == 3);                     // Thursday
    CHECK(vm::weekday(day_of(2024, 2, 23)) == 4);   // a Friday
    CHECK(vm::weekday(day_of(1900, 1, 1)) == 0);    // a Monday, before the epoch
    CHECK(vm::format_day(day_of(2024, 2, 23)) == "2024-02-23");
    CHECK(vm::format_day(day_of(1905, 11, 3)) == "1905-11-03");
}

TEST_CASE("calendar: every day 1900-2100 round-trips against a day-by-day count", "[view-models]") {
    const int month_days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    vm::Day expected = day_of(1900, 1, 1);
    int leap_days = 0;
    for (int y = 1900; y <= 2100; ++y)
        for (int m = 1; m <= 12; ++m) {
            const int length = m == 2 && is_leap(y) ? 29 : month_days[m - 1];
            for (int d = 1; d <= length; ++d, ++expected) {
                REQUIRE(vm::days_from_civil(y, m, d) == expected);
                int ry, rm, rd;
                vm::civil_from_days(expected, ry, rm, rd);
                REQUIRE((ry == y && rm == m && rd == d));
                REQUIRE(vm::weekday(expected) == int((expected % 7 + 7 + 3) % 7));
                if (m == 2 && d == 29) ++leap_days;
            }
        }
    CHECK(leap_days == 49);  // 1900 and 2100 are not leap years, 2000 is
    CHECK(expected == day_of(2101, 1, 1));
}

TEST_CASE("calendar: parse_iso_day accepts days, months and years", "[view-models]") {
    vm::Day first = -7, last = -7;
    REQUIRE(vm::parse_iso_day("2024-02-23", first, last));
    CHECK(first == day_of(2024, 2, 23));
    CHECK(last == first);
    REQUIRE(vm::parse_iso_day("2024-02", first, last));
    CHECK(vm::format_day(first) == "2024-02-01");
    CHECK(vm::format_day(last) == "2024-02-29");
    REQUIRE(vm::parse_iso_day("2023-02", first, last));
    CHECK(vm::format_day(last) == "2023-02-28");
    REQUIRE(vm::parse_iso_day("1900-02", first, last));
    CHECK(vm::format_day(last) == "1900-02-28");
    REQUIRE(vm::parse_iso_day("2024", first, last));
    CHECK(vm::format_day(first) == "2024-01-01");
    CHECK(vm::format_day(last) == "2024-12-31");
    REQUIRE(vm::parse_iso_day("2000-02-29", first, last));
    CHECK(first == day_of(2000, 2, 29));
}

TEST_CASE("calendar: parse_iso_day rejects everything else and leaves outputs alone", "[view-models]") {
    for (const char* bad : {"", "24", "202", "20245", "2024-2", "2024-2-23", "2024-13", "2024-00", "2024-02-30",
                            "1900-02-29", "2023-02-29", "2024-04-31", "2024-02-00", "2024/02/23", "2024-02-23T00",
                            " 2024", "2024-02-2x", "abcd", "2024-02-23 "}) {
        vm::Day first = 123, last = 456;
        INFO(bad);
        CHECK_FALSE(vm::parse_iso_day(bad, first, last));
        CHECK((first == 123 && last == 456));
    }
}

// [SECTION] time axis

TEST_CASE("time axis: 100 years shows decades, centuries major", "[view-models]") {
    const auto ticks = checked_ticks(day_of(1950, 1, 1), day_of(2050, 1, 1), 800);
    REQUIRE(ticks.size() == 11);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        CHECK(ticks[i].label == std::to_string(1950 + 10 * int(i)));
        CHECK(ticks[i].major == (ticks[i].label == "2000"));
    }
}

TEST_CASE("time axis: 10 years shows every year, decades major", "[view-models]") {
    const auto ticks = checked_ticks(day_of(2014, 6, 1), day_of(2024, 6, 1), 800);
    REQUIRE(ticks.size() == 10);
    CHECK(ticks.front().label == "2015");
    CHECK(ticks.back().label == "2024");
    for (const auto& t : ticks) {
        CHECK(t.day == day_of(year_of(t.day), 1, 1));
        CHECK(t.major == (year_of(t.day) == 2020));
    }
}

TEST_CASE("time axis: 2 years shows quarters, January major with the year", "[view-models]") {
    const auto ticks = checked_ticks(day_of(2023, 1, 1), day_of(2025, 1, 1), 800);
    CHECK(labels_of(ticks) == std::vector<std::string>{"Jan 2023", "Apr", "Jul", "Oct", "Jan 2024", "Apr", "Jul",
                                                       "Oct", "Jan 2025"});
    for (const auto& t : ticks) CHECK(t.major == (t.label.size() > 3));
}

TEST_CASE("time axis: 1 year shows months, the first labelled with its year", "[view-models]") {
    const auto ticks = checked_ticks(day_of(2023, 11, 15), day_of(2024, 11, 15), 1200);
    CHECK(labels_of(ticks) == std::vector<std::string>{"Dec 2023", "Jan 2024", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov"});
    CHECK_FALSE(ticks[0].major);
    CHECK(ticks[1].major);
    CHECK_FALSE(ticks[2].major);
    // Wider spacing when the same year gets less room: quarters or half years, never months.
    const auto narrow = checked_ticks(day_of(2024, 1, 1), day_of(2024, 12, 31), 250);
    CHECK(labels_of(narrow) == std::vector<std::string>{"Jan 2024", "Jul"});
}

TEST_CASE("time axis: 3 months shows fortnights on Mondays", "[view-models]") {
    const auto ticks = checked_ticks(day_of(2024, 2, 1), day_of(2024, 5, 1), 800);
    REQUIRE(ticks.size() >= 5);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        CHECK(vm::weekday(vm::Day(ticks[i].day)) == 0);
        if (i > 0) CHECK(ticks[i].day - ticks[i - 1].day == 14);
    }
    CHECK(ticks[0].label.find(", 2024") != std::string::npos);  // the first tick carries the year
    CHECK(ticks[1].label.find(',') == std::string::npos);
}

TEST_CASE("time axis: 1 month shows weeks, a new month major", "[view-models]") {
    const auto ticks = checked_ticks(day_of(2024, 2, 1), day_of(2024, 3, 1), 800);
    CHECK(labels_of(ticks) == std::vector<std::string>{"Feb 5, 2024", "Feb 12", "Feb 19", "Feb 26"});
    CHECK(ticks[0].major);  // the week before was in January
    CHECK_FALSE(ticks[1].major);
}

TEST_CASE("time axis: 2 weeks shows every other day", "[view-models]") {
    const auto ticks = checked_ticks(day_of(2024, 2, 20), day_of(2024, 3, 5), 800);
    REQUIRE(ticks.size() >= 6);
    for (std::size_t i = 1; i < ticks.size(); ++i) CHECK(ticks[i].day - ticks[i - 1].day == 2);
    const auto march = std::find_if(ticks.begin(), ticks.end(), [](const vm::TimeTick& t) {
        return t.label.rfind("Mar", 0) == 0;
    });
    REQUIRE(march != ticks.end());
    CHECK(march->major);
    CHECK_FALSE(ticks[1].major);
}

TEST_CASE("time axis: 3 days shows single days, the year on a year boundary", "[view-models]") {
    const auto ticks = checked_ticks(day_of(2023, 12, 30) + 0.5, day_of(2024, 1, 2) + 0.5, 800);
    CHECK(labels_of(ticks) == std::vector<std::string>{"Dec 31, 2023", "Jan 1, 2024", "Jan 2"});
    CHECK_FALSE(ticks[0].major);
    CHECK(ticks[1].major);
    CHECK_FALSE(ticks[2].major);
}

TEST_CASE("time axis: invariants hold at random zooms; nothing for empty or narrow views", "[view-models]") {
    Lcg random{42};
    for (int trial = 0; trial < 300; ++trial) {
        const double span = std::pow(10.0, 5 * random.unit());  // 1 day .. 270 years
        const double first = -20000 + 60000 * random.unit();
        const float width = float(80 + random.below(2000));
        checked_ticks(first, first + span, width);
    }
    CHECK(vm::time_ticks(100, 100, 800).empty());
    CHECK(vm::time_ticks(200, 100, 800).empty());
    CHECK(vm::time_ticks(0, 1000, 60).empty());  // not even one label fits
    CHECK(vm::time_ticks(0, 1000, 0).empty());
    CHECK(vm::time_ticks(0, NAN, 800).empty());
}

// [SECTION] timeline index

TEST_CASE("timeline: build sorts each lane by day then id and drops bad events", "[view-models]") {
    const vm::TimelineIndex index = vm::build_timeline_index(
        {{5, 0, 9}, {3, 1, 1}, {5, 0, 2}, {1, 0, 4}, {2, 7, 3}, {2, -1, 5}, {NAN, 0, 6}}, 2);
    REQUIRE(index.lanes == 2);
    REQUIRE(index.by_lane[0].size() == 3);
    CHECK(index.by_lane[0][0].id == 4);
    CHECK(index.by_lane[0][1].id == 2);
    CHECK(index.by_lane[0][2].id == 9);
    REQUIRE(index.by_lane[1].size() == 1);
}

TEST_CASE("timeline: 1,000 events in a narrow range fold into few marks with counts", "[view-models]") {
    std::vector<vm::TimelineEvent> events;
    const int per_day[3] = {500, 300, 200};
    for (int d = 0; d < 3; ++d)
        for (int i = 0; i < per_day[d]; ++i) events.push_back({19000.0 + d, 0, 1000 - int(events.size())});
    const vm::TimelineIndex index = vm::build_timeline_index(events, 1);

    std::vector<vm::TimelineMark> marks;
    vm::visible_marks(index, 17000, 21000, 800, 4, marks);  // 0.2 px per day: one dot
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].count == 1000);
    CHECK(marks[0].first == 0);
    CHECK(vm::most_on_one_day(index, marks[0]) == 500);
    CHECK(marks[0].day_begin == 19000.0);
    CHECK(marks[0].x_begin == Approx(400.0f));

    vm::visible_marks(index, 18999, 19004, 800, 4, marks);  // 160 px per day: one mark per day
    REQUIRE(marks.size() == 3);
    int total = 0;
    for (int d = 0; d < 3; ++d) {
        CHECK(marks[std::size_t(d)].count == per_day[d]);
        CHECK(vm::most_on_one_day(index, marks[std::size_t(d)]) == per_day[d]);
        CHECK(marks[std::size_t(d)].x_begin == Approx(160.f * float(d + 1)));
        total += marks[std::size_t(d)].count;
    }
    CHECK(total == 1000);
    CHECK(marks[1].first == 500);
}

TEST_CASE("timeline: the visible walk matches brute force on random data", "[view-models]") {
    Lcg random{7};
    std::vector<vm::TimelineEvent> events;
    for (int i = 0; i < 5000; ++i)
        events.push_back({double(random.below(3650)) + random.below(4) * 0.25, random.below(4), i});
    const vm::TimelineIndex index = vm::build_timeline_index(events, 4);
    std::vector<vm::TimelineMark> marks;
    for (int trial = 0; trial < 200; ++trial) {
        double first = double(random.below(4000)) - 200, last = first + 1 + random.below(1500);
        if (trial % 10 == 0) last = first + 0.5;  // zoomed closer than a day
        std::size_t brute = 0;
        for (const vm::TimelineEvent& e : events) brute += (e.day >= first && e.day <= last);
        REQUIRE(vm::count_visible(index, first, last) == brute);

        const float width = 700, fold = 3;
        vm::visible_marks(index, first, last, width, fold, marks);
        std::size_t folded = 0;
        for (std::size_t m = 0; m < marks.size(); ++m) {
            const vm::TimelineMark& mark = marks[m];
            const auto& lane = index.by_lane[std::size_t(mark.lane)];
            REQUIRE(mark.count >= 1);
            std::map<double, int> per_day;
            for (int k = mark.first; k < mark.first + mark.count; ++k) {
                REQUIRE(lane[std::size_t(k)].day >= first);
                REQUIRE(lane[std::size_t(k)].day <= last);
                ++per_day[std::floor(lane[std::size_t(k)].day)];
            }
            int most = 0;
            for (const auto& day : per_day) most = std::max(most, day.second);
            REQUIRE(vm::most_on_one_day(index, mark) == most);
            CHECK(mark.x_begin >= 0.f);
            CHECK(mark.x_end <= width);
            if (m > 0 && marks[m - 1].lane == mark.lane) {
                CHECK(marks[m - 1].first + marks[m - 1].count == mark.first);  // no gaps, no overlaps
                CHECK(mark.x_begin - marks[m - 1].x_begin >= fold * 0.999f);
            }
            folded += std::size_t(mark.count);
        }
        REQUIRE(folded == brute);
    }
}

TEST_CASE("timeline: 100,000 events give at most width / fold_px + 1 marks per lane", "[view-models]") {
    Lcg random{99};
    std::vector<vm::TimelineEvent> events;
    for (int i = 0; i < 100000; ++i) events.push_back({random.unit() * 20000, i % 3, i});
    const vm::TimelineIndex index = vm::build_timeline_index(std::move(events), 3);
    std::vector<vm::TimelineMark> marks;
    for (double span : {20000.0, 2000.0, 200.0}) {
        const float width = 800, fold = 4;
        vm::visible_marks(index, 5000, 5000 + span, width, fold, marks);
        int per_lane[3] = {0, 0, 0};
        int total = 0;
        for (const vm::TimelineMark& m : marks) {
            ++per_lane[m.lane];
            total += m.count;
        }
        for (int lane = 0; lane < 3; ++lane) {
            CHECK(per_lane[lane] <= int(width / fold) + 1);
            CHECK(per_lane[lane] > 50);
        }
        CHECK(std::size_t(total) == vm::count_visible(index, 5000, 5000 + span));
    }
}

TEST_CASE("timeline: fit_range pads by 3%, centres a single day, ignores no events", "[view-models]") {
    double first = -1, last = -1;
    vm::fit_range(vm::build_timeline_index({{100, 0, 0}, {300, 1, 1}, {200, 0, 2}}, 2), first, last);
    CHECK(first == Approx(94));
    CHECK(last == Approx(306));
    vm::fit_range(vm::build_timeline_index({{500, 0, 0}, {500, 1, 1}}, 2), first, last);
    CHECK(first == Approx(485));
    CHECK(last == Approx(515));
    first = 1, last = 2;
    vm::fit_range(vm::build_timeline_index({}, 3), first, last);
    CHECK((first == 1 && last == 2));
}

TEST_CASE("timeline: zoom keeps the anchor in place and clamps the span; pan shifts", "[view-models]") {
    double first = 1000, last = 2000;
    const double anchor = 1250;
    vm::zoom_around(first, last, anchor, 0.5f);
    CHECK(last - first == Approx(500));
    CHECK((anchor - first) / (last - first) == Approx(0.25));
    vm::zoom_around(first, last, anchor, 4.f);
    CHECK(last - first == Approx(2000));
    CHECK((anchor - first) / (last - first) == Approx(0.25));

    for (int i = 0; i < 100; ++i) vm::zoom_around(first, last, anchor, 0.5f);
    CHECK(last - first == Approx(1.0));
    CHECK((anchor - first) == Approx(0.25));
    for (int i = 0; i < 100; ++i) vm::zoom_around(first, last, anchor, 3.f);
    CHECK(last - first == Approx(200 * 365.2425));
    CHECK((anchor - first) / (last - first) == Approx(0.25));

    first = 10, last = 20;
    vm::zoom_around(first, last, 15, 0.f);  // a bad factor changes nothing
    CHECK((first == 10 && last == 20));
    vm::pan_by(first, last, -7.5);
    CHECK((first == 2.5 && last == 12.5));
}
