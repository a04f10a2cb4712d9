// Fuzzes the configuration loader: .mergegate.yaml text -> YAML -> schema check -> Config, then
// matches every glob it carries (exclude, override paths and branches, waiver paths) against a
// fixed path and branch, since those globs come from the same untrusted file. Rejects inputs
// over 16 KiB: configs are short, and longer documents only repeat structure.
#include <cstdint>
#include <string>

#include "mergegate/config.h"
#include "mergegate/parsers/glob.h"

namespace {

constexpr const char* kPath = "src/app/deep/er/file.py";
constexpr const char* kBranch = "release/2026/rc-1";

void MatchAll(const std::vector<std::string>& globs) {
  for (const std::string& g : globs) {
    mergegate::parsers::GlobMatch(g, kPath);
    mergegate::BranchMatches(g, kBranch);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return -1;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto config = mergegate::ParseConfig(text, "/fuzz/.mergegate.yaml");
  if (!config) {
    if (config.error().empty() || config.error()[0].message.empty()) __builtin_trap();
    return 0;
  }
  MatchAll(config->exclude);
  MatchAll(config->break_glass.branches);
  for (const auto& o : config->overrides) {
    MatchAll(o.rules);
    MatchAll(o.paths);
    MatchAll(o.branches);
  }
  for (const auto& w : config->waivers) MatchAll(w.paths);
  return 0;
}
