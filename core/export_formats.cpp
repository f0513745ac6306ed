#include "core/export_formats.h"

#include "core/csv.h"

namespace core {

namespace {

// Appends `s` as a JSON string. UTF-8 passes through unescaped (the import made it
// valid); only the quote, the backslash and control characters are escaped, as JSON
// requires. Written by hand because building a JSON object per article cost more than
// the whole CSV export.
void append_json_string(std::string& out, std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0;  // start of the pending run of characters that need no escape
    for (std::size_t i = 0; i < s.size(); ++i) {
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

}  // namespace

std::string articles_to_jsonl(const std::vector<ArticleInput>& articles) {
    std::string out;
    std::size_t estimate = 0;
    for (const ArticleInput& a : articles) estimate += a.text.size() + a.title.size() + 96;
    out.reserve(estimate + estimate / 16);
    for (const ArticleInput& a : articles) {
        out += "{\"id\":";
        append_json_string(out, a.id);
        out += ",\"file\":";
        append_json_string(out, a.file);
        out += ",\"title\":";
        append_json_string(out, a.title);
        out += ",\"published\":";
        append_json_string(out, a.published);
        out += ",\"source\":";
        append_json_string(out, a.source);
        out += ",\"text\":";
        append_json_string(out, a.text);
        out += "}\n";
    }
    return out;
}

std::string articles_to_csv(const std::vector<ArticleInput>& articles, bool crlf) {
    std::string out;
    std::size_t estimate = 0;
    for (const ArticleInput& a : articles) estimate += a.text.size() + a.title.size() + 96;
    out.reserve(estimate + estimate / 16);
    append_csv_row(out, {"id", "file", "title", "published", "source", "text"}, crlf);
    for (const ArticleInput& a : articles)
        append_csv_row(out, {a.id, a.file, a.title, a.published, a.source, a.text}, crlf);
    return out;
}

}  // namespace core
