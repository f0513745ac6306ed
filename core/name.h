// Names events repeat (actors, weapons, places, named operations, the words a date came from)
// are interned: each distinct string is kept once for the life of the program, and a Name is a
// pointer to it. A million events naming "North Korea" then hold a million pointers, not a
// million copies, and equal names compare by address.
//
//   core::Name a = "North Korea", b = std::string("North Korea");
//   a == b;                  // true: the same stored string
//   const std::string& s = a;  // reads as a string anywhere a string is read
//   a.empty(), a.str(), a.c_str(), a < b (by text, for sorting)
//
// Interning is thread-safe (documents are extracted in parallel). The store only grows; it holds
// the distinct names of every corpus the program has read, a small fraction of their text.
#pragma once
#include <string>
#include <string_view>

namespace core {

class Name {
public:
    Name() : s_(&empty_string()) {}
    Name(std::string_view s) : s_(intern(s)) {}
    Name(const std::string& s) : s_(intern(s)) {}
    Name(const char* s) : s_(intern(s)) {}

    const std::string& str() const { return *s_; }
    operator const std::string&() const { return *s_; }
    operator std::string_view() const { return *s_; }
    const char* c_str() const { return s_->c_str(); }
    const char* data() const { return s_->data(); }
    std::size_t size() const { return s_->size(); }
    bool empty() const { return s_->empty(); }

    friend bool operator==(Name a, Name b) { return a.s_ == b.s_; }
    friend bool operator!=(Name a, Name b) { return a.s_ != b.s_; }
    friend bool operator<(Name a, Name b) { return a.s_ != b.s_ && *a.s_ < *b.s_; }
    friend bool operator==(Name a, std::string_view b) { return *a.s_ == b; }
    friend bool operator==(std::string_view a, Name b) { return a == *b.s_; }
    friend bool operator!=(Name a, std::string_view b) { return *a.s_ != b; }
    friend bool operator!=(std::string_view a, Name b) { return a != *b.s_; }
    friend bool operator==(Name a, const std::string& b) { return *a.s_ == b; }
    friend bool operator==(const std::string& a, Name b) { return a == *b.s_; }
    friend bool operator!=(Name a, const std::string& b) { return *a.s_ != b; }
    friend bool operator!=(const std::string& a, Name b) { return a != *b.s_; }
    friend bool operator==(Name a, const char* b) { return *a.s_ == b; }
    friend bool operator!=(Name a, const char* b) { return *a.s_ != b; }
    friend std::string operator+(const std::string& a, Name b) { return a + *b.s_; }
    friend std::string operator+(Name a, const std::string& b) { return *a.s_ + b; }
    friend std::string operator+(const char* a, Name b) { return a + *b.s_; }
    friend std::string operator+(Name a, const char* b) { return *a.s_ + b; }

private:
    static const std::string& empty_string();
    static const std::string* intern(std::string_view s);
    const std::string* s_;
};

}  // namespace core
