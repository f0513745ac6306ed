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
    std::string text;              // the folded copy
    std::vector<uint32_t> origin;  // origin[i]: offset in the original of folded byte i; origin[size] = original size
    bool identity = true;          // nothing was folded: offsets are the same in both

    uint32_t to_original(uint32_t folded_offset) const {
        return identity ? folded_offset : origin[folded_offset];
    }
};

FoldedText fold_text(std::string_view original);

// The ASCII replacement of the UTF-8 sequence at s[i], with its length in `length`;
// nullptr when the character is not folded.
const char* folded_replacement(std::string_view s, std::size_t i, std::size_t* length);

}  // namespace core
