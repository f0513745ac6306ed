#include "core/bundle.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

namespace core {
namespace {

constexpr char kMagic[8] = {'C', 'E', 'B', 'U', 'N', 'D', 'L', 'E'};
constexpr uint64_t kU32 = 0xFFFFFFFFull;

uint64_t fnv1a(std::string_view bytes) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ull;
    return h;
}

void put_fixed(std::string& out, uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i, v >>= 8) out.push_back(static_cast<char>(v & 0xFF));
}

uint64_t get_fixed(std::string_view in, std::size_t at, int bytes) {
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(in[at + i]);
    return v;
}

// [SECTION] writing

struct Out {
    std::string bytes;
    void varint(uint64_t v) {
        while (v >= 0x80) {
            bytes.push_back(static_cast<char>((v & 0x7F) | 0x80));
            v >>= 7;
        }
        bytes.push_back(static_cast<char>(v));
    }
    void str(std::string_view s) {
        varint(s.size());
        bytes.append(s.data(), s.size());
    }
};

// Strings events repeat (dates, names) once in a table, by first use. The keys view the
// corpus's own strings, which outlive the writing.
struct StringTable {
    std::unordered_map<std::string_view, uint32_t> index;
    std::vector<std::string_view> order;
    uint32_t id(std::string_view s) {
        const auto [it, added] = index.emplace(s, static_cast<uint32_t>(order.size()));
        if (added) order.push_back(s);
        return it->second;
    }
};

// [SECTION] reading

struct BadBundle : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct In {
    const unsigned char* p;
    const unsigned char* end;
    const char* section = "the title";

    [[noreturn]] void bad(const char* what) const { throw BadBundle(std::string("bad value of ") + what + " in " + section); }
    uint64_t varint(const char* what) {
        uint64_t v = 0;
        for (int shift = 0;; shift += 7) {
            if (p == end) throw BadBundle(std::string("the payload ends inside ") + section);
            const unsigned char b = *p++;
            if (shift == 63 && b > 1) bad(what);
            v |= static_cast<uint64_t>(b & 0x7F) << shift;
            if (!(b & 0x80)) return v;
            if (shift == 63) bad(what);
        }
    }
    uint64_t at_most(uint64_t hi, const char* what) {
        const uint64_t v = varint(what);
        if (v > hi) bad(what);
        return v;
    }
    uint32_t below(uint64_t size, const char* what) {
        const uint64_t v = varint(what);
        if (v >= size) bad(what);
        return static_cast<uint32_t>(v);
    }
    // A count of items that take at least `least` bytes each: never more than the bytes left hold.
    std::size_t count(const char* what, std::size_t least = 1) {
        return static_cast<std::size_t>(at_most(static_cast<uint64_t>(end - p) / least, what));
    }
    std::string_view view(std::size_t n) {
        if (n > static_cast<std::size_t>(end - p)) throw BadBundle(std::string("the payload ends inside ") + section);
        const std::string_view s(reinterpret_cast<const char*>(p), n);
        p += n;
        return s;
    }
    // A length-prefixed string: viewed in the payload, or copied.
    std::string_view str_view(const char* what) { return view(static_cast<std::size_t>(at_most(static_cast<uint64_t>(end - p), what))); }
    std::string str(const char* what) { return std::string(str_view(what)); }
};

