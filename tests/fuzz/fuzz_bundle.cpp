// Fuzz target: the event bundle reader. The input is read as it is, and its bytes after the
// header are read again under a header with their true size and checksum: mutations that do
// not keep the checksum would otherwise never get past it to the sections. Checked: a bundle
// that reads is written again and reads back with the same documents, entities, events and
// co-mentions.
#include <string>
#include <string_view>

#include "core/bundle.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

void check_round_trip(std::string_view bytes) {
    const core::BundleResult r = core::read_bundle(bytes);
    if (!r.ok()) {
        FUZZ_CHECK(r.corpus.documents.empty() && r.corpus.events.empty(), "a refused bundle left a part of a corpus");
        return;
    }
    const core::Corpus& a = r.corpus;
    const core::BundleResult back = core::read_bundle(core::write_bundle(a));
    FUZZ_CHECK(back.ok(), "a bundle that read, written again, does not read");
    const core::Corpus& b = back.corpus;
    FUZZ_CHECK(b.title == a.title, "a written bundle changed its title");
    FUZZ_CHECK(b.documents.size() == a.documents.size(), "a written bundle lost documents");
    FUZZ_CHECK(b.entities.size() == a.entities.size(), "a written bundle lost entities");
    FUZZ_CHECK(b.events.size() == a.events.size(), "a written bundle lost events");
    FUZZ_CHECK(b.comentions.pairs.size() == a.comentions.pairs.size(), "a written bundle lost co-mentions");
    for (std::size_t i = 0; i < a.documents.size(); ++i) {
        FUZZ_CHECK(b.documents[i].id == a.documents[i].id, "a written bundle changed a document id");
        FUZZ_CHECK(b.documents[i].sentences.size() == a.documents[i].sentences.size(),
                   "a written bundle changed a document's sentences");
    }
    for (std::size_t i = 0; i < a.events.size(); ++i) {
        const core::Event &x = a.events[i], &y = b.events[i];
        FUZZ_CHECK(x.doc == y.doc && x.type == y.type && x.date == y.date && x.main.sentence == y.main.sentence &&
                       x.actors == y.actors && x.evidence.size() == y.evidence.size() && x.entities == y.entities,
                   "a written bundle changed an event");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string_view in(reinterpret_cast<const char*>(data), size);
    check_round_trip(in);
    check_round_trip(core::seal_bundle(in.substr(std::min(in.size(), core::kBundleHeaderSize))));
    return 0;
}
