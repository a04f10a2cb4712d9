#include <array>
#include <cstdio>
#include <map>

#include "mergegate/util.h"

namespace mergegate::util {
namespace {

// Decodes UTF-8 into UTF-16 code units, as JavaScript's charCodeAt sees the file.
std::vector<uint16_t> ToUtf16(std::string_view s) {
  std::vector<uint16_t> out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    uint32_t cp = 0xFFFD;
    size_t len = 1;
    if (c < 0x80) {
      cp = c;
    } else if ((c >> 5) == 0x6 && i + 1 < s.size()) {
      cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu), len = 2;
    } else if ((c >> 4) == 0xE && i + 2 < s.size()) {
      cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu), len = 3;
    } else if ((c >> 3) == 0x1E && i + 3 < s.size()) {
      cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) |
           (s[i + 3] & 0x3Fu),
      len = 4;
    }
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<uint16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<uint16_t>(cp));
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> GithubLineHashes(std::string_view text) {
  constexpr int kBlock = 100;
  constexpr uint64_t kMod = 37;
  constexpr uint32_t kEof = 65535;
  uint64_t first_mod = 1;
  for (int i = 0; i < kBlock; ++i) first_mod *= kMod;  // wraps mod 2^64, like Long

  std::array<uint32_t, kBlock> window{};
  std::array<int, kBlock> line_numbers;
  line_numbers.fill(-1);
  uint64_t hash = 0;
  int index = 0, line_number = 0;
  bool line_start = true, prev_cr = false;
  std::map<std::string, int> counts;
  std::vector<std::string> out;

  auto output = [&] {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%llx", static_cast<unsigned long long>(hash));
    const int n = ++counts[buf];
    const auto line = static_cast<size_t>(line_numbers[static_cast<size_t>(index)]);
    if (out.size() < line) out.resize(line);
    out[line - 1] = std::string(buf) + ":" + std::to_string(n);
    line_numbers[static_cast<size_t>(index)] = -1;
  };
  auto update = [&](uint32_t current) {
    const uint32_t begin = window[static_cast<size_t>(index)];
    window[static_cast<size_t>(index)] = current;
    hash = kMod * hash + current - first_mod * begin;
    index = (index + 1) % kBlock;
  };
  auto process = [&](uint32_t current) {
    if (current == ' ' || current == '\t' || (prev_cr && current == '\n')) {
      prev_cr = false;
      return;
    }
    if (current == '\r') {
      current = '\n';
      prev_cr = true;
    } else {
      prev_cr = false;
    }
    if (line_numbers[static_cast<size_t>(index)] != -1) output();
    if (line_start) {
      line_start = false;
      line_numbers[static_cast<size_t>(index)] = ++line_number;
    }
    if (current == '\n') line_start = true;
    update(current);
  };
  for (uint16_t unit : ToUtf16(text)) process(unit);
  process(kEof);
  for (int i = 0; i < kBlock; ++i) {
    if (line_numbers[static_cast<size_t>(index)] != -1) output();
    update(0);
  }
  return out;
}

}  // namespace mergegate::util
