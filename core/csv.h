// CSV reading and writing: RFC 4180 plus what real spreadsheets and scrapers emit.
//
//   core::CsvTable t = core::parse_csv(bytes);        // `bytes` must outlive `t`
//   for (std::size_t r = 1; r < t.row_count(); ++r)   // row 0 is the header
//       use(t.field(r, 0), t.row_line(r));
//   for (const core::CsvIssue& i : t.issues) warn(i.line, i.reason);  // "malformed quote at line 7"
//
//   std::string out;
//   core::append_csv_row(out, {"id", "text"});
//   core::append_csv_row(out, {"a-1", "He said \"yes\", then left"});  // quoted, quotes doubled
//
// Reading accepts: a UTF-8 byte order mark; LF, CRLF or lone CR line ends; quoted fields
// holding commas, doubled quotes and line breaks; a bare quote inside an unquoted field
// (kept as a literal, as spreadsheets do). Blank lines are skipped. Rows whose field count
// differs from the header's are kept and reported. A quote that is never closed, or text
// after a closing quote, is reported with its line and the parser resumes on the next line.
//
// Fields are views into the input where they can be; only a quoted field with doubled
// quotes is copied once (into the table's own buffer) to undo the doubling.
#pragma once
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct CsvIssue {
    std::size_t line = 0;  // 1-based physical line of the input
    std::size_t row = 0;   // the data row it concerns (see row_number), 0 for the header
    std::string reason;    // "malformed quote at line 7: text after the closing quote; row skipped",
                           // "2 field(s) where the header has 3, missing fields read as empty (line 9)"
};

struct CsvTable {
    // Number of rows including the header row (row 0); 0 for an empty input.
    std::size_t row_count() const { return rows_.size(); }
    std::size_t field_count(std::size_t row) const { return rows_[row].field_count; }
    // The field's text, unquoted; empty when the row has fewer fields.
    std::string_view field(std::size_t row, std::size_t column) const;
    // 1-based line on which the row starts.
    std::size_t row_line(std::size_t row) const { return rows_[row].line; }
    // The row's number as a person counts data rows: 0 for the header, 1 for the first
    // data row. A malformed row that was skipped still takes its number, so that fixing
    // one row does not renumber every row after it.
    std::size_t row_number(std::size_t row) const { return rows_[row].number; }

    std::vector<CsvIssue> issues;

    // [SECTION] storage, filled by parse_csv
    struct Span {
        std::size_t offset = 0;
        std::size_t length = 0;
        bool in_unescaped = false;  // offset is into `unescaped_`, not the input
    };
    struct Row {
        std::size_t line = 0;
        std::size_t number = 0;
        std::size_t first_field = 0;
        std::size_t field_count = 0;
    };
    std::string_view input_;
    std::string unescaped_;  // fields whose doubled quotes were undone, back to back
    std::vector<Span> spans_;
    std::vector<Row> rows_;
};

// Parses the whole input in one pass. Ragged rows are reported in `issues` with the
// header's field count as the expectation.
CsvTable parse_csv(std::string_view bytes);

// [SECTION] writing
// Appends one field, quoted when it holds a comma, quote, CR or LF, starts or ends with a
// space or tab (those would be trimmed by many readers), or starts with U+FEFF (which would
// read as a byte order mark at the start of a file); quotes are doubled.
void append_csv_field(std::string& out, std::string_view field);
// Appends the fields separated by commas and a line end ("\r\n" when `crlf`).
// A row of one empty field is written as "" so that it is not read back as a blank line.
void append_csv_row(std::string& out, const std::vector<std::string_view>& fields, bool crlf = false);
void append_csv_row(std::string& out, std::initializer_list<std::string_view> fields, bool crlf = false);

}  // namespace core
