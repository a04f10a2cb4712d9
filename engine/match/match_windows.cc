#include "match/match_windows.h"

#include <algorithm>
#include <cstring>

namespace mergegate {

// A match holding the anchor at q has at most N newlines before q and N from q on, so it starts
// after the (N+1)-th newline before q and ends at or before the (N+1)-th from q.
std::vector<TextWindow> LineWindows(std::string_view text, const std::vector<uint32_t>& anchors,
                                    uint32_t newlines) {
  std::vector<TextWindow> windows;
  const char* data = text.data();
  size_t line_end = 0;  // end of the previous anchor's line: later anchors on it share its window
  for (const uint32_t q : anchors) {
    if (!windows.empty() && q < line_end) continue;
    size_t begin = q;
    bool at_start = false;
    for (uint32_t k = 0; k <= newlines && !at_start; ++k) {
      const void* nl = memrchr(data, '\n', begin);
      at_start = nl == nullptr;
      begin = at_start ? 0 : static_cast<size_t>(static_cast<const char*>(nl) - data);
    }
    if (!at_start) ++begin;
    size_t end = text.size();
    line_end = text.size();
    for (size_t k = 0, from = q; k <= newlines && from <= text.size(); ++k) {
      const void* nl = std::memchr(data + from, '\n', text.size() - from);
      if (nl == nullptr) break;
      const auto at = static_cast<size_t>(static_cast<const char*>(nl) - data);
      if (k == 0) line_end = at;
      if (k == newlines) end = at;
      from = at + 1;
    }
    if (!windows.empty() && begin <= windows.back().end) {
      windows.back().end = std::max(windows.back().end, static_cast<uint32_t>(end));
    } else {
      windows.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    }
  }
  return windows;
}

bool HasAsciiFoldingRunes(std::string_view text) {
  return text.find("\xE2\x84\xAA") != std::string_view::npos ||
         text.find("\xC5\xBF") != std::string_view::npos;
}

}  // namespace mergegate