void read_documents(In& in, Corpus& c) {
    in.section = "the documents";
    // Eleven bytes at least: five strings, the basis, one more string, two counts, two list sizes.
    c.documents.resize(in.count("the document count", 11));
    for (Document& d : c.documents) {
        d.id = in.str("a document id");
        d.title = in.str("a title");
        d.byline = in.str("a byline");
        d.source = in.str("a source");
        d.published = in.str("a publication date");
        d.published_basis = static_cast<DateBasis>(in.at_most(3, "a date basis"));
        d.published_from = in.str("a publication date's source");
        d.words = in.at_most(kU32, "a word count");
        d.paragraphs = in.at_most(kU32, "a paragraph count");
        d.sentences.resize(in.count("a sentence count", 3));
        // In text order and apart, as extraction makes them: each excerpt below is one
        // sentence's bytes, and overlapping sentences, quoted both, would be written again as
        // excerpts at one offset, the shorter hiding the longer.
        uint64_t begin = 0, previous_end = 0;
        for (Sentence& s : d.sentences) {
            begin += in.at_most(kU32, "a sentence offset");
            const uint64_t end = begin + in.at_most(kU32, "a sentence length");
            if (end > kU32 || begin < previous_end) in.bad("a sentence offset");
            previous_end = end;
            s = {static_cast<uint32_t>(begin), static_cast<uint32_t>(end), static_cast<uint32_t>(in.at_most(kU32, "a paragraph index"))};
        }
        const std::size_t excerpts = in.count("an excerpt count");
        auto each_excerpt = [&](In& from, auto&& take) {
            uint64_t sentence = 0;
            for (std::size_t i = 0; i < excerpts; ++i) {
                sentence += from.at_most(kU32, "an excerpt's sentence") + (i ? 1 : 0);
                if (sentence >= d.sentences.size()) from.bad("an excerpt's sentence");
                const Sentence& s = d.sentences[sentence];
                take(s, from.view(s.end - s.begin));
            }
        };
        // The sizes first (a look ahead), so the excerpts' bytes are allocated once.
        In ahead = in;
        std::size_t total = 0;
        each_excerpt(ahead, [&](const Sentence&, std::string_view text) { total += text.size(); });
        d.excerpts.reserve(excerpts);
        d.excerpt_text.reserve(total);
        each_excerpt(in, [&](const Sentence& s, std::string_view text) { add_excerpt(d, s.begin, text); });
    }
}

void read_entities(In& in, Corpus& c) {
    in.section = "the entities";
    c.entities.resize(in.count("the entity count", 4));
    for (Entity& e : c.entities) {
        e.name = in.str("an entity name");
        e.kind = static_cast<EntityKind>(in.at_most(kEntityKinds - 1, "an entity kind"));
        e.mentions = static_cast<uint32_t>(in.at_most(kU32, "a mention count"));
        e.documents = static_cast<uint32_t>(in.at_most(kU32, "a document count"));
    }
}

void read_events(In& in, Corpus& c, const std::vector<Name>& strings) {
    in.section = "the events";
    c.events.resize(in.count("the event count", 13));
    auto string = [&](const char* what) { return strings[in.below(strings.size(), what)]; };
    auto names = [&](std::vector<Name>& out, const char* what) {
        out.resize(in.count(what));
        for (Name& s : out) s = string(what);
    };
    for (Event& e : c.events) {
        e.doc = in.below(c.documents.size(), "an event's document");
        const Document& d = c.documents[e.doc];
        e.type = static_cast<EventType>(in.at_most(kEventTypes - 1, "an event type"));
        e.date = string("an event date");
        e.date_text = string("an event's date text");
        e.date_basis = static_cast<DateBasis>(in.at_most(3, "an event's date basis"));
        names(e.actors, "an event's actors");
        names(e.weapons, "an event's weapons");
        names(e.places, "an event's places");
        e.count = static_cast<int>(in.at_most(0x7FFFFFFF, "an event's count"));
        const uint32_t name = in.below(strings.size() + 1, "an event's name");
        if (name) e.name = strings[name - 1];
        // The writer carries every sentence an event quotes; one it does not carry would make
        // the next write pad a sentence of any claimed length, gigabytes from a few bytes.
        auto evidence = [&](const char* what) {
            const uint32_t s = in.below(d.sentences.size(), what);
            const Sentence& sentence = d.sentences[s];
            if (document_text(d, sentence.begin, sentence.end).size() != sentence.end - sentence.begin) in.bad(what);
            return Evidence{s, sentence.begin, sentence.end};
        };
        e.main = evidence("an event's main sentence");
        e.evidence.resize(in.count("an event's evidence"));
        for (Evidence& ev : e.evidence) ev = evidence("an event's evidence");
        e.entities.resize(in.count("an event's entities"));
        for (uint32_t& x : e.entities) x = in.below(c.entities.size(), "an event's entity");
    }
}

