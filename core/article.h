// Reading the layout of one article: paragraphs (one per line), their roles
// (title, byline, caption, boilerplate, body), and the header region where a
// publication date may stand.
//
//   core::FoldedText f = core::fold_text(text);
//   std::vector<core::Token> tokens;
//   const std::string_view folded = f.view(text);
//   core::tokenize(folded, lex, tokens);
//   core::ArticleLayout a = core::parse_article(folded, tokens, lex);
//   for (const core::ParagraphSpan& p : a.paragraphs)
//       if (p.role != core::ParagraphRole::boilerplate) read(folded.substr(p.begin, p.end - p.begin));
//
// Boilerplate (newsletter sign-ups, cookie notices, "- Advertisement -") is kept
// and marked so the reader can still show it; extraction skips it. The publication
// date itself is chosen in core/times.h (publication_date) from the header paragraphs.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon.h"

namespace core {

enum class ParagraphRole : uint8_t { title, byline, dateline, body, caption, boilerplate };
const char* paragraph_role_name(ParagraphRole role);

struct ParagraphSpan {
    uint32_t begin = 0, end = 0;          // offsets in the analysed (folded) text, trimmed
    uint32_t tok_begin = 0, tok_end = 0;  // token range
    uint32_t words = 0;                   // tokens that are not punctuation
    ParagraphRole role = ParagraphRole::body;
    bool header = false;                  // before the first long body paragraph: where datelines stand
};

struct ArticleLayout {
    std::vector<ParagraphSpan> paragraphs;
    std::string title;   // the first line
    std::string byline;  // "Kos Temenes" from "By Kos Temenes", or empty
};

ArticleLayout parse_article(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lex);

}  // namespace core
