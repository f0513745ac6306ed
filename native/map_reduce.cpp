#include "native/map_reduce.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <numeric>

#include "core/bundle.h"
#include "core/mapper.h"

namespace {

// Reads `in` line by line (the last line may lack its newline); f(line, number).
template <class F>
void for_each_line(std::istream& in, F&& f) {
    std::string line;
    std::size_t number = 0;
    while (std::getline(in, line)) f(line, ++number);
}

bool blank(const std::string& line) {
    return line.find_first_not_of(" \t\r") == std::string::npos;
}

}  // namespace

int run_map(const core::Lexicon& lex) {
    std::ios::sync_with_stdio(false);
    const std::string lexicon_id = core::lexicon_fingerprint(lex);
    core::ExtractScratch scratch;
    core::ArticleInput art;
    std::vector<std::string> notes;
    std::string out;
    bool clean = true;
    for_each_line(std::cin, [&](const std::string& line, std::size_t number) {
        if (blank(line)) return;
        notes.clear();
        const bool ok = core::article_from_jsonl_line(line, number, art, notes);
        for (const std::string& n : notes) std::fprintf(stderr, "corpus map: line %zu: %s\n", number, n.c_str());
        clean = clean && notes.empty();
        if (!ok) return;
        core::map_article(art, lex, lexicon_id, scratch, out);
        out.push_back('\n');
        std::fwrite(out.data(), 1, out.size(), stdout);
        art = core::ArticleInput{};
    });
    if (std::fflush(stdout) != 0) {
        std::fprintf(stderr, "corpus map: cannot write the output: %s\n", std::strerror(errno));
        return 1;
    }
    return clean ? 0 : 1;
}

int run_reduce(const std::vector<std::string>& inputs, const std::string& output, const core::Lexicon& lex) {
    const std::string lexicon_id = core::lexicon_fingerprint(lex);
    struct Read {
        core::MappedDocument mapped;
        std::size_t input, line;
    };
    std::vector<Read> docs;
    std::vector<std::string> names = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
    bool clean = true;
    std::string error;
    for (std::size_t i = 0; i < names.size(); ++i) {
        std::ifstream file;
        std::istream* in = &std::cin;
        if (names[i] != "-") {
            file.open(names[i], std::ios::binary);
            if (!file) {
                std::fprintf(stderr, "corpus reduce: %s: cannot read: %s\n", names[i].c_str(), std::strerror(errno));
                clean = false;
                continue;
            }
            in = &file;
        }
        const char* name = names[i] == "-" ? "stdin" : names[i].c_str();
        for_each_line(*in, [&](const std::string& line, std::size_t number) {
            if (blank(line)) return;
            Read r{{}, i, number};
            if (!core::read_mapped_line(line, lex, lexicon_id, r.mapped, error)) {
                std::fprintf(stderr, "corpus reduce: %s: line %zu: %s, skipped\n", name, number, error.c_str());
                clean = false;
                return;
            }
            docs.push_back(std::move(r));
        });
    }
    // Id order, so the shards' count and order do not matter; a document read twice keeps its first reading.
    std::vector<std::size_t> order(docs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return docs[x].mapped.document.id < docs[y].mapped.document.id;
    });
    core::CorpusBuilder builder(core::ImportResult{}, lex);
    for (std::size_t k = 0; k < order.size(); ++k) {
        Read& r = docs[order[k]];
        if (k && r.mapped.document.id == docs[order[k - 1]].mapped.document.id) {
            const Read& first = docs[order[k - 1]];
            std::fprintf(stderr, "corpus reduce: %s: line %zu: document \"%s\" was read before (%s line %zu), skipped\n",
                         names[r.input].c_str(), r.line, r.mapped.document.id.c_str(), names[first.input].c_str(), first.line);
            clean = false;
            continue;
        }
        builder.add_extracted(std::move(r.mapped.document), std::move(r.mapped.analysis));
    }
    std::vector<Read>().swap(docs);
    const core::Corpus corpus = builder.finish();
    if (!write_output_file(output, core::write_bundle(corpus))) return 1;
    return clean ? 0 : 1;
}

void sort_articles_by_id(core::ImportResult& imported) {
    std::stable_sort(imported.articles.begin(), imported.articles.end(),
                     [](const core::ArticleInput& x, const core::ArticleInput& y) { return x.id < y.id; });
}

bool write_output_file(const std::string& path, const std::string& bytes) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    bool ok = f != nullptr;
    if (f) ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (f) ok = std::fclose(f) == 0 && ok;
    if (!ok) {
        std::fprintf(stderr, "corpus: %s: cannot write: %s\n", path.c_str(), std::strerror(errno));
        return false;
    }
    return true;
}
