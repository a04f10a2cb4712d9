// RunReport: everything one run decided, and the reporters that render it. Reporters know
// nothing of matching; they only read a RunReport.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "mergegate/diagnostic.h"
#include "mergegate/finding.h"
#include "mergegate/parsers/walk.h"
#include "mergegate/policy.h"

namespace mergegate {

enum class Decision { kApprove, kBlock, kError };

struct Verdict {
  Decision decision = Decision::kError;
  std::vector<std::string> reasons;  // human-readable, e.g. "3 findings at or above high"
  int exit_code = 2;                 // 0 approve, 1 block, 2 error
  bool overridden = false;           // a block turned into "approved by override" (break-glass)
  bool failed_open = false;          // an error that `on_error: open` let through (exit 0)
};

std::string_view DecisionName(Decision d);  // "approve" | "block" | "error"

struct RunReport {
  std::string tool_version;
  std::string command;               // "scan", "diff", ...
  std::vector<std::string> targets;  // scanned paths or revision ranges
  std::string root;                  // directory paths are relative to (absolute)
  std::vector<const Rule*> rules;    // every rule that ran (declared in SARIF)
  std::string policy_digest;
  std::vector<Finding> findings;  // sorted; includes suppressed/waived ones (see status)
  std::vector<parsers::SkippedFile> skipped;
  Diagnostics errors;  // problems that made the scan incomplete
  size_t files_scanned = 0;
  size_t bytes_scanned = 0;
  std::optional<size_t> files_from_cache;  // set when a result cache was used: files it served
  Severity fail_on = Severity::kHigh;
  std::chrono::system_clock::time_point start_time;
  std::chrono::system_clock::time_point end_time;
  Verdict verdict;
  // Governance (engine/filter, cli/ScanSession).
  std::string branch;  // target branch the policy was evaluated for ("" = unknown)
  struct Vcs {
    std::string repository_uri;  // https URL of the origin remote ("" = none)
    std::string revision;        // HEAD commit ("" = not in git)
    std::string branch;          // checked-out branch
  } vcs;
  std::string effective_policy_digest;      // rules + configuration + threshold + branch
  std::vector<std::string> notices;         // expiring waivers, stale baseline entries, refusals
  std::vector<std::string> stale_baseline;  // "rule-id path" of baseline entries nothing matched
  std::string override_reason;              // set when an override was applied
  std::string override_source;              // "flag" | "environment" | "commit trailer"
};

// Computes the verdict: error when report.errors is non-empty; block when an open, blocking
// finding is at or above report.fail_on; approve otherwise.
Verdict DecideVerdict(const RunReport& report);

// One JSON object (no newline) for the decision log: time, tool and policy versions, digests,
// targets, branch, verdict and exit code, counts by severity and status, and every
// suppression, waiver and override used with its reason (and owner).
std::string DecisionLogRecord(const RunReport& report);

struct ReportOptions {
  bool color = false;                     // ANSI colours (text only)
  bool sarif_include_suppressed = false;  // SARIF: keep excepted results (as `suppressions`)
  std::string step_summary_path;          // github: append the markdown job summary here
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Write(const RunReport& report, const ReportOptions& options,
                     std::ostream& out) const = 0;
};

// Returns the reporter for `format` ("text", "json", "sarif", ...) or nullptr.
std::unique_ptr<Reporter> MakeReporter(std::string_view format);
// Every format name MakeReporter accepts, in table order.
std::vector<std::string> ReporterNames();

}  // namespace mergegate
