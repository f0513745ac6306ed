// UTF-8 validation and repair.
//
//   core::Utf8Repair r = core::repair_utf8(bytes);
//   if (r.invalid_sequences) report(r.first_invalid_offset);
//   use(r.text);   // valid UTF-8; each invalid sequence became U+FFFD
//
// Valid input comes back byte for byte, so byte offsets into a valid file stay
// offsets into the repaired text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace core {

struct Utf8Repair {
    std::string text;
    std::size_t invalid_sequences = 0;
    std::size_t first_invalid_offset = 0;  // meaningful when invalid_sequences > 0
};

// Length in bytes of the well-formed sequence starting at s[i], or 0 if none.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);
bool is_valid_utf8(std::string_view bytes);
// Offset of the first invalid sequence, or npos.
std::size_t first_invalid_utf8(std::string_view bytes);
// The longest prefix of valid UTF-8 `s` that fits in `limit` bytes and ends on a character boundary.
std::size_t utf8_prefix_length(std::string_view s, std::size_t limit);
Utf8Repair repair_utf8(std::string_view bytes);

}  // namespace core
