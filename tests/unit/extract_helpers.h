// Helpers of the extraction tests: one article (or a few) through the whole pipeline, and
// what it found, by words.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

#include "core/corpus.h"

namespace extract_helpers {

// One article through the whole pipeline; `published` goes in through a manifest.
inline core::Corpus one(const std::string& text, const std::string& published = "") {
    std::vector<core::SourceFile> files{{"a.txt", text}};
    if (!published.empty())
        files.push_back({"manifest.json", R"({"documents": [{"file": "a.txt", "published": ")" + published + "\"}]}"});
    return core::build_corpus(files);
}

inline std::vector<std::string> sentences(const core::Corpus& c) {
    std::vector<std::string> out;
    const core::Document& d = c.documents.at(0);
    for (const core::Sentence& s : d.sentences) out.push_back(d.text.substr(s.begin, s.end - s.begin));
    return out;
}

inline std::vector<std::string> entity_names(const core::Corpus& c) {
    std::vector<std::string> out;
    for (const core::EntityMention& m : c.documents.at(0).mentions) out.push_back(c.entities[m.entity].name);
    return out;
}

inline std::string time_value(const core::Corpus& c, const std::string& words) {
    const core::Document& d = c.documents.at(0);
    for (const core::TimeExpression& t : d.times)
        if (d.text.substr(t.begin, t.end - t.begin) == words) return t.value;
    return "(no time '" + words + "')";
}

inline std::vector<std::string> event_types(const core::Corpus& c) {
    std::vector<std::string> out;
    for (const core::Event& e : c.events)
        if (e.type != core::EventType::statement) out.push_back(core::event_type_name(e.type));
    return out;
}

inline const core::Event* first_of(const core::Corpus& c, core::EventType type) {
    for (const core::Event& e : c.events)
        if (e.type == type) return &e;
    return nullptr;
}

using Names = std::vector<std::string>;

}  // namespace extract_helpers

namespace core {
// An event's names against the expected strings (found by argument-dependent lookup).
inline bool operator==(const std::vector<Name>& a, const std::vector<std::string>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Name& x, const std::string& y) { return x == y; });
}
inline bool operator==(const std::vector<std::string>& a, const std::vector<Name>& b) { return b == a; }
}  // namespace core
