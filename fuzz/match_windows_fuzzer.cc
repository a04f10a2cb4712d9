// Fuzzes the windowed regex search (engine/match/match_windows.h) against RE2 itself. Input: a
// regex, a NUL byte, keywords separated by '|', a NUL byte, then a text. When RE2 accepts the
// regex and the text holds neither U+212A nor U+017F (the scanner's condition for windows):
//  - every match RE2 finds has no more newlines than regex_syntax::MaxNewlines allows, and holds
//    a keyword (ASCII case ignored) whenever KeywordInEveryMatch says so;
//  - RegexMatcher::Find returns the same matches searching in windows as searching the whole.
// Regexes over 1 KiB and texts over 4 KiB are rejected, and at most 16 matches are checked (as
// in run_floor_fuzzer.cc: longer inputs only slow the fuzzer).
#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "match/keyword_coverage.h"
#include "match/keyword_prefilter.h"
#include "match/match_windows.h"
#include "match/regex_matcher.h"
#include "match/regex_syntax.h"
#include "mergegate/util.h"

namespace {

using namespace mergegate;  // NOLINT(google-build-using-namespace): a fuzz target's one file

bool HoldsKeyword(std::string_view match, const std::vector<std::string>& keywords) {
  const std::string lower = util::AsciiLower(match);
  return std::any_of(keywords.begin(), keywords.end(),
                     [&](const std::string& k) { return lower.find(k) != std::string::npos; });
}

void CheckAnalyses(const std::string& pattern, const std::vector<std::string>& keywords,
                   std::string_view text) {
  const auto parsed = regex_syntax::Parse(pattern, regex_syntax::Folding::kAsciiOnly);
  if (!parsed) return;
  const uint32_t newlines = regex_syntax::MaxNewlines(parsed->root);
  const bool covered = KeywordInEveryMatch(parsed->root, keywords);
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);
  const RE2 re(pattern, options);
  if (!re.ok()) return;
  re2::StringPiece whole;
  size_t pos = 0;
  for (int n = 0; n < 16 && pos <= text.size(); ++n) {
    if (!re.Match(text, pos, text.size(), RE2::UNANCHORED, &whole, 1)) break;
    const std::string_view match(whole.data(), whole.size());
    if (static_cast<uint32_t>(std::count(match.begin(), match.end(), '\n')) > newlines)
      __builtin_trap();
    if (covered && !HoldsKeyword(match, keywords)) __builtin_trap();
    const auto start = static_cast<size_t>(whole.data() - text.data());
    pos = whole.empty() ? start + 1 : start + whole.size();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const size_t first = input.find('\0');
  if (first == std::string_view::npos || first > 1024) return -1;
  const size_t second = input.find('\0', first + 1);
  if (second == std::string_view::npos || input.size() - second - 1 > 4096) return -1;
  const std::string_view text = input.substr(second + 1);
  if (HasAsciiFoldingRunes(text)) return -1;

  RegexSpec spec;
  spec.regex = std::string(input.substr(0, first));
  const std::string_view listed = input.substr(first + 1, second - first - 1);
  for (size_t at = 0; at <= listed.size();) {
    const size_t bar = std::min(listed.find('|', at), listed.size());
    if (bar > at) spec.keywords.push_back(util::AsciiLower(listed.substr(at, bar - at)));
    at = bar + 1;
  }
  if (spec.keywords.empty()) return -1;

  CheckAnalyses("(?m)" + spec.regex, spec.keywords, text);

  std::string field, error;
  const auto matcher = RegexMatcher::Compile(spec, /*deferred=*/false, &field, &error);
  if (!matcher) return 0;
  std::vector<std::vector<uint32_t>> starts;
  KeywordPrefilter(spec.keywords).Present(text, &starts);
  RegexMatcher::KeywordStarts keyword_starts;
  for (const auto& s : starts) keyword_starts.push_back(&s);
  std::vector<MatchRange> whole, windowed;
  if (!matcher->Find("f", text, nullptr, &whole, &error) ||
      !matcher->Find("f", text, &keyword_starts, &windowed, &error))
    __builtin_trap();
  if (whole.size() != windowed.size()) __builtin_trap();
  for (size_t i = 0; i < whole.size(); ++i) {
    if (whole[i].start_byte != windowed[i].start_byte ||
        whole[i].end_byte != windowed[i].end_byte ||
        whole[i].secret_start != windowed[i].secret_start ||
        whole[i].secret_end != windowed[i].secret_end)
      __builtin_trap();
  }
  return 0;
}
