// The decision log record: one JSON line per run, for audits (see mergegate/report.h).
#include <map>
#include <nlohmann/json.hpp>

#include "report/reporters.h"

namespace mergegate {

std::string DecisionLogRecord(const RunReport& report) {
  std::map<std::string, size_t> by_severity, by_status;
  nlohmann::json exceptions = nlohmann::json::array();
  for (const Finding& f : report.findings) {
    ++by_status[StatusName(f.status)];
    if (f.status == FindingStatus::kOpen) ++by_severity[std::string(SeverityName(f.severity))];
    if (f.status != FindingStatus::kSuppressed && f.status != FindingStatus::kWaived) continue;
    nlohmann::json e = {{"kind", f.status == FindingStatus::kWaived ? "waiver" : "suppression"},
                        {"rule_id", f.rule->meta.id},
                        {"path", f.path},
                        {"line", f.span.start_line},
                        {"severity", SeverityName(f.severity)},
                        {"reason", f.status_reason}};
    for (const char* key : {"waiver_owner", "waiver_ticket", "waiver_expires"}) {
      const auto it = f.properties.find(key);
      if (it != f.properties.end()) e[std::string(key).substr(7)] = it->second;
    }
    exceptions.push_back(std::move(e));
  }
  nlohmann::json record = {
      {"time", FormatUtcTime(report.end_time)},
      {"tool", "mergegate"},
      {"tool_version", report.tool_version},
      {"policy_digest", report.policy_digest},
      {"effective_policy_digest", report.effective_policy_digest},
      {"command", report.command},
      {"targets", report.targets},
      {"branch", report.branch},
      {"revision", report.vcs.revision},
      {"verdict", report.verdict.overridden ? "approved by override"
                                            : std::string(DecisionName(report.verdict.decision))},
      {"exit_code", report.verdict.exit_code},
      {"fail_on", SeverityName(report.fail_on)},
      {"reasons", report.verdict.reasons},
      {"counts", {{"open_by_severity", by_severity}, {"by_status", by_status}}},
      {"exceptions", exceptions},
      {"errors", report.errors.size()},
  };
  if (report.verdict.overridden) {
    record["override"] = {{"reason", report.override_reason}, {"source", report.override_source}};
  }
  if (report.verdict.failed_open) record["failed_open"] = true;
  if (!report.stale_baseline.empty())
    record["stale_baseline_entries"] = report.stale_baseline.size();
  return record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace mergegate
