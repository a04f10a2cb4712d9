#include "match/secret_checksums.h"

#include <array>
#include <string>
#include <vector>

#include "mergegate/util.h"

namespace mergegate {
namespace {

std::string Encode(uint32_t value, uint32_t base, size_t width, const char* alphabet) {
  std::string out;
  do {
    out.insert(out.begin(), alphabet[value % base]);
    value /= base;
  } while (value > 0);
  while (out.size() < width) out.insert(out.begin(), '0');
  return out;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && util::AsciiLower(a) == util::AsciiLower(b);
}

uint32_t Bech32Polymod(const std::vector<uint8_t>& values) {
  static constexpr std::array<uint32_t, 5> kGen = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd,
                                                   0x2a1462b3};
  uint32_t chk = 1;
  for (uint8_t v : values) {
    const uint32_t top = chk >> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (size_t i = 0; i < kGen.size(); ++i) {
      if ((top >> i) & 1) chk ^= kGen[i];
    }
  }
  return chk;
}

std::string HexToBytes(std::string_view hex) {
  std::string out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  }
  return out;
}

}  // namespace

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

bool GithubChecksumValid(std::string_view token) {
  const size_t underscore = token.find('_');
  if (underscore == std::string_view::npos) return false;
  const std::string_view body = token.substr(underscore + 1);
  if (body.size() != 36) return false;
  return Encode(Crc32(body.substr(0, 30)), 62, 6,
                "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") ==
         body.substr(30);
}

bool GrafanaChecksumValid(std::string_view token) {
  const size_t last = token.rfind('_');
  if (last == std::string_view::npos || token.size() - last - 1 != 8) return false;
  const uint32_t crc = Crc32(token.substr(0, last));
  static const char kHex[] = "0123456789abcdef";
  std::string expected;
  for (int i = 0; i < 4; ++i) {
    const auto byte = static_cast<uint8_t>(crc >> (8 * i));
    expected += kHex[byte >> 4];
    expected += kHex[byte & 0xF];
  }
  return EqualsIgnoreCase(expected, token.substr(last + 1));
}

bool GitlabChecksumValid(std::string_view token) {
  if (token.size() < 10) return false;
  const std::string_view covered = token.substr(0, token.size() - 7);
  const std::string_view crc = token.substr(token.size() - 7);
  const char* const kBase36 = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (EqualsIgnoreCase(Encode(Crc32(covered), 36, 7, kBase36), crc)) return true;
  const size_t dash = covered.find('-');
  const size_t underscore = covered.find('_');
  const size_t prefix_end = std::min(dash, underscore);
  if (prefix_end == std::string_view::npos) return false;
  return EqualsIgnoreCase(Encode(Crc32(covered.substr(prefix_end + 1)), 36, 7, kBase36), crc);
}

bool Bech32ChecksumValid(std::string_view text) {
  const std::string lower = util::AsciiLower(text);
  const size_t sep = lower.rfind('1');
  if (sep == std::string::npos || sep == 0 || lower.size() - sep - 1 < 6) return false;
  static const std::string kCharset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  std::vector<uint8_t> values;
  for (char c : lower.substr(0, sep))
    values.push_back(static_cast<uint8_t>(static_cast<unsigned char>(c) >> 5));
  values.push_back(0);
  for (char c : lower.substr(0, sep))
    values.push_back(static_cast<uint8_t>(static_cast<unsigned char>(c) & 31));
  for (char c : lower.substr(sep + 1)) {
    const size_t v = kCharset.find(c);
    if (v == std::string::npos) return false;
    values.push_back(static_cast<uint8_t>(v));
  }
  return Bech32Polymod(values) == 1;
}

bool Base58CheckValid(std::string_view text) {
  static const std::string kAlphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  std::vector<uint8_t> bytes;  // big-endian
  for (char c : text) {
    const size_t digit = kAlphabet.find(c);
    if (digit == std::string::npos) return false;
    uint32_t carry = static_cast<uint32_t>(digit);
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
      carry += static_cast<uint32_t>(*it) * 58;
      *it = static_cast<uint8_t>(carry & 0xFF);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.insert(bytes.begin(), static_cast<uint8_t>(carry & 0xFF));
      carry >>= 8;
    }
  }
  for (size_t i = 0; i < text.size() && text[i] == '1'; ++i) bytes.insert(bytes.begin(), 0);
  if (bytes.size() < 5) return false;
  const std::string payload(bytes.begin(), bytes.end() - 4);
  const std::string digest = HexToBytes(util::Sha256Hex(HexToBytes(util::Sha256Hex(payload))));
  return std::equal(bytes.end() - 4, bytes.end(), digest.begin(),
                    [](uint8_t a, char b) { return a == static_cast<uint8_t>(b); });
}

}  // namespace mergegate
