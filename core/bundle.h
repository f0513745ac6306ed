// Event bundles: what the explorer draws from a corpus, in one compact file without the
// articles' texts, so a corpus extracted elsewhere (corpus reduce, corpus extract --bundle)
// opens in the page.
//
//   std::string bytes = core::write_bundle(corpus);     // the same corpus gives the same bytes
//   core::BundleResult r = core::read_bundle(bytes);
//   if (!r.ok()) report(file + ": " + r.error);          // truncated, altered, another version
//   else show(r.corpus);                                 // documents carry excerpts, not texts
//
// Kept: documents' metadata (id, title, byline, source, publication date and its basis, word
// and paragraph counts), their sentence spans, the sentences the events quote (as excerpts);
// entities; events with their evidence; co-mentions with their sentence references. Not kept:
// full texts, file names, entity mentions and time expressions inside the texts.
//
// Layout (integers little-endian; "varint" is unsigned LEB128):
//   "CEBUNDLE", u32 version, u64 payload size, u64 FNV-1a-64 of the payload, payload.
// The payload is varints and length-prefixed strings, section by section: title, string table
// (event dates, date texts, names), documents, entities, events, co-mentions. Reading checks
// the header, the size and the checksum before anything else, then every value against its
// field's range and every index against its list, so a damaged file gives a reason, never a
// crash or an allocation its size does not justify.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "core/corpus.h"

namespace core {

constexpr uint32_t kBundleVersion = 1;
constexpr std::size_t kBundleHeaderSize = 28;

std::string write_bundle(const Corpus& corpus);
// A payload under a header of this version with its length and checksum: what write_bundle
// returns for its payload (and how the fuzz target gets mutated payloads past the checksum).
std::string seal_bundle(std::string_view payload);

struct BundleResult {
    Corpus corpus;
    std::string error;  // empty when the bundle was read
    bool ok() const { return error.empty(); }
};

BundleResult read_bundle(std::string_view bytes);

// True when the bytes start as a bundle does (for telling a bundle from an article file).
bool looks_like_bundle(std::string_view bytes);

}  // namespace core
