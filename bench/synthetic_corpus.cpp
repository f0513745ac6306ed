#include "synthetic_corpus.h"

#include <cstdint>
#include <cstdio>

#include "core/csv.h"

namespace {

const char* const kMonths[] = {"January", "February", "March", "April", "May", "June",
                               "July", "August", "September", "October", "November", "December"};

// Sentence patterns the extractor knows, each an asserted past event with a full date.
const char* const kPatterns[] = {
    "North Korea fired two short-range ballistic missiles into the sea on %s %d, %d, the Joint Chiefs of Staff said.",
    "South Korea and the United States held a joint military drill near Seoul on %s %d, %d.",
    "The United States deployed F-35A fighter jets to South Korea on %s %d, %d.",
    "Japan and South Korea held talks in Tokyo on %s %d, %d, officials said.",
    "North Korea launched a cruise missile on %s %d, %d, according to the military.",
};

struct Lcg {  // fixed generator: the same corpus on every platform
    uint32_t state = 12345;
    uint32_t next() { return state = state * 1664525u + 1013904223u; }
};

std::string article_text(int index, Lcg& rng, std::string& date_out) {
    const int year = 2000 + static_cast<int>(rng.next() % 25);
    const int month = 1 + static_cast<int>(rng.next() % 12);
    char buffer[512];
    std::string text = "Synthetic report " + std::to_string(index) + "\n\n";
    std::snprintf(buffer, sizeof buffer, "%s 28, %d\n\n", kMonths[month - 1], year);
    text += buffer;
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-28", year, month);
    date_out = buffer;
    for (int k = 0; k < 5; ++k) {
        const int day = 1 + static_cast<int>(rng.next() % 27);
        std::snprintf(buffer, sizeof buffer, kPatterns[(index + k) % 5], kMonths[month - 1], day, year);
        text += buffer;
        text += "\n\n";
    }
    return text;
}

}  // namespace

std::vector<core::SourceFile> synthetic_articles(int events) {
    std::vector<core::SourceFile> files;
    Lcg rng;
    std::string date;
    for (int i = 0; i < (events + 4) / 5; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "synthetic-%06d.txt", i);
        files.push_back({name, article_text(i, rng, date)});
    }
    return files;
}

std::string synthetic_articles_csv(int events) {
    std::string csv;
    core::append_csv_row(csv, {"id", "title", "date", "text"});
    Lcg rng;
    std::string date;
    for (int i = 0; i < (events + 4) / 5; ++i) {
        const std::string text = article_text(i, rng, date);
        const std::string id = "synthetic-" + std::to_string(i);
        const std::string title = "Synthetic report " + std::to_string(i);
        core::append_csv_row(csv, {id, title, date, text});
    }
    return csv;
}
