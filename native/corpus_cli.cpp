// corpus: the command-line face of the extraction core.
//
//   corpus extract --json [--manifest FILE] PATH...   the corpus as JSON (shared/spec/EVENTS.md)
//   corpus extract --csv-events PATH...               one CSV row per event
//   corpus extract --jsonl PATH...                    the articles as JSONL, which loads again
//   corpus extract --bundle OUT PATH...               the event bundle (core/bundle.h)
//   corpus map [--lexicon FILE] < articles.jsonl      one mapper line per article (native/map_reduce.h)
//   corpus reduce -o OUT [--lexicon FILE] [FILE...]   mapper lines, any shards -> the event bundle
//   corpus stats [--lexicon FILE] PATH...             a readable summary (of a bundle too)
//   corpus score --gold FILE [--verbose] PATH...      the extractor against a gold file (core/gold.h)
//   -j N: extract on N threads (default: every core); the output does not depend on N
//
// PATHs are files or folders (read recursively, sorted; .txt .csv .json .jsonl and
// manifest.json). Problems with single files go to stderr as "corpus: FILE: reason";
// the other files are still processed. Exit status: 0 clean, 1 when any file had a
// problem (a note on how a file was read, such as a UTF-16 file converted, is not one),
// 2 for usage errors and a lexicon that cannot be used.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <vector>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "core/bundle.h"
#include "core/corpus.h"
#include "core/corpus_json.h"
#include "core/export_formats.h"
#include "core/gold.h"
#include "native/file_input.h"
#include "native/huge_pages.h"
#include "native/map_reduce.h"
#include "native/parallel_extract.h"

