// `mergegate baseline create|update [-o FILE] [PATH...]`: records the current open findings so
// that `--baseline FILE` blocks only new ones.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "exit_codes.h"
#include "scan_session.h"

namespace fs = std::filesystem;

namespace mergegate::cli {
namespace {

constexpr const char* kBaselineHelp = R"(Usage: mergegate baseline create|update [options] [PATH...]

Scans PATH (default: the current directory) like `mergegate scan` and records every open
finding (after overrides, inline suppressions and waivers) in a baseline file. Then
`mergegate scan --baseline FILE` reports those as "baselined" and blocks only new findings.
Entries are matched by rule id, path and a fingerprint of the matched text and its enclosing
function or class, not by line number, so unrelated edits that move code keep matching.

  create   write a new baseline; refuses to overwrite an existing file
  update   rewrite an existing baseline: keep what still matches, add new findings, drop
           stale entries (listed)

Options)";

}  // namespace

int RunBaseline(const std::vector<std::string>& args) {
  SessionOptions options;
  std::string action, file = ".mergegate-baseline.json";
  std::vector<std::string> paths;
  po::options_description desc(kBaselineHelp);
  desc.add_options()("help,h", "show this help")("action", po::value(&action), "create|update")(
      "baseline-file,o", po::value(&file), "the baseline file (default .mergegate-baseline.json)")(
      "paths", po::value(&paths)->composing(), "paths to scan")(
      "config", po::value(&options.config_path), "use this configuration file")(
      "branch", po::value(&options.branch), "target branch for branch-scoped overrides")(
      "jobs,j", po::value(&options.jobs)->default_value(0),
      "worker threads for loading policies and scanning (0 = all cores; 1 = one thread)");
  AddPolicyOptions(&desc, &options.policy);
  po::positional_options_description positional;
  positional.add("action", 1).add("paths", -1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, "baseline")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  if (action != "create" && action != "update") {
    std::cerr << "mergegate baseline: expected 'create' or 'update' (see mergegate baseline "
                 "--help)\n";
    return kExitError;
  }
  std::error_code ec;
  const bool exists = fs::exists(file, ec);
  if (action == "create" && exists) {
    PrintDiagnostics({{"baseline.exists",
                       "baseline already exists; use `mergegate baseline "
                       "update` to refresh it",
                       file, 0, 0, ""}});
    return kExitError;
  }
  if (action == "update") {
    if (!exists) {
      PrintDiagnostics({{"baseline.read",
                         "no baseline to update; use `mergegate baseline "
                         "create`",
                         file, 0, 0, ""}});
      return kExitError;
    }
    options.baseline = file;
  }
  if (paths.empty()) paths.push_back(".");
  options.output.quiet = true;
  std::unique_ptr<ScanSession> session =
      ScanSession::Open(options, "baseline", paths, paths.front());
  if (!session) return kExitError;
  if (!session->ScanPaths(paths)) return kExitError;
  session->ApplyExceptions();
  const RunReport& report = session->report();
  if (!report.errors.empty()) {  // a partial scan would record a partial baseline
    PrintDiagnostics(report.errors);
    return kExitError;
  }
  const std::string json = BaselineJson(report.findings, report.tool_version);
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << json;
  if (!out.good()) {
    PrintDiagnostics({{"baseline.write", "cannot write the baseline", file, 0, 0, ""}});
    return kExitError;
  }
  size_t kept = 0, added = 0;
  for (const Finding& f : report.findings) {
    kept += f.status == FindingStatus::kBaselined;
    added += f.status == FindingStatus::kOpen;
  }
  for (const std::string& stale : report.stale_baseline)
    std::cout << "removed stale: " << stale << "\n";
  std::cout << "baseline " << file << ": " << kept + added << " finding(s) (" << added << " new, "
            << kept << " kept, " << report.stale_baseline.size() << " stale removed)\n";
  return kExitApprove;
}

}  // namespace mergegate::cli
