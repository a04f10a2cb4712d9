#include "match/secret_checks.h"

#include <array>
#include <cstdint>
#include <string>

#include "mergegate/util.h"

namespace mergegate {
namespace {

uint32_t Crc32(std::string_view data) {
  static const auto kTable = [] {
    std::array<uint32_t, 256> table{};
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
    return table;
  }();
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char ch : data) crc = kTable[(crc ^ ch) & 0xFF] ^ (crc >> 8);
  return crc ^ 0xFFFFFFFFu;
}

std::string Base62(uint32_t value, size_t width) {
  static const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::string out;
  do {
    out.insert(out.begin(), kAlphabet[value % 62]);
    value /= 62;
  } while (value > 0);
  while (out.size() < width) out.insert(out.begin(), '0');
  return out;
}

// GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens: <prefix>_<30 random><6 base62
// CRC32>.
ValidatorResult GithubCrc32(std::string_view token) {
  const size_t underscore = token.find('_');
  if (underscore == std::string_view::npos) return ValidatorResult::kUnknown;
  const std::string_view body = token.substr(underscore + 1);
  if (body.size() != 36) return ValidatorResult::kUnknown;
  const std::string_view random = body.substr(0, 30);
  return Base62(Crc32(random), 6) == body.substr(30) ? ValidatorResult::kValid
                                                     : ValidatorResult::kInvalid;
}

bool AllSameChar(std::string_view s) {
  return s.size() >= 4 && s.find_first_not_of(s[0]) == std::string_view::npos;
}

}  // namespace

bool IsPlaceholderSecret(std::string_view secret) {
  const std::string lower = util::AsciiLower(secret);
  static const char* const kMarkers[] = {
      "your_",   "your-",       "yourapi",    "<",        ">",        "${",         "{{",
      "%(",      "process.env", "os.environ", "getenv",   "changeme", "change_me",  "placeholder",
      "example", "xxxxxx",      "******",     "redacted", "dummy",    "replace_me", "insert_",
      "todo",    "sample",      "fake_",      "...",      "…"};
  for (const char* marker : kMarkers) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  if (AllSameChar(secret)) return true;
  // A value made of one character class repeated, e.g. "0000…" after a prefix, or "abcabcabc".
  if (secret.size() >= 8) {
    const std::string_view tail = secret.substr(secret.size() / 2);
    if (AllSameChar(tail)) return true;
  }
  return false;
}

bool KnownValidator(std::string_view name) { return name == "github-crc32"; }

ValidatorResult RunValidator(std::string_view name, std::string_view secret) {
  if (name == "github-crc32") return GithubCrc32(secret);
  return ValidatorResult::kUnknown;
}

}  // namespace mergegate
