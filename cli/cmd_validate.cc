// `mergegate validate DIR` (policies load cleanly) and `mergegate test DIR` (rules match their
// fixtures): the policy author's tools.
#include <iostream>

#include "commands.h"
#include "common_options.h"
#include "exit_codes.h"
#include "mergegate/fixture_check.h"

namespace mergegate::cli {
namespace {

// Loads the rules of `dirs` alone (no built-in packs). Prints diagnostics on failure.
std::optional<PolicySet> LoadDirs(const std::vector<std::string>& dirs) {
  std::vector<PolicyFile> files;
  for (const std::string& dir : dirs) {
    Expected<std::vector<PolicyFile>> more = ReadPolicyDir(dir);
    if (!more) {
      PrintDiagnostics(more.error());
      return std::nullopt;
    }
    files.insert(files.end(), more->begin(), more->end());
  }
  Expected<PolicySet> set = LoadPolicies(files);
  if (!set) {
    PrintDiagnostics(set.error());
    return std::nullopt;
  }
  return std::move(*set);
}

bool ParseDirs(const std::vector<std::string>& args, const char* command, const char* help,
               std::vector<std::string>* dirs, int* early_exit) {
  po::options_description desc(help);
  desc.add_options()("help,h", "show this help")("dirs", po::value(dirs)->composing(),
                                                 "policy directories");
  po::positional_options_description positional;
  positional.add("dirs", -1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, command)) {
    *early_exit = kExitError;
    return false;
  }
  if (vm.count("help") || dirs->empty()) {
    std::cout << desc << "\n";
    *early_exit = vm.count("help") ? kExitApprove : kExitError;
    return false;
  }
  return true;
}

}  // namespace

int RunValidate(const std::vector<std::string>& args) {
  std::vector<std::string> dirs;
  int code = 0;
  if (!ParseDirs(args, "validate",
                 "Usage: mergegate validate DIR...\n\nChecks that every rule file in DIR parses, "
                 "matches the policy "
                 "schema and compiles.\nExit 0 when all do, 2 otherwise (one located error per "
                 "line).\n\nOptions",
                 &dirs, &code)) {
    return code;
  }
  std::optional<PolicySet> set = LoadDirs(dirs);
  if (!set) return kExitError;
  std::cout << set->rules().size() << " rule(s) valid\n";
  return kExitApprove;
}

int RunTest(const std::vector<std::string>& args) {
  std::vector<std::string> dirs;
  int code = 0;
  if (!ParseDirs(
          args, "test",
          "Usage: mergegate test DIR...\n\nRuns every rule in DIR against its fixture file(s) "
          "(<rule>.fixture.<ext>), where\ncomments 'ruleid: <id>' and 'ok: <id>' mark the next "
          "line as "
          "expected or not.\nExit 0 when all match, 1 on any mismatch, 2 when a rule does not "
          "load.\n\nOptions",
          &dirs, &code)) {
    return code;
  }
  std::optional<PolicySet> set = LoadDirs(dirs);
  if (!set) return kExitError;
  const FixtureReport report = CheckFixtures(*set);
  for (const FixtureProblem& p : report.problems) {
    std::cout << p.file << ":" << p.line << ": " << p.rule_id << ": " << p.message << "\n";
  }
  std::cout << report.rules_checked << " rule(s), " << report.fixtures_checked << " fixture(s), "
            << report.cases_checked << " case(s): "
            << (report.problems.empty() ? "all passed"
                                        : std::to_string(report.problems.size()) + " problem(s)")
            << "\n";
  return report.problems.empty() ? kExitApprove : kExitBlock;
}

}  // namespace mergegate::cli
