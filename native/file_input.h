// Reads the files and folders named on a command line into memory for core::import_files.
//
//   std::vector<core::LoadMessage> problems;
//   std::vector<core::SourceFile> files = read_input_paths({"articles/", "extra.csv"}, problems);
//
// Folders are walked recursively in name order and give their .txt, .csv, .json and
// .jsonl files (manifest.json included); a regular file named directly is always read.
// A path that cannot be read becomes a LoadMessage naming it; the others still load.
//
// Nothing is read past the limits: a named pipe or a device (which may never end) is
// refused, a file is measured before it is read, a .txt file is read only up to the
// article limit (its size goes along, so that the import reports the truncation), and a
// file over the file limit is not read at all (the import reports it as skipped).
// `threads` read files at once; the files and problems come in the same order however many.
#pragma once
#include <string>
#include <vector>

#include "core/import.h"
#include "core/source.h"

std::vector<core::SourceFile> read_input_paths(const std::vector<std::string>& paths,
                                               std::vector<core::LoadMessage>& problems,
                                               const core::ImportLimits& limits = {}, unsigned threads = 1);