void read_comentions(In& in, Corpus& c) {
    in.section = "the co-mentions";
    c.comentions.pairs.resize(in.count("the pair count", 6));
    for (CoMention& p : c.comentions.pairs) {
        p.a = in.below(c.entities.size(), "a pair's entity");
        p.b = in.below(c.entities.size(), "a pair's entity");
        if (p.a >= p.b) in.bad("a pair's entity");
        p.sentences = static_cast<uint32_t>(in.at_most(kU32, "a pair's sentence count"));
        p.paragraphs = static_cast<uint32_t>(in.at_most(kU32, "a pair's paragraph count"));
        p.documents = static_cast<uint32_t>(in.at_most(kU32, "a pair's document count"));
        const std::size_t count = in.count("a pair's sentences", 2);
        std::vector<SentenceRef>& refs = c.comentions.refs;
        if (count > kU32 - refs.size()) in.bad("a pair's sentences");
        p.refs_begin = static_cast<uint32_t>(refs.size());
        p.refs_count = static_cast<uint32_t>(count);
        for (std::size_t i = 0; i < count; ++i) {
            SentenceRef r;
            r.doc = in.below(c.documents.size(), "a sentence's document");
            r.sentence = in.below(c.documents[r.doc].sentences.size(), "a sentence");
            refs.push_back(r);
        }
    }
}

}  // namespace

bool looks_like_bundle(std::string_view bytes) {
    return bytes.size() >= sizeof kMagic && std::memcmp(bytes.data(), kMagic, sizeof kMagic) == 0;
}

std::string write_bundle(const Corpus& corpus) {
    StringTable strings;
    Out events;
    events.varint(corpus.events.size());
    for (const Event& e : corpus.events) {
        events.varint(e.doc);
        events.varint(static_cast<uint64_t>(e.type));
        events.varint(strings.id(e.date));
        events.varint(strings.id(e.date_text));
        events.varint(static_cast<uint64_t>(e.date_basis));
        for (const std::vector<Name>* list : {&e.actors, &e.weapons, &e.places}) {
            events.varint(list->size());
            for (const Name& s : *list) events.varint(strings.id(s));
        }
        events.varint(static_cast<uint64_t>(std::max(0, e.count)));
        events.varint(e.name.empty() ? 0 : strings.id(e.name) + 1);
        events.varint(e.main.sentence);
        events.varint(e.evidence.size());
        for (const Evidence& ev : e.evidence) events.varint(ev.sentence);
        events.varint(e.entities.size());
        for (uint32_t x : e.entities) events.varint(x);
    }

    Out out;
    out.str(corpus.title);
    out.varint(strings.order.size());
    for (std::string_view s : strings.order) out.str(s);
    out.varint(corpus.documents.size());
    std::vector<uint32_t> quoted;
    for (const Document& d : corpus.documents) {
        out.str(d.id);
        out.str(d.title);
        out.str(d.byline);
        out.str(d.source);
        out.str(d.published);
        out.varint(static_cast<uint64_t>(d.published_basis));
        out.str(d.published_from);
        out.varint(d.words);
        out.varint(d.paragraphs);
        out.varint(d.sentences.size());
        uint32_t begin = 0;
        for (const Sentence& s : d.sentences) {
            out.varint(s.begin - begin);  // sentences are in text order
            out.varint(s.end - s.begin);
            out.varint(s.paragraph);
            begin = s.begin;
        }
        quoted.clear();
        for (uint32_t ei : d.events) {
            const Event& e = corpus.events[ei];
            quoted.push_back(e.main.sentence);
            for (const Evidence& ev : e.evidence) quoted.push_back(ev.sentence);
        }
        std::sort(quoted.begin(), quoted.end());
        quoted.erase(std::unique(quoted.begin(), quoted.end()), quoted.end());
        out.varint(quoted.size());
        for (std::size_t i = 0; i < quoted.size(); ++i) {
            out.varint(i ? quoted[i] - quoted[i - 1] - 1 : quoted[i]);
            const Sentence& s = d.sentences[quoted[i]];
            const std::string_view text = document_text(d, s.begin, s.end);
            out.bytes.append(text.data(), text.size());
            out.bytes.append(s.end - s.begin - text.size(), ' ');  // never short: the reader counts on the length
        }
    }
    out.varint(corpus.entities.size());
    for (const Entity& e : corpus.entities) {
        out.str(e.name);
        out.varint(static_cast<uint64_t>(e.kind));
        out.varint(e.mentions);
        out.varint(e.documents);
    }
    out.bytes += events.bytes;
    out.varint(corpus.comentions.pairs.size());
    for (const CoMention& p : corpus.comentions.pairs) {
        out.varint(p.a);
        out.varint(p.b);
        out.varint(p.sentences);
        out.varint(p.paragraphs);
        out.varint(p.documents);
        out.varint(p.refs_count);
        for (const SentenceRef& r : corpus.comentions.refs_of(p)) {
            out.varint(r.doc);
            out.varint(r.sentence);
        }
    }

    return seal_bundle(out.bytes);
}

