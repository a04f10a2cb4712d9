// Factories for each output format (one file each), used by reporter_table.cc.
#pragma once

#include <memory>
#include <ostream>

#include "mergegate/report.h"

namespace mergegate {

std::unique_ptr<Reporter> MakeTextReporter();
std::unique_ptr<Reporter> MakeJsonReporter();
std::unique_ptr<Reporter> MakeSarifReporter();
std::unique_ptr<Reporter> MakeGithubReporter();
std::unique_ptr<Reporter> MakeGitlabSastReporter();
std::unique_ptr<Reporter> MakeGitlabSecretsReporter();
std::unique_ptr<Reporter> MakeJunitReporter();
std::unique_ptr<Reporter> MakeMarkdownReporter();

// Shared helpers for reporters.
std::string StatusName(FindingStatus s);                             // "open", "suppressed", ...
std::string FormatUtcTime(std::chrono::system_clock::time_point t);  // 2026-11-27T08:00:00Z
// "approve", "block", "error", or "approved by override".
std::string VerdictLabel(const Verdict& v);
// The markdown summary (PR comment / GitHub job summary): verdict first, then findings grouped
// by severity, linked to the file when the repository is known.
void WriteMarkdownSummary(const RunReport& report, std::ostream& out);
// Writes the GitLab security report (schema 15.x) for findings of `secrets` kind or not.
void WriteGitlabReport(const RunReport& report, bool secrets, std::ostream& out);

}  // namespace mergegate
