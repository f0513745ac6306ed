// Data compiled into the binaries (cmake/embed_files.cmake generates the
// definitions), so every build carries its corpus, lexicon and font with no
// file system. Each function is defined only in the targets that embed it.
//
//   for (const embedded::File& f : embedded::seeds()) files.push_back({std::string(f.name), std::string(f.bytes)});
#pragma once
#include <string_view>
#include <vector>

namespace embedded {

struct File {
    std::string_view name;   // file name without folders
    std::string_view bytes;  // contents; stays valid for the program's life
};

std::vector<File> seeds();    // seeds/*.txt and seeds/manifest.json
std::vector<File> lexicon();  // core/lexicon.json
std::vector<File> fonts();    // the UI's TTF fonts
std::vector<File> gold();     // tests only: the hand-annotated seed events

}  // namespace embedded
