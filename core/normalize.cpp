#include "core/normalize.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

namespace core {

const char* folded_replacement(std::string_view s, std::size_t i, std::size_t* length) {
    const unsigned char c0 = static_cast<unsigned char>(s[i]);
    if (c0 == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
        *length = 2;
        return " ";  // no-break space
    }
    if (c0 != 0xE2 || i + 2 >= s.size()) return nullptr;
    const unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    const unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    *length = 3;
    if (c1 == 0x80) {
        switch (c2) {
            case 0x98: case 0x99: case 0x9A: case 0x9B: case 0xB2: return "'";   // ‘ ’ ‚ ‛ ′
            case 0x9C: case 0x9D: case 0x9E: case 0x9F: case 0xB3: return "\"";  // “ ” „ ‟ ″
            case 0x90: case 0x91: case 0x92: case 0x93: case 0x94: case 0x95: return "-";  // ‐ ‑ ‒ – — ―
            case 0x89: case 0xAF: case 0x8A: case 0x88: case 0x87: case 0x83: case 0x82: return " ";  // thin, narrow, other spaces
            case 0xA6: return "...";
            case 0x8B: return "";  // zero-width space
            default: return nullptr;
        }
    }
    if (c1 == 0x88 && c2 == 0x92) return "-";  // minus sign
    return nullptr;
}

namespace {

// The offset of the first byte from 0x80 on at or after `i` (the size when there is none): only
// such a byte can start a fold, and ASCII runs are skipped eight bytes at a time.
std::size_t next_high_byte(std::string_view s, std::size_t i) {
    while (i + 8 <= s.size()) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ull) break;
        i += 8;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

}  // namespace

uint32_t FoldedText::to_original(uint32_t folded_offset) const {
    if (identity) return folded_offset;
    auto it = std::upper_bound(shifts.begin(), shifts.end(), folded_offset,
                               [](uint32_t f, const Shift& s) { return f < s.at; });
    if (it == shifts.begin()) return folded_offset;
    return static_cast<uint32_t>(static_cast<int64_t>(folded_offset) + std::prev(it)->delta);
}

FoldedText fold_text(std::string_view original) {
    FoldedText out;
    // Most articles are ASCII or only need a few folds; check first so the common
    // case costs one scan and no copy.
    std::size_t first = original.size();
    std::size_t len = 0;
    for (std::size_t i = next_high_byte(original, 0); i < original.size(); i = next_high_byte(original, i + 1))
        if (folded_replacement(original, i, &len)) {
            first = i;
            break;
        }
    if (first == original.size()) return out;
    out.identity = false;
    out.folded.reserve(original.size());
    auto shift_from = [&](std::size_t at, std::size_t orig) {
        const int64_t delta = static_cast<int64_t>(orig) - static_cast<int64_t>(at);
        if (!out.shifts.empty() && out.shifts.back().at == at) out.shifts.back().delta = delta;
        else if (out.shifts.empty() ? delta != 0 : out.shifts.back().delta != delta)
            out.shifts.push_back({static_cast<uint32_t>(at), delta});
    };
    // Runs of bytes that fold to themselves are copied whole; each byte of a replacement
    // points at the start of the character it replaces.
    for (std::size_t i = 0; i < original.size();) {
        const char* rep = nullptr;
        std::size_t run = i;
        for (run = next_high_byte(original, run); run < original.size(); run = next_high_byte(original, run + 1))
            if ((rep = folded_replacement(original, run, &len))) break;
        out.folded.append(original.data() + i, run - i);
        if (!rep) break;
        for (const char* p = rep; *p; ++p) {
            shift_from(out.folded.size(), run);
            out.folded.push_back(*p);
        }
        shift_from(out.folded.size(), run + len);
        i = run + len;
    }
    return out;
}

}  // namespace core
