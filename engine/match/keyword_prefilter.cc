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
    lengths_.push_back(static_cast<uint32_t>(keywords[id].size()));
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

std::vector<bool> KeywordPrefilter::Present(std::string_view text,
                                            std::vector<std::vector<uint32_t>>* starts) const {
  std::vector<bool> found(keyword_count_, false);
  if (starts != nullptr) starts->assign(keyword_count_, {});
  if (keyword_count_ == 0) return found;
  const auto width = static_cast<uint32_t>(classes_);
  uint32_t row = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const uint32_t edge = rows_[row + class_of_[static_cast<unsigned char>(text[i])]];
    row = edge & ~kHasOutput;
    if (edge & kHasOutput) {
      for (uint32_t id : out_[row / width]) {
        found[id] = true;
        if (starts != nullptr) (*starts)[id].push_back(static_cast<uint32_t>(i + 1 - lengths_[id]));
      }
    }
  }
  return found;
}

}  // namespace mergegate
