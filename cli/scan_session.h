// ScanSession: the steps every scanning command (scan, and later diff/history/hooks) shares —
// configuration discovery, policy loading, the RunReport skeleton, and finishing (verdict,
// outputs, exit code). Commands differ only in which files (or lines) they feed it.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common_options.h"
#include "mergegate/config.h"
#include "mergegate/filters.h"
#include "mergegate/parsers/walk.h"
#include "mergegate/report.h"
#include "mergegate/result_cache.h"
#include "mergegate/scan.h"
#include "mergegate/shard.h"

namespace mergegate::cli {

struct SessionOptions {
  PolicyOptions policy;
  OutputOptions output;
  std::string fail_on;      // empty: config block_on, else "high"
  std::string config_path;  // empty: discover .mergegate.yaml
  int jobs = 0;
  uint64_t max_file_size = 0;     // 0: config or default
  uint64_t parse_timeout_ms = 0;  // 0: the default bound
  // Governance. Each falls back to its MERGEGATE_* variable, then the config file.
  std::string branch;           // target branch (--branch, MERGEGATE_BRANCH, CI variables, git)
  std::string baseline;         // --baseline FILE: hide the findings recorded there
  std::string decision_log;     // --decision-log FILE: append one JSON line per run
  std::string override_reason;  // --override "reason" (break-glass)
  std::string on_error;         // --on-error closed|open
  std::string cache_dir;        // result cache directory ("" = none; only `scan` sets it)
};

// Adds --fail-on, --jobs, --max-file-size, --config, the policy and the output options.
void AddSessionOptions(po::options_description* desc, SessionOptions* options);

class ScanSession {
 public:
  // Loads the configuration (given, or discovered from `config_start` up to its git root) and
  // the policies, and opens the result cache when one is given. Prints diagnostics and returns
  // nullptr on any error (the caller exits 2). `while_loading`, when given, runs on the calling
  // thread while the policies load on others (unless --jobs 1): a command's own preparation,
  // such as walking its paths, then costs no start-up time. It sees the configuration and the
  // root, not the policies.
  static std::unique_ptr<ScanSession> Open(
      const SessionOptions& options, const std::string& command,
      const std::vector<std::string>& targets, const std::string& config_start,
      const std::function<void(ScanSession&)>& while_loading = {});

  const Config& config() const { return config_; }
  const PolicySet& policies() const { return *policies_; }
  const ScanOptions& scan_options() const { return scan_options_; }
  RunReport& report() { return report_; }
  // Absolute directory that reported paths are relative to (git top level, else cwd).
  const std::string& root() const { return report_.root; }

  // Declares the `kind: change` rules in the report too (commands that judge a change run them).
  void IncludeChangeRules();

  // Merges `results` into the report; files whose scan a bound cut short become errors.
  void AddResults(ScanResults results);

  // Walks every path in `paths`, keeping only the files of `shard` when given, for
  // ScanWalkedFiles. Prints diagnostics and returns false when a path cannot be walked.
  bool WalkPaths(const std::vector<std::string>& paths,
                 const std::optional<Shard>& shard = std::nullopt);
  // Scans the files WalkPaths found, through the result cache when one is open.
  void ScanWalkedFiles();
  // WalkPaths, then ScanWalkedFiles (as `mergegate scan` does).
  bool ScanPaths(const std::vector<std::string>& paths,
                 const std::optional<Shard>& shard = std::nullopt);

  // Applies rule overrides, inline suppressions, waivers and the baseline to the findings
  // (Finish calls it; commands that need the filtered findings before finishing call it first).
  void ApplyExceptions();

  // Computes the verdict, writes every requested output and returns the exit code.
  int Finish();

 private:
  ScanSession() = default;
  SessionOptions options_;
  Config config_;
  std::unique_ptr<PolicySet> policies_;  // stable address: findings point at its rules
  ScanOptions scan_options_;
  std::optional<ResultCache> cache_;
  RunReport report_;
  std::vector<parsers::WalkedFile> walked_;  // by WalkPaths, for ScanWalkedFiles
  std::vector<SuppressionDirective> suppressions_;
  std::vector<BaselineEntry> baseline_;
  bool exceptions_applied_ = false;
  bool fail_open_ = false;
  std::string decision_log_;
};

}  // namespace mergegate::cli
