#include "match/query_shape.h"

#include <string>

namespace mergegate {
namespace {

// Deeper nesting is rejected: tree-sitter parses a query recursively, one stack frame per level.
constexpr int kMaxDepth = 256;

// The byte classes of tree-sitter's query tokenizer (iswspace, iswalnum). mergegate never sets a
// locale, and in the C locale no code point beyond ASCII is a space or alphanumeric.
bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool IsIdentStart(char c) { return IsAlnum(c) || c == '_' || c == '-'; }
bool IsIdentPart(char c) { return IsIdentStart(c) || c == '.' || c == '?' || c == '!'; }

class ShapeChecker {
 public:
  ShapeChecker(const TSLanguage* language, std::string_view query)
      : language_(language), q_(query) {}

  std::optional<QueryShapeError> Run() {
    SkipSpace();
    while (pos_ < q_.size() && !stop_) {
      if (Pattern(0) == kParentDone) break;  // a stray ')' or ']': tree-sitter's syntax error
    }
    return error_;
  }

 private:
  // What parsing one pattern gave: it added steps (nodes), only predicates, or met the closing
  // bracket of its parent. After an error (tree-sitter's or a shape) stop_ is set.
  enum Outcome { kSteps, kNoSteps, kParentDone };

  char Next() const { return pos_ < q_.size() ? q_[pos_] : '\0'; }

  void SkipSpace() {
    while (pos_ < q_.size()) {
      if (IsSpace(q_[pos_])) {
        ++pos_;
      } else if (q_[pos_] == ';') {  // a comment, to the end of the line (or a NUL)
        while (pos_ < q_.size() && q_[pos_] != '\n' && q_[pos_] != '\0') ++pos_;
      } else {
        break;
      }
    }
  }

  std::string_view Identifier() {
    const size_t start = pos_;
    do ++pos_;
    while (IsIdentPart(Next()));
    return q_.substr(start, pos_ - start);
  }

  Outcome Stop() {
    stop_ = true;
    return kNoSteps;
  }
  Outcome Report(size_t offset, std::string message) {
    if (!error_) error_ = QueryShapeError{static_cast<uint32_t>(offset), std::move(message)};
    return Stop();
  }

  // A string literal, decoded into *text as tree-sitter does; false on its syntax error (a
  // newline or the end inside the string).
  bool String(std::string* text) {
    text->clear();
    ++pos_;
    for (bool escaped = false; pos_ < q_.size(); ++pos_) {
      const char c = q_[pos_];
      if (escaped) {
        escaped = false;
        text->push_back(c == 'n' ? '\n' : c == 'r' ? '\r' : c == 't' ? '\t' : c == '0' ? '\0' : c);
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        if (!text->empty()) string_buffer_used_ = true;
        ++pos_;
        return true;
      } else if (c == '\n') {
        return false;
      } else {
        text->push_back(c);
      }
    }
    return false;
  }

  // A string naming an anonymous node (`"if"`, `(MISSING "if")`); false after an error.
  bool NodeString() {
    const size_t at = pos_;
    std::string text;
    if (!String(&text)) return Stop(), false;
    if (text.empty()) return Report(at, "an empty string \"\" names no node"), false;
    if (!Symbol(text, false)) return Stop(), false;
    return true;
  }

  // After "(#" or "(.": name, arguments, ')'.
  bool Predicate() {
    if (!IsIdentStart(Next())) return false;
    Identifier();
    SkipSpace();
    for (;;) {
      const char c = Next();
      if (c == ')') {
        ++pos_;
        SkipSpace();
        return true;
      }
      if (c == '@') {
        ++pos_;
        if (!IsIdentStart(Next())) return false;
        Identifier();
      } else if (c == '"') {
        const size_t at = pos_;
        std::string text;
        if (!String(&text)) return false;
        if (text.empty() && !string_buffer_used_) {
          Report(at,
                 "an empty string \"\" before any non-empty string in the query, which tree-sitter "
                 "0.25 copies from a null pointer: put a non-empty string first (#eq? @x \"\" is "
                 "#match? @x \"^$\")");
          return false;
        }
      } else if (IsIdentStart(c)) {
        Identifier();
      } else {
        return false;
      }
      SkipSpace();
    }
  }

