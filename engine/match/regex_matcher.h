// RegexMatcher: a rule that matches RE2 regular expressions over a file's bytes, with the
// secrets machinery (secret capture group, keyword prefilter, entropy floor, allow lists).
// Immutable after Compile; Find is thread-safe.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/match_range.h"

namespace mergegate {

struct RegexSpec {
  std::string regex;
  int secret_group = -1;              // -1: group 1 when the regex has groups, else the whole match
  std::vector<std::string> keywords;  // at least one must occur (case-insensitive) in the file;
                                      // checked by the Scanner's KeywordPrefilter, not by Find
  double min_entropy = 0;             // of the secret
  std::string validator;              // named checksum validator, "" for none
  std::vector<std::string> allow_secrets;  // RE2, searched in the secret
  std::vector<std::string> allow_lines;    // RE2, searched in the whole line
  std::vector<std::string> allow_paths;    // globs
  std::vector<std::string> stopwords;      // case-insensitive substrings of the secret
  bool is_secret = false;                  // apply the global placeholder allowlist
};

class RegexMatcher {
 public:
  // Compiles `spec`. On failure returns nullptr and sets *error to RE2's message and *field to
  // the spec field at fault ("regex", "allow/lines/0", ...).
  static std::shared_ptr<const RegexMatcher> Compile(const RegexSpec& spec, std::string* field,
                                                     std::string* error);

  const RegexSpec& spec() const { return spec_; }
  // The pattern as given to RE2 (with the flags this matcher adds), for RE2::Set.
  const std::string& set_pattern() const { return set_pattern_; }
  // Appends every accepted match in `text` to `out`. `path` is checked against allow.paths.
  void Find(std::string_view path, std::string_view text, std::vector<MatchRange>* out) const;

 private:
  RegexMatcher() = default;
  bool Accepted(std::string_view text, std::string_view secret, uint32_t secret_start) const;

  RegexSpec spec_;
  std::string set_pattern_;
  std::unique_ptr<RE2> re_;
  std::vector<std::unique_ptr<RE2>> allow_secrets_;
  std::vector<std::unique_ptr<RE2>> allow_lines_;
};

// RE2 options every matcher uses: bounded memory, no logging to stderr.
RE2::Options MatcherRe2Options();

}  // namespace mergegate
