// Change-aware scanning: a parsed diff (parsers/diff.h) is the change set. File rules run on
// each changed file's post-image and their findings are kept or dropped by the diff scope;
// `kind: change` rules run on the change set itself.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mergegate/config.h"
#include "mergegate/finding.h"
#include "mergegate/parsers/diff.h"
#include "mergegate/policy.h"
#include "mergegate/scan.h"

namespace mergegate {

// Which findings of a changed file count (reviewdog's filter modes).
enum class DiffScope {
  kAdded,    // findings overlapping an added or changed line (default)
  kContext,  // findings overlapping any line shown in a hunk (added or context)
  kFile,     // every finding in a file whose content changed
  kAll,      // every finding in every file of the change, including pure renames/mode changes
};

// "added" | "context" | "file" | "all"; nullopt otherwise.
std::optional<DiffScope> ParseDiffScope(std::string_view name);

// True when `finding` (in the post-image of `file`) is inside `scope`.
bool InDiffScope(const Finding& finding, const parsers::FileDiff& file, DiffScope scope);

struct ChangeFinding {
  Finding finding;
  int patch_line = 0;  // the patch line the finding comes from (fixture checks)
};

// Runs every `kind: change` rule of `policies` over `diff`, tuned by the repository's `config`
// (the `change` section of .mergegate.yaml). Sorted with FindingLess.
std::vector<ChangeFinding> EvaluateChangeRules(const PolicySet& policies,
                                               const parsers::ParsedDiff& diff,
                                               const ChangeConfig& config);

// Scans a change: `post_images[i]` is the new content of `diff.files[i]` (nullopt when there is
// none: deleted, unavailable). Only those texts are scanned; file-rule findings are filtered
// by `scope`, then the change rules' findings (tuned by `config`) are added. Binary and
// oversized texts are reported as skipped.
ScanResults ScanChange(const Scanner& scanner, const PolicySet& policies,
                       const parsers::ParsedDiff& diff,
                       const std::vector<std::optional<std::string>>& post_images, DiffScope scope,
                       uint64_t max_file_bytes, const ChangeConfig& config);

// A post-image rebuilt from the patch alone: added and context lines at their line numbers,
// other lines empty (for patches without a tree, and history scans).
std::string SparsePostImage(const parsers::FileDiff& file);

}  // namespace mergegate
