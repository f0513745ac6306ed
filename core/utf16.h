// UTF-16 text (Windows Notepad's "Unicode") recognised and converted to UTF-8.
//
//   core::Utf16Kind kind = core::detect_utf16(bytes);
//   if (kind.order != core::ByteOrder::none) {
//       core::Utf16Text t = core::utf16_to_utf8(bytes, kind);
//       note(core::utf16_description(kind));   // "UTF-16 little-endian with a byte order mark"
//       use(t.text);                           // UTF-8, without the byte order mark
//   }
//
// A byte order mark (FF FE or FE FF) says which order; without one, text whose every
// other byte is NUL in the pattern of Latin script (most code units below U+0100) is read
// as UTF-16 of that order. A lone surrogate, or an odd last byte, becomes U+FFFD and is
// counted in `invalid`.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace core {

enum class ByteOrder { none, little_endian, big_endian };

struct Utf16Kind {
    ByteOrder order = ByteOrder::none;
    bool bom = false;
};

struct Utf16Text {
    std::string text;
    std::size_t invalid = 0;  // code units that were not part of a character
};

Utf16Kind detect_utf16(std::string_view bytes);
Utf16Text utf16_to_utf8(std::string_view bytes, Utf16Kind kind);
std::string utf16_description(Utf16Kind kind);

}  // namespace core
