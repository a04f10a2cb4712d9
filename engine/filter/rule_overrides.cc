// Per-rule severity and enforce/warn/off modes from the configuration, scoped by path and branch.
#include <algorithm>

#include "mergegate/filters.h"
#include "mergegate/parsers/glob.h"

namespace mergegate {
namespace {

bool AnyGlob(const std::vector<std::string>& globs, std::string_view value) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return parsers::GlobMatch(g, value); });
}

bool Applies(const RuleOverride& o, const Finding& f, const std::string& branch) {
  if (!AnyGlob(o.rules, f.rule->meta.id)) return false;
  if (!o.paths.empty() && !AnyGlob(o.paths, f.path)) return false;
  if (o.branches.empty()) return true;
  return std::any_of(o.branches.begin(), o.branches.end(),
                     [&](const std::string& g) { return BranchMatches(g, branch); });
}

}  // namespace

void ApplyRuleOverrides(const std::vector<RuleOverride>& overrides, const std::string& branch,
                        std::vector<Finding>* findings) {
  if (overrides.empty()) return;
  std::vector<Finding> kept;
  kept.reserve(findings->size());
  for (Finding& f : *findings) {
    RuleMode mode = f.blocking ? RuleMode::kEnforce : RuleMode::kWarn;
    for (const RuleOverride& o : overrides) {
      if (!Applies(o, f, branch)) continue;
      if (o.severity) f.severity = *o.severity;
      if (o.mode) mode = *o.mode;
    }
    if (mode == RuleMode::kOff) continue;
    f.blocking = mode == RuleMode::kEnforce;
    kept.push_back(std::move(f));
  }
  *findings = std::move(kept);
}

}  // namespace mergegate
