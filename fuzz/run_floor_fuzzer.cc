// Fuzzes the secret scan's skip test (engine/match/run_floor.h) against RE2 itself. Input: a
// selector byte, a regex, a NUL byte, then a text. When RE2 accepts the regex, every match it
// finds in the text must satisfy the floor RunFloor::Of reads from the regex, on the secret as
// RegexMatcher::Find takes it (the selected group, or the whole match when the group did not
// take part): a text the floor rejects is never searched, so a match below the floor is a
// secret the scan misses. HasRun is checked against a plain byte-by-byte scan of the text.
// Regexes over 1 KiB and texts over 4 KiB are rejected, and at most 8 matches are checked:
// RE2's compile cost grows with the regex (its own fuzzer bounds it the same way) and each
// unanchored search is linear in the text, so longer inputs only slow the fuzzer.
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "match/run_floor.h"

namespace {

using mergegate::HasRun;
using mergegate::RunClass;
using mergegate::RunFloor;

bool InClass(unsigned char b, RunClass c) {
  switch (c) {
    case RunClass::kHex:
      return std::isxdigit(b) != 0;
    case RunClass::kAlnum:
      return std::isalnum(b) != 0;
    case RunClass::kBase64:
      return std::isalnum(b) != 0 || (b != 0 && std::strchr("+/=_-", b) != nullptr);
  }
  return false;
}

uint32_t LongestRun(std::string_view text, RunClass c) {
  uint32_t longest = 0, run = 0;
  for (char ch : text) {
    run = InClass(static_cast<unsigned char>(ch), c) ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return -1;
  const uint8_t selector = data[0];
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const size_t nul = rest.find('\0');
  if (nul == std::string_view::npos || nul > 1024 || rest.size() - nul - 1 > 4096) return -1;
  const std::string regex(rest.substr(0, nul));
  const std::string_view text = rest.substr(nul + 1);

  // HasRun finds exactly the runs a plain scan finds, of every length.
  for (size_t i = 0; i < mergegate::kRunClassCount; ++i) {
    const auto c = static_cast<RunClass>(i);
    const uint32_t longest = LongestRun(text, c);
    if (!HasRun(text, c, 0) || !HasRun(text, c, longest) || HasRun(text, c, longest + 1) ||
        HasRun(text, c, selector + 1u) != (selector + 1u <= longest))
      __builtin_trap();
  }

  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(8 << 20);  // only the engine choice depends on it, never what matches
  const RE2 re(regex, options);
  if (!re.ok()) return 0;
  const int groups = re.NumberOfCapturingGroups();
  const int group = selector % (groups + 1);
  const RunFloor floor = RunFloor::Of(regex, group, groups);
  std::vector<re2::StringPiece> captures(static_cast<size_t>(groups) + 1);
  size_t pos = 0;
  for (int n = 0; n < 8 && pos <= text.size(); ++n) {
    if (!re.Match(text, pos, text.size(), RE2::UNANCHORED, captures.data(), groups + 1)) break;
    const re2::StringPiece& whole = captures[0];
    const re2::StringPiece& secret = captures[static_cast<size_t>(group)];
    const std::string_view checked = secret.data() != nullptr
                                         ? std::string_view(secret.data(), secret.size())
                                         : std::string_view(whole.data(), whole.size());
    if (!floor.SatisfiedBy(checked)) __builtin_trap();
    const auto start = static_cast<size_t>(whole.data() - text.data());
    pos = whole.empty() ? start + 1 : start + whole.size();
  }
  return 0;
}
