#include "core/sentences.h"

namespace core {
namespace {

inline char char_at(std::string_view text, const Token& t) { return text[t.begin]; }

bool is_closer(std::string_view text, const Token& t) {
    if (t.shape != TokenShape::punct) return false;
    const char c = char_at(text, t);
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
}

// May a sentence start at token k? Upper-case words, numbers and opening quotes can.
bool can_start(std::string_view text, const std::vector<Token>& tokens, uint32_t k, uint32_t end) {
    if (k >= end) return false;
    const Token& t = tokens[k];
    if (!t.space_before) return false;
    if (t.shape == TokenShape::number || t.upper) return true;
    if (t.shape == TokenShape::punct) {
        const char c = char_at(text, t);
        if ((c == '"' || c == '\'' || c == '(' || c == '-') && k + 1 < end)
            return tokens[k + 1].upper || tokens[k + 1].shape == TokenShape::number;
    }
    return false;
}

// Does the period at token k belong to an abbreviation or initial?
bool is_abbreviation(std::string_view text, const std::vector<Token>& tokens, uint32_t k, uint32_t begin,
                     const Lexicon& lex) {
    if (k == begin) return false;
    const Token& prev = tokens[k - 1];
    if (prev.end != tokens[k].begin || prev.shape != TokenShape::word) return false;
    if (prev.end - prev.begin == 1) return true;  // U.S., a.m., J. Smith
    if ((lex.classes(prev) & word_bit(WordClass::abbreviation)) == 0) return false;
    // "No." is an abbreviation only before a number ("No. 2"); elsewhere it ends a sentence.
    const std::string_view w = text.substr(prev.begin, prev.end - prev.begin);
    if (w == "No" || w == "no") return k + 1 < tokens.size() && tokens[k + 1].shape == TokenShape::number;
    return true;
}

bool is_punct(std::string_view text, const Token& t, char c) { return t.shape == TokenShape::punct && char_at(text, t) == c; }

// Adds the sentence of tokens [start, end), split into pieces of at most kMaxSentenceTokens:
// at the last ';' of the second half of the allowance, else at its last ',', else at the
// allowance. A "sentence" that long is a list, a table or a transcript run together, and
// every later stage may look at all pairs of tokens in a sentence.
void add_sentence(std::vector<SentenceSpan>& out, std::string_view text, const std::vector<Token>& tokens,
                  uint32_t start, uint32_t end, uint32_t paragraph) {
    while (end - start > kMaxSentenceTokens) {
        const uint32_t limit = start + kMaxSentenceTokens, half = start + kMaxSentenceTokens / 2;
        uint32_t cut = 0;
        for (const char boundary : {';', ','}) {
            for (uint32_t k = limit - 1; k >= half && !cut; --k)
                if (is_punct(text, tokens[k], boundary)) cut = k + 1;
            if (cut) break;
        }
        if (!cut) cut = limit;
        out.push_back({tokens[start].begin, tokens[cut - 1].end, start, cut, paragraph});
        start = cut;
    }
    out.push_back({tokens[start].begin, tokens[end - 1].end, start, end, paragraph});
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view text, const std::vector<Token>& tokens,
                                          const ArticleLayout& layout, const Lexicon& lex) {
    std::vector<SentenceSpan> out;
    out.reserve(tokens.size() / 16 + layout.paragraphs.size());  // news sentences run 20 to 30 tokens
    for (uint32_t p = 0; p < layout.paragraphs.size(); ++p) {
        const ParagraphSpan& para = layout.paragraphs[p];
        uint32_t start = para.tok_begin;
        for (uint32_t k = para.tok_begin; k < para.tok_end; ++k) {
            const Token& t = tokens[k];
            if (t.shape != TokenShape::punct) continue;
            const char c = char_at(text, t);
            if (c != '.' && c != '!' && c != '?') continue;
            if (c == '.' && is_abbreviation(text, tokens, k, para.tok_begin, lex)) continue;
            uint32_t end = k + 1;  // take closing quotes, brackets and "..." along
            while (end < para.tok_end && is_closer(text, tokens[end]) && !tokens[end].space_before) ++end;
            if (end < para.tok_end && !can_start(text, tokens, end, para.tok_end)) continue;
            add_sentence(out, text, tokens, start, end, p);
            start = end;
            k = end - 1;
        }
        if (start < para.tok_end) add_sentence(out, text, tokens, start, para.tok_end, p);
    }
    return out;
}

}  // namespace core
