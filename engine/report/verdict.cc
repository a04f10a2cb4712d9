#include "mergegate/report.h"

namespace mergegate {

std::string_view DecisionName(Decision d) {
  switch (d) {
    case Decision::kApprove:
      return "approve";
    case Decision::kBlock:
      return "block";
    case Decision::kError:
      return "error";
  }
  return "error";
}

Verdict DecideVerdict(const RunReport& report) {
  Verdict v;
  if (!report.errors.empty()) {
    v.decision = Decision::kError;
    v.exit_code = 2;
    v.reasons.push_back(std::to_string(report.errors.size()) +
                        " error(s) prevented a complete scan");
    return v;
  }
  size_t blocking = 0;
  for (const Finding& f : report.findings) {
    if (f.status == FindingStatus::kOpen && f.blocking && f.severity >= report.fail_on) ++blocking;
  }
  if (blocking > 0) {
    v.decision = Decision::kBlock;
    v.exit_code = 1;
    v.reasons.push_back(std::to_string(blocking) + " finding(s) at or above " +
                        std::string(SeverityName(report.fail_on)));
  } else {
    v.decision = Decision::kApprove;
    v.exit_code = 0;
    v.reasons.push_back("no open finding at or above " + std::string(SeverityName(report.fail_on)));
  }
  return v;
}

}  // namespace mergegate
