// Configuration: .mergegate.yaml, discovered from the scanned path upward to the git root and
// validated against schemas/config.schema.json. Command-line flags override it (cli/).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mergegate/diagnostic.h"
#include "mergegate/severity.h"

namespace mergegate {

struct Config {
  std::string path;                  // the file it came from; empty for defaults
  std::optional<Severity> block_on;  // verdict threshold
  std::vector<std::string> exclude;  // path globs never scanned
  std::optional<uint64_t> max_file_size;
  std::vector<std::string> packs;     // built-in packs to use (empty = all)
  std::vector<std::string> policies;  // extra policy directories, relative to the file
};

// Looks for .mergegate.yaml in `start_dir` and its parents up to `stop_dir` (inclusive; empty =
// the filesystem root). Returns the path or "".
std::string FindConfigFile(const std::string& start_dir, const std::string& stop_dir);

// Reads and validates `path`. Fails with located diagnostics.
Expected<Config> LoadConfig(const std::string& path);

}  // namespace mergegate
