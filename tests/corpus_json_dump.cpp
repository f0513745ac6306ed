// Prints the corpus JSON of the embedded seeds and of a synthetic corpus, so the native
// and the WebAssembly builds can be compared byte for byte (tests/native_vs_wasm.sh).
#include <cstdio>
#include <string>
#include <vector>

#include "bench/synthetic_corpus.h"
#include "core/corpus.h"
#include "core/corpus_json.h"
#include "core/embedded.h"

int main() {
    std::vector<core::SourceFile> seeds;
    for (const embedded::File& f : embedded::seeds()) seeds.push_back({std::string(f.name), std::string(f.bytes)});
    const std::string a = core::corpus_to_json(core::build_corpus(seeds));
    const std::string b = core::corpus_to_json(core::build_corpus(synthetic_articles(2000)));
    std::fwrite(a.data(), 1, a.size(), stdout);
    std::fputc('\n', stdout);
    std::fwrite(b.data(), 1, b.size(), stdout);
    std::fputc('\n', stdout);
    return 0;
}
