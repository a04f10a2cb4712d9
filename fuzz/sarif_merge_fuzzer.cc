// Fuzzes `mergegate merge`: SARIF/JSON logs merged into one. The first byte picks the `fail_on`
// severity; the rest is split at the first NUL byte into two logs (JSON text holds no raw NUL),
// so de-duplication and rule re-indexing across inputs are reached. Rejects inputs over 64 KiB:
// parsing and merging are linear in the input, so size only slows the fuzzer down.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "mergegate/sarif_merge.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 64 * 1024) return -1;
  const auto fail_on = static_cast<mergegate::Severity>(data[0] % 5);
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<mergegate::SarifInput> inputs;
  const size_t nul = rest.find('\0');
  inputs.push_back({"a.sarif", rest.substr(0, nul)});
  if (nul != std::string::npos) inputs.push_back({"b.sarif", rest.substr(nul + 1)});
  const auto merged = mergegate::MergeSarif(inputs, fail_on);
  if (!merged) {
    if (merged.error().empty() || merged.error()[0].message.empty()) __builtin_trap();
    return 0;
  }
  // The merged log is valid JSON and the verdict one of the three exit codes.
  if (!nlohmann::json::accept(merged->log)) __builtin_trap();
  if (merged->verdict.exit_code < 0 || merged->verdict.exit_code > 2) __builtin_trap();
  return 0;
}
