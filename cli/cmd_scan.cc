// `mergegate scan [PATH...]`: scans files of trees and returns the verdict.
#include <filesystem>
#include <iostream>
#include <set>

#include "commands.h"
#include "common_options.h"
#include "exit_codes.h"
#include "mergegate/parsers/walk.h"
#include "mergegate/scan.h"

namespace fs = std::filesystem;

namespace mergegate::cli {
namespace {

constexpr const char* kScanHelp = R"(Usage: mergegate scan [options] [PATH...]

Scans the files under each PATH (default: the current directory) with the built-in policy
packs plus any --policy directories, prints the findings and returns the verdict:
exit 0 approve, 1 block (a finding at or above --fail-on), 2 error.

Inside a git work tree files are listed as git does (.gitignore is respected); .git/,
symbolic links, binary files and files over --max-file-size are skipped and counted.

Examples:
  mergegate scan                          scan the current directory
  mergegate scan src/ --fail-on medium    block on medium findings too
  mergegate scan --format sarif -o mergegate.sarif
  mergegate scan --format text -o sarif=mg.sarif -o json=mg.json
  mergegate scan --policy ./my-rules --no-builtin

Options)";

}  // namespace

int RunScan(const std::vector<std::string>& args) {
  PolicyOptions policy_options;
  OutputOptions output_options;
  std::vector<std::string> paths;
  std::string fail_on, config_path;
  int jobs = 0;
  uint64_t max_file_size = 0;
  po::options_description desc(kScanHelp);
  desc.add_options()("help,h", "show this help")(
      "fail-on", po::value(&fail_on), "block on findings at or above SEVERITY (critical|high|medium|low|info; default high)")(
      "jobs,j", po::value(&jobs)->default_value(0), "worker threads (0 = all cores)")(
      "max-file-size", po::value(&max_file_size), "skip files larger than BYTES (default 1048576)")(
      "config", po::value(&config_path), "use this configuration file instead of discovering .mergegate.yaml")(
      "paths", po::value(&paths)->composing(), "paths to scan");
  AddPolicyOptions(&desc, &policy_options);
  AddOutputOptions(&desc, &output_options);
  po::positional_options_description positional;
  positional.add("paths", -1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, "scan")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  if (paths.empty()) paths.push_back(".");

  RunReport report;
  report.start_time = std::chrono::system_clock::now();
  report.tool_version = ToolVersion();
  report.command = "scan";
  report.targets = paths;
  std::error_code ec;
  const std::string cwd = fs::current_path(ec).string();
  std::string root = parsers::GitTopLevel(cwd);
  if (root.empty()) root = cwd;
  report.root = root;

  Config config;
  if (config_path.empty()) {
    const std::string first = paths.front();
    const std::string git_root = parsers::GitTopLevel(fs::is_directory(first, ec) ? first : fs::path(first).parent_path().string());
    config_path = FindConfigFile(first, git_root.empty() ? first : git_root);
  }
  if (!config_path.empty()) {
    Expected<Config> loaded = LoadConfig(config_path);
    if (!loaded) {
      PrintDiagnostics(loaded.error());
      return kExitError;
    }
    config = std::move(*loaded);
  }
  report.fail_on = config.block_on.value_or(Severity::kHigh);
  if (!fail_on.empty()) {
    const std::optional<Severity> s = ParseSeverity(fail_on);
    if (!s) {
      PrintDiagnostics({{"usage.fail-on", "unknown severity '" + fail_on + "'", "", 0, 0, "use critical, high, medium, low or info"}});
      return kExitError;
    }
    report.fail_on = *s;
  }

  std::optional<PolicySet> policies = LoadSelectedPolicies(policy_options, config);
  if (!policies) return kExitError;
  for (const auto& rule : policies->rules()) {
    if (rule->meta.kind != RuleKind::kChange) report.rules.push_back(rule.get());
  }
  report.policy_digest = policies->digest();

  parsers::WalkOptions walk_options;
  walk_options.report_root = root;
  walk_options.exclude_globs = config.exclude;
  std::vector<parsers::WalkedFile> files;
  std::set<std::string> seen;
  for (const std::string& path : paths) {
    Expected<parsers::WalkResult> walked = parsers::WalkTree(path, walk_options);
    if (!walked) {
      PrintDiagnostics(walked.error());
      return kExitError;
    }
    for (auto& f : walked->files) {
      if (seen.insert(f.path).second) files.push_back(std::move(f));
    }
    report.skipped.insert(report.skipped.end(), walked->skipped.begin(), walked->skipped.end());
  }

  ScanOptions scan_options;
  scan_options.jobs = jobs;
  if (config.max_file_size) scan_options.max_file_bytes = *config.max_file_size;
  if (vm.count("max-file-size")) scan_options.max_file_bytes = max_file_size;
  const Scanner scanner(*policies, scan_options);
  ScanResults results = scanner.ScanFiles(files);
  report.findings = std::move(results.findings);
  report.files_scanned = results.files_scanned;
  report.bytes_scanned = results.bytes_scanned;
  for (auto& s : results.skipped) {
    // A bound that stopped part of a file's scan makes the run incomplete: fail closed.
    if (s.reason == "parse timeout" || s.reason == "parse failed") {
      report.errors.push_back({"scan.incomplete", "structural rules not applied: " + s.reason, s.path, 0, 0, ""});
    }
    report.skipped.push_back(std::move(s));
  }
  report.end_time = std::chrono::system_clock::now();
  report.verdict = DecideVerdict(report);
  if (!WriteReports(report, output_options)) return kExitError;
  return report.verdict.exit_code;
}

}  // namespace mergegate::cli
