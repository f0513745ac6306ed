#include "ui/models/share_hash.h"

#include <cstdlib>

namespace vm {

std::string percent_encode(std::string_view text) {
    static const char hex[] = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                           c == '_' || c == '.' || c == '~';
        if (plain) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

namespace {
int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::string percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%' && i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
            out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::string format_share_hash(const ShareState& s) {
    std::string out;
    auto add = [&](const char* key, const std::string& value) {
        if (!out.empty()) out += '&';
        out += key;
        out += '=';
        out += percent_encode(value);
    };
    if (!s.view.empty()) add("view", s.view);
    for (const std::string& e : s.entities) add("entity", e);
    for (const std::string& t : s.types) add("type", t);
    if (!s.from.empty() && !s.to.empty()) {
        add("from", s.from);
        add("to", s.to);
    }
    if (s.doc >= 0) add("doc", std::to_string(s.doc));
    return out;
}

ShareState parse_share_hash(std::string_view hash, std::vector<std::string>* unknown) {
    ShareState s;
    if (!hash.empty() && hash.front() == '#') hash.remove_prefix(1);
    while (!hash.empty()) {
        const std::size_t amp = hash.find('&');
        const std::string_view part = hash.substr(0, amp);
        hash = amp == std::string_view::npos ? std::string_view() : hash.substr(amp + 1);
        if (part.empty()) continue;
        const std::size_t eq = part.find('=');
        const std::string key = percent_decode(part.substr(0, eq));
        const std::string value = eq == std::string_view::npos ? std::string() : percent_decode(part.substr(eq + 1));
        if (key == "view") s.view = value;
        else if (key == "entity") { if (!value.empty()) s.entities.push_back(value); }
        else if (key == "type") { if (!value.empty()) s.types.push_back(value); }
        else if (key == "from") s.from = value;
        else if (key == "to") s.to = value;
        else if (key == "doc") {
            char* end = nullptr;
            const long d = std::strtol(value.c_str(), &end, 10);
            if (!value.empty() && end && *end == '\0' && d >= 0 && d < 100000000) s.doc = static_cast<int>(d);
            else if (unknown) unknown->push_back("doc=" + value);
        } else if (key == "bundle") {
            // The page fetches the named bundle itself (web/shell.html).
        } else if (unknown) {
            unknown->push_back(key);
        }
    }
    return s;
}

}  // namespace vm
