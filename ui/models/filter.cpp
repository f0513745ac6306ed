#include "ui/models/filter.h"

#include <algorithm>

namespace vm {

namespace {

template <class Names>
bool contains(const Names& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

bool filter_empty(const Filter& filter) {
    return filter.entities.empty() && filter.types.empty() && filter.document < 0 && !filter.has_range;
}

bool event_passes(const Filter& filter, const EventKey& event) {
    for (const std::string& entity : filter.entities)
        if (!contains(event.entities, entity)) return false;
    if (!filter.types.empty() && !contains(filter.types, event.type)) return false;
    if (filter.document >= 0 && event.document != filter.document) return false;
    if (filter.has_range && (!event.dated || event.last < filter.from || event.first > filter.to))
        return false;
    return true;
}

std::vector<std::string> filter_chips(const Filter& filter) {
    std::vector<std::string> chips;
    for (const std::string& entity : filter.entities) chips.push_back("entity: " + entity);
    for (const std::string& type : filter.types) chips.push_back("type: " + type);
    if (filter.document >= 0) chips.push_back("document: " + std::to_string(filter.document));
    if (filter.has_range)
        chips.push_back("from " + format_day(filter.from) + " to " + format_day(filter.to));
    return chips;
}

void remove_chip(Filter& filter, std::size_t chip_index) {
    // Walks the kinds in filter_chips order, so the index means the same thing in both.
    if (chip_index < filter.entities.size()) {
        filter.entities.erase(filter.entities.begin() + std::ptrdiff_t(chip_index));
        return;
    }
    chip_index -= filter.entities.size();
    if (chip_index < filter.types.size()) {
        filter.types.erase(filter.types.begin() + std::ptrdiff_t(chip_index));
        return;
    }
    chip_index -= filter.types.size();
    if (filter.document >= 0) {
        if (chip_index == 0) {
            filter.document = -1;
            return;
        }
        --chip_index;
    }
    if (filter.has_range && chip_index == 0) filter.has_range = false;
}

}  // namespace vm
