// A short list of ids held in place: an event mention's actors, weapons and places, and a
// merged event's mentions, are mostly one to three ids, and a heap block for each such list
// was half of all the allocations of a build (and a good part of its time under WebAssembly,
// whose allocator is slower). Up to kInline ids live in the object; more go to the heap.
//
//   core::IdList ids;                 // empty, no allocation
//   ids.push_back(7); ids.add_unique(9); ids.add_unique(7);   // 7, 9
//   ids.contains(9);                  // true
//   for (uint32_t id : ids) ...;      // begin()/end() are pointers: std::sort and std::find work
//   ids == core::IdList{7, 9};
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <vector>

namespace core {

class IdList {
public:
    static constexpr uint32_t kInline = 4;

    IdList() {}  // user-provided, so that a const IdList can be default-initialized
    IdList(std::initializer_list<uint32_t> ids) { assign(ids.begin(), ids.end()); }
    IdList(const IdList& o) { assign(o.begin(), o.end()); }
    IdList(IdList&& o) noexcept { take(o); }
    IdList& operator=(const IdList& o) {
        if (this != &o) {
            size_ = 0;
            assign(o.begin(), o.end());
        }
        return *this;
    }
    IdList& operator=(IdList&& o) noexcept {
        if (this != &o) {
            release();
            take(o);
        }
        return *this;
    }
    ~IdList() { release(); }

    uint32_t* begin() { return data(); }
    uint32_t* end() { return data() + size_; }
    const uint32_t* begin() const { return data(); }
    const uint32_t* end() const { return data() + size_; }
    uint32_t* data() { return on_heap() ? heap_ : inline_; }
    const uint32_t* data() const { return on_heap() ? heap_ : inline_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    uint32_t operator[](std::size_t i) const { return data()[i]; }
    uint32_t front() const { return data()[0]; }

    void clear() { size_ = 0; }
    void push_back(uint32_t id) {
        if (size_ == capacity_) grow(capacity_ * 2);
        data()[size_++] = id;
    }
    bool contains(uint32_t id) const { return std::find(begin(), end(), id) != end(); }
    void add_unique(uint32_t id) {
        if (!contains(id)) push_back(id);
    }
    uint32_t* erase(uint32_t* first, uint32_t* last) {  // std::remove's tail, say
        std::memmove(first, last, static_cast<std::size_t>(end() - last) * sizeof(uint32_t));
        size_ -= static_cast<uint32_t>(last - first);
        return first;
    }
    std::vector<uint32_t> to_vector() const { return std::vector<uint32_t>(begin(), end()); }

    friend bool operator==(const IdList& a, const IdList& b) {
        return a.size_ == b.size_ && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    bool on_heap() const { return capacity_ > kInline; }
    void grow(uint32_t capacity) {
        uint32_t* grown = new uint32_t[capacity];
        std::memcpy(grown, data(), size_ * sizeof(uint32_t));
        release();
        heap_ = grown;
        capacity_ = capacity;
    }
    void assign(const uint32_t* first, const uint32_t* last) {
        const std::size_t n = static_cast<std::size_t>(last - first);
        if (n > capacity_) grow(static_cast<uint32_t>(n));
        if (n) std::memcpy(data(), first, n * sizeof(uint32_t));
        size_ = static_cast<uint32_t>(n);
    }
    void take(IdList& o) {
        size_ = o.size_;
        capacity_ = o.capacity_;
        if (o.on_heap()) heap_ = o.heap_;
        else std::memcpy(inline_, o.inline_, sizeof inline_);
        o.size_ = 0;
        o.capacity_ = kInline;
    }
    void release() {
        if (on_heap()) delete[] heap_;
        capacity_ = kInline;
    }

    uint32_t size_ = 0;
    uint32_t capacity_ = kInline;
    union {
        uint32_t inline_[kInline] = {};
        uint32_t* heap_;
    };
};

}  // namespace core