  // One pattern, as ts_query__parse_pattern reads it, with its suffixes. Sets nullable_ when it
  // may match no node at all (a `*` or `?` on it, or on all of a group's members).
  Outcome Pattern(int depth) {
    bool nullable = false;
    const Outcome o = Pattern(depth, &nullable);
    nullable_ = nullable;
    return o;
  }
  Outcome Pattern(int depth, bool* nullable) {
    if (depth > kMaxDepth) {
      return Report(pos_, "the query nests deeper than " + std::to_string(kMaxDepth) + " levels");
    }
    const char c = Next();
    if (pos_ >= q_.size() || c == '\0') return Stop();
    if (c == ')' || c == ']') return kParentDone;
    const size_t start = pos_;
    bool steps = false;
    bool& may_be_empty = *nullable;
    if (c == '[') {  // alternation
      ++pos_;
      SkipSpace();
      for (int branches = 0;; ++branches) {
        const size_t branch = pos_;
        const Outcome o = Pattern(depth + 1);
        if (stop_) return kNoSteps;
        if (o == kParentDone) {
          if (Next() != ']' || branches == 0) return Stop();
          ++pos_;
          break;
        }
        if (o == kNoSteps) return Report(branch, "an alternative holds no node, only predicates");
        steps = true;
        may_be_empty = may_be_empty || nullable_;
      }
    } else if (c == '(') {
      ++pos_;
      SkipSpace();
      const char n = Next();
      if (n == '(' || n == '"' || n == '[') {  // grouped sequence
        bool all_may_be_empty = true;
        for (;;) {
          if (Next() == '.') {
            ++pos_;
            SkipSpace();
          }
          const Outcome o = Pattern(depth + 1);
          if (stop_) return kNoSteps;
          if (o == kParentDone) {
            if (Next() != ')') return Stop();
            ++pos_;
            break;
          }
          steps = steps || o == kSteps;
          all_may_be_empty = all_may_be_empty && (o == kNoSteps || nullable_);
        }
        may_be_empty = steps && all_may_be_empty;
      } else if (n == '.' || n == '#') {  // predicate: no steps, and no suffixes are read
        ++pos_;
        return Predicate() ? kNoSteps : Stop();
      } else if (!NamedNode(depth)) {
        return kNoSteps;
      } else {
        steps = true;
      }
    } else if (c == '_') {
      ++pos_;
      SkipSpace();
      steps = true;
    } else if (c == '"') {
      if (!NodeString()) return kNoSteps;
      steps = true;
    } else if (IsIdentStart(c)) {  // field: name ':' pattern
      const std::string name(Identifier());
      SkipSpace();
      if (Next() != ':') return Stop();
      ++pos_;
      SkipSpace();
      const Outcome o = Pattern(depth + 1);
      if (stop_ || o == kParentDone) return Stop();
      if (ts_language_field_id_for_name(language_, name.data(),
                                        static_cast<uint32_t>(name.size())) == 0) {
        return Report(start, "unknown field '" + name + "'");
      }
      if (o == kNoSteps) {
        return Report(start, "field '" + name + ":' applies to no node, only to predicates");
      }
      steps = true;
      may_be_empty = nullable_;
    } else {
      return Stop();
    }
    SkipSpace();
    for (;;) {  // suffixes
      const char s = Next();
      if (s == '+' || s == '*' || s == '?') {
        if (!steps)
          return Report(pos_, std::string("'") + s + "' applies to no node, only to predicates");
        if (s == '+' && may_be_empty) {
          return Report(pos_,
                        "'+' repeats a pattern that may match nothing (tree-sitter 0.25 loops "
                        "forever on it): use '*'");
        }
        may_be_empty = may_be_empty || s != '+';
        ++pos_;
        SkipSpace();
      } else if (s == '@') {
        const size_t at = pos_++;
        if (!IsIdentStart(Next())) return Stop();
        Identifier();
        if (!steps) return Report(at, "a capture applies to no node, only to predicates");
        SkipSpace();
      } else {
        break;
      }
    }
    return steps ? kSteps : kNoSteps;
  }

  // After '(' when a node name follows: name, optional /subtype, children, ')'. False after an
  // error or a report.
  bool NamedNode(int depth) {
    if (!IsIdentStart(Next())) return Stop(), false;
    const std::string_view name = Identifier();
    if (name != "_" && std::string_view("MISSING").substr(0, name.size()) == name) {
      // tree-sitter compares only the first name.size() characters: (M x) is (MISSING x)
      SkipSpace();
      if (IsIdentStart(Next())) {
        if (!Symbol(std::string(Identifier()), true)) return Stop(), false;
      } else if (Next() == '"') {
        if (!NodeString()) return false;
      } else if (Next() != ')') {
        return Stop(), false;
      }
    } else if (name != "_" && !Symbol(std::string(name), true)) {
      return Stop(), false;
    }
    SkipSpace();
    if (Next() == '/') {
      ++pos_;
      if (!IsIdentStart(Next())) return Stop(), false;
      Identifier();
      SkipSpace();
    }
    for (;;) {              // children
      if (Next() == '!') {  // negated field; tree-sitter rejects unknown ones without leaking
        ++pos_;
        SkipSpace();
        if (!IsIdentStart(Next())) return Stop(), false;
        const std::string field(Identifier());
        SkipSpace();
        if (ts_language_field_id_for_name(language_, field.data(),
                                          static_cast<uint32_t>(field.size())) == 0)
          return Stop(), false;
        continue;
      }
      if (Next() == '.') {
        ++pos_;
        SkipSpace();
      }
      const Outcome o = Pattern(depth + 1);
      if (stop_) return false;
      if (o == kParentDone) {
        if (Next() != ')') return Stop(), false;
        ++pos_;
        return true;
      }
    }
  }

  // True when tree-sitter finds node type `name` in the language (named or anonymous).
  bool Symbol(const std::string& name, bool named) const {
    return ts_language_symbol_for_name(language_, name.data(), static_cast<uint32_t>(name.size()),
                                       named) != 0;
  }

  const TSLanguage* language_;
  std::string_view q_;
  size_t pos_ = 0;
  bool stop_ = false;
  bool nullable_ = false;            // of the last pattern read
  bool string_buffer_used_ = false;  // a non-empty string was read (tree-sitter's buffer)
  std::optional<QueryShapeError> error_;
};

}  // namespace

std::optional<QueryShapeError> CheckQueryShape(const TSLanguage* language, std::string_view query) {
  return ShapeChecker(language, query).Run();
}

}  // namespace mergegate
