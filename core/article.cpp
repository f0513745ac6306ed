#include "core/article.h"

namespace core {
namespace {

bool has(uint64_t classes, WordClass c) { return (classes & word_bit(c)) != 0; }

std::size_t word_count(const std::vector<Token>& tokens, uint32_t b, uint32_t e) {
    std::size_t n = 0;
    for (uint32_t i = b; i < e; ++i) n += tokens[i].shape != TokenShape::punct;
    return n;
}

bool is_boilerplate(std::string_view text, const std::vector<Token>& tokens, const ParagraphSpan& p,
                    const Lexicon& lex) {
    const std::size_t words = p.words;
    if (words > 40) return false;  // a long paragraph is an article, even one about cookies
    // A share bar ("Share  Tweet  Copy link") is nothing but its buttons.
    bool furniture = words <= 6;
    for (uint32_t i = p.tok_begin; i < p.tok_end && furniture; ++i)
        furniture = tokens[i].shape == TokenShape::punct || has(lex.classes(tokens[i]), WordClass::page_furniture);
    if (furniture) return true;
    // A link line: "Related: ...", "Read more: ...", "ALSO READ: ...", "More on this story".
    uint32_t k = p.tok_begin;
    while (k < p.tok_end && k < p.tok_begin + 3 && has(lex.classes(tokens[k]), WordClass::see_also)) ++k;
    if (k > p.tok_begin && ((k < p.tok_end && text[tokens[k].begin] == ':') ||
                            (words <= 12 && text[tokens[p.tok_end - 1].begin] != '.')))
        return true;
    for (uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
        const uint64_t c = lex.classes(tokens[i]);
        if (has(c, WordClass::boilerplate)) return true;
        const std::string_view w = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
        // "Sign up for ...", "Privacy Policy", "All rights reserved"
        if (i + 1 < p.tok_end) {
            const std::string_view next = text.substr(tokens[i + 1].begin, tokens[i + 1].end - tokens[i + 1].begin);
            if ((w == "Sign" || w == "sign") && next == "up") return true;
            if ((w == "Privacy" || w == "privacy") && (next == "Policy" || next == "policy" || next == "&")) return true;
            if ((w == "rights" || w == "Rights") && (next == "reserved" || next == "Reserved")) return true;
        }
    }
    return false;
}

// A caption says so ("Photo:", "Getty Images", "handout") or carries a credit ("REUTERS/Kim Hong-Ji",
// "(AFP)" closing it); an agency named in a dateline ("SEOUL (Reuters) -") is no caption.
bool is_caption(std::string_view text, const std::vector<Token>& tokens, const ParagraphSpan& p, const Lexicon& lex) {
    for (uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
        const uint64_t c = lex.classes(tokens[i]);
        if (has(c, WordClass::caption)) return true;
        if (!has(c, WordClass::photo_agency)) continue;
        const bool slash_after = i + 1 < p.tok_end && text[tokens[i + 1].begin] == '/' && !tokens[i + 1].space_before;
        const bool closing = i + 2 >= p.tok_end && i > p.tok_begin && text[tokens[i - 1].begin] == '(';
        if (slash_after || closing) return true;
    }
    return false;
}

// A line above the headline that is not it: a stamp, a section label or an all-capital letterhead.
bool is_label(std::string_view text, const std::vector<Token>& tokens, const ParagraphSpan& p, const ParagraphSpan* next,
              const Lexicon& lex) {
    const std::size_t words = p.words;
    if (has(lex.classes(tokens[p.tok_begin]), WordClass::publication) && words <= 8) return true;
    if (is_boilerplate(text, tokens, p, lex)) return true;
    // A lone word over another short line is a place or a desk ("Rawalpindi"), not the headline.
    if (words < 2 && next && text[next->end - 1] != '.') return true;
    bool lower = false;
    for (uint32_t i = p.tok_begin; i < p.tok_end; ++i) {
        const Token& t = tokens[i];
        if (t.shape == TokenShape::punct) {
            const char c = text[t.begin];
            if ((c == '|' || c == '/' || c == '>') && t.space_before) return true;
            continue;
        }
        for (uint32_t c = t.begin; c < t.end && !lower; ++c) lower = text[c] >= 'a' && text[c] <= 'z';
    }
    return !lower;
}

}  // namespace

const char* paragraph_role_name(ParagraphRole role) {
    switch (role) {
        case ParagraphRole::title: return "title";
        case ParagraphRole::byline: return "byline";
        case ParagraphRole::dateline: return "dateline";
        case ParagraphRole::body: return "body";
        case ParagraphRole::caption: return "caption";
        case ParagraphRole::boilerplate: return "boilerplate";
    }
    return "body";
}

ArticleLayout parse_article(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lex) {
    ArticleLayout a;
    // [SECTION] paragraphs: one per non-blank line, as tokens see them
    for (uint32_t i = 0; i < tokens.size();) {
        uint32_t j = i + 1;
        while (j < tokens.size() && !tokens[j].line_before) ++j;
        ParagraphSpan p;
        p.begin = tokens[i].begin;
        p.end = tokens[j - 1].end;
        p.tok_begin = i;
        p.tok_end = j;
        p.words = static_cast<uint32_t>(word_count(tokens, i, j));
        a.paragraphs.push_back(p);
        i = j;
    }
    if (a.paragraphs.empty()) return a;

    // [SECTION] roles
    // The title is the first line that reads like one: not a "published : 2023-09-06" stamp, a
    // section label ("ANALYSIS", "World / Korean Peninsula", "LIVE | Middle East"), an outlet's
    // letterhead in capitals or a cookie notice.
    std::size_t title = 0;
    for (std::size_t k = 0; k < a.paragraphs.size() && k < 6; ++k) {
        const ParagraphSpan* next = k + 1 < a.paragraphs.size() ? &a.paragraphs[k + 1] : nullptr;
        if (!is_label(text, tokens, a.paragraphs[k], next, lex)) {
            title = k;
            break;
        }
    }
    a.paragraphs[title].role = ParagraphRole::title;
    a.title = std::string(text.substr(a.paragraphs[title].begin, a.paragraphs[title].end - a.paragraphs[title].begin));
    bool in_header = true;
    for (std::size_t k = 0; k < a.paragraphs.size(); ++k) {
        ParagraphSpan& p = a.paragraphs[k];
        const std::size_t words = p.words;
        const bool caption = is_caption(text, tokens, p, lex);
        // The header ends at the first long paragraph that is not a photo caption, nor the
        // standfirst right under the title (a dateline and a byline may follow that).
        const bool standfirst = k == title + 1;
        if (in_header && k > 0 && words >= 25 && !caption && !standfirst) in_header = false;
        if (k >= 12) in_header = false;
        p.header = in_header;
        if (p.role == ParagraphRole::title) continue;
        const Token& first = tokens[p.tok_begin];
        const std::string_view w = text.substr(first.begin, first.end - first.begin);
        if (w == "By" && words <= 8 && p.tok_begin + 1 < p.tok_end && tokens[p.tok_begin + 1].upper) {
            p.role = ParagraphRole::byline;
            if (a.byline.empty()) a.byline = std::string(text.substr(tokens[p.tok_begin + 1].begin, p.end - tokens[p.tok_begin + 1].begin));
        } else if (caption && words <= 80 && p.header) {
            p.role = ParagraphRole::caption;
        }
    }
    // Boilerplate: marked paragraphs, and the short lines that trail a marked one at the end
    // ("Sign up for NTD Daily" / "What you need to know, summarized in one email.").
    bool trailing = false;
    for (std::size_t k = 1; k < a.paragraphs.size(); ++k) {
        ParagraphSpan& p = a.paragraphs[k];
        if (is_boilerplate(text, tokens, p, lex)) {
            p.role = ParagraphRole::boilerplate;
            trailing = k + 8 >= a.paragraphs.size();
        } else if (trailing && p.words < 25) {
            p.role = ParagraphRole::boilerplate;
        } else {
            trailing = false;
        }
    }
    return a;
}

}  // namespace core
