// RunReport: everything one run decided, and the reporters that render it. Reporters know
// nothing of matching; they only read a RunReport.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
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
  Severity fail_on = Severity::kHigh;
  std::chrono::system_clock::time_point start_time;
  std::chrono::system_clock::time_point end_time;
  Verdict verdict;
};

// Computes the verdict: error when report.errors is non-empty; block when an open, blocking
// finding is at or above report.fail_on; approve otherwise.
Verdict DecideVerdict(const RunReport& report);

struct ReportOptions {
  bool color = false;  // ANSI colours (text only)
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
