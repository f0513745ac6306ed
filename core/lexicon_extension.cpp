// Extending a lexicon with a user's entities, and writing a lexicon back out as JSON.
// See the [SECTION] in core/lexicon.h.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "core/json_read.h"
#include "core/json_writer.h"
#include "core/lexicon.h"

namespace core {
namespace {

using json = nlohmann::json;

bool kind_from_name(std::string_view name, EntityKind* out) {
    for (int i = 0; i < kEntityKinds; ++i)
        if (name == entity_kind_name(static_cast<EntityKind>(i))) {
            *out = static_cast<EntityKind>(i);
            return true;
        }
    return false;
}

std::string kind_list() {
    std::string out;
    for (int i = 0; i < kEntityKinds; ++i) {
        if (i) out += ", ";
        out += entity_kind_name(static_cast<EntityKind>(i));
    }
    return out;
}

bool same_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

// A spelling a user gives one entity is no other entity's any more. The trie already prefers
// the user's entity; the lists must say so too, or the lexicon written out by lexicon_to_json
// would give the spelling back to its first owner when read again.
void take_from_others(std::vector<LexiconEntity>& entities, uint32_t owner, const LexiconEntity& given) {
    auto given_here = [&](const std::string& alias) {
        for (const std::vector<std::string>* list : {&given.aliases, &given.case_aliases})
            for (const std::string& g : *list)
                if (same_ignoring_case(alias, g)) return true;
        return same_ignoring_case(alias, given.name);
    };
    for (uint32_t i = 0; i < entities.size(); ++i) {
        if (i == owner) continue;
        LexiconEntity& e = entities[i];
        for (std::vector<std::string>* list : {&e.aliases, &e.case_aliases, &e.context_aliases})
            list->erase(std::remove_if(list->begin(), list->end(), given_here), list->end());
    }
}

bool is_blank(std::string_view s) {
    for (char c : s)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
    return true;
}

// One entry of the user's list, checked; `error` says what is wrong and where.
struct UserEntity {
    LexiconEntity entity;
    bool has_kind = false;
};

bool read_alias_list(const json& e, const char* key, const std::string& where, std::vector<std::string>& out,
                     std::string& error) {
    if (!e.contains(key)) return true;
    const json& list = e[key];
    if (!list.is_array()) {
        error = where + "." + key + ": expected a list of strings";
        return false;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = where + "." + key + "[" + std::to_string(i) + "]";
        if (!list[i].is_string()) {
            error = at + ": expected a string";
            return false;
        }
        const std::string& alias = list[i].get_ref<const std::string&>();
        if (is_blank(alias)) {
            error = at + ": empty alias";
            return false;
        }
        out.push_back(alias);
    }
    return true;
}

bool read_user_entity(const json& e, const std::string& where, UserEntity& out, std::string& error) {
    if (!e.is_object()) {
        error = where + ": expected an object {\"name\", \"kind\", \"aliases\"}";
        return false;
    }
    if (!e.contains("name") || !e["name"].is_string() || is_blank(e["name"].get_ref<const std::string&>())) {
        error = where + ".name: missing (a non-empty string)";
        return false;
    }
    out.entity.name = e["name"].get<std::string>();
    if (e.contains("kind")) {
        if (!e["kind"].is_string()) {
            error = where + ".kind: expected one of " + kind_list();
            return false;
        }
        const std::string kind = e["kind"].get<std::string>();
        if (!kind_from_name(kind, &out.entity.kind)) {
            error = where + ".kind: '" + kind + "' is not one of " + kind_list();
            return false;
        }
        out.has_kind = true;
    }
    if (e.contains("country")) {
        if (!e["country"].is_string()) {
            error = where + ".country: expected a string";
            return false;
        }
        out.entity.country = e["country"].get<std::string>();
    }
    return read_alias_list(e, "aliases", where, out.entity.aliases, error) &&
           read_alias_list(e, "case_aliases", where, out.entity.case_aliases, error) &&
           read_alias_list(e, "context_aliases", where, out.entity.context_aliases, error);
}

void append_unique(std::vector<std::string>& to, const std::vector<std::string>& from) {
    for (const std::string& s : from)
        if (std::find(to.begin(), to.end(), s) == to.end()) to.push_back(s);
}

// A parsed value written back, with the layout of everything else the writer writes. Numbers,
// strings that need it and the rest of the scalars go out as nlohmann formats them.
void write_value(JsonWriter& w, const nlohmann::json& v) {
    if (v.is_object()) {
        w.begin_object();
        for (const auto& [k, item] : v.items()) {
            w.key(k);
            write_value(w, item);
        }
        w.end_object();
    } else if (v.is_array()) {
        w.begin_array();
        for (const nlohmann::json& item : v) write_value(w, item);
        w.end_array();
    } else if (v.is_string()) {
        w.string(v.get_ref<const std::string&>());
    } else {
        w.raw(v.dump());
    }
}

}  // namespace

LexiconResult extend_lexicon(const Lexicon& base, std::string_view user_json) {
    LexiconResult result{base, {}};
    const JsonRead read = read_json(user_json);
    if (!read.ok()) {
        result.error = "lexicon: not valid JSON (at byte " + std::to_string(read.error_byte) + ")";
        return result;
    }
    // Names and kinds are text: a number too large to read is a bad value of its field.
    if (!read.bad_numbers.empty()) {
        const JsonBadNumber& b = read.bad_numbers.front();
        const std::string where = b.path.empty() ? "lexicon" : b.path[0] == '[' ? "entities" + b.path : b.path;
        result.error = where + ": " + bad_number_reason(b);
        return result;
    }
    const json& j = read.value;
    const json* list = &j;
    if (j.is_object()) {
        if (!j.contains("entities")) {
            result.error = "lexicon: expected a list of entities, or an object with \"entities\"";
            return result;
        }
        list = &j["entities"];
    }
    if (!list->is_array()) {
        result.error = "entities: expected a list of {\"name\", \"kind\", \"aliases\"}";
        return result;
    }

    // Check everything first, so that a mistake in entry 40 leaves nothing half applied.
    std::unordered_map<std::string, uint32_t> by_name;
    for (uint32_t i = 0; i < base.entities.size(); ++i) by_name.emplace(base.entities[i].name, i);
    std::vector<UserEntity> entries(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string where = "entities[" + std::to_string(i) + "]";
        UserEntity& u = entries[i];
        if (!read_user_entity((*list)[i], where, u, result.error)) return result;
        const auto known = by_name.find(u.entity.name);
        if (known == by_name.end()) {
            if (!u.has_kind) {
                result.error = where + ".kind: missing for the new entity '" + u.entity.name + "' (one of " +
                               kind_list() + ")";
                return result;
            }
            by_name.emplace(u.entity.name, static_cast<uint32_t>(base.entities.size() + i));  // later entries may add to it
        } else if (u.has_kind && known->second < base.entities.size() &&
                   u.entity.kind != base.entities[known->second].kind) {
            result.error = where + ".kind: '" + u.entity.name + "' is already a " +
                           entity_kind_name(base.entities[known->second].kind) + ", not a " +
                           entity_kind_name(u.entity.kind);
            return result;
        }
    }

    Lexicon& lex = result.lexicon;
    by_name.clear();
    for (uint32_t i = 0; i < lex.entities.size(); ++i) by_name.emplace(lex.entities[i].name, i);
    for (UserEntity& u : entries) {
        const auto known = by_name.find(u.entity.name);
        if (known == by_name.end()) {
            const uint32_t id = static_cast<uint32_t>(lex.entities.size());
            by_name.emplace(u.entity.name, id);
            take_from_others(lex.entities, id, u.entity);
            lex.add_entity(std::move(u.entity), true);
            continue;
        }
        take_from_others(lex.entities, known->second, u.entity);
        LexiconEntity& e = lex.entities[known->second];
        if (e.country.empty()) e.country = u.entity.country;
        lex.add_entity_aliases(known->second, u.entity.aliases, u.entity.case_aliases, u.entity.context_aliases, true);
        append_unique(e.aliases, u.entity.aliases);
        append_unique(e.case_aliases, u.entity.case_aliases);
        append_unique(e.context_aliases, u.entity.context_aliases);
    }
    return result;
}

std::string lexicon_to_json(const Lexicon& lex) {
    // The word lists and event rules are written as they were loaded (keys in order by name);
    // the entities as they are now, extensions included, each with its name first.
    nlohmann::json source = nlohmann::json::object();
    if (!lex.source_json_.empty()) {
        // Read through the same (const char*) input as every other parse: one copy of the parser's code.
        const std::string_view text = lex.source_json_;
        source = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
        if (!source.is_object()) source = nlohmann::json::object();
    }
    source.erase("entities");
    std::string out;
    JsonWriter w(out);
    w.begin_object();
    for (const auto& [k, item] : source.items()) {
        w.key(k);
        write_value(w, item);
    }
    w.key("entities");
    w.begin_array();
    for (const LexiconEntity& e : lex.entities) {
        w.begin_object();
        w.field("name", e.name);
        w.field("kind", entity_kind_name(e.kind));
        if (!e.country.empty()) w.field("country", e.country);
        if (e.space) w.key("space"), w.boolean(true);
        if (e.acts) w.key("acts"), w.boolean(true);
        if (e.platform) w.key("platform"), w.boolean(true);
        if (!e.aliases.empty()) w.string_list("aliases", e.aliases);
        if (!e.case_aliases.empty()) w.string_list("case_aliases", e.case_aliases);
        if (!e.context_aliases.empty()) w.string_list("context_aliases", e.context_aliases);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    out += '\n';
    return out;
}

}  // namespace core
