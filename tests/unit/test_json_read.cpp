// JSON with numbers too large for a double: each is a bad value of its field, named by its
// path, and the rest of the document still reads.
#include <catch2/catch.hpp>

#include "core/json_read.h"

TEST_CASE("json_read: a number too large reads as null and is named by its path", "[json]") {
    const core::JsonRead r = core::read_json(R"({"documents": [{"file": "a.txt"}, {"file": "b.txt", "published": 1e500}]})");
    REQUIRE(r.ok());
    REQUIRE(r.bad_numbers.size() == 1);
    CHECK(r.bad_numbers[0].path == "documents[1].published");
    CHECK(r.bad_numbers[0].item == 1);
    CHECK(r.bad_numbers[0].field == "published");
    CHECK(core::bad_number_reason(r.bad_numbers[0]) == "the number 1e500 is too large to read");
    CHECK(r.value["documents"][1]["published"].is_null());
    CHECK(r.value["documents"][1]["file"] == "b.txt");
}

TEST_CASE("json_read: several bad numbers, nested and negative, in text order", "[json]") {
    const core::JsonRead r = core::read_json(R"([{"n": [1, -2e999]}, 3, {"x": {"y": 4E+400}}])");
    REQUIRE(r.ok());
    REQUIRE(r.bad_numbers.size() == 2);
    CHECK(r.bad_numbers[0].path == "[0].n[1]");
    CHECK(r.bad_numbers[0].token == "-2e999");
    CHECK(r.bad_numbers[1].path == "[2].x.y");
    CHECK(r.bad_numbers[1].item == 2);
    CHECK(r.bad_numbers[1].field == "x.y");
    CHECK(r.value.dump() == R"([{"n":[1,null]},3,{"x":{"y":null}}])");
}

TEST_CASE("json_read: large integers and tiny numbers are not errors; syntax errors still are", "[json]") {
    const core::JsonRead big = core::read_json("[123456789012345678901234567890, 1e-500, 1e308]");
    CHECK(big.ok());
    CHECK(big.bad_numbers.empty());
    const core::JsonRead broken = core::read_json("[1e500,");
    CHECK_FALSE(broken.ok());
    CHECK(broken.error.rfind("at line 1, column 8", 0) == 0);
    CHECK(broken.value.is_null());
}

TEST_CASE("json_read: a long number is shortened in messages; too many bad numbers stop the read", "[json]") {
    const core::JsonRead r = core::read_json("{\"a\": 1" + std::string(400, '0') + "}");
    REQUIRE(r.bad_numbers.size() == 1);
    CHECK(r.bad_numbers[0].token == "1" + std::string(39, '0') + "...");
    std::string many = "[";
    for (int i = 0; i < 40; ++i) many += "1e999,";
    many += "0]";
    const core::JsonRead m = core::read_json(many);
    CHECK_FALSE(m.ok());
    CHECK(m.error == "more than 16 numbers too large to read (the next at [16])");
}
