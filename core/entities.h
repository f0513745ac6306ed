// Entity mentions: every lexicon alias found in the text, matched in one pass
// (a trie walk over case-folded tokens; word boundaries come from the tokens;
// the longest alias wins).
//
//   std::vector<core::MentionSpan> m = core::tag_entities(f.text, tokens, lex);
//   // "Mr Kim met U.S. envoys in Pyongyang" -> Kim Jong Un, United States, North Korea
//
// Context aliases ("the regime" for North Korea) count only in documents that name
// their entity in another way.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/lexicon.h"

namespace core {

struct MentionSpan {
    uint32_t entity = 0;                  // index into Lexicon::entities
    uint32_t begin = 0, end = 0;          // offsets in the analysed (folded) text
    uint32_t tok_begin = 0, tok_end = 0;  // token range
};

std::vector<MentionSpan> tag_entities(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lex);

}  // namespace core
