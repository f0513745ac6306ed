#include "ui/models/kwic.h"

#include <algorithm>

namespace vm {

namespace {

bool is_continuation_byte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

unsigned char fold_ascii(unsigned char byte) {
    return byte >= 'A' && byte <= 'Z' ? byte + ('a' - 'A') : byte;
}

bool is_ascii_space(unsigned char byte) {
    return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v';
}

// Bytes taken by one whitespace character at `at` (ASCII or U+00A0 no-break space); 0 if none.
std::size_t whitespace_length(std::string_view text, std::size_t at) {
    if (at >= text.size()) return 0;
    if (is_ascii_space(static_cast<unsigned char>(text[at]))) return 1;
    if (at + 1 < text.size() && static_cast<unsigned char>(text[at]) == 0xC2 &&
        static_cast<unsigned char>(text[at + 1]) == 0xA0)
        return 2;
    return 0;
}

// Decodes the character starting at `at` leniently: malformed bytes read as themselves.
char32_t code_point_at(std::string_view text, std::size_t at) {
    const unsigned char lead = static_cast<unsigned char>(text[at]);
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (at + length > text.size()) return lead;
    char32_t value = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t i = 1; i < length; ++i)
        value = (value << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    return value;
}

bool is_word_code_point(char32_t c) {
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    // Latin-1 punctuation and spaces, General Punctuation (quotes, dashes), CJK punctuation.
    if (c <= 0xBF || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F)) return false;
    return true;
}

bool word_before(std::string_view text, std::size_t at) {
    if (at == 0) return false;
    std::size_t start = at - 1;
    while (start > 0 && is_continuation_byte(static_cast<unsigned char>(text[start]))) --start;
    return is_word_code_point(code_point_at(text, start));
}

bool word_at(std::string_view text, std::size_t at) {
    return at < text.size() && is_word_code_point(code_point_at(text, at));
}

std::vector<std::string_view> split_words(std::string_view query) {
    std::vector<std::string_view> words;
    std::size_t at = 0;
    while (at < query.size()) {
        if (std::size_t space = whitespace_length(query, at)) {
            at += space;
            continue;
        }
        const std::size_t start = at;
        while (at < query.size() && whitespace_length(query, at) == 0) ++at;
        words.push_back(query.substr(start, at - start));
    }
    return words;
}

bool same_folded(std::string_view text, std::size_t at, std::string_view word) {
    if (text.size() - at < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (fold_ascii(static_cast<unsigned char>(text[at + i])) != fold_ascii(static_cast<unsigned char>(word[i])))
            return false;
    return true;
}

// The end of the phrase if it matches at `at`, or npos.
std::size_t match_end(std::string_view text, std::size_t at, const std::vector<std::string_view>& words) {
    for (std::size_t w = 0; w < words.size(); ++w) {
        if (w > 0) {
            const std::size_t gap_start = at;
            while (std::size_t space = whitespace_length(text, at)) at += space;
            if (at == gap_start) return std::string_view::npos;
        }
        if (!same_folded(text, at, words[w])) return std::string_view::npos;
        at += words[w].size();
    }
    return at;
}

std::string with_spaces_for_breaks(std::string_view text) {
    std::string line(text);
    for (char& c : line)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    return line;
}

}  // namespace

std::vector<KwicHit> find_phrase(const std::vector<std::string_view>& texts, std::string_view query,
                                 std::size_t max_hits) {
    std::vector<KwicHit> hits;
    const std::vector<std::string_view> words = split_words(query);
    if (words.empty() || max_hits == 0) return hits;
    const std::string_view first_word = words.front(), last_word = words.back();
    const bool bounded_start = word_at(first_word, 0);
    const bool bounded_end = word_before(last_word, last_word.size());
    const unsigned char first_byte = fold_ascii(static_cast<unsigned char>(first_word[0]));

    for (std::size_t d = 0; d < texts.size(); ++d) {
        const std::string_view text = texts[d];
        std::size_t at = 0;
        while (at < text.size()) {
            if (fold_ascii(static_cast<unsigned char>(text[at])) != first_byte ||
                (bounded_start && word_before(text, at))) {
                ++at;
                continue;
            }
            const std::size_t end = match_end(text, at, words);
            if (end == std::string_view::npos || (bounded_end && word_at(text, end))) {
                ++at;
                continue;
            }
            hits.push_back({int(d), at, end});
            if (hits.size() == max_hits) return hits;
            at = end;
        }
    }
    return hits;
}

std::string kwic_left(std::string_view text, std::size_t begin, std::size_t width_bytes) {
    begin = std::min(begin, text.size());
    std::size_t start = begin > width_bytes ? begin - width_bytes : 0;
    while (start < begin && is_continuation_byte(static_cast<unsigned char>(text[start]))) ++start;
    // A `begin` inside a character (not where hits start) would leave its lead bytes dangling.
    std::size_t stop = begin;
    while (stop > start && stop < text.size() && is_continuation_byte(static_cast<unsigned char>(text[stop])))
        --stop;
    return with_spaces_for_breaks(text.substr(start, stop - start));
}

std::string kwic_right(std::string_view text, std::size_t end, std::size_t width_bytes) {
    end = std::min(end, text.size());
    std::size_t stop = end + std::min(width_bytes, text.size() - end);
    // A continuation byte at the cut means the character before it is incomplete: leave it out.
    while (stop > end && stop < text.size() && is_continuation_byte(static_cast<unsigned char>(text[stop])))
        --stop;
    std::size_t start = end;
    while (start < stop && is_continuation_byte(static_cast<unsigned char>(text[start]))) ++start;
    return with_spaces_for_breaks(text.substr(start, stop - start));
}

}  // namespace vm
