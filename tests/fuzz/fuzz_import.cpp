// Fuzz target: files of every kind through the whole flow, the way the CLI and the page use it.
// import_files -> build_corpus -> corpus JSON, events CSV and corpus JSONL -> the JSONL imported
// again. Checked: the JSON parses, the CSV reads back with one row per event, and the JSONL
// brings back every document with its id and text. Input: see fuzz_check.h ("=== a.csv" lines).
#include <nlohmann/json.hpp>

#include "core/corpus.h"
#include "core/corpus_json.h"
#include "core/csv.h"
#include "core/export_formats.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const core::Corpus corpus = core::build_corpus(core::import_files(fuzz::split_files(data, size, "input.txt")));

    const nlohmann::json json = nlohmann::json::parse(core::corpus_to_json(corpus), nullptr, false);
    FUZZ_CHECK(!json.is_discarded(), "the corpus JSON is not valid JSON");
    FUZZ_CHECK(json["documents"].size() == corpus.documents.size(), "the corpus JSON lost documents");

    const std::string events = core::events_to_csv(corpus);
    const core::CsvTable table = core::parse_csv(events);
    FUZZ_CHECK(table.issues.empty(), "the events CSV does not read back cleanly");
    FUZZ_CHECK(table.row_count() == corpus.events.size() + 1, "the events CSV has not one row per event");

    if (corpus.documents.empty()) return 0;  // an empty JSONL is an empty file
    const core::ImportResult again = core::import_files({{"corpus.jsonl", core::corpus_to_jsonl(corpus)}});
    FUZZ_CHECK(again.messages.empty(), "the corpus JSONL reads back with messages");
    FUZZ_CHECK(again.articles.size() == corpus.documents.size(), "the corpus JSONL lost documents");
    for (std::size_t i = 0; i < again.articles.size(); ++i) {
        FUZZ_CHECK(again.articles[i].id == corpus.documents[i].id, "a document's id changed through JSONL");
        FUZZ_CHECK(again.articles[i].text == corpus.documents[i].text, "a document's text changed through JSONL");
    }
    return 0;
}
