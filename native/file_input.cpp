#include "file_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <new>
#include <system_error>
#include <vector>

#include "native/parallel_extract.h"

namespace fs = std::filesystem;

namespace {

bool is_corpus_file(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt" || ext == ".csv" || ext == ".json" || ext == ".jsonl";
}

// Why a path that is neither a file nor a folder is not read.
std::string not_regular_reason(const fs::file_status& s) {
    const char* what = fs::is_fifo(s)             ? "a named pipe"
                       : fs::is_character_file(s) ? "a character device"
                       : fs::is_block_file(s)     ? "a block device"
                       : fs::is_socket(s)         ? "a socket"
                                                  : "not a regular file";
    return std::string("not a regular file (") + what + "): skipped";
}

// Why fs::status failed for a path: a symbolic link that loops or leads nowhere, or nothing there.
std::string missing_reason(const fs::path& path, const std::error_code& status_error) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(path, ec))) {
        if (status_error == std::errc::too_many_symbolic_link_levels) return "symbolic link loop: skipped";
        const fs::path target = fs::read_symlink(path, ec);
        return "broken symbolic link (to " + target.string() + "): skipped";
    }
    if (status_error && status_error != std::errc::no_such_file_or_directory)
        return "cannot read: " + status_error.message();
    return "no such file or folder";
}

std::string megabytes(std::uintmax_t bytes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    return buf;
}

// Why a path that did not open as a regular file is not read: nothing there (or a link that
// leads nowhere), something that is not a file, or a file this user may not read.
std::string unreadable_reason(const fs::path& path) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return missing_reason(path, ec);
    if (!fs::is_regular_file(status)) return not_regular_reason(status);
    return "cannot open the file for reading";
}

// A regular file is read with four system calls: open, fstat, one read that meets its end,
// close. On the tens of thousands of small files of a large corpus the calls cost more than
// the bytes; only a path that does not open as a regular file is looked at again, for its reason.
void read_one(const fs::path& path, std::vector<core::SourceFile>& files, std::vector<core::LoadMessage>& problems,
              const core::ImportLimits& limits) {
    const std::string name = path.string();
    // Not blocking: a named pipe opens at once, and is then refused for what it is.
    const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0) ::close(fd);
        problems.push_back({name, 0, unreadable_reason(path)});
        return;
    }
    const std::uintmax_t size = static_cast<std::uintmax_t>(st.st_size);
    const bool text = core::file_format(name) == core::FileFormat::text;
    // One byte past a limit is enough to know the file is over it.
    const std::size_t cap = (text ? limits.max_article_bytes : limits.max_file_bytes) + 1;
    if (!text && size > limits.max_file_bytes) {
        ::close(fd);
        files.push_back({name, {}, static_cast<std::size_t>(size)});  // the import says it is skipped
        return;
    }
    core::SourceFile f{name, {}, 0};
    bool failed = false;
    try {
        // One byte more than the size: a read that stops short of it has met the end. The size
        // is a hint all the same: a file may grow while it is read, and /proc files say 0.
        f.bytes.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(size + 1, cap)));
        std::size_t got = 0;
        for (;;) {
            if (got == f.bytes.size()) {
                if (got >= cap) break;
                f.bytes.resize(std::min(cap, got + (std::size_t{1} << 16)));
            }
            const ssize_t n = ::read(fd, &f.bytes[got], f.bytes.size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) {
                failed = true;
                break;
            }
            got += static_cast<std::size_t>(n);
            if (n == 0 || (got < f.bytes.size() && got >= size)) break;
        }
        f.bytes.resize(got);
        if (f.bytes.capacity() > got + got / 8) f.bytes.shrink_to_fit();  // a file that grew while read
    } catch (const std::bad_alloc&) {
        ::close(fd);
        problems.push_back({name, 0, "not enough memory to read the file (" + megabytes(size) + ")"});
        return;
    }
    ::close(fd);
    if (failed) {
        problems.push_back({name, 0, "read error"});
        return;
    }
    if (f.bytes.size() >= cap) f.size = std::max<std::size_t>(static_cast<std::size_t>(size), f.bytes.size());
    files.push_back(std::move(f));
}

}  // namespace

std::vector<core::SourceFile> read_input_paths(const std::vector<std::string>& paths,
                                               std::vector<core::LoadMessage>& problems,
                                               const core::ImportLimits& limits, unsigned threads) {
    // First the list, in the order the files and problems are given: the paths named, folders
    // walked and sorted. A problem of the walk holds its place in the list.
    struct Item {
        fs::path path;  // empty: a problem of the walk alone
        std::vector<core::SourceFile> file;   // what reading it gave (none, or one)
        std::vector<core::LoadMessage> said;  // a problem of the walk, or of reading it
    };
    std::vector<Item> items;
    for (const std::string& name : paths) {
        std::error_code ec;
        const fs::path path(name);
        const fs::file_status status = fs::status(path, ec);
        if (ec || !fs::is_directory(status)) {
            items.push_back({path, {}, {}});
            continue;
        }
        std::vector<fs::path> found;
        auto walk_problem = [&items](std::string file, std::string reason) {
            items.push_back({{}, {}, {{std::move(file), 0, std::move(reason)}}});
        };
        fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            if (!is_corpus_file(it->path())) continue;
            std::error_code entry_error;  // one bad entry must not end the walk
            if (it->is_regular_file(entry_error)) found.push_back(it->path());
            else if (entry_error) walk_problem(it->path().string(), missing_reason(it->path(), entry_error));
        }
        if (ec) walk_problem(name, "cannot list the folder: " + ec.message());
        std::sort(found.begin(), found.end());
        for (fs::path& p : found) items.push_back({std::move(p), {}, {}});
    }
    // Then the reading, on several threads when asked: a file's bytes are first written (and the
    // memory under them first touched) by the thread that reads it.
    for_each_in_parallel(items.size(), threads, [&items, &limits](std::size_t i) {
        if (!items[i].path.empty()) read_one(items[i].path, items[i].file, items[i].said, limits);
    });
    std::vector<core::SourceFile> files;
    files.reserve(items.size());
    for (Item& item : items) {
        for (core::SourceFile& f : item.file) files.push_back(std::move(f));
        for (core::LoadMessage& m : item.said) problems.push_back(std::move(m));
    }
    return files;
}