std::string seal_bundle(std::string_view payload) {
    std::string bundle(kMagic, sizeof kMagic);
    put_fixed(bundle, kBundleVersion, 4);
    put_fixed(bundle, payload.size(), 8);
    put_fixed(bundle, fnv1a(payload), 8);
    bundle.append(payload.data(), payload.size());
    return bundle;
}

BundleResult read_bundle(std::string_view bytes) {
    BundleResult r;
    if (bytes.empty() || std::memcmp(bytes.data(), kMagic, std::min(bytes.size(), sizeof kMagic)) != 0) {
        r.error = "not an event bundle (it does not start with CEBUNDLE)";
        return r;
    }
    if (bytes.size() < kBundleHeaderSize) {
        r.error = "truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                  std::to_string(kBundleHeaderSize) + "-byte header";
        return r;
    }
    const uint64_t version = get_fixed(bytes, 8, 4);
    if (version != kBundleVersion) {
        r.error = "bundle version " + std::to_string(version) + " is not supported (this build reads version " +
                  std::to_string(kBundleVersion) + ")";
        return r;
    }
    const uint64_t size = get_fixed(bytes, 12, 8);
    const std::string_view payload = bytes.substr(kBundleHeaderSize);
    if (size > payload.size()) {
        r.error = "truncated: the payload has " + std::to_string(payload.size()) + " of its " + std::to_string(size) + " bytes";
        return r;
    }
    if (size < payload.size()) {
        r.error = std::to_string(payload.size() - size) + " bytes after the end of the bundle";
        return r;
    }
    if (fnv1a(payload) != get_fixed(bytes, 20, 8)) {
        r.error = "checksum mismatch: the bundle is damaged or was altered";
        return r;
    }
    try {
        In in{reinterpret_cast<const unsigned char*>(payload.data()), reinterpret_cast<const unsigned char*>(payload.data()) + payload.size()};
        Corpus& c = r.corpus;
        c.title = in.str("the title");
        in.section = "the string table";
        // Interned once here, so the events' names are pointers to them, not copies.
        std::vector<Name> strings(in.count("the string count"));
        for (Name& s : strings) s = Name(in.str_view("a string"));
        read_documents(in, c);
        read_entities(in, c);
        read_events(in, c, strings);
        read_comentions(in, c);
        if (in.p != in.end) throw BadBundle("bytes left over after the co-mentions");
        index_events(c);
    } catch (const std::exception& e) {  // BadBundle, or memory the claimed counts could not get
        r.corpus = Corpus{};
        r.error = e.what();
    }
    return r;
}

}  // namespace core
