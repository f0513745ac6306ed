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

// What goes before a value: after a key nothing; else a comma unless it is the first at its
// depth, and in pretty mode a line break and the indent. Written into `buf` (at least 66 bytes)
// so that each value costs one append to the output.
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
        std::memset(buf + n, ' ', static_cast<std::size_t>(depth_));
        n += static_cast<std::size_t>(depth_);
    }
    return n;
}

void JsonWriter::element() {
    char buf[72];
    const std::size_t n = separator(buf);
    if (n) out_.append(buf, n);
}

void JsonWriter::key(std::string_view k) {
    // Keys are the format's own names (short, plain ASCII): nothing in them needs escaping.
    char buf[72 + 40];
    if (k.size() > 36) {
        element();
        append_json_string(out_, k);
        out_.append(pretty_ ? ": " : ":");
        after_key_ = true;
        return;
    }
    std::size_t n = separator(buf);
    buf[n++] = '"';
    std::memcpy(buf + n, k.data(), k.size());
    n += k.size();
    buf[n++] = '"';
    buf[n++] = ':';
    if (pretty_) buf[n++] = ' ';
    out_.append(buf, n);
    after_key_ = true;
}

void JsonWriter::open(char bracket) {
    char buf[72];
    std::size_t n = separator(buf);
    buf[n++] = bracket;
    out_.append(buf, n);
    ++depth_;
    first_ |= uint64_t{1} << depth_;
}

void JsonWriter::close(char bracket) {
    const bool empty = (first_ >> depth_) & 1;
    --depth_;
    char buf[72];
    std::size_t n = 0;
    if (!empty && pretty_) {
        buf[n++] = '\n';
        std::memset(buf + n, ' ', static_cast<std::size_t>(depth_));
        n += static_cast<std::size_t>(depth_);
    }
    buf[n++] = bracket;
    out_.append(buf, n);
}

void JsonWriter::number(int64_t v) {
    char buf[72 + 24];
    const std::size_t head = separator(buf);
    char digits[24];
    char* p = digits + sizeof digits;
    uint64_t u = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
    do {
        *--p = static_cast<char>('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) *--p = '-';
    const std::size_t len = static_cast<std::size_t>(digits + sizeof digits - p);
    std::memcpy(buf + head, p, len);
    out_.append(buf, head + len);
}

}  // namespace core
