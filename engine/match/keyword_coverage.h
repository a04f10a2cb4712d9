// Keyword coverage: whether every match of a regex contains one of a rule's keywords (ASCII
// case ignored). Keywords decide which files a regex runs on; when they cover every match, they
// also say where in a file a match can be (match_windows.h).
#pragma once

#include <string>
#include <vector>

#include "match/regex_syntax.h"

namespace mergegate {

// True when no string the pattern `root` matches avoids all of `keywords`. Decided exactly on
// the regex_syntax reading, which over-approximates RE2, so a true answer holds for RE2 too.
// Read the pattern with Folding::kAsciiOnly: the answer then holds on texts without U+212A and
// U+017F (see HasAsciiFoldingRunes). False when the keywords need more than 256 automaton states.
bool KeywordInEveryMatch(const regex_syntax::Node& root, const std::vector<std::string>& keywords);

}  // namespace mergegate
