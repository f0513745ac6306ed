#include "core/comentions.h"

#include <algorithm>
#include <new>

namespace core {
namespace {

constexpr uint64_t kEmptyKey = ~uint64_t{0};  // no pair has it: entity ids are below 2^32 - 1

// Spreads a pair's packed key over the table (a 64-bit finalizer).
std::size_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return static_cast<std::size_t>(k);
}

// The pairs found so far: an open-addressing table (linear probing, grown at half full) of
// pairs with their counts; the result is sorted, so output order never depends on the table.
struct PairTable {
    std::vector<uint64_t> keys = std::vector<uint64_t>(1024, kEmptyKey);
    std::vector<uint32_t> slots = std::vector<uint32_t>(1024);
    std::vector<CoMention> pairs;

    uint32_t slot(uint32_t a, uint32_t b) {  // a < b
        const uint64_t key = (uint64_t{a} << 32) | b;
        std::size_t mask = keys.size() - 1;
        std::size_t i = mix(key) & mask;
        while (keys[i] != kEmptyKey && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == key) return slots[i];
        if ((pairs.size() + 1) * 2 > keys.size()) {
            grow();
            mask = keys.size() - 1;
            i = mix(key) & mask;
            while (keys[i] != kEmptyKey) i = (i + 1) & mask;
        }
        keys[i] = key;
        slots[i] = static_cast<uint32_t>(pairs.size());
        CoMention c;
        c.a = a;
        c.b = b;
        pairs.push_back(std::move(c));
        return slots[i];
    }

    void grow() {
        std::vector<uint64_t> grown_keys(keys.size() * 2, kEmptyKey);
        std::vector<uint32_t> grown_slots(keys.size() * 2);
        const std::size_t mask = grown_keys.size() - 1;
        for (std::size_t o = 0; o < keys.size(); ++o) {
            if (keys[o] == kEmptyKey) continue;
            std::size_t j = mix(keys[o]) & mask;
            while (grown_keys[j] != kEmptyKey) j = (j + 1) & mask;
            grown_keys[j] = keys[o];
            grown_slots[j] = slots[o];
        }
        keys = std::move(grown_keys);
        slots = std::move(grown_slots);
    }
};

// Paragraphs and documents pair every two names in them: among the most mentioned entities
// only (ids are ranks), or a corpus of many names grows pairs by the square of its names.
// With `refs`, a second pass over the counted pairs: only the sentences, each written into
// its pair's place in `refs`, which the first pass's counts laid out.
void count_pairs(const std::vector<std::vector<MentionRef>>& mentions, uint32_t entity_count, PairTable& table,
                 std::vector<SentenceRef>* refs) {
    const uint32_t window_entities = std::min(entity_count, kWindowEntities);
    std::vector<uint32_t> unit;  // distinct entities of the current unit
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
                    CoMention& c = table.pairs[table.slot(unit[x], unit[y])];
                    if (refs) {
                        (*refs)[c.refs_begin + c.refs_count++] = {d, m[i].sentence};
                    } else {
                        ++c.sentences;
                    }
                }
            i = j;
        }
        if (refs) continue;
        for (std::size_t i = 0; i < m.size();) {  // paragraphs
            std::size_t j = i;
            while (j < m.size() && m[j].paragraph == m[i].paragraph) ++j;
            distinct(m.begin() + static_cast<std::ptrdiff_t>(i), m.begin() + static_cast<std::ptrdiff_t>(j), window_entities);
            for (std::size_t x = 0; x < unit.size(); ++x)
                for (std::size_t y = x + 1; y < unit.size(); ++y) ++table.pairs[table.slot(unit[x], unit[y])].paragraphs;
            i = j;
        }
        distinct(m.begin(), m.end(), window_entities);  // the document
        for (std::size_t x = 0; x < unit.size(); ++x)
            for (std::size_t y = x + 1; y < unit.size(); ++y) ++table.pairs[table.slot(unit[x], unit[y])].documents;
    }
}

}  // namespace

int64_t CoMentions::find(uint32_t a, uint32_t b) const {
    if (a > b) std::swap(a, b);
    auto it = std::lower_bound(pairs.begin(), pairs.end(), std::make_pair(a, b),
                               [](const CoMention& p, const std::pair<uint32_t, uint32_t>& k) {
                                   return p.a < k.first || (p.a == k.first && p.b < k.second);
                               });
    return (it != pairs.end() && it->a == a && it->b == b) ? it - pairs.begin() : -1;
}

CoMentions count_comentions(const std::vector<std::vector<MentionRef>>& mentions, uint32_t entity_count) {
    // Counted first, then the sentences listed into one list the counts laid out, allocated
    // once. Grown sentence by sentence, lists of their own took most of the time of this pass.
    PairTable all;
    count_pairs(mentions, entity_count, all, nullptr);
    std::vector<CoMention>& pairs = all.pairs;
    uint64_t total = 0;
    for (CoMention& p : pairs) {
        p.refs_begin = static_cast<uint32_t>(total);
        total += p.sentences;
    }
    // Offsets are 32-bit: a corpus past that would need tens of GB for the list alone.
    if (total > UINT32_MAX) throw std::bad_alloc();
    CoMentions out;
    out.refs.resize(static_cast<std::size_t>(total));
    count_pairs(mentions, entity_count, all, &out.refs);
    all.keys = {};
    all.slots = {};

    // Sorted by (a, b): an index sort, then the permutation applied in place by its cycles, so
    // no second copy of the pairs is ever held. Both keys are entity ids below entity_count, so
    // two stable counting passes (by b, then by a) sort in linear time; a comparison sort of the
    // pairs was a large part of building a corpus of many names.
    std::vector<uint32_t> order(pairs.size()), by_b(pairs.size());
    std::vector<uint32_t> starts(std::size_t{entity_count} + 1);
    auto counting_pass = [&](const std::vector<uint32_t>* in, std::vector<uint32_t>& out_order, auto key) {
        std::fill(starts.begin(), starts.end(), 0u);
        for (const CoMention& c : pairs) ++starts[key(c) + 1];
        for (std::size_t k = 1; k < starts.size(); ++k) starts[k] += starts[k - 1];
        for (uint32_t i = 0; i < pairs.size(); ++i) {
            const uint32_t p = in ? (*in)[i] : i;
            out_order[starts[key(pairs[p])]++] = p;
        }
    };
    counting_pass(nullptr, by_b, [](const CoMention& c) { return c.b; });
    counting_pass(&by_b, order, [](const CoMention& c) { return c.a; });
    for (uint32_t start = 0; start < order.size(); ++start) {
        if (order[start] == start) continue;
        CoMention held = std::move(pairs[start]);
        uint32_t at = start;
        while (order[at] != start) {
            const uint32_t from = order[at];
            pairs[at] = std::move(pairs[from]);
            order[at] = at;
            at = from;
        }
        pairs[at] = std::move(held);
        order[at] = at;
    }
    out.pairs = std::move(pairs);
    return out;
}

}  // namespace core
