// Fuzz target: the curation reader applied to a small corpus, and the explorer's two session
// readers (the curation file, the kept corpus) on the same bytes. Checked: a curation that
// reads is stored and read back step for step; a curation file's parts are stored and read
// back; a kept corpus is kept again and reads back with the same articles.
#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/curation.h"
#include "tests/fuzz/fuzz_check.h"
#include "ui/models/session_file.h"

namespace {

const core::Corpus& small_corpus() {
    static const core::Corpus corpus = [] {
        return core::build_corpus(fuzz::two_articles());
    }();
    return corpus;
}

bool same_step(const core::CurationStep& a, const core::CurationStep& b) {
    return a.op == b.op && a.event == b.event && a.end == b.end && a.type == b.type && a.date == b.date &&
           a.actors == b.actors;
}

void check_curation(std::string_view json) {
    const core::CurationRead r = core::read_curation(json);
    if (!r.ok()) {
        FUZZ_CHECK(r.curation.steps.empty(), "a refused curation kept steps");
        return;
    }
    core::Corpus corpus = small_corpus();
    const core::CurationResult applied = core::apply_curation(corpus, r.curation);
    FUZZ_CHECK(applied.status.size() == corpus.events.size() && applied.refs.size() == corpus.events.size(),
               "a curated corpus has not one status and reference per event");
    FUZZ_CHECK(applied.applied + applied.skipped.size() <= r.curation.steps.size(), "more steps applied than given");
    for (const core::Event& e : corpus.events)
        FUZZ_CHECK(e.doc < corpus.documents.size() && e.main.begin <= e.main.end &&
                       e.main.end <= corpus.documents[e.doc].text.size(),
                   "a curated event is out of its document");

    const core::CurationRead back = core::read_curation(core::curation_to_json(r.curation));
    FUZZ_CHECK(back.ok(), "a stored curation does not read back");
    FUZZ_CHECK(back.curation.steps.size() == r.curation.steps.size(), "a stored curation lost steps");
    for (std::size_t i = 0; i < r.curation.steps.size(); ++i)
        FUZZ_CHECK(same_step(back.curation.steps[i], r.curation.steps[i]), "a stored curation changed a step");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    check_curation(text);

    const vm::CurationFile file = vm::read_curation_file(text);
    if (file.error.empty()) {
        if (!file.curation_json.empty()) check_curation(file.curation_json);
        const vm::CurationFile back = vm::read_curation_file(vm::curation_file_json(file.curation_json, file.lexicon_additions));
        FUZZ_CHECK(back.error.empty(), "a stored curation file does not read back");
        FUZZ_CHECK(back.curation_json == file.curation_json, "a stored curation file changed its curation");
        FUZZ_CHECK(back.lexicon_additions == file.lexicon_additions, "a stored curation file changed its lexicon");
    }

    const vm::SessionCorpus kept = vm::read_session_corpus(text);
    if (kept.error.empty()) {
        const vm::SessionCorpus back = vm::read_session_corpus(vm::session_corpus_bytes(kept.imported));
        FUZZ_CHECK(back.error.empty(), "a kept corpus kept again does not read back");
        FUZZ_CHECK(vm::same_articles(back.imported.articles, kept.imported.articles), "a kept corpus changed its articles");
    } else {
        FUZZ_CHECK(kept.imported.articles.empty(), "a refused kept corpus kept articles");
    }
    return 0;
}
