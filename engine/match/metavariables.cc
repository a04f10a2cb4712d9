#include "match/metavariables.h"

#include <cctype>

namespace mergegate {
namespace {

constexpr std::string_view kSingle = "__mgv_";
constexpr std::string_view kMulti = "__mgm_";

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; }
bool IsMetaChar(char c) {
  return std::isupper(static_cast<unsigned char>(c)) != 0 ||
         std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '_';
}

// Length of a metavariable name ([A-Z_][A-Z0-9_]*) starting at `pos`.
size_t NameLength(std::string_view s, size_t pos) {
  size_t n = 0;
  while (pos + n < s.size() && IsMetaChar(s[pos + n])) ++n;
  return n;
}

char PrevNonSpace(std::string_view s, size_t pos, bool* newline) {
  *newline = false;
  while (pos > 0) {
    const char c = s[--pos];
    if (c == '\n') *newline = true;
    if (c != ' ' && c != '\t' && c != '\r') return c;
  }
  *newline = true;
  return '\n';
}

char NextNonSpace(std::string_view s, size_t pos) {
  for (; pos < s.size(); ++pos) {
    if (s[pos] != ' ' && s[pos] != '\t' && s[pos] != '\r') return s[pos];
  }
  return '\n';
}

}  // namespace

RewrittenPattern RewriteMetavariables(std::string_view s) {
  RewrittenPattern out;
  auto emit = [&](std::string_view piece, size_t origin) {
    out.text += piece;
    out.origin.insert(out.origin.end(), piece.size(), static_cast<uint32_t>(origin));
  };
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, 3, "$$$") == 0) {
      const size_t n = NameLength(s, i + 3);
      emit(std::string(kMulti) + std::string(s.substr(i + 3, n)), i);
      i += 3 + n;
      continue;
    }
    if (s[i] == '$' && i + 1 < s.size()) {
      const size_t n = NameLength(s, i + 1);
      const bool anonymous = s[i + 1] == '_' && (i + 2 >= s.size() || !IsWordChar(s[i + 2]));
      if (anonymous || (n > 0 && std::isupper(static_cast<unsigned char>(s[i + 1])) != 0 &&
                        (i + 1 + n >= s.size() || !IsWordChar(s[i + 1 + n])))) {
        emit(std::string(kSingle) + std::string(s.substr(i + 1, anonymous ? 1 : n)), i);
        i += 1 + (anonymous ? 1 : n);
        continue;
      }
    }
    if (s.compare(i, 3, "...") == 0) {
      bool line_start = false;
      const char prev = PrevNonSpace(s, i, &line_start);
      const char next = NextNonSpace(s, i + 3);
      const bool after_value =
          IsWordChar(prev) || prev == ')' || prev == ']' || prev == '"' || prev == '\'';
      const bool before_value = IsWordChar(next) || next == '$' || next == '(' || next == '[' ||
                                next == '{' || next == '"' || next == '\'' || next == '.';
      if (!after_value && !before_value) {
        // An ellipsis alone on its line stands for statements: make it a statement.
        const bool statement =
            (line_start || prev == '{' || prev == ':') && (next == '\n' || next == '}');
        emit(statement ? std::string(kMulti) + ";" : std::string(kMulti), i);
        i += 3;
        continue;
      }
    }
    emit(s.substr(i, 1), i);
    ++i;
  }
  return out;
}

bool ParsePlaceholder(std::string_view text, Placeholder* out) {
  while (!text.empty() && (text.back() == ';' || text.back() == ' ')) text.remove_suffix(1);
  const bool multi = text.starts_with(kMulti);
  if (!multi && !text.starts_with(kSingle)) return false;
  const std::string_view name = text.substr(kSingle.size());
  for (char c : name) {
    if (!IsMetaChar(c)) return false;
  }
  out->multi = multi;
  out->name = name == "_" ? "" : std::string(name);
  return true;
}

}  // namespace mergegate
