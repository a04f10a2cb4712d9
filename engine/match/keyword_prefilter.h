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
  // Returns, for every keyword index, whether it occurs in `text`. With `starts`, also fills
  // (*starts)[k] with the offsets where keyword k begins, ascending (overlaps included).
  std::vector<bool> Present(std::string_view text,
                            std::vector<std::vector<uint32_t>>* starts = nullptr) const;

 private:
  static constexpr uint32_t kHasOutput = 0x80000000u;

  size_t keyword_count_ = 0;
  int classes_ = 1;                // byte classes; 0 = no keyword uses the byte
  std::vector<uint8_t> class_of_;  // 256 entries, case-folded
  // Row of state s + class -> row of the next state (row = s * classes_), with kHasOutput set
  // when that state ends a keyword: the scan loop touches out_ only then.
  std::vector<uint32_t> rows_;
  std::vector<std::vector<uint32_t>> out_;  // keywords ending at each state (suffixes included)
  std::vector<uint32_t> lengths_;           // per keyword
  size_t max_length_ = 1;                   // of the longest keyword
};

}  // namespace mergegate
