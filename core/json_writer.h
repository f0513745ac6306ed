// Writing JSON text directly into a string, without building a tree first.
//
//   std::string out;
//   core::JsonWriter w(out);            // pretty: one value a line, one space of indent a level
//   w.begin_object();
//   w.field("id", "000_db913202f0489d90");
//   w.field("events", 8);
//   w.key("tags");   w.begin_array(); w.string("a"); w.end_array();
//   w.key("note");   w.null();
//   w.end_object();
//   // {\n "id": "000_db913202f0489d90",\n "events": 8,\n "tags": [\n  "a"\n ],\n "note": null\n}
//
// The layout is nlohmann::json's dump(1) (empty containers as [] and {}), so output written
// here is byte for byte what the tree-building code wrote before, at a fraction of the cost:
// building an ordered_json object per event and co-mention reference was most of the time of
// `corpus extract --json`. Strings are expected to be valid UTF-8 (the import makes texts
// so); only the quote, the backslash and control characters are escaped.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace core {

// Appends `s` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
public:
    explicit JsonWriter(std::string& out, bool pretty = true) : out_(out), pretty_(pretty) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view k);  // inside an object, before its value

    void string(std::string_view s) { element(); append_json_string(out_, s); }
    void string_or_null(std::string_view s) { s.empty() ? null() : string(s); }
    void number(int64_t v);
    void null() { element(); out_ += "null"; }

    // A key and its value in one call.
    void field(std::string_view k, std::string_view v) { key(k); string(v); }
    void field(std::string_view k, const char* v) { key(k); string(v); }
    void field(std::string_view k, int64_t v) { key(k); number(v); }
    void field_or_null(std::string_view k, std::string_view v) { key(k); string_or_null(v); }

private:
    void element();  // separator and indent before a value (none right after a key)
    void open(char bracket);
    void close(char bracket);
    std::size_t separator(char* buf);

    std::string& out_;
    bool pretty_;
    bool after_key_ = false;
    int depth_ = 0;
    uint64_t first_ = 1;  // bit d: no element written yet at depth d (nesting deeper than 63 is not used)
};

}  // namespace core
