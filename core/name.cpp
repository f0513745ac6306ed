#include "core/name.h"

#include <deque>
#include <mutex>
#include <unordered_map>

namespace core {
namespace {

struct NameStore {
    std::mutex lock;
    std::deque<std::string> strings;  // a deque: a string stays where it is as more are added
    std::unordered_map<std::string_view, const std::string*> index;  // keys view `strings`
};

NameStore& store() {
    static NameStore* s = new NameStore;  // never destroyed: names may be read during exit
    return *s;
}

}  // namespace

const std::string& Name::empty_string() {
    static const std::string empty;
    return empty;
}

const std::string* Name::intern(std::string_view s) {
    if (s.empty()) return &empty_string();
    NameStore& names = store();
    std::lock_guard<std::mutex> hold(names.lock);
    const auto found = names.index.find(s);
    if (found != names.index.end()) return found->second;
    const std::string& kept = names.strings.emplace_back(s);
    names.index.emplace(std::string_view(kept), &kept);
    return &kept;
}

}  // namespace core
