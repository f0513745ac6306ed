// Co-mentions: how often two entities are named together within a sentence, a
// paragraph and a document, each pair keeping the sentences behind its count.
//
//   core::CoMentions c = core::count_comentions(per_document_mentions, entity_count);
//   for (const core::CoMention& p : c.pairs) cell(p.a, p.b) = p.sentences;   // a < b
//   for (const core::SentenceRef& r : c.refs_of(p)) open(r.doc, r.sentence);
//
// Pairs come sorted by (a, b); entities are the corpus's entity indexes, most mentioned first.
// Sentences count every pair; paragraphs and documents count pairs among the kWindowEntities
// most mentioned entities (the ones a matrix or a network shows), so the cost stays linear in
// the corpus however many names it holds.
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace core {

constexpr uint32_t kWindowEntities = 400;

struct SentenceRef {
    uint32_t doc = 0, sentence = 0;
};

struct CoMention {
    uint32_t a = 0, b = 0;     // entity indexes, a < b
    uint32_t sentences = 0;    // sentences naming both
    uint32_t paragraphs = 0;   // paragraphs naming both
    uint32_t documents = 0;    // documents naming both
    // The sentences, in corpus order: CoMentions::refs[refs_begin, refs_begin + refs_count).
    uint32_t refs_begin = 0, refs_count = 0;
};

// A pair's sentences, as a range over CoMentions::refs.
struct SentenceRefs {
    const SentenceRef* first = nullptr;
    const SentenceRef* last = nullptr;
    const SentenceRef* begin() const { return first; }
    const SentenceRef* end() const { return last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
    bool empty() const { return first == last; }
    const SentenceRef& operator[](std::size_t i) const { return first[i]; }
};

struct MentionRef {
    uint32_t entity = 0, sentence = 0, paragraph = 0;
};

struct CoMentions {
    std::vector<CoMention> pairs;
    // Every pair's sentences in one list: a list of its own per pair cost an allocation each.
    std::vector<SentenceRef> refs;
    SentenceRefs refs_of(const CoMention& p) const {
        const SentenceRef* first = refs.data() + p.refs_begin;
        return {first, first + p.refs_count};
    }
    // Index of the pair (a, b) in `pairs`, or -1. Order of a and b does not matter.
    int64_t find(uint32_t a, uint32_t b) const;
};

// `mentions[d]` lists document d's mentions in text order.
CoMentions count_comentions(const std::vector<std::vector<MentionRef>>& mentions, uint32_t entity_count);

}  // namespace core
