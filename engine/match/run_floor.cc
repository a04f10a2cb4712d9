#include "match/run_floor.h"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

namespace mergegate {
namespace {

// Bytes a regex element can match. Byte 0x80 stands for "some non-ASCII character": RE2 works
// on UTF-8, and a class that can match one never belongs to a run class.
using ByteSet = std::bitset<256>;
constexpr unsigned char kNonAscii = 0x80;

ByteSet Range(unsigned char lo, unsigned char hi) {
  ByteSet s;
  for (unsigned c = lo; c <= hi; ++c) s.set(c);
  return s;
}
ByteSet Bytes(std::string_view chars) {
  ByteSet s;
  for (char c : chars) s.set(static_cast<unsigned char>(c));
  return s;
}
ByteSet All() { return ByteSet().set(); }

const std::array<ByteSet, kRunClassCount>& ClassSets() {
  static const std::array<ByteSet, kRunClassCount> sets = [] {
    const ByteSet alnum = Range('0', '9') | Range('A', 'Z') | Range('a', 'z');
    return std::array<ByteSet, kRunClassCount>{Range('0', '9') | Range('A', 'F') | Range('a', 'f'),
                                               alnum, alnum | Bytes("+/=_-")};
  }();
  return sets;
}

// Case folding as RE2 does it under (?i): ASCII letters gain their other case, and k and s also
// match U+212A (Kelvin sign) and U+017F (long s), which are not ASCII.
ByteSet Fold(const ByteSet& s) {
  ByteSet out = s;
  for (unsigned c = 'a'; c <= 'z'; ++c) {
    const auto upper = static_cast<unsigned>(std::toupper(static_cast<int>(c)));
    if (s.test(c) || s.test(upper)) {
      out.set(c);
      out.set(upper);
      if (c == 'k' || c == 's') out.set(kNonAscii);
    }
  }
  return out;
}

struct Node {
  enum Kind { kSet, kZeroWidth, kSequence, kAlternation, kRepeat, kGroup };
  explicit Node(Kind k, const ByteSet& s = {}) : kind(k), set(s) {}
  Kind kind;
  ByteSet set;        // kSet
  int capture = 0;    // kGroup: capturing group number, 0 when non-capturing
  uint32_t min = 1;   // kRepeat
  bool more = false;  // kRepeat: may repeat more than `min` times
  std::vector<Node> children;
};

// A recursive-descent reader of RE2 syntax, just precise enough to know what each element can
// match and to number capturing groups as RE2 does. Anything unfamiliar becomes "any byte".
class Parser {
 public:
  explicit Parser(std::string_view re) : re_(re) {}

  std::optional<Node> Parse() {
    bool icase = false;
    Node root = Alternation(&icase);
    if (failed_ || pos_ != re_.size()) return std::nullopt;
    return root;
  }
  int captures() const { return captures_; }

 private:
  bool AtEnd() const { return pos_ >= re_.size(); }
  char Peek(size_t ahead = 0) const { return pos_ + ahead < re_.size() ? re_[pos_ + ahead] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c || AtEnd()) return false;
    ++pos_;
    return true;
  }

  // alternation := sequence ('|' sequence)*, up to an unmatched ')' or the end.
  Node Alternation(bool* icase) {
    Node alt(Node::kAlternation);
    alt.children.push_back(Sequence(icase));
    while (!failed_ && Eat('|')) alt.children.push_back(Sequence(icase));
    if (alt.children.size() == 1) return std::move(alt.children[0]);
    return alt;
  }

  Node Sequence(bool* icase) {
    Node seq(Node::kSequence);
    while (!failed_ && !AtEnd() && Peek() != '|' && Peek() != ')') {
      std::optional<Node> atom = Atom(icase);
      if (!atom) continue;  // a flag group: it changed *icase and matches nothing
      seq.children.push_back(Quantified(std::move(*atom)));
    }
    return seq;
  }

  Node Quantified(Node atom) {
    for (;;) {
      uint32_t min = 0;
      bool more = true;
      if (Eat('*') || Eat('?')) {
        min = 0;
      } else if (Eat('+')) {
        min = 1;
      } else if (!Counted(&min, &more)) {
        return atom;
      }
      Eat('?');  // non-greedy: the same minimum
      Node rep(Node::kRepeat);
      rep.min = min;
      rep.more = more;
      rep.children.push_back(std::move(atom));
      atom = std::move(rep);
    }
  }

