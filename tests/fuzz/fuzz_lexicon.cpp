// Fuzz target: a user's lexicon extension, then a build with it. The extension's own bytes
// are one of the articles, so its new names are found in the text. Checked: the extended
// lexicon, written out, extends the builtin one again without an error.
#include "core/corpus.h"
#include "core/lexicon.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string user(reinterpret_cast<const char*>(data), size);
    const core::LexiconResult extended = core::extend_lexicon(core::Lexicon::builtin(), user);
    if (!extended.ok()) {
        FUZZ_CHECK(!extended.error.empty(), "an extension was refused without a reason");
        return 0;
    }
    const std::vector<core::SourceFile> files = {
        {"fixed.txt", "Seoul and Tokyo said North Korea fired two ballistic missiles on Monday.\n"},
        {"extension.txt", user}};
    const core::Corpus corpus = core::build_corpus(core::import_files(files), extended.lexicon);
    FUZZ_CHECK(corpus.documents.size() <= 2, "more documents than files");
    const core::LexiconResult again = core::extend_lexicon(core::Lexicon::builtin(), core::lexicon_to_json(extended.lexicon));
    FUZZ_CHECK(again.ok(), "a written lexicon does not load again");
    FUZZ_CHECK(again.lexicon.entities.size() == extended.lexicon.entities.size(), "a written lexicon lost entities");
    return 0;
}
