// The URL hash that shares a view: format and parse, round trips and bad input.
#include <catch2/catch.hpp>

#include "ui/models/share_hash.h"

TEST_CASE("share hash: formats the keys in a fixed order", "[view-models][share]") {
    vm::ShareState s;
    s.view = "timeline";
    s.entities = {"Japan", "North Korea"};
    s.types = {"missile_launch"};
    s.from = "2022-01-01";
    s.to = "2022-12-31";
    s.doc = 3;
    CHECK(vm::format_share_hash(s) ==
          "view=timeline&entity=Japan&entity=North%20Korea&type=missile_launch&from=2022-01-01&to=2022-12-31&doc=3");
    CHECK(vm::format_share_hash(vm::ShareState()) == "");
}

TEST_CASE("share hash: parses what it formats", "[view-models][share]") {
    vm::ShareState s;
    s.view = "comentions";
    s.entities = {"Kim Jong-un", "A&B=C #1", "Ünïcode"};
    s.types = {"drill", "sanction"};
    s.doc = 0;
    const vm::ShareState back = vm::parse_share_hash("#" + vm::format_share_hash(s));
    CHECK(back.view == s.view);
    CHECK(back.entities == s.entities);
    CHECK(back.types == s.types);
    CHECK(back.doc == 0);
    CHECK(back.from.empty());
}

TEST_CASE("share hash: bad input is read as far as it makes sense", "[view-models][share]") {
    std::vector<std::string> unknown;
    const vm::ShareState s = vm::parse_share_hash("#view=nope&&entity=&color=red&doc=x7&entity=South+Korea&bad%zz", &unknown);
    CHECK(s.view == "nope");  // the explorer judges whether a view exists
    CHECK(s.entities == std::vector<std::string>{"South Korea"});
    CHECK(s.doc == -1);
    CHECK(unknown == std::vector<std::string>{"color", "doc=x7", "bad%zz"});
    CHECK(vm::parse_share_hash("").view.empty());
    CHECK(vm::parse_share_hash("#").entities.empty());
    CHECK(vm::percent_decode("%4") == "%4");
    CHECK(vm::percent_decode("%41%62") == "Ab");
}
