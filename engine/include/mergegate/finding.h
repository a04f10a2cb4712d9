// Findings: what a matcher reports, after redaction. Findings never hold a full secret.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "mergegate/rule.h"

namespace mergegate {

struct Span {
  int start_line = 0;    // 1-based
  int start_column = 0;  // 1-based, in Unicode code points
  int end_line = 0;
  int end_column = 0;  // exclusive
  uint32_t start_byte = 0;
  uint32_t end_byte = 0;
};

enum class FindingStatus { kOpen, kSuppressed, kBaselined, kWaived };

struct Finding {
  const Rule* rule = nullptr;  // owned by the PolicySet
  std::string path;            // repository-relative, '/'-separated
  Span span;
  Severity severity = Severity::kMedium;  // the rule's, possibly overridden by config
  Confidence confidence = Confidence::kMedium;
  std::string message;
  std::string snippet;         // the first matched line, secrets redacted
  std::string secret_preview;  // secrets only: first 4 characters then "…"
  std::string fingerprint;     // stable across unrelated edits; never contains a secret
  bool blocking = true;        // false for warn-mode rules
  FindingStatus status = FindingStatus::kOpen;
  std::string status_reason;                      // why suppressed / waived / ...
  std::map<std::string, std::string> properties;  // e.g. commit, author for history scans
};

// Orders findings by path, line, column, rule id (deterministic output).
bool FindingLess(const Finding& a, const Finding& b);

}  // namespace mergegate
