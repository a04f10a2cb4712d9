#include "policy/change_rule_compiler.h"

#include "change/change_matcher.h"

namespace mergegate {
namespace {

std::vector<std::string> Strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key)) {
    for (const auto& v : j[key]) out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

bool CompileChangeMatch(const YamlDocument& doc, Rule* rule, const ErrorAt& error_at) {
  const nlohmann::json& match = doc.json["match"];
  if (rule->meta.kind != RuleKind::kChange) {
    error_at("/match/change", "match.change needs 'kind: change'");
    return false;
  }
  if (match.size() != 1) {
    error_at("/match", "a change rule's match holds only 'change'");
    return false;
  }
  const nlohmann::json& c = match["change"];
  ChangeSpec spec;
  const std::string check = c["check"].get<std::string>();
  spec.check = check == "file"             ? ChangeCheck::kFile
               : check == "added-line"     ? ChangeCheck::kAddedLine
               : check == "removed-line"   ? ChangeCheck::kRemovedLine
               : check == "new-dependency" ? ChangeCheck::kNewDependency
               : check == "lockfile-drift" ? ChangeCheck::kLockfileDrift
               : check == "change-size"    ? ChangeCheck::kChangeSize
                                           : ChangeCheck::kSourceWithoutTests;
  for (const std::string& s : Strings(c, "status")) {
    spec.statuses.push_back(s == "added"     ? parsers::FileChange::kAdded
                            : s == "deleted" ? parsers::FileChange::kDeleted
                            : s == "renamed" ? parsers::FileChange::kRenamed
                            : s == "copied"  ? parsers::FileChange::kCopied
                                             : parsers::FileChange::kModified);
  }
  spec.paths = Strings(c, "paths");
  spec.exclude = Strings(c, "exclude");
  spec.allow = Strings(c, "allow");
  spec.tests = Strings(c, "tests");
  if (c.contains("regex")) spec.regex = c["regex"].get<std::string>();
  if (c.contains("unless")) spec.unless = c["unless"].get<std::string>();
  if (c.contains("max-lines")) spec.max_lines = c["max-lines"].get<int>();
  const bool line_check =
      spec.check == ChangeCheck::kAddedLine || spec.check == ChangeCheck::kRemovedLine;
  if (line_check && spec.regex.empty()) {
    error_at("/match/change", "check '" + check + "' needs 'regex'");
    return false;
  }
  if (spec.check == ChangeCheck::kChangeSize && !c.contains("max-lines")) {
    error_at("/match/change", "check 'change-size' needs 'max-lines'");
    return false;
  }
  if (spec.check == ChangeCheck::kSourceWithoutTests && spec.tests.empty()) {
    error_at("/match/change", "check 'source-without-tests' needs 'tests'");
    return false;
  }
  std::string field, message;
  rule->change = ChangeMatcher::Compile(spec, &field, &message);
  if (!rule->change) {
    error_at("/match/change/" + field, "invalid regex: " + message);
    return false;
  }
  return true;
}

}  // namespace mergegate
