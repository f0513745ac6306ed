// Reads the files and folders named on a command line into memory for core::import_files.
//
//   std::vector<core::LoadMessage> problems;
//   std::vector<core::SourceFile> files = read_input_paths({"articles/", "extra.csv"}, problems);
//
// Folders are walked recursively in name order and give their .txt, .csv, .json and
// .jsonl files (manifest.json included); a file named directly is always read.
// A path that cannot be read becomes a LoadMessage naming it; the others still load.
#pragma once
#include <string>
#include <vector>

#include "core/source.h"

std::vector<core::SourceFile> read_input_paths(const std::vector<std::string>& paths,
                                               std::vector<core::LoadMessage>& problems);
