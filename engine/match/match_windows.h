// Match windows: the parts of a large text a regex search can be limited to without changing
// its result. A match that can span at most N newlines and must contain some anchor (a keyword
// occurrence, or a run of token characters its secret needs) lies within the lines from N above
// to N below that anchor's line. Searching only those windows spares most of a large file's
// bytes, where the anchors are few (docs/secrets.md has the measurements).
//
// Why a windowed search finds exactly the matches of a whole-text search: every match lies in
// one window (merged windows are disjoint); RE2 is given the whole text with each window's
// bounds, so ^, $ and \b judge by the real neighbouring bytes; and a search within a window
// finds the same leftmost-first match as the whole-text search whenever that match lies in the
// window. test/unit/match_windows_test.cc and fuzz/match_windows_fuzzer.cc compare the two.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace mergegate {

struct TextWindow {
  uint32_t begin = 0;  // byte offsets into the text, end exclusive
  uint32_t end = 0;
};

// The windows around `anchors` (ascending offsets into `text`): for each, the lines from
// `newlines` above to `newlines` below its own, without the newline that ends the last one;
// merged where they overlap, ascending.
std::vector<TextWindow> LineWindows(std::string_view text, const std::vector<uint32_t>& anchors,
                                    uint32_t newlines);

// True when `text` holds U+212A KELVIN SIGN or U+017F LONG S, which RE2 matches to k and s under
// (?i) while a keyword search does not: keyword windows must not be used on such a text.
bool HasAsciiFoldingRunes(std::string_view text);

}  // namespace mergegate
