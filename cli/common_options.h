// Options and steps shared by the scanning subcommands: policy selection, output selection,
// and printing diagnostics.
#pragma once

#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "mergegate/config.h"
#include "mergegate/policy.h"
#include "mergegate/report.h"

namespace mergegate::cli {

namespace po = boost::program_options;

struct PolicyOptions {
  std::vector<std::string> policy_dirs;
  std::vector<std::string> packs;  // built-in packs to load; empty: the config's, else all
  bool no_builtin = false;
};
void AddPolicyOptions(po::options_description* desc, PolicyOptions* options);

struct OutputOptions {
  std::string format = "text";
  std::vector<std::string> outputs;  // FILE or FORMAT=FILE
  bool no_color = false;
  bool quiet = false;
  std::string sarif_suppressed = "";  // omit (default) | include; MERGEGATE_SARIF_SUPPRESSED
};
void AddOutputOptions(po::options_description* desc, OutputOptions* options);

// Loads the built-in packs (all, or those named by `config.packs`), the config's policy
// directories and --policy directories, on up to `threads` threads (0: one per core). Prints
// every diagnostic on failure.
std::optional<PolicySet> LoadSelectedPolicies(const PolicyOptions& options, const Config& config,
                                              int threads = 0);

// Writes `report` in every requested format. Returns false (after printing why) when a format
// is unknown or an output file cannot be written.
bool WriteReports(const RunReport& report, const OutputOptions& options);

// Prints diagnostics, one line each, to stderr.
void PrintDiagnostics(const Diagnostics& diagnostics);

// Parses `args` against `desc` (+ positional); prints a one-line usage error and returns false
// on failure.
bool ParseArgs(const std::vector<std::string>& args, const po::options_description& desc,
               const po::positional_options_description& positional, po::variables_map* vm,
               const char* command);

std::string ToolVersion();

}  // namespace mergegate::cli