  // {n}, {n,} or {n,m}; anything else leaves '{' to be read as a literal.
  bool Counted(uint32_t* min, bool* more) {
    if (Peek() != '{') return false;
    size_t p = pos_ + 1;
    auto number = [&](uint32_t* out) {
      const size_t start = p;
      uint64_t v = 0;
      while (p < re_.size() && std::isdigit(static_cast<unsigned char>(re_[p]))) {
        v = std::min<uint64_t>(v * 10 + static_cast<uint64_t>(re_[p] - '0'), 100000);
        ++p;
      }
      *out = static_cast<uint32_t>(v);
      return p > start;
    };
    uint32_t lo = 0, hi = 0;
    if (!number(&lo)) return false;
    bool has_hi = true;
    bool unbounded = false;
    if (p < re_.size() && re_[p] == ',') {
      ++p;
      has_hi = number(&hi);
      unbounded = !has_hi;
    } else {
      hi = lo;
    }
    if (p >= re_.size() || re_[p] != '}') return false;
    pos_ = p + 1;
    *min = lo;
    *more = unbounded || (has_hi && hi > lo);
    return true;
  }

  // One element; nullopt for a bare flag group such as (?i).
  std::optional<Node> Atom(bool* icase) {
    const char c = re_[pos_++];
    switch (c) {
      case '(':
        return Group(icase);
      case '[':
        return Node(Node::kSet, Class(*icase));
      case '.':
        return Node(Node::kSet, All());
      case '^':
      case '$':
        return Node(Node::kZeroWidth);
      case '\\':
        return Escape(*icase, /*in_class=*/false);
      default: {
        ByteSet s;
        s.set(static_cast<unsigned char>(c));
        if (static_cast<unsigned char>(c) >= 0x80) s.set(kNonAscii);
        return Node(Node::kSet, *icase ? Fold(s) : s);
      }
    }
  }

  std::optional<Node> Group(bool* icase) {
    // RE2 accepts 1,000 levels; secrets never need more than a few, and the reader recurses.
    if (++depth_ > kMaxDepth) return Fail();
    Node group(Node::kGroup);
    bool inner_icase = *icase;
    if (Eat('?')) {
      if (Peek() == 'P' || Peek() == '<') {  // (?P<name>...) or (?<name>...)
        if (Peek() == 'P') ++pos_;
        if (!Eat('<')) return Fail();
        while (!AtEnd() && Peek() != '>') ++pos_;
        if (!Eat('>')) return Fail();
        group.capture = ++captures_;
      } else {
        bool value = true;
        bool flag_i = inner_icase;
        while (!AtEnd() && Peek() != ')' && Peek() != ':') {
          const char f = re_[pos_++];
          if (f == '-') {
            value = false;
          } else if (f == 'i') {
            flag_i = value;
          } else if (f != 'm' && f != 's' && f != 'U') {
            return Fail();
          }
        }
        if (Eat(')')) {  // (?flags): applies to the rest of the enclosing group
          *icase = flag_i;
          return std::nullopt;
        }
        if (!Eat(':')) return Fail();
        inner_icase = flag_i;
      }
    } else {
      group.capture = ++captures_;
    }
    group.children.push_back(Alternation(&inner_icase));
    if (!Eat(')')) return Fail();
    --depth_;
    return group;
  }

  ByteSet Class(bool icase) {
    ByteSet s;
    const bool negated = Eat('^');
    bool first = true;
    while (!AtEnd() && (first || Peek() != ']')) {
      first = false;
      if (Peek() == '[' && Peek(1) == ':') {  // [:alpha:] and friends: not worth modelling
        const size_t end = re_.find(":]", pos_ + 2);
        if (end == std::string_view::npos) {
          Fail();
          return All();
        }
        pos_ = end + 2;
        s = All();
        continue;
      }
      ByteSet lo_set;
      int lo = ClassChar(&lo_set);
      if (lo >= 0 && Peek() == '-' && Peek(1) != ']' && Peek(1) != '\0') {
        ++pos_;
        ByteSet hi_set;
        const int hi = ClassChar(&hi_set);
        if (hi < 0 || hi < lo) {
          Fail();
          return All();
        }
        for (int ch = lo; ch <= hi; ++ch) s.set(static_cast<size_t>(std::min(ch, int{kNonAscii})));
        continue;
      }
      s |= lo_set;
    }
    if (!Eat(']')) {
      Fail();
      return All();
    }
    if (negated) return All();  // matches non-ASCII, so never within a run class
    return icase ? Fold(s) : s;
  }

  // One class member: a character (returned, for ranges) or an escape naming a set (-1). Not
  // folded: (?i) applies to the whole class once it is read, ranges included.
  int ClassChar(ByteSet* set) {
    const auto c = static_cast<unsigned char>(re_[pos_++]);
    if (c != '\\') {
      set->set(c >= 0x80 ? kNonAscii : c);
      return c >= 0x80 ? 0x10000 : c;  // non-ASCII: only the marker, never part of a range
    }
    std::optional<Node> escaped = Escape(/*icase=*/false, /*in_class=*/true);
    if (!escaped) return -1;
    *set = escaped->set;
    return set->count() == 1 && !set->test(kNonAscii) ? static_cast<int>(set->_Find_first()) : -1;
  }

