#include "core/normalize.h"

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

FoldedText fold_text(std::string_view original) {
    FoldedText out;
    // Most articles are ASCII or only need a few folds; check first so the common
    // case costs one scan and no offset map.
    std::size_t first = original.size();
    for (std::size_t i = 0; i < original.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(original[i]);
        if (c != 0xC2 && c != 0xE2) continue;
        std::size_t len = 0;
        if (folded_replacement(original, i, &len)) {
            first = i;
            break;
        }
    }
    out.text.assign(original.data(), first);
    if (first == original.size()) return out;
    out.identity = false;
    out.text.reserve(original.size());
    out.origin.reserve(original.size() + 1);
    for (uint32_t i = 0; i < first; ++i) out.origin.push_back(i);
    // Runs of bytes that fold to themselves are copied whole; only the folds go one by one.
    for (std::size_t i = first; i < original.size();) {
        std::size_t run = i;
        const char* rep = nullptr;
        std::size_t len = 0;
        for (; run < original.size(); ++run) {
            const unsigned char c = static_cast<unsigned char>(original[run]);
            if ((c == 0xC2 || c == 0xE2) && (rep = folded_replacement(original, run, &len))) break;
        }
        out.text.append(original.data() + i, run - i);
        for (std::size_t k = i; k < run; ++k) out.origin.push_back(static_cast<uint32_t>(k));
        if (!rep) break;
        for (const char* p = rep; *p; ++p) {
            out.text.push_back(*p);
            out.origin.push_back(static_cast<uint32_t>(run));
        }
        i = run + len;
    }
    out.origin.push_back(static_cast<uint32_t>(original.size()));
    return out;
}

}  // namespace core
