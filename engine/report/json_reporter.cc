// Machine output, documented by schemas/report.schema.json. Field names are stable.
#include <map>
#include <nlohmann/json.hpp>

#include "report/reporters.h"

namespace mergegate {
namespace {

nlohmann::json FindingJson(const Finding& f) {
  const RuleMeta& m = f.rule->meta;
  nlohmann::json j = {
      {"rule_id", m.id},
      {"title", m.title},
      {"kind", RuleKindName(m.kind)},
      {"severity", SeverityName(f.severity)},
      {"confidence", ConfidenceName(f.confidence)},
      {"path", f.path},
      {"start_line", f.span.start_line},
      {"start_column", f.span.start_column},
      {"end_line", f.span.end_line},
      {"end_column", f.span.end_column},
      {"message", f.message},
      {"snippet", f.snippet},
      {"fingerprint", f.fingerprint},
      {"blocking", f.blocking},
      {"status", StatusName(f.status)},
      {"cwe", m.cwe},
      {"tags", m.tags},
  };
  if (!f.status_reason.empty()) j["status_reason"] = f.status_reason;
  if (!f.secret_preview.empty()) j["secret_preview"] = f.secret_preview;
  if (!m.provider.empty()) j["provider"] = m.provider;
  if (!f.properties.empty()) j["properties"] = f.properties;
  return j;
}

class JsonReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions&, std::ostream& out) const override {
    nlohmann::json findings = nlohmann::json::array();
    std::map<std::string, size_t> by_severity, by_status;
    for (const Finding& f : report.findings) {
      findings.push_back(FindingJson(f));
      ++by_status[StatusName(f.status)];
      if (f.status == FindingStatus::kOpen) ++by_severity[std::string(SeverityName(f.severity))];
    }
    nlohmann::json skipped = nlohmann::json::array();
    for (const auto& s : report.skipped)
      skipped.push_back({{"path", s.path}, {"reason", s.reason}});
    nlohmann::json errors = nlohmann::json::array();
    for (const Diagnostic& d : report.errors) {
      errors.push_back({{"code", d.code},
                        {"message", d.message},
                        {"file", d.file},
                        {"line", d.line},
                        {"column", d.column}});
    }
    nlohmann::json doc = {
        {"schema_version", "1.0"},
        {"tool", {{"name", "mergegate"}, {"version", report.tool_version}}},
        {"command", report.command},
        {"targets", report.targets},
        {"policy_digest", report.policy_digest},
        {"branch", report.branch},
        {"effective_policy_digest", report.effective_policy_digest},
        {"notices", report.notices},
        {"stale_baseline", report.stale_baseline},
        {"verdict",
         {{"decision", DecisionName(report.verdict.decision)},
          {"label", VerdictLabel(report.verdict)},
          {"overridden", report.verdict.overridden},
          {"failed_open", report.verdict.failed_open},
          {"exit_code", report.verdict.exit_code},
          {"fail_on", SeverityName(report.fail_on)},
          {"reasons", report.verdict.reasons}}},
        {"summary",
         {{"files_scanned", report.files_scanned},
          {"files_skipped", report.skipped.size()},
          {"rules", report.rules.size()},
          {"open_by_severity", by_severity},
          {"by_status", by_status}}},
        {"findings", findings},
        {"skipped", skipped},
        {"errors", errors},
        {"start_time", FormatUtcTime(report.start_time)},
        {"end_time", FormatUtcTime(report.end_time)},
    };
    if (report.files_from_cache) doc["summary"]["files_from_cache"] = *report.files_from_cache;
    if (report.verdict.overridden) {
      doc["override"] = {{"reason", report.override_reason}, {"source", report.override_source}};
    }
    out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter() { return std::make_unique<JsonReporter>(); }

}  // namespace mergegate
