// Fuzzes the policy loader: YAML text -> schema check -> rule compilation (regexes, queries).
// Rejects inputs over 16 KiB: larger documents only repeat structure and slow the fuzzer down.
#include <cstdint>
#include <string>

#include "mergegate/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return -1;
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto set = mergegate::LoadPolicies({{"fuzz.yaml", "fuzz", text}});
  if (!set) {
    // Every failure must be a located, non-empty diagnostic.
    if (set.error().empty() || set.error()[0].message.empty()) __builtin_trap();
  }
  return 0;
}
