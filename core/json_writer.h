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
#include <vector>

namespace core {

// Appends `s` as a quoted JSON string.
void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
public:
    explicit JsonWriter(std::string& out, bool pretty = true) : out_(out), pretty_(pretty) {}
    // A writer of elements of the array `holder` has open, written as its first elements would
    // be. After another block of the array's elements, a ',' joins the two; `holder` is then
    // told of them with elements_written().
    static JsonWriter elements_of(const JsonWriter& holder, std::string& out) {
        JsonWriter w(out, holder.pretty_);
        w.depth_ = holder.depth_;
        w.first_ = uint64_t{1} << holder.depth_;
        return w;
    }
    void elements_written() { first_ &= ~(uint64_t{1} << depth_); }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(std::string_view k);  // inside an object, before its value

    void string(std::string_view s);
    void string_or_null(std::string_view s) { s.empty() ? null() : string(s); }
    void number(int64_t v);
    void null() { element(); out_ += "null"; }
    void boolean(bool v) { element(); out_ += v ? "true" : "false"; }
    // A value already in JSON form (a number another writer formatted, say), written as is.
    void raw(std::string_view json) { element(); out_ += json; }
    // [a, b] as begin_array(), number(a), number(b), end_array() write it.
    void number_pair(int64_t a, int64_t b);

    // A key and its value in one call.
    void field(std::string_view k, std::string_view v);
    void field(std::string_view k, const char* v) { field(k, std::string_view(v)); }
    void field(std::string_view k, int64_t v);
    template <class Strings>  // a vector of std::string or core::Name
    void string_list(std::string_view k, const Strings& list) {  // "k": ["a", "b"]
        key(k);
        begin_array();
        for (const auto& s : list) string(std::string_view(s));
        end_array();
    }
    void field_or_null(std::string_view k, std::string_view v) {
        if (v.empty()) key(k), null();
        else field(k, v);
    }

private:
    // Each piece is written into a stack buffer first, so that a value with its separator, key
    // and indent costs one append to the output: appends, not characters, were most of the time.
    void element();  // separator and indent before a value (none right after a key)
    void open(char bracket);
    void close(char bracket);
    std::size_t separator(char* buf);
    std::size_t indent(char* buf, int depth) const;
    std::size_t key_into(char* buf, std::string_view k);  // separator and key; k at most kShortKey bytes
    std::size_t open_into(char* buf, char bracket);
    std::size_t close_into(char* buf, char bracket);
    std::size_t number_into(char* buf, int64_t v);
    static constexpr std::size_t kShortKey = 36;
    static constexpr std::size_t kShortString = 192;  // strings up to this long go out with their key at once

    std::string& out_;
    bool pretty_;
    bool after_key_ = false;
    int depth_ = 0;
    uint64_t first_ = 1;  // bit d: no element written yet at depth d (nesting deeper than 63 is not used)
};

}  // namespace core
