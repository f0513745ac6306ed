// The view a link opens: the URL hash of the web page, without ImGui or a browser.
//
//   vm::ShareState s;
//   s.view = "timeline"; s.entities = {"Japan"}; s.from = "2022-01-01"; s.to = "2022-12-31";
//   std::string h = vm::format_share_hash(s);   // "view=timeline&entity=Japan&from=2022-01-01&to=2022-12-31"
//   vm::ShareState back = vm::parse_share_hash("#" + h, &unknown);  // a leading '#' is skipped
//
// Keys: view, entity (repeated), type (repeated), from, to, doc (a document index). Values are
// percent-encoded (spaces as %20; '+' also reads as a space). Keys this format does not know go
// to `unknown` so the page can say it ignored them; whether a view or an entity exists is for the
// explorer to judge, since only it knows the corpus.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vm {

struct ShareState {
    std::string view;                   // "" when the hash names none
    std::vector<std::string> entities;
    std::vector<std::string> types;
    std::string from, to;               // ISO days or "" (a range needs both)
    int doc = -1;                       // -1: none
};

std::string format_share_hash(const ShareState& state);  // no leading '#'
ShareState parse_share_hash(std::string_view hash, std::vector<std::string>* unknown = nullptr);

std::string percent_encode(std::string_view text);  // keeps A-Z a-z 0-9 - _ . ~
std::string percent_decode(std::string_view text);  // bad escapes are kept as they are

}  // namespace vm
