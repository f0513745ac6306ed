// Folding typographic characters to ASCII for matching, with a map back to the
// original bytes so every offset the core reports points into the file as given.
//
//   core::FoldedText f = core::fold_text("Korea\xE2\x80\x99s \xE2\x80\x9C" "fierce\xE2\x80\x9D");
//   f.text                 == "Korea's \"fierce\""
//   f.to_original(6)       == 8     // the 's' after the 3-byte apostrophe
//
// Folded: curly quotes and primes (to ' and "), en/em dashes and minus signs (to -),
// no-break and thin spaces (to a space), the ellipsis (to "..."). Everything else
// is copied byte for byte, so ASCII text folds to itself.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct FoldedText {
    std::string folded;  // the folded copy; empty when nothing was folded (the original serves)
    bool identity = true;  // nothing was folded: offsets are the same in both
    // From folded offset `at` on, the original offset is the folded one plus `delta` (until the
    // next entry): a few entries per fold rather than one per byte.
    struct Shift {
        uint32_t at;
        int64_t delta;
    };
    std::vector<Shift> shifts;

    std::string_view view(std::string_view original) const { return identity ? original : std::string_view(folded); }
    uint32_t to_original(uint32_t folded_offset) const;
};

FoldedText fold_text(std::string_view original);

// The ASCII replacement of the UTF-8 sequence at s[i], with its length in `length`;
// nullptr when the character is not folded.
const char* folded_replacement(std::string_view s, std::size_t i, std::size_t* length);

}  // namespace core