  // After a backslash. Zero-width assertions are kZeroWidth; unknown escapes match anything.
  // Under (?i) every set is folded, \w included (RE2 folds it to K and long s too).
  std::optional<Node> Escape(bool icase, bool in_class) {
    if (AtEnd()) return Fail();
    const char c = re_[pos_++];
    auto set = [&](ByteSet s) { return Node(Node::kSet, icase ? Fold(s) : s); };
    switch (c) {
      case 'd':
        return set(Range('0', '9'));
      case 'w':
        return set(Range('0', '9') | Range('A', 'Z') | Range('a', 'z') | Bytes("_"));
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        if (in_class) return set(All());
        return Node(Node::kZeroWidth);
      case 'x': {
        const bool braced = Eat('{');
        uint32_t value = 0;
        int digits = 0;
        while (!AtEnd() && std::isxdigit(static_cast<unsigned char>(Peek())) &&
               (braced || digits < 2)) {
          const char d = re_[pos_++];
          value = std::min<uint32_t>(
              value * 16 +
                  static_cast<uint32_t>(std::isdigit(d) ? d - '0' : std::tolower(d) - 'a' + 10),
              0x110000);
          ++digits;
        }
        if (digits == 0 || (braced && !Eat('}'))) return Fail();
        return set(CodePoint(value));
      }
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {  // octal, as RE2 reads it: \0, or up to three digits (\1 alone is rejected)
        uint32_t value = static_cast<uint32_t>(c - '0');
        for (int digits = 1; digits < 3 && Peek() >= '0' && Peek() <= '7'; ++digits) {
          value = value * 8 + static_cast<uint32_t>(re_[pos_++] - '0');
        }
        return set(CodePoint(value));
      }
      case 'Q': {  // \Q...\E: a literal string, not one character: read as unknown
        const size_t end = re_.find("\\E", pos_);
        pos_ = end == std::string_view::npos ? re_.size() : end + 2;
        return set(All());
      }
      case 'p':
      case 'P':
        if (Eat('{')) {
          while (!AtEnd() && Peek() != '}') ++pos_;
          if (!Eat('}')) return Fail();
        } else if (!AtEnd()) {
          ++pos_;
        }
        return set(All());
      default:
        if (std::isalnum(static_cast<unsigned char>(c))) return set(All());  // \t, \n, \S, ...
        ByteSet s;
        s.set(static_cast<unsigned char>(c) >= 0x80 ? kNonAscii : static_cast<unsigned char>(c));
        return set(s);
    }
  }

  static ByteSet CodePoint(uint32_t value) {
    ByteSet s;
    s.set(value >= 0x80 ? kNonAscii : value);
    return s;
  }

  std::nullopt_t Fail() {
    failed_ = true;
    pos_ = re_.size();
    return std::nullopt;
  }

  std::string_view re_;
  size_t pos_ = 0;
  int captures_ = 0;
  bool failed_ = false;
  int depth_ = 0;
  static constexpr int kMaxDepth = 64;
};

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
  Parser parser(regex);
  const std::optional<Node> root = parser.Parse();
  if (!root || parser.captures() != groups || group < 0 || group > groups) return floor;
  const Node* secret = group == 0 ? &*root : MandatoryGroup(*root, group);
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

bool RunFloor::empty() const {
  return std::all_of(floor_.begin(), floor_.end(), [](uint32_t f) { return f == 0; });
}

bool RunFloor::SatisfiedBy(std::string_view text) const {
  for (size_t c = 0; c < kRunClassCount; ++c) {
    if (floor_[c] > 0 && !HasRun(text, static_cast<RunClass>(c), floor_[c])) return false;
  }
  return true;
}

bool HasRun(std::string_view text, RunClass c, uint32_t length) {
  if (length == 0) return true;
  const ByteSet& in = ClassSets()[static_cast<size_t>(c)];
  auto member = [&](size_t i) { return in.test(static_cast<unsigned char>(text[i])); };
  // Any run of `length` bytes contains one of the probed positions, which are `length` apart.
  for (size_t probe = length - 1; probe < text.size();) {
    if (!member(probe)) {
      probe += length;
      continue;
    }
    size_t begin = probe, end = probe + 1;
    while (begin > 0 && member(begin - 1)) --begin;
    while (end < text.size() && member(end)) ++end;
    if (end - begin >= length) return true;
    probe = end + length;  // `end` is outside the class; the next run starts after it
  }
  return false;
}

}  // namespace mergegate
