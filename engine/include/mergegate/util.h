// Small product-agnostic helpers shared across the engine: hashing, text positions, UTF-8.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mergegate::util {

// Lower-case hex SHA-256 of `data`. Thread-safe.
std::string Sha256Hex(std::string_view data);

// Maps byte offsets of one text to 1-based line and column (columns in code points).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  int Line(uint32_t byte) const;              // 1-based
  int Column(uint32_t byte) const;            // 1-based, code points from line start
  std::string_view LineText(int line) const;  // without the line terminator
  int line_count() const { return static_cast<int>(starts_.size()); }
  uint32_t LineStart(int line) const { return starts_[static_cast<size_t>(line - 1)]; }

 private:
  std::string_view text_;
  std::vector<uint32_t> starts_;  // byte offset of each line start
};

// Shannon entropy in bits per character of `s` (0 for empty).
double ShannonEntropy(std::string_view s);

// True when `s` contains `needle` ignoring ASCII case.
bool ContainsIgnoreCase(std::string_view s, std::string_view needle);
std::string AsciiLower(std::string_view s);

// Replaces invalid UTF-8 sequences with U+FFFD so output formats stay valid.
std::string SanitizeUtf8(std::string_view s);

}  // namespace mergegate::util

namespace mergegate::util {

// GitHub code scanning's primaryLocationLineHash for every line of `text` (index 0 = line 1),
// computed exactly as github/codeql-action src/fingerprints.ts does: a base-37 rolling hash
// mod 2^64 over the 100 non-space, non-tab UTF-16 code units starting at each line, CR/CRLF
// read as LF, EOF marked with 65535; the value is "<hex>:<occurrence>".
std::vector<std::string> GithubLineHashes(std::string_view text);

}  // namespace mergegate::util
