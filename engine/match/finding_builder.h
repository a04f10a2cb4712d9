// Turns a MatchRange into a Finding: positions, redacted snippet and preview, fingerprint.
#pragma once

#include <string_view>

#include "match/match_range.h"
#include "mergegate/finding.h"
#include "mergegate/util.h"

namespace mergegate {

// Returns "abcd…" for a secret: never more than 4 characters, and fewer for short secrets. Key
// blocks (PEM armor, PuTTY key files) show their header line instead, which names the key type.
std::string RedactSecret(std::string_view secret);

// The name of the nearest definition (def/class/function/func/fn/struct/...) enclosing `line`,
// judged by indentation: the closest earlier, less indented header line. "" at top level.
std::string EnclosingScope(const util::LineIndex& lines, int line);

// Builds the finding for `range` of `rule` in `text` (whose line index is `lines`).
Finding BuildFinding(const Rule& rule, std::string_view path, std::string_view text,
                     const util::LineIndex& lines, const MatchRange& range);

// Rebuilds the snippet of every finding in `findings` (all from `text`) from its first line with
// every secret of every finding masked: a secret is replaced by its preview on the line where it
// starts and by "…" on the lines it continues over. So no snippet shows any secret, or part of a
// multi-line one, whichever rule found it.
void RedactSnippets(std::string_view text, const util::LineIndex& lines,
                    std::vector<Finding>* findings);

// Appends ":<n>" to fingerprints that repeat within one file so each finding's is unique.
void DisambiguateFingerprints(std::vector<Finding>* findings);

}  // namespace mergegate
