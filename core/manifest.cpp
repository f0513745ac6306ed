#include "core/manifest.h"

#include <nlohmann/json.hpp>

#include "core/json_read.h"
#include "core/json_writer.h"

namespace core {
namespace {

std::string_view base_name(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
    return path;
}

std::string_view without_txt(std::string_view name) {
    if (name.size() > 4 && name.substr(name.size() - 4) == ".txt") name.remove_suffix(4);
    return name;
}

// Reads an optional string member; a present member of another type is an error.
bool read_string(const nlohmann::json& obj, const char* key, std::string& out, std::string& error,
                 const std::string& where) {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return true;
    if (!it->is_string()) {
        error = where + key + ": expected a string";
        return false;
    }
    out = it->get<std::string>();
    return true;
}

}  // namespace

const ManifestEntry* Manifest::find(std::string_view file) const {
    const std::string_view key = without_txt(base_name(file));
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt == 1 || find_indexed != documents.size()) {
            find_index.clear();
            find_index.reserve(documents.size());
            for (uint32_t i = 0; i < documents.size(); ++i)
                find_index.emplace(std::string(without_txt(base_name(documents[i].file))), i);
            find_indexed = documents.size();
        }
        const auto it = find_index.find(std::string(key));
        if (it == find_index.end()) return nullptr;
        const ManifestEntry& e = documents[it->second];
        if (without_txt(base_name(e.file)) == key) return &e;  // else an entry was renamed in place: index again
    }
    return nullptr;
}

bool is_iso_date(std::string_view s) {
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
        return true;
    };
    auto number = [&](std::size_t from, std::size_t n) {
        int v = 0;
        for (std::size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    if (!(s.size() == 4 || s.size() == 7 || s.size() == 10) || !digits(0, 4)) return false;
    if (s.size() == 4) return true;
    if (s[4] != '-' || !digits(5, 2)) return false;
    const int month = number(5, 2);
    if (month < 1 || month > 12) return false;
    if (s.size() == 7) return true;
    if (s[7] != '-' || !digits(8, 2)) return false;
    const int year = number(0, 4), day = number(8, 2);
    static const int days_in[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int max_day = days_in[month - 1] + (month == 2 && leap ? 1 : 0);
    return day >= 1 && day <= max_day;
}

ManifestResult parse_manifest(std::string_view json_text) {
    ManifestResult result;
    JsonRead read = read_json(json_text);
    if (!read.ok()) {
        result.error = "not valid JSON: " + read.error;
        return result;
    }
    // Every field of a manifest is text: a number too large to read is a bad value of its field.
    if (!read.bad_numbers.empty()) {
        const JsonBadNumber& b = read.bad_numbers.front();
        result.error = (b.path.empty() ? std::string() : b.path + ": ") + bad_number_reason(b);
        return result;
    }
    const nlohmann::json& root = read.value;
    if (!root.is_object()) {
        result.error = "expected a JSON object with a \"documents\" list";
        return result;
    }
    Manifest& m = result.manifest;
    if (!read_string(root, "title", m.title, result.error, "") ||
        !read_string(root, "about", m.about, result.error, ""))
        return result;
    const auto docs = root.find("documents");
    if (docs == root.end()) return result;  // a manifest may carry only a title
    if (!docs->is_array()) {
        result.error = "documents: expected a list";
        return result;
    }
    for (std::size_t i = 0; i < docs->size(); ++i) {
        const nlohmann::json& d = (*docs)[i];
        const std::string where = "documents[" + std::to_string(i) + "].";
        if (!d.is_object()) {
            result.error = "documents[" + std::to_string(i) + "]: expected an object";
            return result;
        }
        ManifestEntry e;
        if (!read_string(d, "file", e.file, result.error, where) ||
            !read_string(d, "published", e.published, result.error, where) ||
            !read_string(d, "title", e.title, result.error, where) ||
            !read_string(d, "source", e.source, result.error, where) ||
            !read_string(d, "note", e.note, result.error, where))
            return result;
        if (e.file.empty()) {
            result.error = where + "file: missing";
            return result;
        }
        if (!e.published.empty() && !is_iso_date(e.published)) {
            result.error = where + "published: \"" + e.published + "\" is not an ISO date (YYYY-MM-DD)";
            return result;
        }
        m.documents.push_back(std::move(e));
    }
    return result;
}

std::string manifest_to_json(const Manifest& manifest) {
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    if (!manifest.title.empty()) w.field("title", manifest.title);
    if (!manifest.about.empty()) w.field("about", manifest.about);
    w.key("documents");
    w.begin_array();
    for (const ManifestEntry& e : manifest.documents) {
        w.begin_object();
        w.field("file", e.file);
        if (!e.published.empty()) w.field("published", e.published);
        if (!e.title.empty()) w.field("title", e.title);
        if (!e.source.empty()) w.field("source", e.source);
        if (!e.note.empty()) w.field("note", e.note);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return out;
}

}  // namespace core
