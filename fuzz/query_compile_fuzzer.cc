// Fuzzes rule compilation of both structural match kinds through the policy loader, so every
// failure path produces a diagnostic: tree-sitter queries (`query:`, with predicates) and code
// patterns (`pattern:`, parsed as the rule's language and compiled to a matcher). The first
// byte picks the kind (high bit set: pattern) and the language (the other bits); the rest is
// the query or pattern text. Inputs over 4 KiB are rejected: queries and patterns are short,
// and the query compiler is superlinear in its input.
#include <cstdint>
#include <string>

#include "mergegate/parsers/language.h"
#include "mergegate/policy.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 4096) return -1;
  const auto& languages = mergegate::parsers::Languages();
  const bool pattern = (data[0] & 0x80) != 0;
  const auto& lang = languages[(data[0] & 0x7f) % languages.size()];
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  // Embed as a YAML block scalar: indent every line.
  std::string block;
  for (char c : text) {
    block.push_back(c);
    if (c == '\n') block += "    ";
  }
  const std::string yaml = "id: fuzz\ntitle: t\nmessage: m\nseverity: low\nlanguages: [" +
                           std::string(lang.name) + "]\nmatch:\n  " +
                           (pattern ? "pattern" : "query") + ": |\n    " + block + "\n";
  auto set = mergegate::LoadPolicies({{"fuzz.yaml", "fuzz", yaml}});
  if (!set && set.error().empty()) __builtin_trap();
  return 0;
}
