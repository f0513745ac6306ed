#include "core/import.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "core/csv.h"
#include "core/date_formats.h"
#include "core/json_read.h"
#include "core/utf16.h"
#include "core/utf8.h"

namespace core {
namespace {

// [SECTION] small helpers

std::string_view base_name(std::string_view path) {
    const auto slash = path.find_last_of("/\\");
    if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
    return path;
}

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string_view trim(std::string_view s) {
    const char* space = " \t\r\n";
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// The extension with its dot, lower case: "a/B.CSV" -> ".csv"; empty when there is none.
std::string extension_of(std::string_view name) {
    const std::string_view base = base_name(name);
    const auto dot = base.find_last_of('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    return lower_ascii(base.substr(dot));
}

// "50.0 MB", "3.2 KB", "900 bytes": sizes in messages are for people.
std::string size_text(std::size_t bytes) {
    char buf[32];
    if (bytes < 1024) return std::to_string(bytes) + " bytes";
    if (bytes < (std::size_t{1} << 20))
        std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

// A limit is a round number: "8 MB", not "8.0 MB".
std::string limit_text(std::size_t bytes) {
    if (bytes >= (std::size_t{1} << 20) && bytes % (std::size_t{1} << 20) == 0)
        return std::to_string(bytes >> 20) + " MB";
    if (bytes >= 1024 && bytes % 1024 == 0) return std::to_string(bytes >> 10) + " KB";
    return size_text(bytes);
}

std::string_view without_bom(std::string_view s) {
    if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.remove_prefix(3);
    return s;
}

// [SECTION] field names shared by CSV headers and JSON keys

enum class Field { text, title, date, source, id, none };

struct FieldName {
    Field field;
    int rank;  // lower wins when a table has several names for one field
};

FieldName classify_field(std::string_view name) {
    static const struct {
        const char* name;
        Field field;
        int rank;
    } names[] = {{"text", Field::text, 0},       {"body", Field::text, 1},         {"content", Field::text, 2},
                 {"article", Field::text, 3},    {"title", Field::title, 0},       {"headline", Field::title, 1},
                 {"date", Field::date, 0},       {"published", Field::date, 1},    {"published_at", Field::date, 2},
                 {"source", Field::source, 0},   {"url", Field::source, 1},        {"id", Field::id, 0}};
    const std::string key = lower_ascii(trim(name));
    for (const auto& n : names)
        if (key == n.name) return {n.field, n.rank};
    return {Field::none, 0};
}

constexpr const char* kNoTextColumn = "no text column (looked for text, body, content, article)";

// One article as a table row or a JSON object states it; views into the file's bytes.
struct Record {
    std::size_t row = 0;
    std::string_view text, title, date, source, id;
};

// [SECTION] the importer: ids, limits and messages for every format

// "row 3: " or "line 3: " before a message about one row; nothing for a whole file.
// Built only when there is something to report: most rows have nothing.
std::string where(const char* unit, std::size_t row) {
    return row ? std::string(unit) + " " + std::to_string(row) + ": " : std::string();
}

class Importer {
public:
    Importer(ImportResult& result, const ImportLimits& limits) : result_(result), limits_(limits) {}

    bool full() const { return full_; }

    // Room for `n` more articles, so that a 100,000-row table does not rehash and move
    // its articles a dozen times on the way.
    // Grown at least twofold, so that thirty tables in a row do not copy and rehash everything
    // before them thirty times.
    void expect(std::size_t n) {
        n = std::min(n, limits_.max_articles);
        const std::size_t need = result_.articles.size() + n;
        if (need <= result_.articles.capacity()) return;
        const std::size_t room = std::max(need, 2 * result_.articles.capacity());
        result_.articles.reserve(room);
        used_ids_.reserve(room);
    }

    void message(const std::string& file, std::size_t row, std::string reason) {
        result_.messages.push_back({file, row, std::move(reason)});
    }
    // How a file that loaded in full was read.
    void note(const std::string& file, std::string reason) { result_.messages.push_back({file, 0, std::move(reason), true}); }

    std::size_t article_count() const { return result_.articles.size(); }

    // Adds a finished article: truncates it to the size limit, makes its id unique and
    // stops the import at the article limit. `unit` names a.row in messages ("row", "line").
    // `original_size` is the text's size before a caller cut it (to spare copying 50 MB).
    void add(ArticleInput a, const char* unit = "row", std::size_t original_size = 0) {
        if (full_) return;
        if (result_.articles.size() >= limits_.max_articles) {
            full_ = true;
            message(a.file, a.row,
                    where(unit, a.row) + "limit of " + std::to_string(limits_.max_articles) +
                        " articles reached: this and all later articles were not loaded");
            return;
        }
        const std::size_t size = std::max(original_size, a.text.size());
        if (size > limits_.max_article_bytes) {
            a.text.resize(utf8_prefix_length(a.text, limits_.max_article_bytes));
            a.text.shrink_to_fit();
            message(a.file, a.row,
                    where(unit, a.row) + "article is " + size_text(size) +
                        ", over the " + limit_text(limits_.max_article_bytes) + " limit: truncated to " +
                        limit_text(limits_.max_article_bytes));
        }
        a.id = unique_id(std::move(a.id));
        result_.articles.push_back(std::move(a));
    }

    // Turns a row or object into an article; rows without text are reported and skipped.
    // Row 0 is a file that holds one article: its id is the file stem, as for .txt.
    void add_record(const std::string& file, std::string_view stem, const Record& r, const char* unit = "row") {
        if (trim(r.text).empty()) {
            message(file, r.row, where(unit, r.row) + "empty text, skipped");
            return;
        }
        ArticleInput a;
        a.file = file;
        a.row = r.row;
        const std::string_view id = trim(r.id);
        a.id = !id.empty() ? std::string(id)
               : r.row   ? std::string(stem) + "-" + std::to_string(r.row)
                         : std::string(stem);
        a.text.assign(r.text.data(), utf8_prefix_length(r.text, limits_.max_article_bytes));
        a.title = std::string(trim(r.title));
        a.source = std::string(trim(r.source));
        if (!trim(r.date).empty()) {
            a.published = parse_date_value(r.date);
            if (a.published.empty())
                message(file, r.row, where(unit, r.row) + "date \"" + std::string(trim(r.date).substr(0, 80)) +
                                         "\" is not a date format we read, ignored");
        }
        add(std::move(a), unit, r.text.size());
    }

    void merge_manifest(const std::string& file, Manifest m) {
        Manifest& into = result_.manifest;
        if (into.title.empty()) into.title = std::move(m.title);
        if (into.about.empty()) into.about = std::move(m.about);
        for (ManifestEntry& e : m.documents) {
            into.documents.push_back(std::move(e));
            manifest_files_.push_back(file);
        }
    }

    // Gives the .txt articles (indices into the result) their manifest metadata, and names
    // the manifest entries that describe no file read: a typo, or a file left behind.
    void apply_manifests(const std::vector<std::size_t>& text_articles) {
        const Manifest& m = result_.manifest;
        std::vector<bool> used(m.documents.size(), false);
        for (std::size_t i : text_articles) {
            if (i >= result_.articles.size()) break;
            ArticleInput& a = result_.articles[i];
            if (const ManifestEntry* e = m.find(a.file)) {
                a.published = e->published;
                a.title = e->title;
                a.source = e->source;
                used[static_cast<std::size_t>(e - m.documents.data())] = true;
            }
        }
        // One message per manifest, in the order the manifests came.
        std::vector<std::string> order;
        for (const std::string& f : manifest_files_)
            if (std::find(order.begin(), order.end(), f) == order.end()) order.push_back(f);
        for (const std::string& file : order) {
            std::vector<std::string_view> unused;
            for (std::size_t k = 0; k < m.documents.size(); ++k)
                if (!used[k] && manifest_files_[k] == file &&
                    m.find(m.documents[k].file) == &m.documents[k])
                    unused.push_back(m.documents[k].file);
            if (unused.empty()) continue;
            std::string names;
            const std::size_t shown = std::min<std::size_t>(unused.size(), 5);
            for (std::size_t k = 0; k < shown; ++k) names += (k ? ", " : "") + std::string(unused[k].substr(0, 120));
            if (unused.size() > shown) names += " and " + std::to_string(unused.size() - shown) + " more";
            message(file, 0,
                    "names " + std::to_string(unused.size()) + " file" + (unused.size() == 1 ? "" : "s") +
                        " not in the corpus (" + names + "): " + (unused.size() == 1 ? "its entry is" : "their entries are") +
                        " not used");
        }
    }

private:
    ImportResult& result_;
    const ImportLimits& limits_;
    bool full_ = false;
    std::vector<std::string> manifest_files_;  // the file each manifest entry came from
    std::unordered_set<std::string> used_ids_;
    std::unordered_map<std::string, std::size_t> next_suffix_;  // keeps many equal ids linear

    std::string unique_id(std::string id) {
        if (used_ids_.insert(id).second) return id;
        std::size_t& k = next_suffix_.try_emplace(id, 2).first->second;
        for (;; ++k) {
            std::string candidate = id + "-" + std::to_string(k);
            if (used_ids_.insert(candidate).second) {
                ++k;
                return candidate;
            }
        }
    }
};

// [SECTION] JSON

// A string value as a view, a number as its text (kept alive in `storage`), else empty.
std::string_view json_text(const nlohmann::json& v, std::string& storage) {
    if (v.is_string()) return v.get_ref<const std::string&>();
    if (v.is_number()) {
        storage = v.dump();
        return storage;
    }
    return {};
}

bool has_text_field(const nlohmann::json& obj) {
    if (!obj.is_object()) return false;
    for (auto it = obj.begin(); it != obj.end(); ++it)
        if (classify_field(it.key()).field == Field::text) return true;
    return false;
}

// Reads one article object; the best-ranked key wins for each field.
Record json_record(const nlohmann::json& obj, std::size_t row, std::string (&storage)[5]) {
    Record r;
    r.row = row;
    int best[5] = {99, 99, 99, 99, 99};
    std::string_view* slots[5] = {&r.text, &r.title, &r.date, &r.source, &r.id};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const FieldName f = classify_field(it.key());
        if (f.field == Field::none) continue;
        const int slot = static_cast<int>(f.field);
        if (f.rank >= best[slot]) continue;
        best[slot] = f.rank;
        *slots[slot] = json_text(it.value(), storage[slot]);
    }
    return r;
}

// Numbers too large to read were read as null: each is named as a bad value of its field,
// by row when it is inside the file's list of articles (`list`: "" for a top-level array,
// "articles", "documents"; nullptr when the file holds one article).
void report_bad_numbers(Importer& in, const std::string& file, const std::vector<JsonBadNumber>& bad,
                        const char* list) {
    for (const JsonBadNumber& b : bad) {
        const std::string reason = bad_number_reason(b) + ", ignored";
        if (list && b.item != std::string::npos && b.path.rfind(std::string(list) + "[", 0) == 0)
            in.message(file, b.item + 1,
                       where("row", b.item + 1) + (b.field.empty() ? reason : b.field + ": " + reason));
        else
            in.message(file, 0, b.path.empty() ? reason : b.path + ": " + reason);
    }
}

void import_json_array(Importer& in, const std::string& file, std::string_view stem, const nlohmann::json& items) {
    std::string storage[5];
    in.expect(items.size());
    for (std::size_t i = 0; i < items.size() && !in.full(); ++i) {
        const nlohmann::json& item = items[i];
        if (!item.is_object()) {
            in.message(file, i + 1, "row " + std::to_string(i + 1) + ": expected an object, skipped");
            continue;
        }
        in.add_record(file, stem, json_record(item, i + 1, storage));
    }
}

void import_json(Importer& in, const std::string& file, std::string_view bytes) {
    const JsonRead read = read_json(bytes);
    if (!read.ok()) {
        in.message(file, 0, "not valid JSON: " + read.error);
        return;
    }
    const nlohmann::json& root = read.value;
    const std::string stem = document_id(file);
    if (root.is_array()) {
        report_bad_numbers(in, file, read.bad_numbers, "");
        return import_json_array(in, file, stem, root);
    }
    if (!root.is_object()) {
        in.message(file, 0, "expected a JSON array of articles or an object, found " + std::string(root.type_name()));
        return;
    }
    for (const char* key : {"articles", "documents"}) {
        const auto list = root.find(key);
        if (list == root.end() || !list->is_array()) continue;
        bool any_text = false;
        for (const nlohmann::json& d : *list) any_text = any_text || has_text_field(d);
        if (any_text) {
            report_bad_numbers(in, file, read.bad_numbers, key);
            return import_json_array(in, file, stem, *list);
        }
        if (std::string(key) == "documents") {
            // Documents without text are metadata for the .txt files: a manifest.
            ManifestResult m = parse_manifest(bytes);
            if (!m.ok()) in.message(file, 0, "manifest not used: " + m.error);
            else in.merge_manifest(file, std::move(m.manifest));
            return;
        }
    }
    report_bad_numbers(in, file, read.bad_numbers, nullptr);
    if (has_text_field(root)) {
        std::string storage[5];
        in.add_record(file, stem, json_record(root, 0, storage));
        return;
    }
    in.message(file, 0,
               "no articles found (expected an array of objects with \"text\", or an object with an "
               "\"articles\" or \"documents\" list)");
}

void import_jsonl(Importer& in, const std::string& file, std::string_view bytes) {
    const std::string stem = document_id(file);
    std::string storage[5];
    std::size_t line = 0;
    for (std::size_t pos = 0; pos < bytes.size() && !in.full();) {
        const void* nl = std::memchr(bytes.data() + pos, '\n', bytes.size() - pos);
        const std::size_t end = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - bytes.data()) : bytes.size();
        const std::string_view text = trim(bytes.substr(pos, end - pos));
        pos = end + 1;
        ++line;
        if (text.empty()) continue;
        const JsonRead read = read_json(text);
        if (!read.ok()) {
            std::string why = read.error;
            // Within one line "at line 1, column 9" says only the column.
            if (why.rfind("at line 1, ", 0) == 0) why = "at " + why.substr(11);
            in.message(file, line, where("line", line) + "not valid JSON (" + why + "), skipped");
            continue;
        }
        for (const JsonBadNumber& b : read.bad_numbers)
            in.message(file, line, where("line", line) + (b.path.empty() ? "" : b.path + ": ") + bad_number_reason(b) +
                                       ", ignored");
        const nlohmann::json& obj = read.value;
        if (!obj.is_object()) {
            in.message(file, line, where("line", line) + "expected a JSON object, skipped");
            continue;
        }
        in.add_record(file, stem, json_record(obj, line, storage), "line");
    }
}

// [SECTION] CSV

void import_csv(Importer& in, const std::string& file, std::string_view bytes) {
    const CsvTable table = parse_csv(bytes);
    for (const CsvIssue& issue : table.issues) {
        // A problem in the header (row 0) names only its line.
        if (issue.row) in.message(file, issue.row, "row " + std::to_string(issue.row) + ": " + issue.reason);
        else in.message(file, issue.line, issue.reason);
    }
    if (table.row_count() == 0) {
        in.message(file, 0, "no header row");
        return;
    }
    std::size_t column[5];
    int best[5] = {99, 99, 99, 99, 99};
    for (std::size_t c = 0; c < table.field_count(0); ++c) {
        const FieldName f = classify_field(table.field(0, c));
        if (f.field == Field::none) continue;
        const int slot = static_cast<int>(f.field);
        if (f.rank >= best[slot]) continue;
        best[slot] = f.rank;
        column[slot] = c;
    }
    if (best[static_cast<int>(Field::text)] == 99) {
        in.message(file, 0, kNoTextColumn);
        return;
    }
    if (table.row_count() == 1) {
        in.message(file, 0, "a header row but no articles");
        return;
    }
    auto cell = [&](std::size_t row, Field f) {
        const int slot = static_cast<int>(f);
        return best[slot] == 99 ? std::string_view() : table.field(row, column[slot]);
    };
    const std::string stem = document_id(file);
    in.expect(table.row_count() - 1);
    for (std::size_t row = 1; row < table.row_count() && !in.full(); ++row) {
        Record r;
        r.row = table.row_number(row);
        r.text = cell(row, Field::text);
        r.title = cell(row, Field::title);
        r.date = cell(row, Field::date);
        r.source = cell(row, Field::source);
        r.id = cell(row, Field::id);
        in.add_record(file, stem, r);
    }
}

// [SECTION] plain text

// `file_size` is the size of a file of which only the beginning was passed, else 0.
// `whole` is the file's own buffer when the caller gives it up and `bytes` is all of it.
void import_text(Importer& in, const std::string& file, std::string_view bytes, Utf8Repair* repaired,
                 std::size_t file_size, std::string* whole) {
    ArticleInput a;
    a.file = file;
    a.id = document_id(file);
    if (repaired) {
        a.invalid_utf8 = repaired->invalid_sequences;
        a.text = std::move(repaired->text);
    } else if (whole && whole->data() == bytes.data() && whole->size() == bytes.size()) {
        a.text = std::move(*whole);
    } else {
        a.text.assign(bytes.data(), bytes.size());
    }
    in.add(std::move(a), "row", file_size);
}

// [SECTION] one file: its checks, its encoding, then the reader its format selects

// `name` is the file's name as valid UTF-8: it goes into ids, messages and every export.
// `own` is f's buffer when the caller gives it up: an article may take it instead of a copy.
void import_one(Importer& in, const SourceFile& f, const std::string& name, const ImportLimits& limits,
                std::vector<std::size_t>& text_articles, std::string* own) {
    const FileFormat format = file_format(name);
    if (format == FileFormat::unsupported) {
        const std::string ext = extension_of(name);
        in.message(name, 0,
                   (ext.empty() ? std::string("unsupported file type (no extension)")
                                : "unsupported file type '" + ext + "'") +
                       " (use .txt, .csv, .json, .jsonl)");
        return;
    }
    // A caller may pass only the beginning of a large file, with its size.
    const std::size_t file_size = std::max(f.size, f.bytes.size());
    if (file_size > limits.max_file_bytes) {
        in.message(name, 0, "file is " + size_text(file_size) + ", over the " + limit_text(limits.max_file_bytes) +
                                  " limit: skipped");
        return;
    }
    std::string_view bytes = f.bytes;
    std::string converted;  // UTF-16 files, as UTF-8
    if (const Utf16Kind kind = detect_utf16(bytes); kind.order != ByteOrder::none) {
        Utf16Text t = utf16_to_utf8(bytes, kind);
        converted = std::move(t.text);
        // A file that holds NUL characters is binary however it is read: the raw bytes,
        // which hold them too, are refused below.
        if (!std::memchr(converted.data(), '\0', converted.size())) {
            if (!converted.empty())
                in.note(name, utf16_description(kind) + ": converted to UTF-8" +
                                    (t.invalid ? " (" + std::to_string(t.invalid) + " broken character(s) replaced)" : ""));
            bytes = converted;
        }
    }
    if (format == FileFormat::manifest) {
        ManifestResult m = parse_manifest(without_bom(bytes));
        if (!m.ok()) in.message(name, 0, "manifest not used: " + m.error);
        else in.merge_manifest(name, std::move(m.manifest));
        return;
    }
    if (trim(without_bom(bytes)).empty()) {  // white space alone is no article either
        in.message(name, 0, "empty file, skipped");
        return;
    }
    if (std::memchr(bytes.data(), '\0', bytes.size())) {
        in.message(name, 0, "binary file (contains NUL bytes), skipped");
        return;
    }
    // Repair once per file, so every reader below sees valid UTF-8; a valid file
    // (the usual case) is read in place without a copy.
    const std::size_t bom = bytes.size() - without_bom(bytes).size();
    bytes = without_bom(bytes);
    // The beginning of a long file may end inside a character: cut before it, at the limit.
    const bool partial = format == FileFormat::text && f.size > f.bytes.size();
    if (partial) bytes = bytes.substr(0, utf8_prefix_length(bytes, limits.max_article_bytes));
    Utf8Repair repaired;
    const bool invalid = first_invalid_utf8(bytes) != std::string_view::npos;
    if (invalid) {
        repaired = repair_utf8(bytes);
        in.message(name, 0,
                   "not valid UTF-8: " + std::to_string(repaired.invalid_sequences) +
                       " invalid sequence(s) replaced, first at byte " +
                       std::to_string(repaired.first_invalid_offset + bom));
        bytes = repaired.text;
    }
    switch (format) {
        case FileFormat::text:
            text_articles.push_back(in.article_count());
            import_text(in, name, bytes, invalid ? &repaired : nullptr, partial ? f.size : 0, own);
            break;
        case FileFormat::csv: import_csv(in, name, bytes); break;
        case FileFormat::json: import_json(in, name, bytes); break;
        case FileFormat::jsonl: import_jsonl(in, name, bytes); break;
        default: break;
    }
}

}  // namespace

std::string document_id(std::string_view file_name) {
    // Trimmed, as the ids a table or JSON states are: " a.txt" is "a" wherever it goes.
    const std::string_view base = base_name(file_name);
    std::string_view stem = base;
    const auto dot = stem.find_last_of('.');
    if (dot != std::string_view::npos && dot > 0) stem = stem.substr(0, dot);
    if (!trim(stem).empty()) return std::string(trim(stem));
    return std::string(trim(base).empty() ? base : trim(base));  // " .txt" is ".txt"
}

FileFormat file_format(std::string_view file_name) {
    if (lower_ascii(base_name(file_name)) == "manifest.json") return FileFormat::manifest;
    const std::string ext = extension_of(file_name);
    if (ext == ".txt") return FileFormat::text;
    if (ext == ".csv") return FileFormat::csv;
    if (ext == ".json") return FileFormat::json;
    if (ext == ".jsonl" || ext == ".ndjson") return FileFormat::jsonl;
    return FileFormat::unsupported;
}

ImportResult import_files(const std::vector<SourceFile>& files) { return import_files(files, ImportLimits{}); }

namespace {

// `owned` is `files` again when the caller gives the buffers up.
ImportResult import_all(const std::vector<SourceFile>& files, std::vector<SourceFile>* owned, const ImportLimits& limits) {
    ImportResult result;
    Importer in(result, limits);
    std::vector<std::size_t> text_articles;  // indices of .txt articles, for the manifest
    for (std::size_t i = 0; i < files.size(); ++i) {
        const SourceFile& f = files[i];
        // Past the article limit only manifests still matter: they describe what loaded.
        if (in.full() && file_format(f.name) != FileFormat::manifest) continue;
        std::string name;
        try {
            name = is_valid_utf8(f.name) ? f.name : repair_utf8(f.name).text;
            import_one(in, f, name, limits, text_articles, owned ? &(*owned)[i].bytes : nullptr);
        } catch (const std::bad_alloc&) {
            in.message(name, 0, "not enough memory to read this file, skipped");
        } catch (const std::exception& e) {
            // A bug: name the file and go on with the others.
            in.message(name, 0, std::string("could not be read (") + e.what() + "), skipped");
        }
        // Given back as soon as the file's articles hold their texts: the next file's articles
        // take the same memory, and the import never holds the whole corpus twice.
        if (owned) std::string().swap((*owned)[i].bytes);
    }
    // Manifests apply after all files are read, so their order among the files does not matter.
    in.apply_manifests(text_articles);
    return result;
}

}  // namespace

ImportResult import_files(const std::vector<SourceFile>& files, const ImportLimits& limits) {
    return import_all(files, nullptr, limits);
}

ImportResult import_files(std::vector<SourceFile>&& files, const ImportLimits& limits) {
    ImportResult result = import_all(files, &files, limits);
    std::vector<SourceFile>().swap(files);  // what the articles did not take is no longer needed
    return result;
}

}  // namespace core
