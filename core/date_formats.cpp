#include "core/date_formats.h"

#include <cstdio>
#include <vector>

#include "core/manifest.h"

namespace core {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.remove_suffix(1);
    return s;
}

// A run of digits or of letters, with the characters that touch it: a number next to
// ':' is part of a time of day, not a day or a year.
struct Token {
    std::string_view text;
    bool number = false;
    char before = ' ';
    char after = ' ';
};

std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < s.size();) {
        const bool digit = is_digit(s[i]);
        if (!digit && !is_letter(s[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < s.size() && (digit ? is_digit(s[j]) : is_letter(s[j]))) ++j;
        Token t;
        t.text = s.substr(i, j - i);
        t.number = digit;
        t.before = i > 0 ? s[i - 1] : ' ';
        t.after = j < s.size() ? s[j] : ' ';
        tokens.push_back(t);
        i = j;
    }
    return tokens;
}

int to_int(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

// 1..12 for "feb", "febr", "February", "Sept"; 0 otherwise.
int month_number(std::string_view word) {
    static const char* const names[] = {"january", "february", "march",     "april",   "may",      "june",
                                        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3) return 0;
    for (int m = 0; m < 12; ++m) {
        const std::string_view name = names[m];
        if (word.size() > name.size()) continue;
        bool prefix = true;
        for (std::size_t k = 0; k < word.size() && prefix; ++k) prefix = lower(word[k]) == name[k];
        if (prefix) return m + 1;
    }
    return 0;
}

std::string iso(int year, int month, int day) {
    if (year < 1000 || year > 9999) return {};
    char buf[16];
    const int n = day ? std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day)
                      : std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    std::string out(buf, static_cast<std::size_t>(n));
    return is_iso_date(out) ? out : std::string();
}

bool is_date_separator(char c) { return c == '/' || c == '-' || c == '.'; }

// "2024/02/24", "24/02/2024", "02/24/2024", "24.02.2024", with anything after (a time).
std::string numeric_date(const std::vector<Token>& t) {
    if (t.size() < 3 || !t[0].number || !t[1].number || !t[2].number) return {};
    if (!is_date_separator(t[0].after) || t[0].after != t[1].after || t[1].after != t[2].before) return {};
    const std::string_view a = t[0].text, b = t[1].text, c = t[2].text;
    if (a.size() == 4 && b.size() <= 2 && c.size() <= 2) return iso(to_int(a), to_int(b), to_int(c));
    if (c.size() != 4 || a.size() > 2 || b.size() > 2) return {};
    const int first = to_int(a), second = to_int(b);
    // Day first, as most of the world writes it; month first only when the numbers
    // leave no other reading (02/24/2024).
    if (second > 12 && first <= 12) return iso(to_int(c), first, second);
    return iso(to_int(c), second, first);
}

// "February 24, 2024", "24 Feb 2024", "Sat, 24 Feb 2024 10:00:00 GMT", "24th of May 2023", "Feb 2024".
std::string named_month_date(const std::vector<Token>& t) {
    int month = 0, day = 0, year = 0;
    for (const Token& tok : t) {
        const bool in_time = tok.before == ':' || tok.after == ':';
        if (!tok.number) {
            if (!month) month = month_number(tok.text);
            continue;
        }
        if (in_time) continue;
        if (tok.text.size() == 4 && !year) year = to_int(tok.text);
        else if (tok.text.size() <= 2 && !day) day = to_int(tok.text);
        else return {};  // a third number: not a shape we know
        if (month && day && year) break;  // what follows is a time or a zone ("+0000")
    }
    if (!month || !year) return {};
    return iso(year, month, day);
}

}  // namespace

std::string parse_date_value(std::string_view value) {
    value = trim(value);
    if (value.empty()) return {};
    if (is_iso_date(value)) return std::string(value);
    // ISO 8601 date-time: "2024-02-24T10:00:00Z", "2024-02-24 10:00:00+09:00".
    if (value.size() > 10 && (value[10] == 'T' || value[10] == 't' || value[10] == ' ') &&
        is_iso_date(value.substr(0, 10)))
        return std::string(value.substr(0, 10));
    const std::vector<Token> tokens = tokenize(value);
    if (tokens.empty() || tokens.size() > 12) return {};
    if (std::string d = numeric_date(tokens); !d.empty()) return d;
    return named_month_date(tokens);
}

}  // namespace core
