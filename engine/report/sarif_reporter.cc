// SARIF 2.1.0 as GitHub code scanning, GitLab, Azure DevOps and VS Code ingest it (see
// docs/governance.md): every rule that ran is declared, results carry repo-relative URIs, full
// regions and GitHub's primaryLocationLineHash. The verdict goes in run.properties.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "report/reporters.h"

namespace mergegate {
namespace {

std::string SarifLevel(Severity s) {
  return s >= Severity::kHigh ? "error" : s == Severity::kMedium ? "warning" : "note";
}

// GitHub maps security-severity >= 9.0 to critical, 7.0-8.9 high, 4.0-6.9 medium, else low.
std::string SecuritySeverity(Severity s) {
  switch (s) {
    case Severity::kCritical:
      return "9.5";
    case Severity::kHigh:
      return "8.0";
    case Severity::kMedium:
      return "5.5";
    case Severity::kLow:
      return "3.0";
    case Severity::kInfo:
      return "1.0";
  }
  return "5.5";
}

std::string Precision(Confidence c) {
  return c == Confidence::kHigh ? "high" : c == Confidence::kMedium ? "medium" : "low";
}

std::string PercentEncodePath(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

nlohmann::json RuleJson(const Rule& rule) {
  const RuleMeta& m = rule.meta;
  nlohmann::json tags = nlohmann::json::array();
  tags.push_back("security");
  if (m.kind == RuleKind::kSecret) tags.push_back("secret");
  for (int cwe : m.cwe) tags.push_back("external/cwe/cwe-" + std::to_string(cwe));
  // GitHub keeps 10 tags per rule; SARIF requires them unique.
  for (const std::string& t : m.tags) {
    if (tags.size() < 10 && std::find(tags.begin(), tags.end(), t) == tags.end()) tags.push_back(t);
  }
  const std::string help_text = m.help.empty() ? m.message : m.help;
  std::string help_markdown = "**" + (m.title.empty() ? m.id : m.title) + "**\n\n" + help_text;
  if (!m.cwe.empty() || !m.owasp.empty()) {
    help_markdown += "\n\n**References**\n";
    for (int cwe : m.cwe) {
      help_markdown += "\n- [CWE-" + std::to_string(cwe) +
                       "](https://cwe.mitre.org/data/definitions/" + std::to_string(cwe) + ".html)";
    }
    for (const std::string& o : m.owasp) help_markdown += "\n- OWASP " + o;
  }
  help_markdown += "\n\nSeverity: " + std::string(SeverityName(m.severity)) + " · rule pack: `" +
                   m.pack + "` · `mergegate rules explain " + m.id + "`";
  return {
      {"id", m.id},
      {"name", m.title},
      {"shortDescription", {{"text", m.title}}},
      {"fullDescription", {{"text", m.message}}},
      {"help", {{"text", help_text}, {"markdown", help_markdown}}},
      {"defaultConfiguration", {{"level", SarifLevel(m.severity)}}},
      {"properties",
       {{"tags", tags},
        {"precision", Precision(m.confidence)},
        {"security-severity", SecuritySeverity(m.severity)},
        {"mergegate/kind", RuleKindName(m.kind)},
        {"mergegate/pack", m.pack}}},
  };
}

nlohmann::json ResultJson(const Finding& f, int rule_index) {
  nlohmann::json region = {
      {"startLine", f.span.start_line},
      {"startColumn", f.span.start_column},
      {"endLine", f.span.end_line},
      {"endColumn", std::max(f.span.end_column,
                             f.span.start_column + (f.span.end_line == f.span.start_line ? 1 : 0))},
      {"snippet", {{"text", f.snippet}}},
  };
  nlohmann::json result = {
      {"ruleId", f.rule->meta.id},
      {"ruleIndex", rule_index},
      {"level", SarifLevel(f.severity)},
      {"kind", "fail"},
      {"message",
       {{"text", f.message + (f.secret_preview.empty() ? "" : " (" + f.secret_preview + ")")}}},
      {"locations",
       {{{"physicalLocation",
          {{"artifactLocation", {{"uri", PercentEncodePath(f.path)}, {"uriBaseId", "%SRCROOT%"}}},
           {"region", region}}}}}},
      {"fingerprints", {{"mergegate/v1", f.fingerprint}}},
      {"properties",
       {{"mergegate/severity", SeverityName(f.severity)},
        {"mergegate/confidence", ConfidenceName(f.confidence)},
        {"mergegate/blocking", f.blocking}}},
  };
  const auto hash = f.properties.find("primaryLocationLineHash");
  if (hash != f.properties.end())
    result["partialFingerprints"] = {{"primaryLocationLineHash", hash->second}};
  for (const auto& [k, v] : f.properties) {
    if (k != "primaryLocationLineHash") result["properties"]["mergegate/" + k] = v;
  }
  if (f.status != FindingStatus::kOpen) {
    result["suppressions"] = {
        {{"kind", f.status == FindingStatus::kSuppressed ? "inSource" : "external"},
         {"status", "accepted"},
         {"justification", f.status_reason.empty() ? StatusName(f.status) : f.status_reason}}};
  }
  return result;
}

// GitHub rejects several runs of one tool with the same category in one upload, so each
// category (secrets, code) is its own run with its own automationDetails.id.
std::string Category(const Rule& rule) {
  return rule.meta.kind == RuleKind::kSecret ? "secrets" : "code";
}

nlohmann::json RunJson(const RunReport& report, const ReportOptions& options,
                       const std::string& category) {
  nlohmann::json rules = nlohmann::json::array();
  std::map<const Rule*, int> index;
  for (const Rule* rule : report.rules) {
    if (Category(*rule) != category) continue;
    index[rule] = static_cast<int>(rules.size());
    rules.push_back(RuleJson(*rule));
  }
  nlohmann::json results = nlohmann::json::array();
  std::map<std::string, size_t> excepted;
  for (const Finding& f : report.findings) {
    if (Category(*f.rule) != category) continue;
    if (f.status != FindingStatus::kOpen) {
      ++excepted[StatusName(f.status)];
      if (!options.sarif_include_suppressed) continue;
    }
    auto it = index.find(f.rule);
    if (it == index.end()) {  // a finding from a rule not in report.rules: declare it
      it = index.emplace(f.rule, static_cast<int>(rules.size())).first;
      rules.push_back(RuleJson(*f.rule));
    }
    results.push_back(ResultJson(f, it->second));
  }
  nlohmann::json notifications = nlohmann::json::array();
  for (const Diagnostic& d : report.errors) {
    notifications.push_back({{"level", "error"}, {"message", {{"text", FormatDiagnostic(d)}}}});
  }
  for (const std::string& n : report.notices) {
    notifications.push_back({{"level", "warning"}, {"message", {{"text", n}}}});
  }
  nlohmann::json invocation = {
      {"executionSuccessful", report.errors.empty()},
      {"startTimeUtc", FormatUtcTime(report.start_time)},
      {"endTimeUtc", FormatUtcTime(report.end_time)},
      {"exitCode", report.verdict.exit_code},
      {"workingDirectory", {{"uri", "file://" + PercentEncodePath(report.root) + "/"}}},
  };
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  nlohmann::json properties = {
      {"mergegate/verdict", VerdictLabel(report.verdict)},
      {"mergegate/exitCode", report.verdict.exit_code},
      {"mergegate/reasons", report.verdict.reasons},
      {"mergegate/failOn", SeverityName(report.fail_on)},
      {"mergegate/policyDigest", report.policy_digest},
      {"mergegate/effectivePolicyDigest", report.effective_policy_digest},
      {"mergegate/excepted", excepted},
      {"mergegate/exceptedResultsIncluded", options.sarif_include_suppressed},
  };
  if (!report.branch.empty()) properties["mergegate/branch"] = report.branch;
  if (report.verdict.overridden) properties["mergegate/override"] = report.override_reason;
  nlohmann::json run = {
      {"tool",
       {{"driver",
         {{"name", "mergegate"},
          {"fullName", "mergegate policy-as-code governance gate"},
          {"semanticVersion", report.tool_version},
          {"version", report.tool_version},
          {"informationUri", "https://github.com/mergegate/mergegate"},
          {"rules", rules}}}}},
      {"automationDetails", {{"id", "mergegate/" + category + "/"}}},
      {"originalUriBaseIds",
       {{"%SRCROOT%", {{"uri", "file://" + PercentEncodePath(report.root) + "/"}}}}},
      {"columnKind", "unicodeCodePoints"},
      {"invocations", {invocation}},
      {"results", results},
      {"properties", properties},
  };
  if (!report.vcs.repository_uri.empty() && !report.vcs.revision.empty()) {
    nlohmann::json vcs = {{"repositoryUri", report.vcs.repository_uri},
                          {"revisionId", report.vcs.revision},
                          {"mappedTo", {{"uriBaseId", "%SRCROOT%"}}}};
    if (!report.vcs.branch.empty()) vcs["branch"] = report.vcs.branch;
    run["versionControlProvenance"] = {vcs};
  }
  return run;
}

class SarifReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions& options,
             std::ostream& out) const override {
    const nlohmann::json log = {
        {"$schema",
         "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
         "sarif-schema-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", {RunJson(report, options, "code"), RunJson(report, options, "secrets")}},
    };
    out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter() { return std::make_unique<SarifReporter>(); }

}  // namespace mergegate
