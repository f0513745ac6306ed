#include "core/corpus.h"

namespace core {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

template <class F>
void for_each_line(std::string_view text, F&& f) {
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        f(text.substr(start, end - start));
        if (end == text.size()) break;
        start = end + 1;
    }
}

}  // namespace

const char* date_basis_name(DateBasis basis) {
    switch (basis) {
        case DateBasis::text: return "text";
        case DateBasis::manifest: return "manifest";
        case DateBasis::inferred: return "inferred";
        case DateBasis::unknown: break;
    }
    return "unknown";
}

std::string first_nonempty_line(std::string_view text) {
    std::string title;
    bool found = false;
    for_each_line(text, [&](std::string_view line) {
        if (found || is_blank(line)) return;
        title = std::string(trim(line));
        found = true;
    });
    return title;
}

std::size_t count_words(std::string_view text) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : text) {
        const bool space = is_space(c);
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

std::size_t count_paragraphs(std::string_view text) {
    std::size_t paragraphs = 0;
    bool in_paragraph = false;
    for_each_line(text, [&](std::string_view line) {
        const bool blank = is_blank(line);
        if (!blank && !in_paragraph) ++paragraphs;
        in_paragraph = !blank;
    });
    return paragraphs;
}

Corpus build_corpus(ImportResult imported) {
    Corpus corpus;
    corpus.title = imported.manifest.title;
    corpus.messages = std::move(imported.messages);
    corpus.documents.reserve(imported.articles.size());
    for (ArticleInput& a : imported.articles) {
        Document d;
        d.id = std::move(a.id);
        d.file = std::move(a.file);
        d.text = std::move(a.text);
        d.invalid_utf8 = a.invalid_utf8;
        d.title = a.title.empty() ? first_nonempty_line(d.text) : std::move(a.title);
        d.words = count_words(d.text);
        d.paragraphs = count_paragraphs(d.text);
        if (!a.published.empty()) {
            d.published = std::move(a.published);
            d.published_basis = DateBasis::manifest;
        }
        corpus.documents.push_back(std::move(d));
    }
    return corpus;
}

}  // namespace core
