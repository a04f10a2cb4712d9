// KeywordPrefilter: finds which of a fixed set of keywords occur in a text, ignoring ASCII case,
// in one pass (an Aho-Corasick automaton compiled to a DFA over the keywords' byte classes).
// Immutable after construction; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mergegate {

class KeywordPrefilter {
 public:
  explicit KeywordPrefilter(const std::vector<std::string>& keywords);

  size_t size() const { return keyword_count_; }
  // Returns, for every keyword index, whether it occurs in `text`.
  std::vector<bool> Present(std::string_view text) const;

 private:
  size_t keyword_count_ = 0;
  int classes_ = 1;                         // byte classes; 0 = no keyword uses the byte
  std::vector<uint8_t> class_of_;           // 256 entries, case-folded
  std::vector<int32_t> next_;               // state * classes_ + class -> state
  std::vector<std::vector<uint32_t>> out_;  // keywords ending at each state (suffixes included)
};

}  // namespace mergegate
