// mergegate: a policy-as-code governance gate. This file only dispatches subcommands.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"
#include "common_options.h"
#include "exit_codes.h"

namespace {

constexpr const char* kUsage = R"(mergegate - a policy-as-code gate for code changes

Usage: mergegate <command> [options]

Commands:
  scan [PATH...]        scan files for secrets and insecure patterns; exit 0 approve, 1 block, 2 error
  diff --base REV       scan only what a change adds (also --staged, --patch FILE|-)
  history               scan the lines every past commit added (--since REV, --all)
  hook install          install git pre-push / pre-commit hooks (hook uninstall, hook run)
  rules list            list the loaded rules (--format json for machines)
  rules explain ID      show what a rule looks for and how to fix it
  validate DIR          check that the policy files in DIR load
  test DIR              run the policies in DIR against their fixtures
  merge A.sarif ...     merge the SARIF logs of sharded scans and recompute the verdict
  init [DIR]            write a commented starter .mergegate.yaml (never overwrites)
  baseline create|update [PATH...]
                        record current findings so --baseline blocks only new ones
  waivers               list the configuration's waivers with their status

Run 'mergegate <command> --help' for a command's options.

Examples:
  mergegate scan                         scan the current repository
  mergegate scan --format sarif -o mergegate.sarif
  mergegate diff --base origin/main      gate a pull request: only what it adds
  mergegate hook install                 gate every push and commit locally
  mergegate rules explain python-subprocess-shell-true
  mergegate test ./my-policies
  mergegate scan --baseline .mergegate-baseline.json --decision-log decisions.jsonl
)";

struct Command {
  const char* name;
  int (*run)(const std::vector<std::string>&);
};

const Command kCommands[] = {
    {"scan", &mergegate::cli::RunScan},         {"rules", &mergegate::cli::RunRules},
    {"validate", &mergegate::cli::RunValidate}, {"test", &mergegate::cli::RunTest},
    {"merge", &mergegate::cli::RunMerge},       {"diff", &mergegate::cli::RunDiff},
    {"history", &mergegate::cli::RunHistory},   {"hook", &mergegate::cli::RunHook},
    {"init", &mergegate::cli::RunInit},         {"baseline", &mergegate::cli::RunBaseline},
    {"waivers", &mergegate::cli::RunWaivers},
};

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << kUsage;
    return args.empty() ? mergegate::cli::kExitError : mergegate::cli::kExitApprove;
  }
  if (args[0] == "--version" || args[0] == "version") {
    std::cout << "mergegate " << mergegate::cli::ToolVersion() << "\n";
    return mergegate::cli::kExitApprove;
  }
  for (const Command& c : kCommands) {
    if (args[0] == c.name) {
      try {
        return c.run(std::vector<std::string>(args.begin() + 1, args.end()));
      } catch (const std::exception& e) {
        // Fail closed: an unexpected exception is an error, never an approval.
        std::cerr << "mergegate: internal error: " << e.what() << "\n";
        return mergegate::cli::kExitError;
      }
    }
  }
  std::cerr << "mergegate: unknown command '" << args[0] << "' (see mergegate --help)\n";
  return mergegate::cli::kExitError;
}
