// Keyword in context for the Search view: find a word or phrase, show it with its surroundings.
//
//   std::vector<std::string_view> texts = ...;          // one per document
//   for (const vm::KwicHit& h : vm::find_phrase(texts, "missile launch", 500)) {
//       std::string_view text = texts[h.document];
//       row(vm::kwic_left(text, h.begin, 60),           // "... North Korea's latest"
//           text.substr(h.begin, h.end - h.begin),      // "Missile\nlaunch"
//           vm::kwic_right(text, h.end, 60));           // " was the third this month"
//   }
//
// Matching folds ASCII case only (other UTF-8 bytes compare as they are), needs a word boundary
// where the query starts or ends with a letter or digit (so "Iran" does not match "Iranian"), and
// lets each run of whitespace in the query match any run of whitespace in the text, line breaks
// included. A word character is an ASCII letter, digit or underscore, or a non-ASCII character
// other than punctuation and spaces (so "Japan’s" with a curly apostrophe still matches "Japan").
// Hits do not overlap; documents are scanned in order, once each, without regex.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vm {

struct KwicHit {
    int document;              // index into the texts
    std::size_t begin, end;    // byte range of the match in that text
};

// At most max_hits hits, in document order then position. An all-whitespace query finds nothing.
std::vector<KwicHit> find_phrase(const std::vector<std::string_view>& texts, std::string_view query,
                                 std::size_t max_hits);

// Up to width_bytes of text before `begin` / after `end`, never starting or ending inside a
// UTF-8 sequence, with line breaks and tabs turned into spaces so the row stays one line.
std::string kwic_left(std::string_view text, std::size_t begin, std::size_t width_bytes);
std::string kwic_right(std::string_view text, std::size_t end, std::size_t width_bytes);

}  // namespace vm
