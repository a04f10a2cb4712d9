#include "match/regex_syntax.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace mergegate::regex_syntax {

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

namespace {

ByteSet All() { return ByteSet().set(); }

// Case folding as RE2 does it under (?i): ASCII letters gain their other case, and k and s also
// match U+212A (Kelvin sign) and U+017F (long s), which are not ASCII (unless `ascii_only`).
ByteSet FoldCase(const ByteSet& s, bool ascii_only) {
  ByteSet out = s;
  for (unsigned c = 'a'; c <= 'z'; ++c) {
    const auto upper = static_cast<unsigned>(std::toupper(static_cast<int>(c)));
    if (s.test(c) || s.test(upper)) {
      out.set(c);
      out.set(upper);
      if ((c == 'k' || c == 's') && !ascii_only) out.set(kNonAscii);
    }
  }
  return out;
}

// A recursive-descent reader of RE2 syntax, just precise enough to know what each element can
// match and to number capturing groups as RE2 does. Anything unfamiliar becomes "any byte".
class Parser {
 public:
  Parser(std::string_view re, Folding folding) : re_(re), folding_(folding) {}

  std::optional<Node> Parse() {
    bool icase = false;
    Node root = Alternation(&icase);
    if (failed_ || pos_ != re_.size()) return std::nullopt;
    return root;
  }
  int captures() const { return captures_; }

