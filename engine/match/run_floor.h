// RunFloor: the shortest runs of token characters (hex, alphanumeric, base64) that a text must
// contain for a regex's secret group to match it, read from the regex itself. A credential is a
// long run of such characters (32 hex digits, "pat" + 14 alphanumerics . 64 hex digits, ...),
// while most source files hold no run longer than an identifier, so checking the floor, which
// skips most bytes, spares a full regex pass on most files whose keywords occur.
// Immutable; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace mergegate {

enum class RunClass : uint8_t {
  kHex,     // [0-9A-Fa-f]
  kAlnum,   // [0-9A-Za-z]
  kBase64,  // [0-9A-Za-z+/=_-]: base64 and base64url
};
inline constexpr size_t kRunClassCount = 3;

class RunFloor {
 public:
  RunFloor() = default;  // no floor: every text passes

  // The floor of capture group `group` (0: the whole match) of RE2 pattern `regex`. The
  // analysis is conservative: what it does not understand (a group inside an alternation or an
  // optional part, Unicode classes, \Q...\E) lowers the floor, never raises it. `groups` must
  // be RE2's count of capturing groups; when the analysis counts differently there is no floor.
  static RunFloor Of(std::string_view regex, int group, int groups);

  // True when `text` holds, for every class, a run at least as long as the floor.
  bool SatisfiedBy(std::string_view text) const;

  uint32_t floor(RunClass c) const { return floor_[static_cast<size_t>(c)]; }
  // The class with the longest floor, and that floor; nullopt when there is none.
  std::optional<std::pair<RunClass, uint32_t>> Strongest() const;
  bool empty() const;

 private:
  std::array<uint32_t, kRunClassCount> floor_{};
};

// True when `text` contains at least `length` consecutive bytes of class `c`. Looks only at
// every length-th byte until one belongs to the class, so it reads a fraction of the text.
bool HasRun(std::string_view text, RunClass c, uint32_t length);

// Where each maximal run of at least `length` bytes of class `c` begins, ascending; reads the
// text as HasRun does. Empty for length 0.
std::vector<uint32_t> RunStarts(std::string_view text, RunClass c, uint32_t length);

}  // namespace mergegate
