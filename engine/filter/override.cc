// Break-glass: a justified override that approves a blocked change where the config allows it.
#include <algorithm>
#include <cstdlib>

#include "mergegate/filters.h"
#include "mergegate/parsers/process.h"

namespace mergegate {
namespace {

std::string TrimLines(std::string s) {
  const size_t nl = s.find('\n');
  if (nl != std::string::npos) s.resize(nl);  // the first trailer value only
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\t')) s.pop_back();
  size_t start = 0;
  while (start < s.size() && (s[start] == ' ' || s[start] == '\t')) ++start;
  return s.substr(start);
}

}  // namespace

std::optional<OverrideRequest> FindOverride(const std::string& flag, const std::string& root) {
  if (!flag.empty()) return OverrideRequest{TrimLines(flag), "flag"};
  if (const char* env = std::getenv("MERGEGATE_OVERRIDE"); env != nullptr && *env != '\0')
    return OverrideRequest{TrimLines(env), "environment"};
  // git parses trailers itself (interpret-trailers rules), so a body line that merely mentions
  // the key is not taken for one.
  const parsers::ProcessResult r = parsers::RunProcess(
      {"git", "log", "-1", "--format=%(trailers:key=Mergegate-Override,valueonly)", "HEAD"}, root);
  if (r.exit_code == 0) {
    const std::string value = TrimLines(r.out);
    if (!value.empty()) return OverrideRequest{value, "commit trailer"};
  }
  return std::nullopt;
}

void ApplyOverride(const OverrideRequest& request, const BreakGlass& break_glass,
                   const std::string& branch, RunReport* report) {
  if (report->verdict.decision != Decision::kBlock) return;  // nothing to override; errors stay
  if (request.reason.empty()) {
    report->notices.push_back("override refused: a justification is required");
    return;
  }
  if (!break_glass.allowed) {
    report->notices.push_back("override refused: the configuration does not allow break-glass");
    return;
  }
  if (!break_glass.branches.empty() &&
      std::none_of(break_glass.branches.begin(), break_glass.branches.end(),
                   [&](const std::string& g) { return BranchMatches(g, branch); })) {
    report->notices.push_back("override refused: break-glass is not allowed on branch '" + branch +
                              "'");
    return;
  }
  Verdict& v = report->verdict;
  v.decision = Decision::kApprove;
  v.exit_code = 0;
  v.overridden = true;
  v.reasons.insert(v.reasons.begin(),
                   "approved by override (" + request.source + "): " + request.reason);
  report->override_reason = request.reason;
  report->override_source = request.source;
}

}  // namespace mergegate
