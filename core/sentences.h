// Sentence splitting over tokens, one paragraph at a time.
//
//   std::vector<core::SentenceSpan> s = core::split_sentences(f.text, tokens, layout, lex);
//   "The U.S. and Mr Kim met on Feb. 5 at 10 a.m. in No. 2 hall." is one sentence;
//   a headline or any line without a final period is a sentence of its own.
//
// A period ends a sentence only when white space and an upper-case word, a number or
// an opening quote follow, and the word before it is not an abbreviation from the
// lexicon ("Mr", "Feb", "No") nor a single letter ("U.S.", "a.m.", "J. Smith").
//
// No sentence is longer than kMaxSentenceTokens tokens: a longer run (a list, a table row,
// a transcript with no full stop) is split at a ';', else a ',', else hard, so that the work
// of every later stage per sentence is bounded. Prose sentences stay well under it.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/lexicon.h"

namespace core {

constexpr uint32_t kMaxSentenceTokens = 200;

struct SentenceSpan {
    uint32_t begin = 0, end = 0;          // offsets in the analysed (folded) text
    uint32_t tok_begin = 0, tok_end = 0;  // token range
    uint32_t paragraph = 0;               // index into ArticleLayout::paragraphs
};

std::vector<SentenceSpan> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                          const ArticleLayout& layout, const Lexicon& lex);

}  // namespace core