 private:
  ByteSet Fold(const ByteSet& s) const { return FoldCase(s, folding_ == Folding::kAsciiOnly); }
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
      if (!atom) {  // a flag group: it changed *icase and matches nothing
        if (failed_) break;
        // RE2 applies a repetition that follows a flag group to the element before the group:
        // (m)(?U)* is (m)*. With no element before, RE2 rejects the pattern.
        if (seq.children.empty()) {
          if (std::string_view("*+?{").find(Peek()) != std::string_view::npos && !AtEnd()) Fail();
          continue;
        }
        seq.children.back() = Quantified(std::move(seq.children.back()));
        continue;
      }
      seq.children.push_back(Quantified(std::move(*atom)));
    }
    return seq;
  }

  Node Quantified(Node atom) {
    for (;;) {
      uint32_t min = 0, max = kUnbounded;
      if (Eat('*')) {
        min = 0;
      } else if (Eat('?')) {
        max = 1;
      } else if (Eat('+')) {
        min = 1;
      } else if (!Counted(&min, &max)) {
        return atom;
      }
      Eat('?');  // non-greedy: the same counts
      // RE2 accepts a repeat of a repeat any number of times ((m)(?i)*(?i)*...); the analyses
      // recurse through each, so the nesting is bounded like that of groups.
      int nested = 0;
      for (const Node* n = &atom; n->kind == Node::kRepeat; n = &n->children[0]) ++nested;
      if (nested >= kMaxDepth) {
        Fail();
        return atom;
      }
      Node rep(Node::kRepeat);
      rep.min = min;
      rep.max = max;
      rep.more = max > min;
      rep.children.push_back(std::move(atom));
      atom = std::move(rep);
    }
  }

  // {n}, {n,} or {n,m}; anything else leaves '{' to be read as a literal.
  bool Counted(uint32_t* min, uint32_t* max) {
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
    if (p < re_.size() && re_[p] == ',') {
      ++p;
      if (!number(&hi)) hi = kUnbounded;
    } else {
      hi = lo;
    }
    if (p >= re_.size() || re_[p] != '}') return false;
    pos_ = p + 1;
    *min = lo;
    *max = hi;
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

  // A bracket class. A negated class is the complement of the members the reader knows exactly
  // (an unknown member might be anything, so only the known ones may be taken out), plus
  // non-ASCII characters, which a negated ASCII class always matches.
  ByteSet Class(bool icase) {
    ByteSet s, exact;
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
      bool lo_exact = true;
      int lo = ClassChar(&lo_set, &lo_exact);
      if (lo >= 0 && Peek() == '-' && Peek(1) != ']' && Peek(1) != '\0') {
        ++pos_;
        ByteSet hi_set;
        bool hi_exact = true;
        const int hi = ClassChar(&hi_set, &hi_exact);
        if (hi < 0 || hi < lo) {
          Fail();
          return All();
        }
        for (int ch = lo; ch <= hi; ++ch) {
          const auto member = static_cast<size_t>(std::min(ch, int{kNonAscii}));
          s.set(member);
          if (member != kNonAscii) exact.set(member);
        }
        continue;
      }
      s |= lo_set;
      if (lo_exact) exact |= lo_set;
    }
    if (!Eat(']')) {
      Fail();
      return All();
    }
    if (negated) return ~(icase ? Fold(exact) : exact) | CodePoint(kNonAscii);
    return icase ? Fold(s) : s;
  }

  // One class member: a character (returned, for ranges) or an escape naming a set (-1). Not
  // folded: (?i) applies to the whole class once it is read, ranges included. *exact is set to
  // false when the set stands for members the reader does not know.
  int ClassChar(ByteSet* set, bool* exact) {
    const auto c = static_cast<unsigned char>(re_[pos_++]);
    if (c != '\\') {
      set->set(c >= 0x80 ? kNonAscii : c);
      return c >= 0x80 ? 0x10000 : c;  // non-ASCII: only the marker, never part of a range
    }
    std::optional<Node> escaped = Escape(/*icase=*/false, /*in_class=*/true, exact);
    if (!escaped) return -1;
    *set = escaped->set;
    return set->count() == 1 && !set->test(kNonAscii) ? static_cast<int>(set->_Find_first()) : -1;
  }

  // After a backslash. Zero-width assertions are kZeroWidth; unknown escapes match anything,
  // and then *exact (when given) is set to false. Under (?i) every set is folded, \w included
  // (RE2 folds it to K and long s too).
  std::optional<Node> Escape(bool icase, bool in_class, bool* exact = nullptr) {
    if (AtEnd()) return Fail();
    const char c = re_[pos_++];
    auto set = [&](ByteSet s) { return Node(Node::kSet, icase ? Fold(s) : s); };
    auto unknown = [&] {
      if (exact != nullptr) *exact = false;
      return set(All());
    };
    switch (c) {
      case 'n':
        return set(Bytes("\n"));
      case 't':
        return set(Bytes("\t"));
      case 'r':
        return set(Bytes("\r"));
      case 'f':
        return set(Bytes("\f"));
      case 'v':
        return set(Bytes("\v"));
      case 'a':
        return set(Bytes("\a"));
      case 's':  // RE2's \s is [\t\n\f\r ]
        return set(Bytes("\t\n\f\r "));
      case 'd':
        return set(Range('0', '9'));
      case 'w':
        return set(Range('0', '9') | Range('A', 'Z') | Range('a', 'z') | Bytes("_"));
      case 'b':
      case 'B':
      case 'A':
      case 'z':
        if (in_class) return unknown();
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
      case 'Q': {  // \Q...\E: a literal string, read as any bytes, any number of times
        const size_t end = re_.find("\\E", pos_);
        pos_ = end == std::string_view::npos ? re_.size() : end + 2;
        Node any(Node::kRepeat);
        any.min = 0;
        any.max = kUnbounded;
        any.more = true;
        any.children.push_back(unknown());
        return any;
      }
      case 'p':
      case 'P':
        if (Eat('{')) {
          while (!AtEnd() && Peek() != '}') ++pos_;
          if (!Eat('}')) return Fail();
        } else if (!AtEnd()) {
          ++pos_;
        }
        return unknown();
      default:
        if (std::isalnum(static_cast<unsigned char>(c))) return unknown();  // \S, \W, \C, ...
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
  Folding folding_;
  size_t pos_ = 0;
  int captures_ = 0;
  bool failed_ = false;
  int depth_ = 0;
  static constexpr int kMaxDepth = 64;  // of groups, and of repeats around one element
};

}  // namespace

std::optional<Pattern> Parse(std::string_view regex, Folding folding) {
  Parser parser(regex, folding);
  std::optional<Node> root = parser.Parse();
  if (!root) return std::nullopt;
  return Pattern{std::move(*root), parser.captures()};
}

uint32_t MaxNewlines(const Node& node) {
  switch (node.kind) {
    case Node::kSet:
      return node.set.test('\n') ? 1 : 0;
    case Node::kZeroWidth:
      return 0;
    case Node::kRepeat: {
      const uint64_t once = MaxNewlines(node.children[0]);
      if (once == 0) return 0;
      if (once == kUnbounded || node.max == kUnbounded) return kUnbounded;
      return static_cast<uint32_t>(std::min<uint64_t>(once * node.max, kUnbounded));
    }
    case Node::kAlternation: {
      uint32_t most = 0;
      for (const Node& child : node.children) most = std::max(most, MaxNewlines(child));
      return most;
    }
    case Node::kSequence:
    case Node::kGroup: {
      uint64_t total = 0;
      for (const Node& child : node.children) total += MaxNewlines(child);
      return static_cast<uint32_t>(std::min<uint64_t>(total, kUnbounded));
    }
  }
  return kUnbounded;
}

}  // namespace mergegate::regex_syntax
