// Reading JSON where a number too large for a double ("1e500") is a bad value of its
// field, not the end of the file: it reads as null and is named by its path, so each
// importer can say which field of which row was wrong and load the rest.
//
//   core::JsonRead r = core::read_json(text);
//   if (!r.ok()) report("not valid JSON: " + r.error);   // "at line 3, column 5: ..."
//   for (const core::JsonBadNumber& b : r.bad_numbers)
//       report(b.path + ": " + core::bad_number_reason(b));  // "documents[0].published: the number
//                                                            //  1e500 is too large to read"
//   use(r.value);                                           // 1e500 read as null
//
// A value's path is its keys and array indices from the root: "articles[2].date",
// "[0].aliases[1]", "date". `item` is the index in the outermost array on the path (an
// article's row is item + 1), with `field` the path inside that item.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace core {

struct JsonBadNumber {
    std::string path;   // "articles[2].date"; empty for a document that is only the number
    std::string token;  // the number as written, at most 40 characters: "1e500"
    std::size_t item = std::string::npos;  // index in the outermost array on the path, npos if none
    std::string field;  // the path inside that item ("date"), or the whole path when there is no item
};

struct JsonRead {
    nlohmann::json value;
    std::string error;           // empty when the text was read: "at line 3, column 5: syntax error ..."
    std::size_t error_byte = 0;  // 1-based byte offset of the error
    std::vector<JsonBadNumber> bad_numbers;  // in text order; their values read as null
    bool ok() const { return error.empty(); }
};

JsonRead read_json(std::string_view text);

// "the number 1e500 is too large to read"
std::string bad_number_reason(const JsonBadNumber& b);

}  // namespace core
