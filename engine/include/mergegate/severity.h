// Severity and confidence levels shared by rules, findings, thresholds and reporters.
#pragma once

#include <optional>
#include <string_view>

namespace mergegate {

// Ordered: a larger value is more severe.
enum class Severity { kInfo = 0, kLow = 1, kMedium = 2, kHigh = 3, kCritical = 4 };
enum class Confidence { kLow = 0, kMedium = 1, kHigh = 2 };

// Returns nullopt for an unknown name. Names are lower case: "critical", "high", ...
std::optional<Severity> ParseSeverity(std::string_view name);
std::string_view SeverityName(Severity s);
std::optional<Confidence> ParseConfidence(std::string_view name);
std::string_view ConfidenceName(Confidence c);

}  // namespace mergegate
