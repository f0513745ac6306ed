// Co-mentions: how often two entities are named together within a sentence, a
// paragraph and a document, each pair keeping the sentences behind its count.
//
//   core::CoMentions c = core::count_comentions(per_document_mentions, entity_count);
//   for (const core::CoMention& p : c.pairs) cell(p.a, p.b) = p.sentences;   // a < b
//   for (const core::SentenceRef& r : p.refs) open(r.doc, r.sentence);
//
// Pairs come sorted by (a, b); entities are the corpus's entity indexes, most mentioned first.
// Sentences count every pair; paragraphs and documents count pairs among the kWindowEntities
// most mentioned entities (the ones a matrix or a network shows), so the cost stays linear in
// the corpus however many names it holds.
#pragma once
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
    std::vector<SentenceRef> refs;  // the sentences, in corpus order
};

struct MentionRef {
    uint32_t entity = 0, sentence = 0, paragraph = 0;
};

struct CoMentions {
    std::vector<CoMention> pairs;
    // Index of the pair (a, b) in `pairs`, or -1. Order of a and b does not matter.
    int64_t find(uint32_t a, uint32_t b) const;
};

// `mentions[d]` lists document d's mentions in text order.
CoMentions count_comentions(const std::vector<std::vector<MentionRef>>& mentions, uint32_t entity_count);

}  // namespace core
