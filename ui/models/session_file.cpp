#include "ui/models/session_file.h"

#include <cstdint>

#include <nlohmann/json.hpp>

#include "core/export_formats.h"
#include "core/json_read.h"

namespace vm {
namespace {

const char* const kCorpusFormat = "corpus-explorer-corpus/1";
const char* const kCurationFormat = "corpus-explorer-curation/1";

// json::value throws when the key holds another type: a file is read without trusting its types.
bool is_string_field(const nlohmann::json& j, const char* key, const char* expected) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() && it->get_ref<const std::string&>() == expected;
}

}  // namespace

std::string session_corpus_bytes(const core::ImportResult& imported) {
    std::size_t next = 0;
    return session_corpus_piece(imported, next, SIZE_MAX);
}

std::string session_corpus_piece(const core::ImportResult& imported, std::size_t& next, std::size_t text_bytes) {
    std::string piece;
    if (next == 0) {
        nlohmann::json head = {{"format", kCorpusFormat},
                               {"title", imported.manifest.title},
                               {"articles", imported.articles.size()}};
        piece = head.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    }
    const std::size_t begin = next;
    std::size_t text = 0;
    while (next < imported.articles.size() && (next == begin || text < text_bytes)) text += imported.articles[next++].text.size();
    core::append_articles_jsonl(piece, imported.articles, begin, next);
    return piece;
}

SessionCorpus read_session_corpus(const std::string& bytes) {
    SessionCorpus out;
    const std::size_t eol = bytes.find('\n');
    const core::JsonRead head = core::read_json(std::string_view(bytes).substr(0, eol));
    const nlohmann::json& h = head.value;
    if (!head.ok() || !h.is_object() || !is_string_field(h, "format", kCorpusFormat) || !h.contains("articles") ||
        !h["articles"].is_number_unsigned()) {
        out.error = "it is not a corpus saved by Corpus Explorer";
        return out;
    }
    if (h.contains("title") && !h["title"].is_string() && !h["title"].is_null()) {
        out.error = "it is damaged: its title is not text";
        return out;
    }
    const std::size_t expected = h["articles"].get<std::size_t>();
    // The same reader as a .jsonl the person drops, so a kept corpus is no more trusted than one.
    out.imported = core::import_files({{"saved-corpus.jsonl", eol == std::string::npos ? std::string() : bytes.substr(eol + 1)}});
    if (out.imported.articles.size() != expected || !out.imported.messages.empty()) {
        out.error = "it is damaged: " + std::to_string(out.imported.articles.size()) + " of its " + std::to_string(expected) +
                    " articles could be read";
        if (!out.imported.messages.empty()) out.error += " (" + out.imported.messages.front().reason + ")";
        out.imported = core::ImportResult{};
        return out;
    }
    if (h.contains("title") && h["title"].is_string()) out.imported.manifest.title = h["title"].get<std::string>();
    return out;
}

std::string curation_file_json(const std::string& curation_json, const std::vector<std::string>& lexicon_additions) {
    nlohmann::json j = {{"format", kCurationFormat}};
    const core::JsonRead c = core::read_json(curation_json);
    j["curation"] = c.ok() ? c.value : nlohmann::json();
    j["lexicon"] = lexicon_additions;
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

CurationFile read_curation_file(const std::string& json) {
    CurationFile out;
    const core::JsonRead r = core::read_json(json);
    if (!r.ok()) {
        out.error = "not valid JSON: " + r.error;
        return out;
    }
    const nlohmann::json& j = r.value;
    if (!j.is_object() || !is_string_field(j, "format", kCurationFormat)) {
        out.error = std::string("not a curation file (it needs \"format\": \"") + kCurationFormat + "\")";
        return out;
    }
    if (j.contains("lexicon")) {
        if (!j["lexicon"].is_array()) {
            out.error = "\"lexicon\" is not a list of lexicon additions";
            return out;
        }
        for (const nlohmann::json& a : j["lexicon"]) {
            if (!a.is_string()) {
                out.error = "\"lexicon\" holds something that is not a lexicon addition";
                return out;
            }
            out.lexicon_additions.push_back(a.get<std::string>());
        }
    }
    if (j.contains("curation") && !j["curation"].is_null()) out.curation_json = j["curation"].dump();
    return out;
}

SessionLexicon lexicon_with(const std::vector<std::string>& additions) {
    SessionLexicon out;
    for (std::size_t i = 0; i < additions.size(); ++i) {
        core::LexiconResult r = core::extend_lexicon(out.lexicon ? *out.lexicon : core::Lexicon::builtin(), additions[i]);
        if (!r.ok()) {
            out.lexicon.reset();
            out.error = "lexicon addition " + std::to_string(i + 1) + ": " + r.error;
            return out;
        }
        out.lexicon = std::make_shared<core::Lexicon>(std::move(r.lexicon));
    }
    return out;
}

bool same_articles(const std::vector<core::ArticleInput>& a, const std::vector<core::ArticleInput>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].text != b[i].text || a[i].title != b[i].title || a[i].published != b[i].published ||
            a[i].source != b[i].source)
            return false;
    return true;
}

}  // namespace vm
