// Fuzzes the unified-diff parser (`mergegate diff --patch`, and every git range it reads).
// Rejects inputs over 64 KiB: parsing is one pass over the lines, so larger patches only repeat
// what small ones already reach and slow the fuzzer down.
#include <algorithm>
#include <cstdint>
#include <string_view>

#include "mergegate/parsers/diff.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return -1;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto diff = mergegate::parsers::ParseUnifiedDiff(text, "fuzz.patch");
  if (!diff) {
    if (diff.error().empty() || diff.error()[0].message.empty()) __builtin_trap();
    return 0;
  }
  const int lines = static_cast<int>(std::count(text.begin(), text.end(), '\n')) + 1;
  for (const auto& f : diff->files) {
    // Paths never leave the tree, and every line number points into the patch.
    for (const std::string* p : {&f.old_path, &f.new_path}) {
      if (!p->empty() && !mergegate::parsers::IsSafeRelativePath(*p)) __builtin_trap();
    }
    if (f.path().empty() || f.patch_line < 1 || f.patch_line > lines) __builtin_trap();
    for (const auto* group : {&f.added, &f.removed, &f.context}) {
      for (const auto& l : *group) {
        if (l.patch_line < 1 || l.patch_line > lines || l.line < 0) __builtin_trap();
      }
    }
  }
  return 0;
}
