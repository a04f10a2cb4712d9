// `mergegate merge A.sarif B.sarif ... -o OUT.sarif`: the fan-in step after sharded scans.
#include <fstream>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "common_options.h"
#include "exit_codes.h"
#include "mergegate/sarif_merge.h"

namespace mergegate::cli {

int RunMerge(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string output, fail_on = "high";
  po::options_description desc(
      "Usage: mergegate merge [options] A.sarif B.sarif ... -o OUT.sarif\n\n"
      "Merges the SARIF logs of sharded runs (mergegate scan --shard I/N) into one log: one run\n"
      "per tool and category, rules unioned, results de-duplicated by fingerprint. The verdict\n"
      "is recomputed with --fail-on and returned as the exit code (0 approve, 1 block, 2 "
      "error).\n\n"
      "Example:\n"
      "  mergegate merge shard-*.sarif -o mergegate.sarif --fail-on high\n\nOptions");
  desc.add_options()("help,h", "show this help")("output,o", po::value(&output),
                                                 "write the merged log to FILE (default stdout)")(
      "fail-on", po::value(&fail_on)->default_value("high"),
      "block on findings at or above SEVERITY")("inputs", po::value(&inputs)->composing(),
                                                "SARIF files");
  po::positional_options_description positional;
  positional.add("inputs", -1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, "merge")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  if (inputs.empty()) {
    std::cerr << "mergegate merge: give at least one SARIF file (see mergegate merge --help)\n";
    return kExitError;
  }
  const std::optional<Severity> threshold = ParseSeverity(fail_on);
  if (!threshold) {
    PrintDiagnostics({{"usage.fail-on", "unknown severity '" + fail_on + "'", "", 0, 0, ""}});
    return kExitError;
  }
  std::vector<SarifInput> logs;
  for (const std::string& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      PrintDiagnostics({{"merge.read", "cannot read SARIF file", path, 0, 0, ""}});
      return kExitError;
    }
    std::ostringstream text;
    text << in.rdbuf();
    logs.push_back({path, text.str()});
  }
  Expected<SarifMergeResult> merged = MergeSarif(logs, *threshold);
  if (!merged) {
    PrintDiagnostics(merged.error());
    return kExitError;
  }
  if (output.empty()) {
    std::cout << merged->log;
  } else {
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out << merged->log;
    if (!out.good()) {
      PrintDiagnostics({{"output.write", "cannot write output file", output, 0, 0, ""}});
      return kExitError;
    }
    std::cerr << "merged " << inputs.size() << " log(s): " << merged->runs << " run(s), "
              << merged->results << " result(s), " << merged->duplicates
              << " duplicate(s) dropped; verdict: " << DecisionName(merged->verdict.decision)
              << "\n";
  }
  return merged->verdict.exit_code;
}

}  // namespace mergegate::cli
