// What goes into the corpus: raw files in, one ArticleInput per article out.
// Files become articles in core/import.h; articles become a Corpus in core/corpus.h.
#pragma once
#include <cstddef>
#include <string>

namespace core {

// A file as the user gave it. Nothing in the core opens files: callers pass bytes.
struct SourceFile {
    std::string name;   // file name or path as the user knows it
    std::string bytes;  // raw contents, any encoding
    // The file's size when `bytes` holds only its beginning (a reader stops past the limits
    // of core::ImportLimits); 0 when `bytes` is the whole file.
    std::size_t size = 0;
};

// A problem met while loading, for the import report and the CLI's stderr.
struct LoadMessage {
    std::string file;     // the file it concerns
    std::size_t row = 0;  // 1-based row or line inside the file (CSV, JSONL, JSON array), 0 for none
    std::string reason;   // in words: "not valid UTF-8: 2 invalid sequences replaced, first at byte 17"
    bool note = false;    // not a problem: the file loaded in full, and this says how it was read
};

// One article, ready for extraction.
struct ArticleInput {
    std::string id;         // unique in the corpus; a .txt file's name without folders and extension
    std::string file;       // where it came from: "a/b.txt", or "bbc.csv" for a row of a table
    std::size_t row = 0;    // row inside `file` for tables, 0 for one-article files
    std::string text;       // valid UTF-8
    std::string title;      // given by metadata (manifest, CSV column), else empty
    std::string published;  // ISO date given by metadata, else empty
    std::string source;     // outlet or URL given by metadata, else empty
    std::size_t invalid_utf8 = 0;  // invalid sequences replaced while reading
};

}  // namespace core
