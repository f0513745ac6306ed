#include "core/export_formats.h"

#include <algorithm>

#include "core/corpus_json.h"
#include "core/csv.h"
#include "core/json_writer.h"

namespace core {

std::string articles_to_jsonl(const std::vector<ArticleInput>& articles) {
    std::string out;
    append_articles_jsonl(out, articles);
    return out;
}

void append_articles_jsonl(std::string& out, const std::vector<ArticleInput>& articles) {
    append_articles_jsonl(out, articles, 0, articles.size());
}

void append_articles_jsonl(std::string& out, const std::vector<ArticleInput>& articles, std::size_t begin, std::size_t end) {
    end = std::min(end, articles.size());
    std::size_t estimate = 0;
    for (std::size_t i = begin; i < end; ++i) estimate += articles[i].text.size() + articles[i].title.size() + 96;
    out.reserve(out.size() + estimate + estimate / 16);
    for (std::size_t i = begin; i < end; ++i) {
        const ArticleInput& a = articles[i];
        out += "{\"id\":";
        append_json_string(out, a.id);
        out += ",\"file\":";
        append_json_string(out, a.file);
        out += ",\"title\":";
        append_json_string(out, a.title);
        out += ",\"published\":";
        append_json_string(out, a.published);
        out += ",\"source\":";
        append_json_string(out, a.source);
        out += ",\"text\":";
        append_json_string(out, a.text);
        out += "}\n";
    }
}

std::string articles_to_csv(const std::vector<ArticleInput>& articles, bool crlf) {
    std::string out;
    std::size_t estimate = 0;
    for (const ArticleInput& a : articles) estimate += a.text.size() + a.title.size() + 96;
    out.reserve(estimate + estimate / 16);
    append_csv_row(out, {"id", "file", "title", "published", "source", "text"}, crlf);
    for (const ArticleInput& a : articles)
        append_csv_row(out, {a.id, a.file, a.title, a.published, a.source, a.text}, crlf);
    return out;
}

// [SECTION] what the corpus found
namespace {

std::string joined(const std::vector<Name>& names) {
    std::string out;
    for (const std::string& n : names) {
        if (!out.empty()) out += "; ";
        out += n;
    }
    return out;
}

}  // namespace

std::string events_to_csv(const Corpus& corpus) {
    std::string out;
    out.reserve(128 + corpus.events.size() * 400);
    append_csv_row(out, {"doc", "type", "date", "date_text", "date_basis", "actors", "weapons", "places", "count",
                         "name", "sentence", "begin", "end"});
    for (const Event& e : corpus.events) {
        const Document& d = corpus.documents[e.doc];
        const std::string actors = joined(e.actors), weapons = joined(e.weapons), places = joined(e.places);
        const std::string count = e.count ? std::to_string(e.count) : std::string();
        const std::string begin = std::to_string(e.main.begin), end = std::to_string(e.main.end);
        append_csv_row(out, {d.id, event_type_name(e.type), e.date, e.date_text,
                             e.date.empty() ? "" : date_basis_name(e.date_basis), actors, weapons, places, count,
                             e.name, document_text(d, e.main.begin, e.main.end),
                             begin, end});
    }
    return out;
}

std::string events_to_json(const Corpus& corpus) {
    std::string out;
    out.reserve(16 + corpus.events.size() * 600);
    JsonWriter w(out);
    w.begin_array();
    for (const Event& e : corpus.events) append_event_json(w, corpus, e);
    w.end_array();
    out += '\n';
    return out;
}

std::string comentions_to_csv(const Corpus& corpus) {
    std::string out;
    append_csv_row(out, {"a", "b", "sentences", "paragraphs", "documents"});
    for (const CoMention& c : corpus.comentions.pairs) {
        const std::string sentences = std::to_string(c.sentences), paragraphs = std::to_string(c.paragraphs),
                          documents = std::to_string(c.documents);
        append_csv_row(out, {corpus.entities[c.a].name, corpus.entities[c.b].name, sentences, paragraphs, documents});
    }
    return out;
}

std::string corpus_to_jsonl(const Corpus& corpus) {
    std::string out;
    std::size_t estimate = 0;
    for (const Document& d : corpus.documents) estimate += d.text.size() + d.title.size() + 128;
    out.reserve(estimate + estimate / 16);
    for (const Document& d : corpus.documents) {
        JsonWriter w(out, /*pretty=*/false);
        w.begin_object();
        append_document_metadata(w, d);
        w.field("text", d.text);
        w.end_object();
        out += '\n';
    }
    return out;
}

Manifest corpus_manifest(const Corpus& corpus) {
    Manifest m;
    m.title = corpus.title;
    for (const Document& d : corpus.documents) {
        if (d.published.empty() && d.title.empty()) continue;
        ManifestEntry e;
        // Manifests describe .txt files; a row of a table is named by its id instead.
        e.file = file_format(d.file) == FileFormat::text ? document_id(d.file) + ".txt" : d.id;
        e.published = d.published;
        e.title = d.title;
        e.source = d.source;
        if (d.published_basis == DateBasis::inferred) e.note = "publication date inferred from " + d.published_from;
        else if (d.published_basis == DateBasis::text) e.note = "publication date stated in the text";
        m.documents.push_back(std::move(e));
    }
    return m;
}

}  // namespace core
