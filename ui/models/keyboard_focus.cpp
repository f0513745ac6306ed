#include "ui/models/keyboard_focus.h"

#include <algorithm>

namespace vm {

bool takes_focus(std::string_view name) {
    for (std::string_view many : {"event:", "undated:", "node:", "cell:"})
        if (name.substr(0, many.size()) == many) return false;
    return name != "data:progress";  // a progress bar shows, it does nothing
}

std::string next_focus(const std::vector<std::string>& order, const std::string& current, int direction) {
    if (order.empty()) return {};
    const auto it = std::find(order.begin(), order.end(), current);
    if (it == order.end()) return direction >= 0 ? order.front() : order.back();
    const long n = static_cast<long>(order.size());
    const long i = ((it - order.begin()) + (direction >= 0 ? 1 : -1) + n) % n;
    return order[static_cast<std::size_t>(i)];
}

}  // namespace vm
