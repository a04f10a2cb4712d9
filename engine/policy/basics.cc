// Small definitions behind the public headers: names, ordering, formatting.
#include <algorithm>
#include <tuple>

#include "mergegate/diagnostic.h"
#include "mergegate/finding.h"
#include "mergegate/parsers/glob.h"
#include "mergegate/policy.h"
#include "mergegate/severity.h"

namespace mergegate {

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string out;
  if (!d.file.empty()) {
    out += d.file;
    if (d.line > 0) out += ":" + std::to_string(d.line);
    if (d.line > 0 && d.column > 0) out += ":" + std::to_string(d.column);
    out += ": ";
  }
  out += "error: " + d.message;
  if (!d.hint.empty()) out += " (" + d.hint + ")";
  if (!d.code.empty()) out += " [" + d.code + "]";
  // One line, always: embedded newlines (from YAML or RE2 messages) become spaces.
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

namespace {
constexpr std::string_view kSeverityNames[] = {"info", "low", "medium", "high", "critical"};
constexpr std::string_view kConfidenceNames[] = {"low", "medium", "high"};
}  // namespace

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (size_t i = 0; i < std::size(kSeverityNames); ++i) {
    if (kSeverityNames[i] == name) return static_cast<Severity>(i);
  }
  return std::nullopt;
}
std::string_view SeverityName(Severity s) { return kSeverityNames[static_cast<size_t>(s)]; }

std::optional<Confidence> ParseConfidence(std::string_view name) {
  for (size_t i = 0; i < std::size(kConfidenceNames); ++i) {
    if (kConfidenceNames[i] == name) return static_cast<Confidence>(i);
  }
  return std::nullopt;
}
std::string_view ConfidenceName(Confidence c) { return kConfidenceNames[static_cast<size_t>(c)]; }

std::string_view RuleKindName(RuleKind k) {
  switch (k) {
    case RuleKind::kCode:
      return "code";
    case RuleKind::kSecret:
      return "secret";
    case RuleKind::kChange:
      return "change";
  }
  return "code";
}

bool Rule::AppliesTo(std::string_view language, std::string_view path) const {
  if (!meta.languages.empty() &&
      std::find(meta.languages.begin(), meta.languages.end(), language) == meta.languages.end()) {
    return false;
  }
  auto any = [&](const std::vector<std::string>& globs) {
    return std::any_of(globs.begin(), globs.end(),
                       [&](const std::string& g) { return parsers::GlobMatch(g, path); });
  };
  if (!meta.include_paths.empty() && !any(meta.include_paths)) return false;
  return !any(meta.exclude_paths);
}

bool FindingLess(const Finding& a, const Finding& b) {
  return std::tie(a.path, a.span.start_line, a.span.start_column, a.rule->meta.id, a.span.end_line,
                  a.span.end_column) < std::tie(b.path, b.span.start_line, b.span.start_column,
                                                b.rule->meta.id, b.span.end_line,
                                                b.span.end_column);
}

PolicySet::PolicySet(std::vector<std::shared_ptr<const Rule>> rules) : rules_(std::move(rules)) {}

const Rule* PolicySet::Find(std::string_view id) const {
  for (const auto& r : rules_) {
    if (r->meta.id == id) return r.get();
  }
  return nullptr;
}

}  // namespace mergegate