namespace {

const char* const kUsage =
    "usage: corpus extract [--json | --csv-events | --jsonl | --bundle OUT] [-j N] [--manifest FILE] [--lexicon FILE] PATH...\n"
    "       corpus map [--lexicon FILE] < ARTICLES.jsonl > MAPPED\n"
    "       corpus reduce -o OUT [--lexicon FILE] [MAPPED...]\n"
    "       corpus stats [--manifest FILE] [--lexicon FILE] PATH...\n"
    "       corpus score --gold FILE [--verbose] [--manifest FILE] [--lexicon FILE] PATH...\n"
    "       corpus --help\n"
    "\n"
    "Reads news articles (files, or folders read recursively: .txt .csv .json .jsonl,\n"
    "and manifest.json for publication dates) and finds entities, time expressions\n"
    "and events (missile launches, drills, deployments, summits, nuclear tests,\n"
    "satellite launches, sanctions, statements).\n"
    "\n"
    "  extract --json        print documents, entities, events and co-mentions as JSON (the default)\n"
    "  extract --csv-events  print the events as CSV: doc,type,date,date_text,date_basis,actors,\n"
    "                        weapons,places,count,name,sentence,begin,end (lists joined by \"; \")\n"
    "  extract --jsonl       print the articles as JSONL (id,file,title,published,published_basis,\n"
    "                        source,text), which corpus reads again with the same ids and dates\n"
    "  extract --bundle OUT  write the event bundle OUT: metadata, events with their evidence\n"
    "                        sentences, entities, co-mentions; no full texts (the explorer opens it)\n"
    "  map                   read JSONL articles on stdin, write one line per article on stdout\n"
    "                        with what reduce needs; a bad line is reported and skipped\n"
    "  reduce -o OUT         read map's lines (files, or stdin), from any number of shards in any\n"
    "                        order, and write the event bundle OUT: the same bytes as extract --bundle\n"
    "  stats                 print counts: documents, sentences, entities, events by type; of a\n"
    "                        bundle when PATH is one\n"
    "  score --gold FILE     extract, then score the events against the gold file (events-gold/1):\n"
    "                        precision, recall and F1 by type, dates, actors; --verbose lists\n"
    "                        misses and false alarms\n"
    "  --manifest FILE       a manifest.json giving publication dates for the other files\n"
    "  -j N                  extract on N threads (default: every core); the output is the same\n"
    "  --lexicon FILE        more entities: a JSON list [{\"name\", \"kind\", \"aliases\"}] (or\n"
    "                        {\"entities\": [...]}) added to the builtin lexicon; an existing\n"
    "                        name gets the aliases. kind: country, person, organization, place,\n"
    "                        weapon, operation\n"
    "\n"
    "Exit status: 0 ok, 1 some input could not be read (reported on stderr), 2 usage error\n"
    "or a lexicon that cannot be read or is not valid.\n";

int usage_error(const char* what) {
    std::fprintf(stderr, "corpus: %s\n%s", what, kUsage);
    return 2;
}

// A reason names its own row or line ("row 3: empty text, skipped").
void report(const core::LoadMessage& m) { std::fprintf(stderr, "corpus: %s: %s\n", m.file.c_str(), m.reason.c_str()); }

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

// The one file an option names (a lexicon, a gold file); false, reported, when it cannot be read.
bool read_option_file(const std::string& path, const char* what, std::string& bytes) {
    std::vector<core::LoadMessage> problems;
    std::vector<core::SourceFile> files = read_input_paths({path}, problems);
    if (!problems.empty() || files.size() != 1) {
        std::fprintf(stderr, "corpus: %s: cannot read %s%s%s\n", path.c_str(), what, problems.empty() ? "" : ": ",
                     problems.empty() ? "" : problems[0].reason.c_str());
        return false;
    }
    bytes = std::move(files[0].bytes);
    return true;
}

int run(int argc, char** argv) {
    if (argc < 2) return usage_error("no command");
    const std::string command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (command != "extract" && command != "stats" && command != "map" && command != "reduce" && command != "score")
        return usage_error(("unknown command '" + command + "'").c_str());
    enum class Output { json, csv_events, jsonl, bundle } output = Output::json;
    std::string output_file;
    int outputs_named = 0;
    std::vector<std::string> paths;
    std::string lexicon_file;
    std::string gold_file;
    bool verbose = false;
    unsigned threads = default_threads();
    for (int i = 2; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json" || arg == "--csv-events" || arg == "--jsonl") {
            if (command != "extract") return usage_error((arg + " is an option of extract").c_str());
            output = arg == "--json" ? Output::json : arg == "--csv-events" ? Output::csv_events : Output::jsonl;
            ++outputs_named;
        } else if (arg == "--bundle" || arg == "-o") {
            if (command != (arg == "-o" ? "reduce" : "extract")) return usage_error((arg + " is an option of " + (arg == "-o" ? "reduce" : "extract")).c_str());
            if (i + 1 >= argc) return usage_error((arg + " needs a file name").c_str());
            output_file = argv[++i];
            output = Output::bundle;
            ++outputs_named;
        } else if (arg == "-j" || arg.rfind("-j", 0) == 0) {
            const std::string n = arg == "-j" ? (i + 1 < argc ? argv[++i] : "") : arg.substr(2);
            char* end = nullptr;
            const unsigned long v = n.size() <= 4 ? std::strtoul(n.c_str(), &end, 10) : 0;
            if (n.empty() || !end || *end || v < 1 || v > 1024) return usage_error("-j needs a number of threads (1-1024)");
            threads = static_cast<unsigned>(v);
        } else if (arg == "--gold" || arg == "--verbose") {
            if (command != "score") return usage_error((arg + " is an option of score").c_str());
            if (arg == "--verbose") {
                verbose = true;
                continue;
            }
            if (i + 1 >= argc) return usage_error("--gold needs a FILE");
            gold_file = argv[++i];
        } else if (arg == "--lexicon") {
            if (i + 1 >= argc) return usage_error("--lexicon needs a FILE");
            lexicon_file = argv[++i];
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
#if defined(__EMSCRIPTEN__)
    threads = 1;  // the WebAssembly build (node) has no threads: -j is accepted, the work is done on one
#endif
    if (outputs_named > 1) return usage_error("give one of --json, --csv-events, --jsonl, --bundle");
    if (command == "map" && !paths.empty()) return usage_error("map reads its articles on stdin");
    if (command == "reduce" && output_file.empty()) return usage_error("reduce needs -o OUT");
    if (command == "score" && gold_file.empty()) return usage_error("score needs --gold FILE");
    if (command != "map" && command != "reduce" && paths.empty()) return usage_error("no PATH given");

    // A lexicon that cannot be read or is wrong stops the run: extracting without the
    // names the user asked for would give a quietly different result.
    const core::Lexicon* lexicon = &core::Lexicon::builtin();
    core::LexiconResult extended;
    if (!lexicon_file.empty()) {
        std::string bytes;
        if (!read_option_file(lexicon_file, "the lexicon", bytes)) return 2;
        extended = core::extend_lexicon(core::Lexicon::builtin(), bytes);
        if (!extended.ok()) {
            std::fprintf(stderr, "corpus: %s: %s\n", lexicon_file.c_str(), extended.error.c_str());
            return 2;
        }
        lexicon = &extended.lexicon;
    }

    // A gold file that cannot be used stops the run before any extraction.
    core::GoldRead gold;
    if (!gold_file.empty()) {
        std::string bytes;
        if (!read_option_file(gold_file, "the gold file", bytes)) return 2;
        gold = core::read_gold(bytes);
        if (!gold.ok()) {
            std::fprintf(stderr, "corpus: %s: %s\n", gold_file.c_str(), gold.error.c_str());
            return 2;
        }
    }

    if (command == "map") return run_map(*lexicon);
    if (command == "reduce") return run_reduce(paths, output_file, *lexicon);

    std::vector<core::LoadMessage> unreadable;
    std::vector<core::SourceFile> files = read_input_paths(paths, unreadable, {}, threads);
    auto is_bundle = [](const core::SourceFile& f) {
        const std::string ext = ".bundle";
        return core::looks_like_bundle(f.bytes) ||
               (f.name.size() >= ext.size() && f.name.compare(f.name.size() - ext.size(), ext.size(), ext) == 0);
    };
    if (command == "stats" && files.size() == 1 && is_bundle(files[0])) {
        const core::BundleResult bundle = core::read_bundle(files[0].bytes);
        if (!bundle.ok()) {
            std::fprintf(stderr, "corpus: %s: %s\n", files[0].name.c_str(), bundle.error.c_str());
            return 1;
        }
        print_stats(bundle.corpus);
        return 0;
    }
    core::ImportResult imported = core::import_files(std::move(files));  // the articles hold their texts now
    if (output == Output::bundle) sort_articles_by_id(imported);  // the order reduce gives
    core::CorpusBuilder builder(std::move(imported), *lexicon);
    // The event outputs quote only the sentences with events: the rest of each text is freed
    // as soon as its document is extracted.
    if (command == "extract" && (output == Output::json || output == Output::csv_events)) builder.keep_excerpts_only();
    extract_in_parallel(builder, threads);
    // Kept to the end of the process, never freed: the process ends right after the output, and
    // freeing a large corpus block by block is a visible share of a run. Held by a static, so it
    // stays reachable (no leak report under a sanitizer).
    static const core::Corpus* kept = nullptr;
    kept = new core::Corpus(builder.finish());
    const core::Corpus& corpus = *kept;
    bool problems = !unreadable.empty();
    for (const core::LoadMessage& m : unreadable) report(m);
    for (const core::LoadMessage& m : corpus.messages) {
        report(m);
        problems = problems || !m.note;
    }

    if (command == "extract" && output == Output::bundle) {
        if (!write_output_file(output_file, core::write_bundle(corpus))) return 1;
    } else if (command == "extract" && output == Output::json) {
        core::write_corpus_json(corpus, [](std::string_view chunk) { std::fwrite(chunk.data(), 1, chunk.size(), stdout); },
                                parallel_for(threads));
    } else if (command == "extract") {
        const std::string out = output == Output::csv_events ? core::events_to_csv(corpus) : core::corpus_to_jsonl(corpus);
        std::fwrite(out.data(), 1, out.size(), stdout);
    } else if (command == "score") {
        const core::Score score = core::score_events(corpus, gold.gold);
        if (!score.ok()) {
            std::fprintf(stderr, "corpus: %s: %s\n", gold_file.c_str(), score.error.c_str());
            return 1;
        }
        const std::string report = core::score_report(score, corpus, verbose);
        std::fwrite(report.data(), 1, report.size(), stdout);
    } else {
        print_stats(corpus);
    }
    return problems ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
    restart_with_huge_pages(argv);
#if defined(__GLIBC__)
    // One run builds and frees many large buffers (file texts, per-stage vectors, output
    // chunks). Kept in the heap instead of mapped and unmapped each time, their pages are
    // faulted in once per run, not once per buffer: a page fault is a large share of a run.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 256 << 20);
    mallopt(M_TOP_PAD, 8 << 20);
#endif
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::fprintf(stderr, "corpus: not enough memory for this corpus\n");
        return 1;
    }
}
