// Fuzz target: the CSV reader, and the writer read back. Checked: every row the reader
// keeps, written with append_csv_row, reads again as the same fields with no issue.
#include "core/csv.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const core::CsvTable table = core::parse_csv(std::string_view(reinterpret_cast<const char*>(data), size));
    std::string written;
    std::vector<std::string_view> fields;
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        fields.clear();
        for (std::size_t c = 0; c < table.field_count(r); ++c) fields.push_back(table.field(r, c));
        core::append_csv_row(written, fields, r % 2 == 1);
    }
    const core::CsvTable back = core::parse_csv(written);
    FUZZ_CHECK(back.row_count() == table.row_count(), "written rows read back as another number of rows");
    for (std::size_t r = 0; r < table.row_count(); ++r) {
        FUZZ_CHECK(back.field_count(r) == table.field_count(r), "a written row read back with other fields");
        for (std::size_t c = 0; c < table.field_count(r); ++c)
            FUZZ_CHECK(back.field(r, c) == table.field(r, c), "a written field read back changed");
    }
    for (const core::CsvIssue& issue : back.issues)
        FUZZ_CHECK(issue.reason.find("malformed") == std::string::npos, "written CSV reads back as malformed");
    return 0;
}
