#include "core/corpus_json.h"

#include <nlohmann/json.hpp>

namespace core {

std::string corpus_to_json(const Corpus& corpus) {
    using json = nlohmann::ordered_json;
    auto text_or_null = [](const std::string& s) { return s.empty() ? json(nullptr) : json(s); };
    json out = json::object();
    json docs = json::array();
    for (const Document& d : corpus.documents) {
        json j = json::object();
        j["id"] = d.id;
        j["file"] = d.file;
        j["title"] = d.title;
        j["published"] = text_or_null(d.published);
        j["published_basis"] = date_basis_name(d.published_basis);
        if (!d.published_from.empty()) j["published_from"] = d.published_from;
        j["byline"] = text_or_null(d.byline);
        j["words"] = d.words;
        j["sentences"] = d.sentences.size();
        j["events"] = d.events.size();
        docs.push_back(std::move(j));
    }
    out["documents"] = std::move(docs);
    json entities = json::array();
    for (const Entity& e : corpus.entities)
        entities.push_back({{"name", e.name}, {"kind", entity_kind_name(e.kind)}, {"mentions", e.mentions},
                            {"documents", e.documents}});
    out["entities"] = std::move(entities);
    json events = json::array();
    for (const Event& e : corpus.events) {
        const Document& d = corpus.documents[e.doc];
        auto sentence_text = [&](const Evidence& ev) { return d.text.substr(ev.begin, ev.end - ev.begin); };
        json j = json::object();
        j["doc"] = d.id;
        j["type"] = event_type_name(e.type);
        j["date"] = text_or_null(e.date);
        j["date_text"] = text_or_null(e.date_text);
        j["date_basis"] = e.date.empty() ? json(nullptr) : json(date_basis_name(e.date_basis));
        j["actors"] = e.actors;
        j["weapons"] = e.weapons;
        j["places"] = e.places;
        j["count"] = e.count ? json(e.count) : json(nullptr);
        j["name"] = text_or_null(e.name);
        j["sentence"] = sentence_text(e.main);
        j["begin"] = e.main.begin;
        j["end"] = e.main.end;
        json evidence = json::array();
        for (const Evidence& ev : e.evidence)
            evidence.push_back({{"begin", ev.begin}, {"end", ev.end}, {"sentence", sentence_text(ev)}});
        j["evidence"] = std::move(evidence);
        events.push_back(std::move(j));
    }
    out["events"] = std::move(events);
    json pairs = json::array();
    for (const CoMention& c : corpus.comentions.pairs) {
        json refs = json::array();
        for (const SentenceRef& r : c.refs) refs.push_back({r.doc, r.sentence});
        pairs.push_back({{"a", corpus.entities[c.a].name}, {"b", corpus.entities[c.b].name}, {"count", c.sentences},
                         {"paragraphs", c.paragraphs}, {"documents", c.documents}, {"sentences", std::move(refs)}});
    }
    out["comentions"] = std::move(pairs);
    return out.dump(1, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace core
