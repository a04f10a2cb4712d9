// GitLab security reports (schema 15.2.1): shared by the gitlab-sast and gitlab-secrets
// formats. GitLab validates against the declared version and drops reports that do not match,
// so required fields are always present and non-empty. Excepted findings stay in the report,
// flagged, rather than silently disappearing.
#include <nlohmann/json.hpp>

#include "mergegate/util.h"
#include "report/reporters.h"

namespace mergegate {
namespace {

constexpr const char* kSchemaVersion = "15.2.1";

// GitLab wants exactly yyyy-mm-ddThh:mm:ss (no zone, no fractions).
std::string GitlabTime(std::chrono::system_clock::time_point t) {
  std::string s = FormatUtcTime(t);
  if (!s.empty() && s.back() == 'Z') s.pop_back();
  return s;
}

std::string GitlabSeverity(Severity s) {
  switch (s) {
    case Severity::kCritical:
      return "Critical";
    case Severity::kHigh:
      return "High";
    case Severity::kMedium:
      return "Medium";
    case Severity::kLow:
      return "Low";
    case Severity::kInfo:
      return "Info";
  }
  return "Unknown";
}

// A deterministic UUID (version-5 layout) from the finding's identity.
std::string StableUuid(const std::string& key) {
  std::string h = util::Sha256Hex(key).substr(0, 32);
  h[12] = '5';
  h[16] = "89ab"[std::stoi(h.substr(16, 1), nullptr, 16) & 3];
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
         "-" + h.substr(20, 12);
}

nlohmann::json Vulnerability(const RunReport& report, const Finding& f, bool secrets) {
  const RuleMeta& m = f.rule->meta;
  nlohmann::json identifiers = nlohmann::json::array();
  identifiers.push_back(
      {{"type", "mergegate_rule_id"}, {"name", "mergegate " + m.id}, {"value", m.id}});
  for (int cwe : m.cwe) {
    identifiers.push_back(
        {{"type", "cwe"},
         {"name", "CWE-" + std::to_string(cwe)},
         {"value", std::to_string(cwe)},
         {"url", "https://cwe.mitre.org/data/definitions/" + std::to_string(cwe) + ".html"}});
  }
  nlohmann::json location = {
      {"file", f.path}, {"start_line", f.span.start_line}, {"end_line", f.span.end_line}};
  if (secrets) {
    const auto commit = f.properties.find("commit");
    std::string sha = commit != f.properties.end() ? commit->second : report.vcs.revision;
    if (sha.empty()) sha = std::string(40, '0');  // not in git: GitLab still needs a value
    location["commit"] = {{"sha", sha}};
  }
  nlohmann::json v = {
      {"id", StableUuid(m.id + "\n" + f.path + "\n" + f.fingerprint)},
      {"name", m.title.empty() ? m.id : m.title},
      {"description", f.message + (f.secret_preview.empty() ? "" : " (" + f.secret_preview + ")")},
      {"severity", GitlabSeverity(f.severity)},
      {"identifiers", identifiers},
      {"location", location},
  };
  if (!m.help.empty()) v["solution"] = m.help.substr(0, 7000);
  if (!f.snippet.empty()) v["raw_source_code_extract"] = f.snippet;
  if (f.status != FindingStatus::kOpen) {
    v["flags"] = {{{"type", "flagged-as-likely-false-positive"},
                   {"origin", "mergegate"},
                   {"description", StatusName(f.status) + ": " + f.status_reason}}};
  }
  return v;
}

}  // namespace

void WriteGitlabReport(const RunReport& report, bool secrets, std::ostream& out) {
  nlohmann::json vulnerabilities = nlohmann::json::array();
  for (const Finding& f : report.findings) {
    if ((f.rule->meta.kind == RuleKind::kSecret) != secrets) continue;
    vulnerabilities.push_back(Vulnerability(report, f, secrets));
  }
  const nlohmann::json tool = {{"id", "mergegate"},
                               {"name", "mergegate"},
                               {"version", report.tool_version},
                               {"vendor", {{"name", "mergegate"}}}};
  const nlohmann::json doc = {
      {"version", kSchemaVersion},
      {"scan",
       {{"analyzer", tool},
        {"scanner", tool},
        {"start_time", GitlabTime(report.start_time)},
        {"end_time", GitlabTime(report.end_time)},
        {"status", report.errors.empty() ? "success" : "failure"},
        {"type", secrets ? "secret_detection" : "sast"}}},
      {"vulnerabilities", vulnerabilities},
  };
  out << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace mergegate
