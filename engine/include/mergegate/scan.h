// Scanning: applies a PolicySet to file contents. A Scanner is built once (it precomputes, per
// language, one RE2::Set over all regex rules and the list of structural rules) and is then
// used read-only by every worker thread.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mergegate/finding.h"
#include "mergegate/parsers/walk.h"
#include "mergegate/policy.h"
#include "mergegate/suppression.h"

namespace mergegate {

class ResultCache;  // mergegate/result_cache.h

struct ScanOptions {
  uint64_t max_file_bytes = 1 << 20;          // larger files are skipped ("too large")
  uint64_t parse_timeout_micros = 5'000'000;  // per file; a timeout skips the structural rules
  int jobs = 0;                               // worker threads; 0 = all cores
  bool ignore_rule_paths = false;             // fixture tests: ignore rules' include/exclude globs
};

// Skip reasons that mean some rules were not applied to a file, so the run is incomplete and
// fails closed: a parse that timed out or failed, or a built-in rule that could not be compiled
// for the file's language (reported as "<kRuleCompileFailed>: <rule id>: <error>").
inline constexpr std::string_view kParseTimeout = "parse timeout";
inline constexpr std::string_view kParseFailed = "parse failed";
inline constexpr std::string_view kRuleCompileFailed = "rule failed to compile";
inline bool MakesScanIncomplete(std::string_view reason) {
  return reason == kParseTimeout || reason == kParseFailed ||
         reason.starts_with(kRuleCompileFailed);
}

struct FileScanResult {
  std::vector<Finding> findings;                   // sorted
  std::optional<std::string> skip_reason;          // set when the file was not (fully) scanned
  std::vector<SuppressionDirective> suppressions;  // inline `mergegate: ignore[...]` comments
};

struct ScanResults {
  std::vector<Finding> findings;  // sorted with FindingLess
  std::vector<parsers::SkippedFile> skipped;
  size_t files_scanned = 0;
  size_t bytes_scanned = 0;
  size_t files_from_cache = 0;  // of files_scanned, how many a ResultCache served
  std::vector<SuppressionDirective> suppressions;  // of every scanned file, in file order
};

class Scanner {
 public:
  // `policies` must outlive the Scanner.
  Scanner(const PolicySet& policies, ScanOptions options);
  ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // Scans `text` as the file at `path` (language detected from the path). Thread-safe.
  FileScanResult ScanText(std::string_view path, std::string_view text) const;

  // Reads and scans `files` on options.jobs threads. Output order does not depend on scheduling.
  // With a `cache` (opened for this scanner's policies and options), a file whose result it
  // holds is read and hashed but not scanned, and every other result is stored in it.
  ScanResults ScanFiles(const std::vector<parsers::WalkedFile>& files,
                        const ResultCache* cache = nullptr) const;

 private:
  struct Plan;
  ScanOptions options_;
  std::unique_ptr<Plan> plan_;
};

// Reads `fs_path` whole (never through a symlink), unless it is larger than `max_bytes` or
// binary (a NUL byte in the first 8 KiB): then returns nullopt and sets *skip_reason. Text with
// a UTF-16 byte-order mark is returned transcoded to UTF-8; a UTF-8 BOM is dropped.
std::optional<std::string> ReadSourceFile(const std::string& fs_path, uint64_t max_bytes,
                                          std::string* skip_reason);

}  // namespace mergegate
