// regex_syntax: a reader of RE2 pattern syntax, just precise enough to know which bytes each
// element can match, how often it repeats, and how RE2 numbers capturing groups. The engine's
// regex analyses (run_floor.h, keyword_windows.h) read patterns through it. It over-approximates:
// what it does not understand matches any byte, any number of times, so an analysis that reads
// "can this element match X" from it may be told yes when RE2 says no, never the reverse.
#pragma once

#include <bitset>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace mergegate::regex_syntax {

// Bytes an element can match. Byte 0x80 stands for "some non-ASCII character": RE2 works on
// UTF-8, and the analyses only reason about ASCII bytes.
using ByteSet = std::bitset<256>;
inline constexpr unsigned char kNonAscii = 0x80;
inline constexpr uint32_t kUnbounded = UINT32_MAX;

ByteSet Range(unsigned char lo, unsigned char hi);
ByteSet Bytes(std::string_view chars);

struct Node {
  enum Kind { kSet, kZeroWidth, kSequence, kAlternation, kRepeat, kGroup };
  explicit Node(Kind k, const ByteSet& s = {}) : kind(k), set(s) {}
  Kind kind;
  ByteSet set;        // kSet: one character from the set
  int capture = 0;    // kGroup: capturing group number, 0 when non-capturing
  uint32_t min = 1;   // kRepeat: least number of repetitions
  uint32_t max = 1;   // kRepeat: most, kUnbounded for * + {n,}
  bool more = false;  // kRepeat: may repeat more than `min` times
  std::vector<Node> children;
};

struct Pattern {
  Node root;
  int captures = 0;  // capturing groups, numbered as RE2 numbers them
};

// Under (?i) RE2 lets k and s match U+212A and U+017F too. kAsciiOnly leaves those out, for an
// analysis that only runs on texts known to hold neither character.
enum class Folding { kUnicode, kAsciiOnly };

// Reads `regex`; nullopt when it is not valid RE2 syntax as far as the reader can tell, or nests
// groups deeper than 64 (RE2 accepts 1,000; the reader recurses).
std::optional<Pattern> Parse(std::string_view regex, Folding folding = Folding::kUnicode);

// The most '\n' bytes a match of `node` can contain, or kUnbounded.
uint32_t MaxNewlines(const Node& node);

}  // namespace mergegate::regex_syntax
