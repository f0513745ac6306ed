// INTERIM: a minimal core::write_gold so the curation branch links and its export can be
// tried before main's core/gold.cpp (the full reader, writer and scorer) is merged. Delete
// this file at that merge: both define core::write_gold.
#include <nlohmann/json.hpp>

#include "core/gold.h"

namespace core {

std::string write_gold(const Corpus& corpus, const std::vector<std::string>& status) {
    nlohmann::ordered_json documents = nlohmann::ordered_json::array();
    for (std::size_t d = 0; d < corpus.documents.size(); ++d) {
        const Document& doc = corpus.documents[d];
        nlohmann::ordered_json events = nlohmann::ordered_json::array();
        int n = 0;
        for (uint32_t e : doc.events) {
            const std::string curated = e < status.size() ? status[e] : std::string();
            if (curated == "rejected") continue;
            const Event& ev = corpus.events[e];
            nlohmann::ordered_json j;
            j["id"] = doc.id + "-" + std::to_string(++n);
            j["type"] = event_type_name(ev.type);
            j["date"] = ev.date.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(ev.date);
            j["date_basis"] = date_basis_name(ev.date_basis);
            j["actors"] = ev.actors;
            if (!ev.name.empty()) j["name"] = ev.name;
            nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
            for (const Evidence& x : ev.evidence) evidence.push_back(std::string(document_text(doc, x.begin, x.end)));
            j["evidence"] = std::move(evidence);
            if (!curated.empty()) j["curated"] = curated;
            events.push_back(std::move(j));
        }
        documents.push_back({{"doc", doc.id}, {"published", doc.published}, {"events", std::move(events)}});
    }
    nlohmann::ordered_json root;
    root["schema"] = "events-gold/1";
    root["about"] = "Events exported from Corpus Explorer";
    root["documents"] = std::move(documents);
    return root.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace core
