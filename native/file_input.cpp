#include "file_input.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace fs = std::filesystem;

namespace {

bool is_corpus_file(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt" || ext == ".csv" || ext == ".json" || ext == ".jsonl";
}

void read_one(const fs::path& path, std::vector<core::SourceFile>& files, std::vector<core::LoadMessage>& problems) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problems.push_back({path.string(), 0, "cannot open the file for reading"});
        return;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) {
        problems.push_back({path.string(), 0, "read error"});
        return;
    }
    files.push_back({path.string(), bytes.str()});
}

}  // namespace

std::vector<core::SourceFile> read_input_paths(const std::vector<std::string>& paths,
                                               std::vector<core::LoadMessage>& problems) {
    std::vector<core::SourceFile> files;
    for (const std::string& name : paths) {
        std::error_code ec;
        const fs::path path(name);
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            problems.push_back({name, 0, "no such file or folder"});
            continue;
        }
        if (!fs::is_directory(status)) {
            read_one(path, files, problems);
            continue;
        }
        std::vector<fs::path> found;
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec))
            if (it->is_regular_file(ec) && is_corpus_file(it->path())) found.push_back(it->path());
        if (ec) problems.push_back({name, 0, "cannot list the folder: " + ec.message()});
        std::sort(found.begin(), found.end());
        for (const fs::path& p : found) read_one(p, files, problems);
    }
    return files;
}
