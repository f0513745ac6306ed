// Names the lexicon does not know: capitalized runs of words in running text become
// entities of their own, so co-mentions and event actors work on any corpus.
//
//   std::vector<core::MentionSpan> m = core::tag_entities(f.text, tokens, lex);
//   core::DocumentNames names = core::find_names(f.text, tokens, layout, sentences, lex, m);
//   // m now holds the found names too: entity >= lex.entities.size() is names.found[entity - size]
//   core::EntityTable table{lex, names};
//   table.kind(m[0].entity), table.name(m[0].entity), table.actor(m[0].entity)
//
// "U.S. Defense Secretary Pete Hegseth"  -> person "Pete Hegseth", acting for the United States
// "China's Eastern Theater Command"      -> organization (its head word), acting for China
// "a Simorgh rocket", "Hwasong-12"       -> weapons (a missile word follows; a known family's variant)
// "the Freedom Edge exercise"            -> operation (a drill word follows)
// "Wheeler Island", "Cape Erimo"         -> places; anything else capitalized -> kind `name`
// Later "Hegseth said" folds into the full name met before in the same document. A title-case
// or all-capital line (a headline, a section heading) is not read for names: every word of it
// is capitalized, so capitals say nothing there.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/article.h"
#include "core/entities.h"
#include "core/lexicon.h"
#include "core/sentences.h"

namespace core {

struct FoundName {
    std::string name;                   // as the text spells it where it is fullest
    EntityKind kind = EntityKind::name;
    int32_t actor = -1;                 // lexicon id of the country or body it acts for, -1 if unknown
    bool space = false;                 // a space launcher or satellite (a variant of a lexicon one)
};

struct DocumentNames {
    std::vector<FoundName> found;
};

DocumentNames find_names(std::string_view text, const std::vector<Token>& tokens, const ArticleLayout& layout,
                         const std::vector<SentenceSpan>& sentences, const Lexicon& lex,
                         std::vector<MentionSpan>& mentions);

// Entity ids of one document: lexicon entities first, then the document's found names.
struct EntityTable {
    const Lexicon& lex;
    const DocumentNames& names;

    bool found(uint32_t id) const { return id >= lex.entities.size(); }
    const FoundName& found_name(uint32_t id) const { return names.found[id - lex.entities.size()]; }
    EntityKind kind(uint32_t id) const { return found(id) ? found_name(id).kind : lex.entities[id].kind; }
    const std::string& name(uint32_t id) const { return found(id) ? found_name(id).name : lex.entities[id].name; }
    bool space(uint32_t id) const { return found(id) ? found_name(id).space : lex.entities[id].space; }
    bool platform(uint32_t id) const { return !found(id) && lex.entities[id].platform; }
    // The lexicon id of who the entity acts for as an event's actor, -1 for none.
    int32_t actor(uint32_t id) const { return found(id) ? found_name(id).actor : lex.actor_of(id); }
};

}  // namespace core
