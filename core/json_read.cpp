#include "core/json_read.h"

#include <utility>

#include "core/utf8.h"

namespace core {
namespace {

using json = nlohmann::json;

// A number that overflows stops nlohmann's parser; each one costs a parse of the whole text,
// so a file with more of them than this is refused rather than read again and again.
constexpr std::size_t kMaxBadNumbers = 16;
constexpr std::size_t kMaxNameBytes = 40;

// At most `limit` bytes of `s` (valid UTF-8, as JSON strings are), then "...".
std::string shortened(std::string_view s, std::size_t limit) {
    if (s.size() <= limit) return std::string(s);
    return std::string(s.substr(0, utf8_prefix_length(s, limit))) + "...";
}

// nlohmann's DOM builder, with the path to the value being read kept alongside, so that a
// parse error can say where it happened.
class PathTrackingParser {
public:
    explicit PathTrackingParser(json& root) : dom_(root, false) {}

    bool null() { return scalar(dom_.null()); }
    bool boolean(bool v) { return scalar(dom_.boolean(v)); }
    bool number_integer(json::number_integer_t v) { return scalar(dom_.number_integer(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar(dom_.number_unsigned(v)); }
    bool number_float(json::number_float_t v, const std::string& s) { return scalar(dom_.number_float(v, s)); }
    bool string(std::string& v) { return scalar(dom_.string(v)); }
    bool binary(json::binary_t& v) { return scalar(dom_.binary(v)); }
    bool start_object(std::size_t n) {
        frames_.push_back({false, 0, {}});
        return dom_.start_object(n);
    }
    bool key(std::string& k) {
        frames_.back().key = shortened(k, kMaxNameBytes);
        return dom_.key(k);
    }
    bool end_object() { return close(dom_.end_object()); }
    bool start_array(std::size_t n) {
        frames_.push_back({true, 0, {}});
        return dom_.start_array(n);
    }
    bool end_array() { return close(dom_.end_array()); }

    template <class Exception>
    bool parse_error(std::size_t position, const std::string& last_token, const Exception& e) {
        failed = true;
        error_byte = position;
        overflow = e.id == 406;  // out_of_range.406: a number too large for a double
        if (overflow) {
            number.token = last_token;
            fill_path(number);
            return false;
        }
        // e.what() reads "[json.exception.parse_error.101] parse error at line 3, column 5: ..."
        const std::string what = e.what();
        const auto at = what.find("at line");
        const auto bracket = what.find("] ");
        error = at != std::string::npos        ? what.substr(at)
                : bracket != std::string::npos ? what.substr(bracket + 2)
                                               : what;
        return false;
    }

    bool failed = false;
    bool overflow = false;
    std::size_t error_byte = 0;
    std::string error;
    JsonBadNumber number;  // when `overflow`; its token is the full text as written

private:
    struct Frame {
        bool array;
        std::size_t index;
        std::string key;
    };
    nlohmann::detail::json_sax_dom_parser<json> dom_;
    std::vector<Frame> frames_;

    // A finished value moves its array on to the next index.
    bool scalar(bool ok) {
        if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
        return ok;
    }
    bool close(bool ok) {
        frames_.pop_back();
        return scalar(ok);
    }

    void fill_path(JsonBadNumber& b) const {
        std::string path, field;
        for (const Frame& f : frames_) {
            std::string step = f.array ? "[" + std::to_string(f.index) + "]" : f.key;
            if (!f.array && !path.empty()) path += '.';
            path += step;
            if (b.item != std::string::npos) {
                if (!f.array && !field.empty()) field += '.';
                field += step;
            } else if (f.array) {
                b.item = f.index;
            }
        }
        b.path = std::move(path);
        b.field = b.item == std::string::npos ? b.path : field;
    }
};

}  // namespace

JsonRead read_json(std::string_view text) {
    JsonRead r;
    std::string patched;  // the text with the bad numbers so far written over with null
    std::string_view input = text;
    for (;;) {
        r.value = json();
        PathTrackingParser parser(r.value);
        json::sax_parse(input.begin(), input.end(), &parser);
        if (!parser.failed) return r;
        r.value = json();
        if (!parser.overflow) {
            r.error = parser.error;
            r.error_byte = parser.error_byte;
            return r;
        }
        // The number ends where the parser stopped; "null" fits in its place, as a number
        // too large for a double has at least five characters ("1e309").
        JsonBadNumber& bad = parser.number;
        const std::size_t length = bad.token.size();
        const std::size_t end = parser.error_byte;
        const bool found = length >= 4 && end >= length && input.substr(end - length, length) == bad.token;
        if (!found || r.bad_numbers.size() >= kMaxBadNumbers) {
            const std::string where = bad.path.empty() ? std::string() : " at " + bad.path;
            r.error = found ? "more than " + std::to_string(kMaxBadNumbers) + " numbers too large to read (the next" +
                                  where + ")"
                            : bad_number_reason(bad) + where;
            r.error_byte = end;
            r.bad_numbers.clear();
            return r;
        }
        if (patched.empty()) patched.assign(text);
        patched.replace(end - length, length, "null" + std::string(length - 4, ' '));
        input = patched;
        bad.token = shortened(bad.token, kMaxNameBytes);
        r.bad_numbers.push_back(std::move(bad));
    }
}

std::string bad_number_reason(const JsonBadNumber& b) { return "the number " + b.token + " is too large to read"; }

}  // namespace core
