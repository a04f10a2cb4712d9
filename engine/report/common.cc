#include <ctime>

#include "report/reporters.h"

namespace mergegate {

std::string StatusName(FindingStatus s) {
  switch (s) {
    case FindingStatus::kOpen:
      return "open";
    case FindingStatus::kSuppressed:
      return "suppressed";
    case FindingStatus::kBaselined:
      return "baselined";
    case FindingStatus::kWaived:
      return "waived";
  }
  return "open";
}

std::string VerdictLabel(const Verdict& v) {
  return v.overridden ? "approved by override" : std::string(DecisionName(v.decision));
}

std::string FormatUtcTime(std::chrono::system_clock::time_point t) {
  const std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace mergegate
