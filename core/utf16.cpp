#include "core/utf16.h"

#include <algorithm>

namespace core {
namespace {

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The sample that decides whether a file without a byte order mark is UTF-16.
constexpr std::size_t kSampleBytes = 4096;

}  // namespace

Utf16Kind detect_utf16(std::string_view bytes) {
    Utf16Kind k;
    if (bytes.size() >= 2) {
        const unsigned char b0 = static_cast<unsigned char>(bytes[0]), b1 = static_cast<unsigned char>(bytes[1]);
        if (b0 == 0xFF && b1 == 0xFE) return {ByteOrder::little_endian, true};
        if (b0 == 0xFE && b1 == 0xFF) return {ByteOrder::big_endian, true};
    }
    // Latin text in UTF-16 has a NUL as the high byte of nearly every code unit and
    // almost never a NUL low byte; a binary file has NULs in both places.
    const std::size_t pairs = std::min(bytes.size(), kSampleBytes) / 2;
    if (pairs < 2) return k;
    std::size_t nul_even = 0, nul_odd = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        nul_even += bytes[2 * i] == '\0';
        nul_odd += bytes[2 * i + 1] == '\0';
    }
    auto pattern = [&](std::size_t high, std::size_t low) { return high * 4 >= pairs * 3 && low * 16 <= high; };
    if (pattern(nul_odd, nul_even)) k.order = ByteOrder::little_endian;
    else if (pattern(nul_even, nul_odd)) k.order = ByteOrder::big_endian;
    return k;
}

Utf16Text utf16_to_utf8(std::string_view bytes, Utf16Kind kind) {
    Utf16Text out;
    if (kind.order == ByteOrder::none) return out;
    const bool little = kind.order == ByteOrder::little_endian;
    const std::size_t start = kind.bom ? 2 : 0;
    const std::size_t units = (bytes.size() - std::min(bytes.size(), start)) / 2;
    auto unit = [&](std::size_t i) -> char32_t {
        const unsigned char a = static_cast<unsigned char>(bytes[start + 2 * i]);
        const unsigned char b = static_cast<unsigned char>(bytes[start + 2 * i + 1]);
        return little ? char32_t(a | (b << 8)) : char32_t((a << 8) | b);
    };
    out.text.reserve(units + units / 2);
    for (std::size_t i = 0; i < units; ++i) {
        const char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
            const char32_t low = unit(i + 1);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out.text, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                ++i;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            ++out.invalid;
            append_utf8(out.text, 0xFFFD);
            continue;
        }
        append_utf8(out.text, u);
    }
    if ((bytes.size() - std::min(bytes.size(), start)) % 2) {
        ++out.invalid;
        append_utf8(out.text, 0xFFFD);
    }
    return out;
}

std::string utf16_description(Utf16Kind kind) {
    std::string d = kind.order == ByteOrder::big_endian ? "UTF-16 big-endian" : "UTF-16 little-endian";
    return d + (kind.bom ? " with a byte order mark" : " (no byte order mark)");
}

}  // namespace core
