#include "core/comentions.h"

#include <algorithm>
#include <unordered_map>

namespace core {

int64_t CoMentions::find(uint32_t a, uint32_t b) const {
    if (a > b) std::swap(a, b);
    auto it = std::lower_bound(pairs.begin(), pairs.end(), std::make_pair(a, b),
                               [](const CoMention& p, const std::pair<uint32_t, uint32_t>& k) {
                                   return p.a < k.first || (p.a == k.first && p.b < k.second);
                               });
    return (it != pairs.end() && it->a == a && it->b == b) ? it - pairs.begin() : -1;
}

CoMentions count_comentions(const std::vector<std::vector<MentionRef>>& mentions, uint32_t entity_count) {
    // Pair slots are found through a hash map but the result is sorted, so output
    // order never depends on the map's iteration order.
    std::unordered_map<uint64_t, uint32_t> slot;
    std::vector<CoMention> pairs;
    auto pair_at = [&](uint32_t a, uint32_t b) -> CoMention& {
        if (a > b) std::swap(a, b);
        const uint64_t key = (uint64_t{a} << 32) | b;
        auto it = slot.find(key);
        if (it == slot.end()) {
            it = slot.emplace(key, static_cast<uint32_t>(pairs.size())).first;
            CoMention c;
            c.a = a;
            c.b = b;
            pairs.push_back(c);
        }
        return pairs[it->second];
    };
    // Paragraphs and documents pair every two names in them: among the most mentioned entities
    // only (ids are ranks), or a corpus of many names grows pairs by the square of its names.
    const uint32_t window_entities = std::min(entity_count, kWindowEntities);
    std::vector<uint32_t> unit;        // distinct entities of the current unit
    std::vector<uint32_t> seen(entity_count, ~0u);
    uint32_t stamp = 0;
    auto distinct = [&](auto begin, auto end, uint32_t limit) {
        unit.clear();
        ++stamp;
        for (auto it = begin; it != end; ++it)
            if (it->entity < limit && seen[it->entity] != stamp) seen[it->entity] = stamp, unit.push_back(it->entity);
        std::sort(unit.begin(), unit.end());
    };
    for (uint32_t d = 0; d < mentions.size(); ++d) {
        const std::vector<MentionRef>& m = mentions[d];
        for (std::size_t i = 0; i < m.size();) {  // sentences
            std::size_t j = i;
            while (j < m.size() && m[j].sentence == m[i].sentence) ++j;
            distinct(m.begin() + static_cast<std::ptrdiff_t>(i), m.begin() + static_cast<std::ptrdiff_t>(j), entity_count);
            for (std::size_t x = 0; x < unit.size(); ++x)
                for (std::size_t y = x + 1; y < unit.size(); ++y) {
                    CoMention& c = pair_at(unit[x], unit[y]);
                    ++c.sentences;
                    c.refs.push_back({d, m[i].sentence});
                }
            i = j;
        }
        for (std::size_t i = 0; i < m.size();) {  // paragraphs
            std::size_t j = i;
            while (j < m.size() && m[j].paragraph == m[i].paragraph) ++j;
            distinct(m.begin() + static_cast<std::ptrdiff_t>(i), m.begin() + static_cast<std::ptrdiff_t>(j), window_entities);
            for (std::size_t x = 0; x < unit.size(); ++x)
                for (std::size_t y = x + 1; y < unit.size(); ++y) ++pair_at(unit[x], unit[y]).paragraphs;
            i = j;
        }
        distinct(m.begin(), m.end(), window_entities);  // the document
        for (std::size_t x = 0; x < unit.size(); ++x)
            for (std::size_t y = x + 1; y < unit.size(); ++y) ++pair_at(unit[x], unit[y]).documents;
    }
    std::sort(pairs.begin(), pairs.end(), [](const CoMention& p, const CoMention& q) {
        return p.a < q.a || (p.a == q.a && p.b < q.b);
    });
    CoMentions out;
    out.pairs = std::move(pairs);
    return out;
}

}  // namespace core
