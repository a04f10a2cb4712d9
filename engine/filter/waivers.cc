// Waivers from the configuration: accountable (reason, owner, ticket) and expiring.
#include <re2/re2.h>

#include <algorithm>

#include "mergegate/filters.h"
#include "mergegate/parsers/glob.h"

namespace mergegate {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
long DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3u : 9u)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

// Parses a strict YYYY-MM-DD (a real calendar day) into days since the epoch.
std::optional<long> ParseDate(const std::string& s) {
  static const RE2 kDate(R"((\d{4})-(\d{2})-(\d{2}))");
  int y = 0;
  unsigned m = 0, d = 0;
  if (!RE2::FullMatch(s, kDate, &y, &m, &d) || m < 1 || m > 12 || d < 1) return std::nullopt;
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > kDays[m - 1] + (m == 2 && leap ? 1u : 0u)) return std::nullopt;
  return DaysFromCivil(y, m, d);
}

bool Matches(const Waiver& w, const Finding& f) {
  if (!parsers::GlobMatch(w.rule, f.rule->meta.id)) return false;
  return w.paths.empty() || std::any_of(w.paths.begin(), w.paths.end(), [&](const auto& g) {
           return parsers::GlobMatch(g, f.path);
         });
}

}  // namespace

std::string_view WaiverStateName(WaiverState s) {
  switch (s) {
    case WaiverState::kActive:
      return "active";
    case WaiverState::kExpiringSoon:
      return "expiring";
    case WaiverState::kExpired:
      return "expired";
    case WaiverState::kMalformed:
      return "malformed";
  }
  return "malformed";
}

WaiverStatus EvaluateWaiver(const Waiver& waiver, std::chrono::system_clock::time_point now) {
  WaiverStatus status;
  const std::optional<long> expires = ParseDate(waiver.expires);
  if (!expires) {
    status.state = WaiverState::kMalformed;
    status.summary = "waiver for " + waiver.rule + " has a malformed expiry date '" +
                     waiver.expires + "' (want YYYY-MM-DD) and does not apply";
    return status;
  }
  const long today =
      std::chrono::duration_cast<std::chrono::hours>(now.time_since_epoch()).count() / 24;
  status.days_left = static_cast<int>(*expires - today);  // the expiry day itself still counts
  if (status.days_left < 0) {
    status.state = WaiverState::kExpired;
    status.summary = "waiver for " + waiver.rule + " expired on " + waiver.expires;
  } else if (status.days_left < kWaiverWarningDays) {
    status.state = WaiverState::kExpiringSoon;
    status.summary = "waiver for " + waiver.rule + " (owner " + waiver.owner + ") expires on " +
                     waiver.expires + ", in " + std::to_string(status.days_left) + " day(s)";
  } else {
    status.state = WaiverState::kActive;
    status.summary = "waiver for " + waiver.rule + " is active until " + waiver.expires;
  }
  return status;
}

std::vector<std::string> ApplyWaivers(const std::vector<Waiver>& waivers,
                                      std::chrono::system_clock::time_point now,
                                      std::vector<Finding>* findings) {
  std::vector<std::string> notices;
  std::vector<WaiverStatus> statuses;
  for (const Waiver& w : waivers) {
    statuses.push_back(EvaluateWaiver(w, now));
    const WaiverState s = statuses.back().state;
    if (s != WaiverState::kActive) notices.push_back(statuses.back().summary);
  }
  for (Finding& f : *findings) {
    if (f.status != FindingStatus::kOpen) continue;
    std::string lapsed;  // why a matching waiver did not apply
    for (size_t i = 0; i < waivers.size(); ++i) {
      const Waiver& w = waivers[i];
      if (!Matches(w, f)) continue;
      const WaiverState s = statuses[i].state;
      if (s == WaiverState::kExpired || s == WaiverState::kMalformed) {
        if (lapsed.empty()) lapsed = statuses[i].summary;
        continue;
      }
      f.status = FindingStatus::kWaived;
      f.status_reason = w.reason;
      f.properties["waiver_owner"] = w.owner;
      f.properties["waiver_expires"] = w.expires;
      if (!w.ticket.empty()) f.properties["waiver_ticket"] = w.ticket;
      break;
    }
    if (f.status == FindingStatus::kOpen && !lapsed.empty()) f.status_reason = lapsed;
  }
  return notices;
}

}  // namespace mergegate
