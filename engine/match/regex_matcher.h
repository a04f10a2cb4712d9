// RegexMatcher: a rule that matches RE2 regular expressions over a file's bytes, with the
// secrets machinery (secret capture group, keyword prefilter, entropy floor, allow lists).
// Immutable after Compile (apart from a deferred compile, done once); Find is thread-safe.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "match/match_range.h"
#include "match/match_windows.h"
#include "match/run_floor.h"

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
  // the spec field at fault ("regex", "allow/lines/0", ...). With `deferred` the regexes are
  // compiled on the first Find instead (built-in packs, whose rules the tests prove compile):
  // a scan then pays only for the rules whose keywords occur in its files.
  static std::shared_ptr<const RegexMatcher> Compile(const RegexSpec& spec, bool deferred,
                                                     std::string* field, std::string* error);

  const RegexSpec& spec() const { return spec_; }
  // The pattern as given to RE2 (with the flags this matcher adds), for RE2::Set.
  const std::string& set_pattern() const { return set_pattern_; }
  // Where the spec's keywords begin in a text: per keyword, in spec order, ascending offsets.
  using KeywordStarts = std::vector<const std::vector<uint32_t>*>;

  // Appends every accepted match in `text` to `out`. `path` is checked against allow.paths.
  // `keyword_starts` (see HasAsciiFoldingRunes for when it must not be given) asks for a search in
  // windows (match_windows.h), with the same result: around the keywords when they cover every
  // match, else around the runs the secret's run floor (run_floor.h) needs. Texts (or windows)
  // below that floor are skipped without running the regex. Returns false, with *error set, when a
  // deferred compile failed (nothing was searched).
  bool Find(std::string_view path, std::string_view text, const KeywordStarts* keyword_starts,
            std::vector<MatchRange>* out, std::string* error) const;
  // The windows of `text` Find searches, given `keyword_starts`: around the keywords or the runs
  // when that is worthwhile, else the whole text (also when the deferred compile fails).
  std::vector<TextWindow> SearchWindows(std::string_view text,
                                        const KeywordStarts* keyword_starts) const;

 private:
  struct Compiled {
    std::unique_ptr<RE2> re;
    int secret_group = 0;
    RunFloor floor;               // of the secret group: a text without such runs cannot match
    uint32_t max_newlines = 0;    // in a match, regex_syntax::kUnbounded when not bounded
    bool keywords_cover = false;  // every match holds a keyword (keyword_coverage.h)
    std::vector<std::unique_ptr<RE2>> allow_secrets;
    std::vector<std::unique_ptr<RE2>> allow_lines;
  };
  RegexMatcher() = default;
  // Compiles the regexes; on failure returns nullptr with *field and *error set.
  std::unique_ptr<Compiled> CompileRegexes(std::string* field, std::string* error) const;
  const Compiled* Regexes(std::string* error) const;
  std::vector<TextWindow> SearchWindows(const Compiled& c, std::string_view text,
                                        const KeywordStarts* keyword_starts) const;
  // Searches text[*pos, window.end) for matches, leaving *pos after the last one.
  void FindInWindow(const Compiled& c, std::string_view text, TextWindow window, size_t* pos,
                    std::vector<MatchRange>* out) const;
  bool Accepted(const Compiled& c, std::string_view text, std::string_view secret,
                uint32_t secret_start) const;

  RegexSpec spec_;
  std::string set_pattern_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<const Compiled> compiled_;  // set by Compile, or once by Regexes
  mutable std::string compile_error_;
};

// RE2 options every matcher uses: bounded memory, no logging to stderr.
RE2::Options MatcherRe2Options();

}  // namespace mergegate
