// ChangeMatcher: the compiled `match.change` of a `kind: change` rule. It judges a change set
// (the parsed diff: files added/deleted/renamed, added and removed lines) rather than a file.
// Immutable after Compile; Evaluate is thread-safe.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "mergegate/config.h"
#include "mergegate/parsers/diff.h"

namespace mergegate {

enum class ChangeCheck {
  kFile,           // a file with a listed status whose path matches (and whose added lines match
                   // `regex` when given)
  kAddedLine,      // each added line matching `regex` (and not `unless`)
  kRemovedLine,    // removed lines matching `regex` beyond the added lines that match it
  kNewDependency,  // each package added to a manifest that `allow` does not cover
  kLockfileDrift,  // manifest dependencies changed without its lockfile, or a lockfile alone
  kChangeSize,     // lines changed in files not excluded above `max-lines`
  kSourceWithoutTests,  // source files changed and no `tests` file given added lines (runs only
                        // when ChangeConfig::require_tests is set)
};

struct ChangeSpec {
  ChangeCheck check = ChangeCheck::kFile;
  std::vector<parsers::FileChange> statuses;  // empty: every status but deleted
  std::vector<std::string> paths;             // globs; empty: every file
  std::vector<std::string> exclude;           // globs
  std::string regex;                          // RE2
  std::string unless;                         // RE2
  std::vector<std::string> allow;             // dependency-name globs
  std::vector<std::string> tests;             // globs naming test files (source-without-tests)
  int max_lines = 0;
};

// Where a change finding lies: the file path and line reported, and the patch line it came
// from (for fixture checks: a file-level finding points at the file's first header line).
struct ChangeHit {
  std::string path;
  int line = 1;
  int patch_line = 0;
  std::string detail;  // appended to the rule message, e.g. the dependency name
  std::string text;    // the line the hit is about ("" for file-level hits)
};

class ChangeMatcher {
 public:
  // Returns nullptr and sets *field / *error when a regex does not compile.
  static std::shared_ptr<const ChangeMatcher> Compile(const ChangeSpec& spec, std::string* field,
                                                      std::string* error);
  const ChangeSpec& spec() const { return spec_; }

  // Appends the hits of this check over `diff`, tuned by the repository's `config`.
  void Evaluate(const parsers::ParsedDiff& diff, const ChangeConfig& config,
                std::vector<ChangeHit>* hits) const;

 private:
  ChangeMatcher() = default;
  bool Selected(const parsers::FileDiff& f) const;
  bool DependencyAllowed(const std::string& manifest, const std::string& name,
                         const ChangeConfig& config) const;
  void EvaluateRemovedLines(const parsers::ParsedDiff& diff, std::vector<ChangeHit>* hits) const;
  ChangeSpec spec_;
  std::unique_ptr<RE2> regex_, unless_;
};

}  // namespace mergegate
