#include "match/keyword_prefilter.h"

#include <algorithm>
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
    max_length_ = std::max(max_length_, keywords[id].size());
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

// The text is scanned as two halves in one loop. Each step's table lookup depends on the one
// before, so one automaton mostly waits on memory; two independent ones overlap their waits
// (docs/secrets.md has the measurement; four did worse). The second half starts
// max_length_ - 1 bytes early, so it sees every keyword that ends in it, and reports only those.
std::vector<bool> KeywordPrefilter::Present(std::string_view text,
                                            std::vector<std::vector<uint32_t>>* starts) const {
  std::vector<bool> found(keyword_count_, false);
  if (starts != nullptr) starts->assign(keyword_count_, {});
  if (keyword_count_ == 0) return found;
  const auto width = static_cast<uint32_t>(classes_);
  const size_t mid = text.size() / 2;
  std::vector<std::pair<uint32_t, uint32_t>> second_half;  // (keyword, start), in text order
  auto report = [&](uint32_t row, size_t last, bool first) {
    if (!first && last < mid) return;  // the first half's
    for (uint32_t id : out_[row / width]) {
      found[id] = true;
      if (starts == nullptr) continue;
      const auto start = static_cast<uint32_t>(last + 1 - lengths_[id]);
      if (first) {
        (*starts)[id].push_back(start);
      } else {
        second_half.emplace_back(id, start);
      }
    }
  };
  auto step = [&](uint32_t* row, size_t i, bool first) {
    const uint32_t edge = rows_[*row + class_of_[static_cast<unsigned char>(text[i])]];
    *row = edge & ~kHasOutput;
    if (edge & kHasOutput) report(*row, i, first);
  };
  const size_t second_begin = mid - std::min<size_t>(mid, max_length_ - 1);
  const size_t first_len = mid, second_len = text.size() - second_begin;
  const size_t together = std::min(first_len, second_len);
  uint32_t row_a = 0, row_b = 0;
  for (size_t k = 0; k < together; ++k) {
    step(&row_a, k, true);
    step(&row_b, second_begin + k, false);
  }
  for (size_t k = together; k < first_len; ++k) step(&row_a, k, true);
  for (size_t k = together; k < second_len; ++k) step(&row_b, second_begin + k, false);
  for (const auto& [id, start] : second_half) (*starts)[id].push_back(start);
  return found;
}

}  // namespace mergegate
