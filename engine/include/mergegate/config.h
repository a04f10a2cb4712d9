// Configuration: .mergegate.yaml, discovered from the scanned path upward to the git root and
// validated against schemas/config.schema.json. Precedence (applied in cli/scan_session.cc):
// command-line flags > MERGEGATE_* environment variables > this file > built-in defaults.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mergegate/diagnostic.h"
#include "mergegate/severity.h"

namespace mergegate {

enum class RuleMode { kEnforce, kWarn, kOff };  // warn: reported, never blocks; off: dropped

// One `overrides` entry: changes severity and/or mode of the rules matching `rules` (ids or
// globs such as "python-*"), limited to files matching `paths` and target branches matching
// `branches` (both: empty = everywhere). Later entries win over earlier ones.
struct RuleOverride {
  std::vector<std::string> rules;
  std::vector<std::string> paths;
  std::vector<std::string> branches;
  std::optional<Severity> severity;
  std::optional<RuleMode> mode;
};

// One `waivers` entry: an accountable, expiring exception. `expires` is kept as written
// (YYYY-MM-DD, valid through that day, UTC); a malformed date makes the waiver not apply.
struct Waiver {
  std::string rule;                // id or glob
  std::vector<std::string> paths;  // empty = every path
  std::string reason;
  std::string owner;
  std::string ticket;
  std::string expires;
  int line = 0;  // where it is written in the config file
};

// `break_glass`: whether an override (--override, MERGEGATE_OVERRIDE or a `Mergegate-Override:`
// commit trailer) may turn a block into "approved by override", and on which target branches.
struct BreakGlass {
  bool allowed = false;
  std::vector<std::string> branches;  // empty = any branch
};

// `change`: per-repository settings of the change rules (kind: change), so a repository need
// not fork a rule to tune it.
struct ChangeConfig {
  // Turns on `source-without-tests` checks (gov.tests.source-without-tests), off by default.
  bool require_tests = false;
  // Replaces the `max-lines` of `change-size` checks (gov.change.too-large).
  std::optional<int> max_changed_lines;
  // Dependency-name globs `new-dependency` checks never report, by ecosystem: "any", "npm",
  // "pypi", "go", "maven", "rubygems", "cargo", "composer" (see EcosystemOf).
  std::map<std::string, std::vector<std::string>> allow_dependencies;
};

struct Config {
  std::string path;                  // the file it came from; empty for defaults
  std::string text;                  // its contents (part of the effective-policy digest)
  std::optional<Severity> block_on;  // verdict threshold
  std::vector<std::string> exclude;  // path globs never scanned
  std::optional<uint64_t> max_file_size;
  std::vector<std::string> packs;     // built-in packs to use (empty = all)
  std::vector<std::string> policies;  // extra policy directories (packs given as paths too)
  std::vector<RuleOverride> overrides;
  std::optional<bool> fail_open;  // on_error: open (true) | closed (false, the default)
  std::optional<bool> require_suppression_reason;  // suppressions.require_reason (default true)
  std::vector<Waiver> waivers;
  BreakGlass break_glass;
  std::string decision_log;  // path, relative to the config file's directory when relative
  ChangeConfig change;
};

// Looks for .mergegate.yaml in `start_dir` and its parents up to `stop_dir` (inclusive; empty =
// the filesystem root). Returns the path or "".
std::string FindConfigFile(const std::string& start_dir, const std::string& stop_dir);

// Reads and validates `path`. Fails with located diagnostics.
Expected<Config> LoadConfig(const std::string& path);

// Validates `text`, the contents of the configuration file at `path` (relative `packs`,
// `policies` and `decision_log` resolve against its directory). Fails with located diagnostics.
Expected<Config> ParseConfig(const std::string& text, const std::string& path);

// The commented starter file `mergegate init` writes.
std::string_view StarterConfig();

// True when target branch `branch` matches `glob` ("main", "release/*"); '*' stays within one
// '/'-separated segment and '**' crosses them. An empty branch matches nothing.
bool BranchMatches(std::string_view glob, std::string_view branch);

}  // namespace mergegate
