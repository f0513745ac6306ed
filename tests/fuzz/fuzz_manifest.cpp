// Fuzz target: a manifest on its own and beside two articles. Checked: a manifest that reads
// is written out and read again with the same entries.
#include "core/import.h"
#include "core/manifest.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const core::ManifestResult m = core::parse_manifest(text);
    if (m.ok()) {
        const core::ManifestResult back = core::parse_manifest(core::manifest_to_json(m.manifest));
        FUZZ_CHECK(back.ok(), "a written manifest does not read again");
        FUZZ_CHECK(back.manifest.title == m.manifest.title && back.manifest.about == m.manifest.about,
                   "a written manifest lost its title");
        FUZZ_CHECK(back.manifest.documents.size() == m.manifest.documents.size(), "a written manifest lost entries");
        for (std::size_t i = 0; i < m.manifest.documents.size(); ++i) {
            const core::ManifestEntry &a = m.manifest.documents[i], &b = back.manifest.documents[i];
            FUZZ_CHECK(a.file == b.file && a.published == b.published && a.title == b.title && a.source == b.source &&
                           a.note == b.note,
                       "a written manifest changed an entry");
        }
    }
    const core::ImportResult r =
        core::import_files({{"a.txt", "Story A"}, {"manifest.json", text}, {"dir/b.txt", "Story B"}});
    FUZZ_CHECK(r.articles.size() == 2, "a manifest cost an article");
    return 0;
}
