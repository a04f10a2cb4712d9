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

// Splits `line` on single spaces; an empty word (two spaces in a row) fails the line.
std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> words;
  while (words.size() <= 4) {
    const size_t space = line.find(' ');
    words.push_back(line.substr(0, space));
    if (space == std::string_view::npos) break;
    line.remove_prefix(space + 1);
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
    const std::vector<std::string_view> w = Words(line);
    const bool ok =
        w.size() == 4 && IsRefName(w[0]) && IsObjectId(w[1]) && IsRefName(w[2]) && IsObjectId(w[3]);
    if (!ok) {
      return Fail({"hook.input", "expected '<local-ref> <local-oid> <remote-ref> <remote-oid>'",
                   "<stdin>", line_no, 0, "object ids are 40 or 64 hex digits"});
    }
    refs.push_back({std::string(w[0]), std::string(w[1]), std::string(w[2]), std::string(w[3])});
  }
  return refs;
}

}  // namespace mergegate::parsers
