// corpus: the command-line face of the extraction core.
//
//   corpus extract --json [--manifest FILE] PATH...   the corpus as JSON (shared/spec/EVENTS.md)
//   corpus stats [--manifest FILE] PATH...            a readable summary
//
// PATHs are files or folders (read recursively, sorted; .txt .csv .json .jsonl and
// manifest.json). Problems with single files go to stderr as "corpus: FILE: reason";
// the other files are still processed. Exit status: 0 clean, 1 when any file had a
// problem, 2 for usage errors.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "core/corpus.h"
#include "core/corpus_json.h"
#include "native/file_input.h"

namespace {

const char* const kUsage =
    "usage: corpus extract --json [--manifest FILE] PATH...\n"
    "       corpus stats [--manifest FILE] PATH...\n"
    "       corpus --help\n"
    "\n"
    "Reads news articles (files, or folders read recursively: .txt .csv .json .jsonl,\n"
    "and manifest.json for publication dates) and finds entities, time expressions\n"
    "and events (missile launches, drills, deployments, summits, nuclear tests,\n"
    "satellite launches, sanctions, statements).\n"
    "\n"
    "  extract --json   print documents, entities, events and co-mentions as JSON\n"
    "  stats            print counts: documents, sentences, entities, events by type\n"
    "  --manifest FILE  a manifest.json giving publication dates for the other files\n"
    "\n"
    "Exit status: 0 ok, 1 some input could not be read (reported on stderr), 2 usage error.\n";

int usage_error(const char* what) {
    std::fprintf(stderr, "corpus: %s\n%s", what, kUsage);
    return 2;
}

void report(const core::LoadMessage& m) {
    if (m.row) std::fprintf(stderr, "corpus: %s: row %zu: %s\n", m.file.c_str(), m.row, m.reason.c_str());
    else std::fprintf(stderr, "corpus: %s: %s\n", m.file.c_str(), m.reason.c_str());
}

void print_stats(const core::Corpus& c) {
    std::size_t sentences = 0, mentions = 0, dated = 0;
    std::size_t basis[4] = {0, 0, 0, 0};
    for (const core::Document& d : c.documents) {
        sentences += d.sentences.size();
        mentions += d.mentions.size();
        ++basis[static_cast<int>(d.published_basis)];
    }
    for (const core::Event& e : c.events) dated += !e.date.empty();
    std::printf("documents   %zu (publication date from text %zu, manifest %zu, inferred %zu, unknown %zu)\n",
                c.documents.size(), basis[1], basis[2], basis[3], basis[0]);
    std::printf("sentences   %zu\n", sentences);
    std::printf("entities    %zu (%zu mentions)\n", c.entities.size(), mentions);
    std::printf("events      %zu (dated %zu, undated %zu)\n", c.events.size(), dated, c.events.size() - dated);
    for (int t = 0; t < core::kEventTypes; ++t)
        if (!c.events_by_type[t].empty())
            std::printf("  %-18s %zu\n", core::event_type_name(static_cast<core::EventType>(t)), c.events_by_type[t].size());
    std::printf("co-mention pairs %zu\n", c.comentions.pairs.size());
    const std::size_t top = c.entities.size() < 10 ? c.entities.size() : 10;
    if (top) std::printf("most mentioned:\n");
    for (std::size_t i = 0; i < top; ++i)
        std::printf("  %-28s %-12s %u\n", c.entities[i].name.c_str(), core::entity_kind_name(c.entities[i].kind),
                    c.entities[i].mentions);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage_error("no command");
    const std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command != "extract" && command != "stats") return usage_error(("unknown command '" + command + "'").c_str());
    std::vector<std::string> paths;
    bool json = false;
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json") {
            json = true;
        } else if (arg == "--manifest") {
            if (i + 1 >= argc) return usage_error("--manifest needs a FILE");
            paths.push_back(argv[++i]);
        } else if (arg == "--help" || arg == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            return usage_error(("unknown option '" + arg + "'").c_str());
        } else {
            paths.push_back(arg);
        }
    }
    (void)json;  // JSON is the only output format of `extract`; the flag keeps scripts explicit
    if (paths.empty()) return usage_error("no PATH given");

    std::vector<core::LoadMessage> unreadable;
    const std::vector<core::SourceFile> files = read_input_paths(paths, unreadable);
    const core::Corpus corpus = core::build_corpus(core::import_files(files));
    for (const core::LoadMessage& m : unreadable) report(m);
    for (const core::LoadMessage& m : corpus.messages) report(m);

    if (command == "extract") {
        const std::string out = core::corpus_to_json(corpus);
        std::fwrite(out.data(), 1, out.size(), stdout);
    } else {
        print_stats(corpus);
    }
    return (unreadable.empty() && corpus.messages.empty()) ? 0 : 1;
}
