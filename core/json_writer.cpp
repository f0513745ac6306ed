#include "core/json_writer.h"

#include <cstring>

namespace core {
namespace {

// Does any of the eight bytes at p need an escape? (SWAR: a byte below 0x20, or equal to '"' or '\\';
// bytes from 0x80 on, UTF-8, never do.)
inline bool needs_escape8(const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    auto has_zero = [&](uint64_t x) { return (x - ones) & ~x & highs; };
    const uint64_t below = (w - ones * 0x20) & ~w & highs;
    return (below | has_zero(w ^ (ones * '"')) | has_zero(w ^ (ones * '\\'))) != 0;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;  // start of the pending run of characters that need no escape
    for (std::size_t i = 0; i < s.size(); ++i) {
        // Eight bytes at a time while none needs an escape (a control character, '"' or '\\').
        while (i + 8 <= s.size() && !needs_escape8(s.data() + i)) i += 8;
        if (i >= s.size()) break;
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

namespace {

// Does any byte of s need an escape? The common case, checked before a string is copied whole.
bool plain(std::string_view s) {
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8)
        if (needs_escape8(s.data() + i)) return false;
    for (; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == '"' || c == '\\') return false;
    }
    return true;
}

}  // namespace

// A line break's indent: one space a level. Up to 16 levels by one fixed-size copy, which the
// compiler turns into a single store instead of a call.
std::size_t JsonWriter::indent(char* buf, int depth) const {
    static const char spaces[16] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
    if (depth <= 16) std::memcpy(buf, spaces, 16);
    else std::memset(buf, ' ', static_cast<std::size_t>(depth));
    return static_cast<std::size_t>(depth);
}

// What goes before a value: after a key nothing; else a comma unless it is the first at its
// depth, and in pretty mode a line break and the indent. Written into `buf` (at least 66 bytes).
std::size_t JsonWriter::separator(char* buf) {
    if (after_key_) {
        after_key_ = false;
        return 0;
    }
    if (depth_ == 0) return 0;
    std::size_t n = 0;
    const uint64_t bit = uint64_t{1} << depth_;
    if (first_ & bit) first_ &= ~bit;
    else buf[n++] = ',';
    if (pretty_) {
        buf[n++] = '\n';
        n += indent(buf + n, depth_);
    }
    return n;
}

void JsonWriter::element() {
    char buf[72];
    const std::size_t n = separator(buf);
    if (n) out_.append(buf, n);
}

std::size_t JsonWriter::key_into(char* buf, std::string_view k) {
    // Short keys with nothing to escape (the format's own names, checked by the callers).
    std::size_t n = separator(buf);
    buf[n++] = '"';
    std::memcpy(buf + n, k.data(), k.size());
    n += k.size();
    buf[n++] = '"';
    buf[n++] = ':';
    if (pretty_) buf[n++] = ' ';
    return n;
}

void JsonWriter::key(std::string_view k) {
    if (k.size() > kShortKey || !plain(k)) {
        element();
        append_json_string(out_, k);
        out_.append(pretty_ ? ": " : ":");
        after_key_ = true;
        return;
    }
    char buf[72 + kShortKey + 4];
    const std::size_t n = key_into(buf, k);
    out_.append(buf, n);
    after_key_ = true;
}

std::size_t JsonWriter::open_into(char* buf, char bracket) {
    std::size_t n = separator(buf);
    buf[n++] = bracket;
    ++depth_;
    first_ |= uint64_t{1} << depth_;
    return n;
}

std::size_t JsonWriter::close_into(char* buf, char bracket) {
    const bool empty = (first_ >> depth_) & 1;
    --depth_;
    std::size_t n = 0;
    if (!empty && pretty_) {
        buf[n++] = '\n';
        n += indent(buf + n, depth_);
    }
    buf[n++] = bracket;
    return n;
}

void JsonWriter::open(char bracket) {
    char buf[72];
    out_.append(buf, open_into(buf, bracket));
}

void JsonWriter::close(char bracket) {
    char buf[72];
    out_.append(buf, close_into(buf, bracket));
}

std::size_t JsonWriter::number_into(char* buf, int64_t v) {
    std::size_t n = separator(buf);
    uint64_t u = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    if (v < 0) buf[n++] = '-';
    std::size_t len = 1;
    for (uint64_t x = u; x >= 10; x /= 10) ++len;
    n += len;
    char* p = buf + n;
    do {
        *--p = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u);
    return n;
}

void JsonWriter::number(int64_t v) {
    char buf[72 + 24];
    out_.append(buf, number_into(buf, v));
}

void JsonWriter::number_pair(int64_t a, int64_t b) {
    char buf[4 * 72 + 2 * 24];
    std::size_t n = open_into(buf, '[');
    n += number_into(buf + n, a);
    n += number_into(buf + n, b);
    n += close_into(buf + n, ']');
    out_.append(buf, n);
}

void JsonWriter::field(std::string_view k, int64_t v) {
    if (k.size() > kShortKey) {
        key(k);
        number(v);
        return;
    }
    char buf[72 + kShortKey + 4 + 24];
    std::size_t n = key_into(buf, k);
    after_key_ = true;  // the number follows its key with no separator
    n += number_into(buf + n, v);
    out_.append(buf, n);
}

void JsonWriter::string(std::string_view s) {
    if (s.size() > kShortString || !plain(s)) {
        element();
        append_json_string(out_, s);
        return;
    }
    char buf[72 + kShortString + 2];
    std::size_t n = separator(buf);
    buf[n++] = '"';
    std::memcpy(buf + n, s.data(), s.size());
    n += s.size();
    buf[n++] = '"';
    out_.append(buf, n);
}

void JsonWriter::field(std::string_view k, std::string_view v) {
    if (k.size() > kShortKey || v.size() > kShortString || !plain(v)) {
        key(k);
        string(v);
        return;
    }
    char buf[72 + kShortKey + 4 + kShortString + 2];
    std::size_t n = key_into(buf, k);
    buf[n++] = '"';
    std::memcpy(buf + n, v.data(), v.size());
    n += v.size();
    buf[n++] = '"';
    out_.append(buf, n);
}

}  // namespace core
