#include "mergegate/parsers/pre_push.h"

namespace mergegate::parsers {
namespace {

bool IsObjectId(std::string_view s) {
  return (s.size() == 40 || s.size() == 64) &&
         s.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
}

// Git ref names hold no control characters (git check-ref-format); refusing them also keeps
// terminal escapes out of what the hook prints. git writes "(delete)" for a deleted ref.
bool IsRefName(std::string_view s) {
  if (s.empty()) return false;
  for (const char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return false;
  }
  return true;
}

struct Word {
  std::string_view text;
  int column;  // 1-based
};

// Splits `line` on single spaces (as git writes it); an empty word (two spaces in a row) fails
// the line. Stops after five words: more is already wrong.
std::vector<Word> Words(std::string_view line) {
  std::vector<Word> words;
  size_t at = 0;
  while (words.size() <= 4) {
    const size_t space = line.find(' ', at);
    words.push_back({line.substr(at, space - at), static_cast<int>(at) + 1});
    if (space == std::string_view::npos) break;
    at = space + 1;
  }
  return words;
}

}  // namespace

Expected<std::vector<PushedRef>> ParsePrePushInput(std::string_view text) {
  std::vector<PushedRef> refs;
  int line_no = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    const std::vector<Word> w = Words(line);
    const auto fail = [&](int column, const std::string& message) {
      return Fail({"hook.input", message, "<stdin>", line_no, column,
                   "git writes '<local-ref> <local-oid> <remote-ref> <remote-oid>'; object ids "
                   "are 40 or 64 hex digits"});
    };
    if (w.size() != 4)
      return fail(1, "expected '<local-ref> <local-oid> <remote-ref> <remote-oid>'");
    for (const size_t i : {0, 1, 2, 3}) {
      const bool oid = i % 2 == 1;
      if (oid ? !IsObjectId(w[i].text) : !IsRefName(w[i].text)) {
        // Never echo the field: it may hold control characters.
        return fail(w[i].column, oid ? "not an object id" : "not a ref name");
      }
    }
    refs.push_back({std::string(w[0].text), std::string(w[1].text), std::string(w[2].text),
                    std::string(w[3].text)});
  }
  return refs;
}

}  // namespace mergegate::parsers
