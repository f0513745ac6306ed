// The corpus: every article of a collection with what the core found in it.
//
//   core::Corpus corpus = core::build_corpus(core::import_files(files));
//   for (const core::Document& d : corpus.documents) show(d.title, d.words, d.published);
//   for (const core::LoadMessage& m : corpus.messages) warn(m.file + ": " + m.reason);
//
// Built once at load; views only read it.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "core/import.h"

namespace core {

// How a document's publication date is known.
enum class DateBasis { unknown, text, manifest, inferred };
const char* date_basis_name(DateBasis basis);  // "unknown", "text", "manifest", "inferred"

struct Document {
    std::string id;     // unique in the corpus
    std::string file;   // where it came from
    std::string text;   // valid UTF-8
    std::string title;  // metadata title, else the first non-empty line
    std::size_t words = 0;
    std::size_t paragraphs = 0;
    std::string published;  // ISO date or empty
    DateBasis published_basis = DateBasis::unknown;
    std::size_t invalid_utf8 = 0;
};

struct Corpus {
    std::string title;  // from the manifest, if any
    std::vector<Document> documents;
    std::vector<LoadMessage> messages;  // everything the import and extraction had to report
};

Corpus build_corpus(ImportResult imported);
inline Corpus build_corpus(const std::vector<SourceFile>& files) { return build_corpus(import_files(files)); }

// [SECTION] pieces of the article reading, exposed for tests
std::string first_nonempty_line(std::string_view text);
std::size_t count_words(std::string_view text);
std::size_t count_paragraphs(std::string_view text);  // blocks of non-blank lines

}  // namespace core
