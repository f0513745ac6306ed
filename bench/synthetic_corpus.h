// Synthetic articles for scale tests: real sentences the extractor reads, with dated
// events spread over years, so views can be measured with as many events as wanted.
//
//   std::vector<core::SourceFile> files = synthetic_articles(100000);   // ~100,000 events
//   std::string csv = synthetic_articles_csv(100000);                   // the same as one CSV
#pragma once
#include <string>
#include <vector>

#include "core/source.h"

// Articles holding about `events` dated events (five per article), deterministic.
std::vector<core::SourceFile> synthetic_articles(int events);
// The same articles as one CSV file with columns id,title,date,text.
std::string synthetic_articles_csv(int events);
