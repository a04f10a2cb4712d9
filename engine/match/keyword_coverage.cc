#include "match/keyword_coverage.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <queue>

namespace mergegate {
namespace {

using regex_syntax::ByteSet;
using regex_syntax::Node;

constexpr size_t kMaxStates = 256;
using States = std::bitset<kMaxStates>;

// An Aho-Corasick automaton over the lower-cased keywords, as a complete DFA on folded bytes. A
// path through the regex that enters a final state has matched a keyword.
struct KeywordAutomaton {
  size_t states = 1;
  std::vector<std::array<uint16_t, 256>> next;
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
    a->next[0][c] = static_cast<uint16_t>(to < 0 ? 0 : to);
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
        a->next[s][c] = static_cast<uint16_t>(to);
        queue.push(static_cast<size_t>(to));
      }
    }
  }
  return true;
}

// Walks the pattern forward from the automaton's start, tracking the states a path can be in
// without having entered a final state: a set that ends empty means every path met a keyword.
class Coverage {
 public:
  explicit Coverage(const KeywordAutomaton& a) : a_(a) {
    for (size_t s = 0; s < a.states; ++s) anywhere_.set(s, !a.final[s]);
  }

  States After(const Node& node, const States& in) {
    if (in.none()) return in;
    // Nested repeats multiply the steps; past the budget every state is taken as possible,
    // which only adds paths (a pattern that needs so many steps is not a credential's).
    if (budget_ == 0) return anywhere_;
    --budget_;
    switch (node.kind) {
      case Node::kSet:
        return Step(node.set, in);
      case Node::kZeroWidth:
        return in;
      case Node::kGroup:
        return After(node.children[0], in);
      case Node::kSequence: {
        States at = in;
        for (const Node& child : node.children) at = After(child, at);
        return at;
      }
      case Node::kAlternation: {
        States out;
        for (const Node& child : node.children) out |= After(child, in);
        return out;
      }
      case Node::kRepeat:
        return Repeat(node, in);
    }
    return in;
  }

 private:
  States Step(const ByteSet& set, const States& in) const {
    States out;
    const ByteSet in_keywords = set & a_.keyword_bytes;
    if ((set & ~a_.keyword_bytes).any()) out.set(0);  // any other byte: back to the start
    for (size_t s = in._Find_first(); s < kMaxStates; s = in._Find_next(s)) {
      for (size_t c = in_keywords._Find_first(); c < 256; c = in_keywords._Find_next(c)) {
        const size_t to = a_.next[s][c];
        if (!a_.final[to]) out.set(to);
      }
    }
    return out;
  }

  // min times exactly, then up to max - min more (or any number), until the set stops growing.
  // Past kMaxStates exact steps it goes on as "any number more", which only adds paths.
  States Repeat(const Node& node, const States& in) {
    const Node& child = node.children[0];
    States at = in;
    uint32_t done = 0;
    for (; done < node.min && done < kMaxStates && at.any(); ++done) at = After(child, at);
    const bool unbounded = node.max == regex_syntax::kUnbounded || done < node.min;
    for (uint32_t more = done; unbounded || more < node.max; ++more) {
      const States grown = at | After(child, at);
      if (grown == at) break;
      at = grown;
    }
    return at;
  }

  const KeywordAutomaton& a_;
  States anywhere_;  // every state that is not final
  size_t budget_ = 200'000;
};

}  // namespace

bool KeywordInEveryMatch(const Node& root, const std::vector<std::string>& keywords) {
  // The reading stands for every non-ASCII character by one marker byte, so a keyword with
  // non-ASCII bytes cannot be followed through it.
  auto unusable = [](const std::string& k) {
    return k.empty() || std::any_of(k.begin(), k.end(),
                                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  };
  if (keywords.empty() || std::any_of(keywords.begin(), keywords.end(), unusable)) return false;
  KeywordAutomaton automaton;
  if (!Build(keywords, &automaton)) return false;
  States start;
  start.set(0);
  return Coverage(automaton).After(root, start).none();
}

}  // namespace mergegate
