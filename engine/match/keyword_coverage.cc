#include "match/keyword_coverage.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <queue>

namespace mergegate {
namespace {

using regex_syntax::ByteSet;
using regex_syntax::Node;

constexpr size_t kMaxStates = 64;

// An Aho-Corasick automaton over the lower-cased keywords, as a complete DFA on folded bytes. A
// path through the regex that enters a final state has matched a keyword.
struct KeywordAutomaton {
  size_t states = 1;
  std::vector<std::array<uint8_t, 256>> next;
  std::vector<bool> final;
  ByteSet keyword_bytes;  // every other byte leads to state 0 from any state
};

bool Build(const std::vector<std::string>& keywords, KeywordAutomaton* a) {
  auto fold = [](unsigned char c) { return static_cast<unsigned char>(std::tolower(c)); };
  std::vector<std::array<int, 256>> go(1);
  go[0].fill(-1);
  a->final.assign(1, false);
  for (const std::string& k : keywords) {
    size_t state = 0;
    for (const char ch : k) {
      const unsigned char c = fold(static_cast<unsigned char>(ch));
      a->keyword_bytes.set(c);
      a->keyword_bytes.set(static_cast<unsigned char>(std::toupper(c)));
      if (go[state][c] < 0) {
        if (go.size() >= kMaxStates) return false;
        go[state][c] = static_cast<int>(go.size());
        go.emplace_back().fill(-1);
        a->final.push_back(false);
      }
      state = static_cast<size_t>(go[state][c]);
    }
    a->final[state] = true;
  }
  a->states = go.size();
  a->next.assign(a->states, {});
  std::vector<size_t> fail(a->states, 0);
  std::queue<size_t> queue;
  for (unsigned c = 0; c < 256; ++c) {
    const int to = go[0][fold(static_cast<unsigned char>(c))];
    a->next[0][c] = static_cast<uint8_t>(to < 0 ? 0 : to);
    if (to > 0) queue.push(static_cast<size_t>(to));
  }
  std::vector<bool> seen(a->states, false);
  while (!queue.empty()) {
    const size_t s = queue.front();
    queue.pop();
    if (seen[s]) continue;
    seen[s] = true;
    if (a->final[fail[s]]) a->final[s] = true;
    for (unsigned c = 0; c < 256; ++c) {
      const int to = go[s][fold(static_cast<unsigned char>(c))];
      if (to < 0) {
        a->next[s][c] = a->next[fail[s]][c];
      } else {
        fail[static_cast<size_t>(to)] = a->next[fail[s]][c];
        a->next[s][c] = static_cast<uint8_t>(to);
        queue.push(static_cast<size_t>(to));
      }
    }
  }
  return true;
}

// Which automaton states a node can lead from each state to, along paths that never enter a
// final state: row s is a bit set of end states.
using Relation = std::array<uint64_t, kMaxStates>;

class Coverage {
 public:
  explicit Coverage(const KeywordAutomaton& a) : a_(a) {}

  Relation Of(const Node& node) {
    switch (node.kind) {
      case Node::kSet:
        return OfSet(node.set);
      case Node::kZeroWidth:
        return Identity();
      case Node::kGroup:
        return Of(node.children[0]);
      case Node::kSequence: {
        Relation r = Identity();
        for (const Node& child : node.children) r = Then(r, Of(child));
        return r;
      }
      case Node::kAlternation: {
        Relation r{};
        for (const Node& child : node.children) r = Union(r, Of(child));
        return r;
      }
      case Node::kRepeat: {
        const Relation once = Of(node.children[0]);
        Relation r = Power(once, node.min);
        // Up to max more times: any number more, which only adds paths.
        if (node.max > node.min) r = Then(r, Star(once));
        return r;
      }
    }
    return Full();
  }

 private:
  Relation Identity() const {
    Relation r{};
    for (size_t s = 0; s < a_.states; ++s) r[s] = a_.final[s] ? 0 : uint64_t{1} << s;
    return r;
  }
  Relation Full() const {  // unreachable for valid nodes; the safe answer
    Relation r{};
    for (size_t s = 0; s < a_.states; ++s)
      r[s] = a_.states == 64 ? ~uint64_t{0} : (uint64_t{1} << a_.states) - 1;
    return r;
  }
  Relation OfSet(const ByteSet& set) const {
    Relation r{};
    const ByteSet in_keywords = set & a_.keyword_bytes;
    const bool other = (set & ~a_.keyword_bytes).any();  // to state 0, never final
    for (size_t s = 0; s < a_.states; ++s) {
      if (a_.final[s]) continue;
      if (other) r[s] |= 1;
      for (size_t c = in_keywords._Find_first(); c < 256; c = in_keywords._Find_next(c)) {
        const uint8_t to = a_.next[s][c];
        if (!a_.final[to]) r[s] |= uint64_t{1} << to;
      }
    }
    return r;
  }
  Relation Then(const Relation& first, const Relation& second) const {
    Relation r{};
    for (size_t s = 0; s < a_.states; ++s) {
      for (uint64_t mid = first[s]; mid != 0; mid &= mid - 1)
        r[s] |= second[static_cast<size_t>(__builtin_ctzll(mid))];
    }
    return r;
  }
  static Relation Union(Relation a, const Relation& b) {
    for (size_t s = 0; s < kMaxStates; ++s) a[s] |= b[s];
    return a;
  }
  Relation Star(const Relation& once) const {
    Relation r = Identity();
    for (;;) {
      const Relation more = Union(r, Then(r, once));
      if (more == r) return r;
      r = more;
    }
  }
  Relation Power(Relation base, uint32_t n) const {
    Relation r = Identity();
    while (n > 0) {
      if (n & 1) r = Then(r, base);
      n >>= 1;
      if (n > 0) base = Then(base, base);
    }
    return r;
  }

  const KeywordAutomaton& a_;
};

}  // namespace

bool KeywordInEveryMatch(const Node& root, const std::vector<std::string>& keywords) {
  if (keywords.empty() ||
      std::any_of(keywords.begin(), keywords.end(), [](const std::string& k) { return k.empty(); }))
    return false;
  KeywordAutomaton automaton;
  if (!Build(keywords, &automaton)) return false;
  return Coverage(automaton).Of(root)[0] == 0;
}

}  // namespace mergegate
