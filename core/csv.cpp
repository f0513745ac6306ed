#include "core/csv.h"

#include <algorithm>
#include <cstring>

namespace core {
namespace {

// One forward pass; a malformed field makes the parser step back only as far as the
// line after the field's opening quote.
class CsvParser {
public:
    CsvParser(std::string_view in, CsvTable& table) : in_(in), t_(table) {}

    void run() {
        if (in_.size() >= 3 && in_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
        while (pos_ < in_.size()) {
            if (skip_line_end()) continue;  // blank line
            parse_row();
        }
    }

private:
    std::string_view in_;
    CsvTable& t_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
    std::size_t header_fields_ = 0;
    std::size_t next_number_ = 0;  // row numbers count skipped rows too
    // Once a search for a quote has failed from some offset, none follows it: remembering
    // that keeps a file of unclosed quotes linear instead of quadratic.
    std::size_t no_quote_from_ = std::string_view::npos;

    bool at_line_end() const { return pos_ == in_.size() || in_[pos_] == '\n' || in_[pos_] == '\r'; }

    // Consumes "\n", "\r\n" or a lone "\r" and counts the line; false when not at one.
    bool skip_line_end() {
        if (pos_ >= in_.size()) return false;
        if (in_[pos_] == '\n') {
            ++pos_;
        } else if (in_[pos_] == '\r') {
            ++pos_;
            if (pos_ < in_.size() && in_[pos_] == '\n') ++pos_;
        } else {
            return false;
        }
        ++line_;
        return true;
    }

    // Recovery after a malformed field: resume on the line after the one where its quote
    // opened. A stray opening quote is the usual culprit, and this way it costs one row
    // instead of swallowing the good row whose quote it mistook for its closing one.
    void resume_after_line_of(std::size_t quote_pos, std::size_t quote_line) {
        const void* nl = std::memchr(in_.data() + quote_pos, '\n', in_.size() - quote_pos);
        pos_ = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - in_.data()) + 1 : in_.size();
        line_ = quote_line + 1;
    }

    // memchr skips a whole article's text at a time; a byte-by-byte count was a large share
    // of reading a CSV of long quoted fields.
    std::size_t count_newlines(std::size_t from, std::size_t to) const {
        std::size_t lines = 0;
        const char* p = in_.data() + from;
        const char* const end = in_.data() + to;
        while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
            ++lines;
            p = static_cast<const char*>(nl) + 1;
        }
        return lines;
    }

    std::size_t find_quote(std::size_t from) {
        if (from >= no_quote_from_) return std::string_view::npos;
        const void* q = std::memchr(in_.data() + from, '"', in_.size() - from);
        if (!q) {
            no_quote_from_ = from;
            return std::string_view::npos;
        }
        return static_cast<std::size_t>(static_cast<const char*>(q) - in_.data());
    }

    void malformed(std::size_t line, const std::string& what) {
        // A skipped header does not use up row 0: the next good row becomes the header.
        const std::size_t number = t_.rows_.empty() ? 0 : next_number_++;
        t_.issues.push_back({line, number, "malformed quote at line " + std::to_string(line) + ": " + what + "; row skipped"});
    }

    void parse_row() {
        const CsvTable::Row row{line_, 0, t_.spans_.size(), 0};
        for (;;) {
            const bool ok = in_[pos_] == '"' ? parse_quoted_field() : (parse_plain_field(), true);
            if (!ok) {
                t_.spans_.resize(row.first_field);
                return;
            }
            if (pos_ < in_.size() && in_[pos_] == ',') {
                ++pos_;
                if (pos_ == in_.size()) t_.spans_.push_back({pos_, 0, false});  // "a,b," at the very end
                else continue;
            }
            break;
        }
        skip_line_end();
        finish_row(row);
    }

    void parse_plain_field() {
        const std::size_t start = pos_;
        const char* p = in_.data() + pos_;
        const char* end = in_.data() + in_.size();
        while (p != end && *p != ',' && *p != '\n' && *p != '\r') ++p;
        pos_ = static_cast<std::size_t>(p - in_.data());
        t_.spans_.push_back({start, pos_ - start, false});
    }

