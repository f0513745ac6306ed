// Fuzz target: the gold file reader, and what reads a gold file next: scoring against a small
// corpus, the score report, and the curation steps that would make the corpus the gold's.
// Checked: those steps are stored and read back as the same number of steps, and apply to the
// corpus without a throw; the corpus's own events written as gold read back (once, at start).
#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/curation.h"
#include "core/gold.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

// Two short articles rather than the seeds: every input scores against this corpus, and the
// scorer searches each evidence string through every document.
const core::Corpus& small_corpus() {
    static const core::Corpus corpus = [] {
        core::Corpus c = core::build_corpus(fuzz::two_articles());
        const core::GoldRead own = core::read_gold(core::write_gold(c));
        FUZZ_CHECK(own.ok() && own.gold.documents.size() == c.documents.size(),
                   "the corpus's events written as gold do not read back");
        return c;
    }();
    return corpus;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const core::Corpus& corpus = small_corpus();
    const core::GoldRead g = core::read_gold(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!g.ok()) return 0;
    const core::Score s = core::score_events(corpus, g.gold);
    if (!s.ok()) return 0;
    FUZZ_CHECK(s.event_verdict.size() == corpus.events.size() && s.event_match.size() == corpus.events.size(),
               "a score has not one verdict per event");
    const std::string report = core::score_report(s, corpus, true);
    FUZZ_CHECK(report.find(core::score_summary_line(s)) != std::string::npos, "the report lacks its summary line");

    std::vector<core::EventRef> refs;
    for (const core::Event& e : corpus.events) refs.push_back(core::event_ref(corpus, e));
    core::Curation c;
    c.steps = core::curation_from_gold(corpus, g.gold, s, refs);
    const core::CurationRead back = core::read_curation(core::curation_to_json(c));
    FUZZ_CHECK(back.ok(), "the steps made from a gold file do not read back");
    FUZZ_CHECK(back.curation.steps.size() == c.steps.size(), "the steps made from a gold file lost steps");
    core::Corpus curated = corpus;
    const core::CurationResult applied = core::apply_curation(curated, c);
    FUZZ_CHECK(applied.status.size() == curated.events.size(), "a curated corpus has not one status per event");
    return 0;
}
