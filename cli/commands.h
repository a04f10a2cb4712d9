// One entry point per subcommand; each parses its own options (Boost.Program_options) and
// returns the process exit code. `args` excludes the program and subcommand names.
#pragma once

#include <string>
#include <vector>

namespace mergegate::cli {

int RunScan(const std::vector<std::string>& args);
int RunRules(const std::vector<std::string>& args);
int RunValidate(const std::vector<std::string>& args);
int RunTest(const std::vector<std::string>& args);
int RunMerge(const std::vector<std::string>& args);
int RunDiff(const std::vector<std::string>& args);
int RunHistory(const std::vector<std::string>& args);
int RunHook(const std::vector<std::string>& args);
int RunInit(const std::vector<std::string>& args);
int RunBaseline(const std::vector<std::string>& args);
int RunWaivers(const std::vector<std::string>& args);

}  // namespace mergegate::cli
