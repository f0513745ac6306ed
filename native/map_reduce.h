// `corpus map` and `corpus reduce`: extraction as a streaming job for GNU parallel, Hadoop
// Streaming or Spark (core/mapper.h holds the line format, core/bundle.h the bundle's).
//
//   corpus extract --jsonl docs/ | corpus map > part.mapped       // one line per article
//   corpus reduce -o events.bundle part*.mapped                    // any shards, any order
//
// map reads JSONL articles on stdin and writes one mapper line per article on stdout, one
// article at a time (memory does not grow with the input). A line that gives no article is
// reported on stderr as "corpus map: line N: reason" and the job goes on. reduce reads mapper
// lines from files (or stdin), puts the documents in id order, runs the corpus-wide passes
// and writes the bundle: the same bundle `corpus extract --bundle` writes for those articles.
#pragma once
#include <string>
#include <vector>

#include "core/corpus.h"

// Both return the exit status: 0 clean, 1 when a line was skipped or the output not written.
int run_map(const core::Lexicon& lex);
int run_reduce(const std::vector<std::string>& inputs, const std::string& output, const core::Lexicon& lex);

// Articles in id order: the order a reduce puts its documents in, whatever the shards.
void sort_articles_by_id(core::ImportResult& imported);

// Writes the whole file; false with a message on stderr when it cannot.
bool write_output_file(const std::string& path, const std::string& bytes);
