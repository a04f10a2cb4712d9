// Applying inline suppressions; malformed and unused directives become findings themselves.
#include <algorithm>

#include "mergegate/filters.h"
#include "mergegate/util.h"

namespace mergegate {
namespace {

Rule MakeRule(const char* id, const char* title, const char* message, const char* help,
              Severity severity) {
  Rule r;
  r.meta.id = id;
  r.meta.title = title;
  r.meta.message = message;
  r.meta.help = help;
  r.meta.category = "governance";
  r.meta.severity = severity;
  r.meta.confidence = Confidence::kHigh;
  r.meta.pack = "mergegate";
  r.meta.origin = "builtin:mergegate";
  r.meta.tags = {"governance"};
  return r;
}

bool Covers(const SuppressionDirective& d, const Finding& f) {
  if (d.path != f.path) return false;
  const int line = f.span.start_line;
  if (line != d.line && !(d.standalone && line == d.line + 1)) return false;
  return std::find(d.rule_ids.begin(), d.rule_ids.end(), f.rule->meta.id) != d.rule_ids.end();
}

Finding DirectiveFinding(const Rule& rule, const SuppressionDirective& d, std::string message) {
  Finding f;
  f.rule = &rule;
  f.path = d.path;
  f.span.start_line = f.span.end_line = d.line;
  f.span.start_column = d.column;
  f.span.end_column = d.column + static_cast<int>(std::string_view("mergegate:").size());
  f.severity = rule.meta.severity;
  f.confidence = Confidence::kHigh;
  f.message = std::move(message);
  // Like code findings, the fingerprint ignores the line so baselines survive moves.
  std::string ids;
  for (const std::string& id : d.rule_ids) ids += id + ",";
  f.fingerprint =
      util::Sha256Hex(rule.meta.id + "\n" + d.path + "\n" + ids + "\n" + d.reason).substr(0, 32);
  return f;
}

}  // namespace

const Rule& SuppressionProblemRule() {
  static const Rule rule =
      MakeRule("mergegate-suppression-malformed", "Malformed suppression",
               "suppression comment is missing a rule id or a reason",
               "Write `mergegate: ignore[rule-id] reason` in a comment on the finding's line or "
               "the line before. The rule id says what is accepted; the reason says why, for "
               "reviewers and the decision log. A malformed suppression suppresses nothing.",
               Severity::kMedium);
  return rule;
}

const Rule& UnusedSuppressionRule() {
  static const Rule rule = MakeRule(
      "mergegate-suppression-unused", "Unused suppression",
      "suppression comment matches no finding",
      "The suppressed rule no longer reports anything on this line (the code changed, or the "
      "rule id is misspelled). Remove the comment so it cannot hide a future finding.",
      Severity::kLow);
  return rule;
}

void ApplySuppressions(const std::vector<SuppressionDirective>& directives, bool require_reason,
                       std::vector<Finding>* findings) {
  std::vector<Finding> extra;
  for (const SuppressionDirective& d : directives) {
    if (d.rule_ids.empty()) {
      extra.push_back(DirectiveFinding(SuppressionProblemRule(), d,
                                       "suppression without a rule id: write "
                                       "`mergegate: ignore[rule-id] reason`"));
      continue;
    }
    if (require_reason && d.reason.empty()) {
      extra.push_back(DirectiveFinding(
          SuppressionProblemRule(), d,
          "suppression of " + d.rule_ids.front() + " without a reason: add why after the ]"));
      continue;
    }
    bool used = false;
    for (Finding& f : *findings) {
      if (f.status != FindingStatus::kOpen || !Covers(d, f)) continue;
      f.status = FindingStatus::kSuppressed;
      f.status_reason = d.reason.empty() ? "suppressed inline" : d.reason;
      f.properties["suppressed_at"] = d.path + ":" + std::to_string(d.line);
      used = true;
    }
    if (!used) {
      std::string ids;
      for (const std::string& id : d.rule_ids) ids += (ids.empty() ? "" : ",") + id;
      Finding f = DirectiveFinding(UnusedSuppressionRule(), d,
                                   "unused suppression: ignore[" + ids + "] matches no finding");
      f.blocking = false;
      extra.push_back(std::move(f));
    }
  }
  for (Finding& f : extra) findings->push_back(std::move(f));
  std::stable_sort(findings->begin(), findings->end(), FindingLess);
}

}  // namespace mergegate
