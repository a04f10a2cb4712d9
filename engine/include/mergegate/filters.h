// Exception filters applied to a run's findings after scanning, in this order (cli/ScanSession):
// rule overrides (severity, warn/off) -> inline suppressions -> waivers -> baseline, then the
// verdict, then a break-glass override. Filters never drop an excepted finding: they set
// Finding::status and status_reason so every output can count and show it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "mergegate/config.h"
#include "mergegate/finding.h"
#include "mergegate/report.h"
#include "mergegate/suppression.h"

namespace mergegate {

// --- rule_overrides.cc ---
// Applies `overrides` (later entries win) for target branch `branch`: sets severity, makes
// warn-mode findings non-blocking and removes findings of rules turned off.
void ApplyRuleOverrides(const std::vector<RuleOverride>& overrides, const std::string& branch,
                        std::vector<Finding>* findings);

// --- suppressions.cc ---
// Synthetic rules for findings about suppressions themselves (declared in every report).
const Rule& SuppressionProblemRule();  // malformed: no rule id, or no reason when required
const Rule& UnusedSuppressionRule();   // matched no finding (a non-blocking warning)
// Marks findings covered by a well-formed directive (same file; the directive's line, or the
// next line for a standalone comment) as suppressed, and appends a finding per malformed or
// unused directive.
void ApplySuppressions(const std::vector<SuppressionDirective>& directives, bool require_reason,
                       std::vector<Finding>* findings);

// --- waivers.cc ---
enum class WaiverState { kActive, kExpiringSoon, kExpired, kMalformed };
struct WaiverStatus {
  WaiverState state = WaiverState::kMalformed;
  int days_left = 0;    // days until (and including) the expiry day; negative once expired
  std::string summary;  // e.g. "waiver for rule-x expired on 2026-01-31"
};
constexpr int kWaiverWarningDays = 14;
std::string_view WaiverStateName(WaiverState s);  // active | expiring | expired | malformed
WaiverStatus EvaluateWaiver(const Waiver& waiver, std::chrono::system_clock::time_point now);
// Marks open findings matched by an active waiver as waived; a finding matched only by expired
// or malformed waivers stays open and says why. Returns notices (expiring soon, expired).
std::vector<std::string> ApplyWaivers(const std::vector<Waiver>& waivers,
                                      std::chrono::system_clock::time_point now,
                                      std::vector<Finding>* findings);

// --- baseline.cc ---
struct BaselineEntry {
  std::string rule_id;
  std::string path;
  std::string fingerprint;
  int line = 0;  // informational only: matching ignores lines
};
// Reads a baseline file written by BaselineJson. Fails with a located diagnostic.
Expected<std::vector<BaselineEntry>> LoadBaseline(const std::string& path);
// The baseline file for `findings` (open and baselined ones), sorted, one entry per finding.
std::string BaselineJson(const std::vector<Finding>& findings, const std::string& tool_version);
// Marks open findings recorded in `baseline` as baselined; returns the entries nothing matched.
std::vector<BaselineEntry> ApplyBaseline(const std::vector<BaselineEntry>& baseline,
                                         std::vector<Finding>* findings);

// --- override.cc (break-glass) ---
struct OverrideRequest {
  std::string reason;
  std::string source;  // "flag", "environment" or "commit trailer"
};
// The override asked for: `flag` if non-empty, else $MERGEGATE_OVERRIDE, else a
// `Mergegate-Override:` trailer on HEAD of the git work tree at `root` (read with git via argv).
std::optional<OverrideRequest> FindOverride(const std::string& flag, const std::string& root);
// Turns a block into "approved by override" when `break_glass` allows it on `branch`; otherwise
// leaves the verdict and adds a notice saying why the override was refused.
void ApplyOverride(const OverrideRequest& request, const BreakGlass& break_glass,
                   const std::string& branch, RunReport* report);

}  // namespace mergegate
