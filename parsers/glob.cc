#include "mergegate/parsers/glob.h"

#include <string>

namespace mergegate::parsers {
namespace {

// Matches a character class at glob[gi] ('[' ...); sets `next` past the closing ']'.
bool MatchClass(std::string_view glob, size_t gi, char c, size_t* next) {
  size_t i = gi + 1;
  bool negate = false;
  if (i < glob.size() && (glob[i] == '!' || glob[i] == '^')) negate = true, ++i;
  bool matched = false;
  const size_t first = i;
  for (; i < glob.size() && (glob[i] != ']' || i == first); ++i) {
    if (i + 2 < glob.size() && glob[i + 1] == '-' && glob[i + 2] != ']') {
      if (glob[i] <= c && c <= glob[i + 2]) matched = true;
      i += 2;
    } else if (glob[i] == c) {
      matched = true;
    }
  }
  if (i >= glob.size()) return false;  // unterminated class never matches
  *next = i + 1;
  return matched != negate;
}

bool Match(std::string_view glob, std::string_view path) {
  size_t gi = 0, pi = 0;
  // Backtracking points for the last '*' and '**' seen.
  size_t star_g = std::string_view::npos, star_p = 0;
  size_t dstar_g = std::string_view::npos, dstar_p = 0;
  bool dstar_segment = false;  // "**/" resumes only at segment starts
  while (pi < path.size()) {
    if (gi < glob.size()) {
      if (glob.substr(gi, 2) == "**") {
        gi += 2;
        dstar_segment = gi < glob.size() && glob[gi] == '/';
        if (dstar_segment) ++gi;  // "**/" also matches zero segments
        dstar_g = gi, dstar_p = pi;
        star_g = std::string_view::npos;
        continue;
      }
      const char g = glob[gi];
      if (g == '*') {
        star_g = ++gi, star_p = pi;
        continue;
      }
      size_t next = gi + 1;
      if (g == '?'   ? path[pi] != '/'
          : g == '[' ? MatchClass(glob, gi, path[pi], &next)
                     : g == path[pi]) {
        gi = next, ++pi;
        continue;
      }
    }
    if (star_g != std::string_view::npos && path[star_p] != '/') {
      gi = star_g, pi = ++star_p;
      continue;
    }
    if (dstar_g != std::string_view::npos) {
      if (dstar_segment) {
        const size_t slash = path.find('/', dstar_p);
        if (slash == std::string_view::npos) return false;
        dstar_p = slash;
      }
      gi = dstar_g, pi = ++dstar_p;
      star_g = std::string_view::npos;
      continue;
    }
    return false;
  }
  while (gi < glob.size() && glob[gi] == '*') ++gi;
  return gi == glob.size();
}

}  // namespace

bool GlobMatch(std::string_view glob, std::string_view path) {
  if (glob.empty()) return false;
  const bool anchored = glob.starts_with('/');  // "/build/": only at the root
  if (anchored) glob.remove_prefix(1);
  if (glob.ends_with('/')) {  // a directory and everything below it
    const std::string dir(glob.substr(0, glob.size() - 1));
    if (!anchored && dir.find('/') == std::string::npos)
      return Match(dir + "/**", path) || Match("**/" + dir + "/**", path);
    return Match(dir + "/**", path);
  }
  if (!anchored && glob.find('/') == std::string_view::npos) {
    const size_t slash = path.rfind('/');
    return Match(glob, slash == std::string_view::npos ? path : path.substr(slash + 1));
  }
  return Match(glob, path);
}

}  // namespace mergegate::parsers
