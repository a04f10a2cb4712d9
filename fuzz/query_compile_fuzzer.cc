// Fuzzes tree-sitter query compilation and predicate parsing through the policy loader, so
// every failure path produces a diagnostic. The first byte picks the language; the rest is the
// query text. Inputs over 4 KiB are rejected (queries are short; the compiler is superlinear).
#include <cstdint>
#include <string>

#include "mergegate/parsers/language.h"
#include "mergegate/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 4096) return -1;
  const auto& languages = mergegate::parsers::Languages();
  const auto& lang = languages[data[0] % languages.size()];
  std::string query(reinterpret_cast<const char*>(data + 1), size - 1);
  // Embed as a YAML block scalar: indent every line.
  std::string block;
  for (char c : query) {
    block.push_back(c);
    if (c == '\n') block += "    ";
  }
  const std::string yaml = "id: fuzz\ntitle: t\nmessage: m\nseverity: low\nlanguages: [" +
                           std::string(lang.name) + "]\nmatch:\n  query: |\n    " + block + "\n";
  auto set = mergegate::LoadPolicies({{"fuzz.yaml", "fuzz", yaml}});
  if (!set && set.error().empty()) __builtin_trap();
  return 0;
}
