#include "core/export_formats.h"

#include <nlohmann/json.hpp>

#include "core/csv.h"

namespace core {

std::string articles_to_jsonl(const std::vector<ArticleInput>& articles) {
    std::string out;
    std::size_t estimate = 0;
    for (const ArticleInput& a : articles) estimate += a.text.size() + a.title.size() + 96;
    out.reserve(estimate + estimate / 16);
    for (const ArticleInput& a : articles) {
        nlohmann::ordered_json line;
        line["id"] = a.id;
        line["file"] = a.file;
        line["title"] = a.title;
        line["published"] = a.published;
        line["source"] = a.source;
        line["text"] = a.text;
        // Texts are valid UTF-8 by the import's contract; `replace` keeps a stray bad byte
        // from throwing out of an export.
        out += line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        out += '\n';
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
