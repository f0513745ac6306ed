// Extracting a corpus's articles on every core: each thread takes the next article and
// extracts it on its own scratch buffers; the corpus-wide passes then run once. The result is
// the same, byte for byte, as a single-threaded build (each article's result goes to its own
// slot, and finish() reads them in order).
//
//   core::CorpusBuilder builder(core::import_files(files), lexicon);
//   extract_in_parallel(builder, default_threads());
//   core::Corpus corpus = builder.finish();
#pragma once
#include "core/corpus.h"

unsigned default_threads();  // the machine's cores (1 if unknown)
void extract_in_parallel(core::CorpusBuilder& builder, unsigned threads);
