#include "core/entities.h"

namespace core {

std::vector<MentionSpan> tag_entities(std::string_view text, const std::vector<Token>& tokens, const Lexicon& lex) {
    std::vector<MentionSpan> out;
    out.reserve(tokens.size() / 16 + 4);
    std::vector<uint32_t> context;  // indexes into `out` of context-alias mentions
    AliasMatch m;
    for (std::size_t i = 0; i < tokens.size();) {
        // An alias starts at a word or number glued to nothing on its left ("U.S.-imposed" still
        // starts at "U"; the "S" inside "U.S." is not a new start because the trie consumed it).
        if (lex.starts_alias(tokens[i].word) && lex.match_alias(text, tokens, i, &m)) {
            // "President Xi Jinping": a longer alias of the same entity starting inside this one wins.
            AliasMatch longer;
            for (uint32_t j = i + 1; j < m.token_end; ++j)
                if (lex.starts_alias(tokens[j].word) && lex.match_alias(text, tokens, j, &longer) && longer.entity == m.entity &&
                    longer.token_end > m.token_end)
                    m.token_end = longer.token_end;
            const uint32_t e = m.token_end;
            if (m.context) context.push_back(static_cast<uint32_t>(out.size()));
            out.push_back({m.entity, tokens[i].begin, tokens[e - 1].end, static_cast<uint32_t>(i), e});
            i = e;
        } else {
            ++i;
        }
    }
    if (context.empty()) return out;
    // Keep a context mention only if the same entity is named plainly elsewhere in the document.
    std::vector<uint8_t> named(lex.entities.size(), 0), is_context(out.size(), 0);
    for (uint32_t c : context) is_context[c] = 1;
    for (std::size_t k = 0; k < out.size(); ++k)
        if (!is_context[k]) named[out[k].entity] = 1;
    std::size_t w = 0;
    for (std::size_t k = 0; k < out.size(); ++k)
        if (!is_context[k] || named[out[k].entity]) out[w++] = out[k];
    out.resize(w);
    return out;
}

}  // namespace core