    // On return pos_ is at the delimiter after the closing quote. False for a malformed
    // field, after recovery has moved pos_ to the next line.
    bool parse_quoted_field() {
        const std::size_t open_line = line_;
        const std::size_t open_pos = pos_;
        const std::size_t content = pos_ + 1;
        std::size_t segment = content;
        std::size_t unescaped_start = std::string::npos;  // set once a doubled quote is seen
        auto fail = [&](std::size_t line, const std::string& what) {
            if (unescaped_start != std::string::npos) t_.unescaped_.resize(unescaped_start);
            malformed(line, what);
            resume_after_line_of(open_pos, open_line);
            return false;
        };
        for (;;) {
            const std::size_t q = find_quote(segment);
            if (q == std::string_view::npos) {
                // Never closed: one stray quote costs one row rather than the rest of the file.
                return fail(open_line, "a quoted field is never closed");
            }
            if (q + 1 < in_.size() && in_[q + 1] == '"') {
                if (unescaped_start == std::string::npos) unescaped_start = t_.unescaped_.size();
                t_.unescaped_.append(in_.data() + segment, q + 1 - segment);  // keeps one of the two quotes
                segment = q + 2;
                continue;
            }
            line_ += count_newlines(content, q);
            if (unescaped_start == std::string::npos) {
                t_.spans_.push_back({content, q - content, false});
            } else {
                t_.unescaped_.append(in_.data() + segment, q - segment);
                t_.spans_.push_back({unescaped_start, t_.unescaped_.size() - unescaped_start, true});
            }
            pos_ = q + 1;
            break;
        }
        // Spaces after a closing quote are a common slip; anything else is not.
        while (pos_ < in_.size() && (in_[pos_] == ' ' || in_[pos_] == '\t')) ++pos_;
        if (pos_ < in_.size() && in_[pos_] != ',' && !at_line_end()) {
            return fail(line_, line_ == open_line ? std::string("text after the closing quote")
                                                  : "text after the closing quote of a field opened at line " +
                                                        std::to_string(open_line));
        }
        return true;
    }

    void finish_row(CsvTable::Row row) {
        row.field_count = t_.spans_.size() - row.first_field;
        row.number = next_number_++;
        if (t_.rows_.empty()) {
            header_fields_ = row.field_count;
        } else if (row.field_count != header_fields_) {
            t_.issues.push_back({row.line, row.number,
                                 std::to_string(row.field_count) + " field(s) where the header has " +
                                     std::to_string(header_fields_) +
                                     (row.field_count < header_fields_ ? ", missing fields read as empty"
                                                                       : ", extra fields ignored") +
                                     " (line " + std::to_string(row.line) + ")"});
        }
        t_.rows_.push_back(row);
    }
};

bool needs_quotes(std::string_view field) {
    if (field.empty()) return false;
    const char first = field.front(), last = field.back();
    if (first == ' ' || first == '\t' || last == ' ' || last == '\t') return true;
    // U+FEFF first would be read as a byte order mark if the field opened the file.
    if (field.rfind("\xEF\xBB\xBF", 0) == 0) return true;
    return field.find_first_of(",\"\r\n") != std::string_view::npos;
}

}  // namespace

std::string_view CsvTable::field(std::size_t row, std::size_t column) const {
    const Row& r = rows_[row];
    if (column >= r.field_count) return {};
    const Span& s = spans_[r.first_field + column];
    return s.in_unescaped ? std::string_view(unescaped_).substr(s.offset, s.length) : input_.substr(s.offset, s.length);
}

CsvTable parse_csv(std::string_view bytes) {
    CsvTable table;
    table.input_ = bytes;
    // The undone fields are never longer than the input: room for them is taken once (memory
    // is only touched as it fills) instead of regrown and copied as news text's quotes come.
    table.unescaped_.reserve(bytes.size());
    CsvParser(bytes, table).run();
    return table;
}

void append_csv_field(std::string& out, std::string_view field) {
    if (!needs_quotes(field)) {
        out.append(field.data(), field.size());
        return;
    }
    out.reserve(out.size() + field.size() + 2);
    out += '"';
    for (std::size_t from = 0;;) {
        const std::size_t q = field.find('"', from);
        if (q == std::string_view::npos) {
            out.append(field.data() + from, field.size() - from);
            break;
        }
        out.append(field.data() + from, q + 1 - from);
        out += '"';
        from = q + 1;
    }
    out += '"';
}

void append_csv_row(std::string& out, const std::vector<std::string_view>& fields, bool crlf) {
    if (fields.size() == 1 && fields[0].empty()) {
        out += "\"\"";
    } else {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i) out += ',';
            append_csv_field(out, fields[i]);
        }
    }
    out += crlf ? "\r\n" : "\n";
}

void append_csv_row(std::string& out, std::initializer_list<std::string_view> fields, bool crlf) {
    append_csv_row(out, std::vector<std::string_view>(fields), crlf);
}

}  // namespace core
