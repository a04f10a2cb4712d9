#include "match/run_floor.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "match/regex_syntax.h"

namespace mergegate {
namespace {

using regex_syntax::Bytes;
using regex_syntax::ByteSet;
using regex_syntax::Node;
using regex_syntax::Range;

const std::array<ByteSet, kRunClassCount>& ClassSets() {
  static const std::array<ByteSet, kRunClassCount> sets = [] {
    const ByteSet alnum = Range('0', '9') | Range('A', 'Z') | Range('a', 'z');
    return std::array<ByteSet, kRunClassCount>{Range('0', '9') | Range('A', 'F') | Range('a', 'f'),
                                               alnum, alnum | Bytes("+/=_-")};
  }();
  return sets;
}

ByteSet Union(const Node& node) {
  ByteSet s = node.set;
  for (const Node& child : node.children) s |= Union(child);
  return s;
}

// A flat sequence of (bytes, count) the node needs; count 0 means "may appear".
struct Token {
  ByteSet set;
  uint32_t count;
};
constexpr size_t kMaxTokens = 4096;

void Flatten(const Node& node, std::vector<Token>* out) {
  if (out->size() > kMaxTokens) return;
  switch (node.kind) {
    case Node::kSet:
      out->push_back({node.set, 1});
      return;
    case Node::kZeroWidth:
      return;
    case Node::kSequence:
    case Node::kGroup:
      for (const Node& child : node.children) Flatten(child, out);
      return;
    case Node::kAlternation:
      out->push_back({Union(node), 0});
      return;
    case Node::kRepeat: {
      const Node& child = node.children[0];
      if (child.kind == Node::kSet) {
        out->push_back({child.set, node.min});
        return;
      }
      for (uint32_t i = 0; i < node.min && out->size() <= kMaxTokens; ++i) Flatten(child, out);
      if (node.more || node.min == 0) out->push_back({Union(child), 0});
      return;
    }
  }
}

// The capturing group numbered `group`, when every match must contain it: not inside an
// alternation or an optional repeat. Otherwise nullptr.
const Node* MandatoryGroup(const Node& node, int group) {
  if (node.kind == Node::kGroup && node.capture == group) return &node;
  if (node.kind == Node::kAlternation) return nullptr;
  if (node.kind == Node::kRepeat && node.min == 0) return nullptr;
  for (const Node& child : node.children) {
    if (const Node* found = MandatoryGroup(child, group)) return found;
  }
  return nullptr;
}

}  // namespace

RunFloor RunFloor::Of(std::string_view regex, int group, int groups) {
  RunFloor floor;
  const std::optional<regex_syntax::Pattern> pattern = regex_syntax::Parse(regex);
  if (!pattern || pattern->captures != groups || group < 0 || group > groups) return floor;
  const Node* secret = group == 0 ? &pattern->root : MandatoryGroup(pattern->root, group);
  if (secret == nullptr) return floor;
  std::vector<Token> tokens;
  Flatten(*secret, &tokens);
  if (tokens.size() > kMaxTokens) return floor;
  for (size_t c = 0; c < kRunClassCount; ++c) {
    const ByteSet outside = ~ClassSets()[c];
    uint32_t run = 0;
    for (const Token& t : tokens) {
      if ((t.set & outside).any()) {
        run = 0;
      } else {
        run += t.count;
        floor.floor_[c] = std::max(floor.floor_[c], run);
      }
    }
  }
  return floor;
}

std::optional<std::pair<RunClass, uint32_t>> RunFloor::Strongest() const {
  const auto* top = std::max_element(floor_.begin(), floor_.end());
  if (*top == 0) return std::nullopt;
  return std::pair(static_cast<RunClass>(top - floor_.begin()), *top);
}

bool RunFloor::empty() const {
  return std::all_of(floor_.begin(), floor_.end(), [](uint32_t f) { return f == 0; });
}

bool RunFloor::SatisfiedBy(std::string_view text) const {
  for (size_t c = 0; c < kRunClassCount; ++c) {
    if (floor_[c] > 0 && !HasRun(text, static_cast<RunClass>(c), floor_[c])) return false;
  }
  return true;
}

namespace {

// Calls found(begin) for each maximal run of at least `length` bytes of class `c`, in order,
// until it returns false. Any such run contains one of the probed positions, which are `length`
// apart, so only the bytes near a class byte are read.
template <typename Found>
void ForEachRun(std::string_view text, RunClass c, uint32_t length, Found found) {
  const ByteSet& in = ClassSets()[static_cast<size_t>(c)];
  auto member = [&](size_t i) { return in.test(static_cast<unsigned char>(text[i])); };
  for (size_t probe = length - 1; probe < text.size();) {
    if (!member(probe)) {
      probe += length;
      continue;
    }
    size_t begin = probe, end = probe + 1;
    while (begin > 0 && member(begin - 1)) --begin;
    while (end < text.size() && member(end)) ++end;
    if (end - begin >= length && !found(begin)) return;
    probe = end + length;  // `end` is outside the class; the next run starts after it
  }
}

}  // namespace

bool HasRun(std::string_view text, RunClass c, uint32_t length) {
  if (length == 0) return true;
  bool any = false;
  ForEachRun(text, c, length, [&](size_t) {
    any = true;
    return false;  // one is enough
  });
  return any;
}

std::vector<uint32_t> RunStarts(std::string_view text, RunClass c, uint32_t length) {
  std::vector<uint32_t> starts;
  if (length == 0) return starts;
  ForEachRun(text, c, length, [&](size_t begin) {
    starts.push_back(static_cast<uint32_t>(begin));
    return true;
  });
  return starts;
}

}  // namespace mergegate
