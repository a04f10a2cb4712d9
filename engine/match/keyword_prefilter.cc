#include "match/keyword_prefilter.h"

#include <cctype>
#include <queue>

namespace mergegate {

KeywordPrefilter::KeywordPrefilter(const std::vector<std::string>& keywords)
    : keyword_count_(keywords.size()), class_of_(256, 0) {
  auto fold = [](char c) {
    return static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c)));
  };
  for (const std::string& k : keywords) {
    for (char c : k) {
      const unsigned char f = fold(c);
      if (class_of_[f] == 0) {
        class_of_[f] = static_cast<uint8_t>(classes_++);
        class_of_[static_cast<unsigned char>(std::toupper(f))] = class_of_[f];
      }
    }
  }
  // Trie: goto function with -1 for "no edge".
  const auto width = static_cast<size_t>(classes_);
  std::vector<int32_t> next(width, -1);  // state * width + class -> state, -1: no edge
  out_.emplace_back();
  for (size_t id = 0; id < keywords.size(); ++id) {
    size_t state = 0;
    for (char c : keywords[id]) {
      const size_t slot = state * width + class_of_[fold(c)];
      if (next[slot] < 0) {
        next[slot] = static_cast<int32_t>(out_.size());
        out_.emplace_back();
        next.resize(next.size() + width, -1);
      }
      state = static_cast<size_t>(next[slot]);
    }
    out_[state].push_back(static_cast<uint32_t>(id));
  }
  // Breadth-first failure links, folded into a complete DFA.
  std::vector<int32_t> fail(out_.size(), 0);
  std::queue<size_t> queue;
  for (size_t c = 0; c < width; ++c) {
    if (next[c] < 0) {
      next[c] = 0;
    } else {
      queue.push(static_cast<size_t>(next[c]));
    }
  }
  while (!queue.empty()) {
    const size_t state = queue.front();
    queue.pop();
    const auto f = static_cast<size_t>(fail[state]);
    out_[state].insert(out_[state].end(), out_[f].begin(), out_[f].end());
    for (size_t c = 0; c < width; ++c) {
      int32_t& edge = next[state * width + c];
      const int32_t via_fail = next[f * width + c];
      if (edge < 0) {
        edge = via_fail;
      } else {
        fail[static_cast<size_t>(edge)] = via_fail;
        queue.push(static_cast<size_t>(edge));
      }
    }
  }
  rows_.reserve(next.size());
  for (const int32_t state : next) {
    const auto s = static_cast<size_t>(state);
    rows_.push_back(static_cast<uint32_t>(s * width) | (out_[s].empty() ? 0 : kHasOutput));
  }
}

std::vector<bool> KeywordPrefilter::Present(std::string_view text) const {
  std::vector<bool> found(keyword_count_, false);
  if (keyword_count_ == 0) return found;
  const auto width = static_cast<uint32_t>(classes_);
  uint32_t row = 0;
  for (char c : text) {
    const uint32_t edge = rows_[row + class_of_[static_cast<unsigned char>(c)]];
    row = edge & ~kHasOutput;
    if (edge & kHasOutput) {
      for (uint32_t id : out_[row / width]) found[id] = true;
    }
  }
  return found;
}

}  // namespace mergegate
