#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "mergegate/util.h"

namespace mergegate::util {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    // A lone CR ends a line too (old Mac files); CRLF counts once.
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
      starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
  if (starts_.size() > 1 && starts_.back() == text.size()) starts_.pop_back();
}

int LineIndex::Line(uint32_t byte) const {
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), byte);
  return static_cast<int>(it - starts_.begin());
}

int LineIndex::Column(uint32_t byte) const {
  const uint32_t start = starts_[static_cast<size_t>(Line(byte) - 1)];
  int column = 1;
  for (uint32_t i = start; i < byte && i < text_.size(); ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // skip continuation bytes
  }
  return column;
}

std::string_view LineIndex::LineText(int line) const {
  if (line < 1 || line > line_count()) return {};
  const uint32_t start = starts_[static_cast<size_t>(line - 1)];
  uint32_t end = line < line_count() ? starts_[static_cast<size_t>(line)]
                                     : static_cast<uint32_t>(text_.size());
  while (end > start && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return text_.substr(start, end - start);
}

double ShannonEntropy(std::string_view s) {
  if (s.empty()) return 0;
  std::array<int, 256> counts{};
  for (unsigned char c : s) ++counts[c];
  double entropy = 0;
  const double n = static_cast<double>(s.size());
  for (int count : counts) {
    if (count == 0) continue;
    const double p = count / n;
    entropy -= p * std::log2(p);
  }
  return entropy;
}

bool ContainsIgnoreCase(std::string_view s, std::string_view needle) {
  if (needle.empty()) return true;
  const auto it = std::search(s.begin(), s.end(), needle.begin(), needle.end(), [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) ==
           std::tolower(static_cast<unsigned char>(b));
  });
  return it != s.end();
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80           ? 1
                 : (c >> 5) == 0x6  ? 2
                 : (c >> 4) == 0xE  ? 3
                 : (c >> 3) == 0x1E ? 4
                                    : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k)
      ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && len == 1 && c < 0x20 && c != '\t') ok = false;  // control characters
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

}  // namespace mergegate::util
