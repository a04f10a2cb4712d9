#include "common_options.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <iostream>

namespace mergegate::cli {

void AddPolicyOptions(po::options_description* desc, PolicyOptions* options) {
  desc->add_options()("policy,p", po::value(&options->policy_dirs)->composing(),
                      "add the rules in DIR (repeatable); added to the built-in packs")(
      "pack", po::value(&options->packs)->composing(),
      "load only this built-in pack (repeatable; e.g. secrets, python); default: the config's "
      "`packs`, else all")("no-builtin", po::bool_switch(&options->no_builtin),
                           "do not load the built-in packs");
}

void AddOutputOptions(po::options_description* desc, OutputOptions* options) {
  desc->add_options()(
      "format,f", po::value(&options->format)->default_value("text"),
      "output format: text, json, sarif, github, gitlab-sast, gitlab-secrets, junit, markdown")(
      "output,o", po::value(&options->outputs)->composing(),
      "write the --format output to FILE, or FORMAT=FILE for another format (repeatable)")(
      "no-color", po::bool_switch(&options->no_color), "never colour the text output")(
      "quiet,q", po::bool_switch(&options->quiet),
      "print nothing but errors; rely on the exit code")(
      "sarif-suppressed", po::value(&options->sarif_suppressed),
      "SARIF: omit (default; GitHub code scanning shows suppressed results as open alerts) or "
      "include excepted findings as results with `suppressions` [MERGEGATE_SARIF_SUPPRESSED]");
}

void PrintDiagnostics(const Diagnostics& diagnostics) {
  // One write per line: a scan's walk and policy load report from different threads.
  for (const Diagnostic& d : diagnostics) std::cerr << "mergegate: " + FormatDiagnostic(d) + "\n";
}

std::optional<PolicySet> LoadSelectedPolicies(const PolicyOptions& options, const Config& config,
                                              int threads) {
  std::vector<PolicyFile> files;
  if (!options.no_builtin) {
    const std::vector<std::string> known = BuiltinPackNames();
    const bool from_cli = !options.packs.empty();
    const std::vector<std::string>& packs = from_cli ? options.packs : config.packs;
    for (const std::string& pack : packs) {
      if (std::find(known.begin(), known.end(), pack) == known.end()) {
        PrintDiagnostics({{"config.pack", "unknown built-in pack '" + pack + "'",
                           from_cli ? "--pack" : config.path, 0, 0, ""}});
        return std::nullopt;
      }
    }
    for (PolicyFile& f : BuiltinPolicyFiles()) {
      if (packs.empty() || std::find(packs.begin(), packs.end(), f.pack) != packs.end()) {
        files.push_back(std::move(f));
      }
    }
  }
  std::vector<std::string> dirs = config.policies;
  dirs.insert(dirs.end(), options.policy_dirs.begin(), options.policy_dirs.end());
  for (const std::string& dir : dirs) {
    Expected<std::vector<PolicyFile>> more = ReadPolicyDir(dir);
    if (!more) {
      PrintDiagnostics(more.error());
      return std::nullopt;
    }
    files.insert(files.end(), more->begin(), more->end());
  }
  Expected<PolicySet> set = LoadPolicies(files, threads);
  if (!set) {
    PrintDiagnostics(set.error());
    return std::nullopt;
  }
  return std::move(*set);
}

bool WriteReports(const RunReport& report, const OutputOptions& options) {
  struct Target {
    std::string format, file;
  };
  std::vector<Target> targets;
  bool main_to_file = false;
  for (const std::string& spec : options.outputs) {
    const size_t eq = spec.find('=');
    if (eq != std::string::npos && MakeReporter(spec.substr(0, eq))) {
      targets.push_back({spec.substr(0, eq), spec.substr(eq + 1)});
    } else {
      targets.push_back({options.format, spec});
      main_to_file = true;
    }
  }
  if (!main_to_file && !options.quiet) targets.insert(targets.begin(), {options.format, ""});
  std::string sarif_suppressed = options.sarif_suppressed;
  if (sarif_suppressed.empty() && getenv("MERGEGATE_SARIF_SUPPRESSED") != nullptr)
    sarif_suppressed = getenv("MERGEGATE_SARIF_SUPPRESSED");
  if (!sarif_suppressed.empty() && sarif_suppressed != "omit" && sarif_suppressed != "include") {
    PrintDiagnostics(
        {{"usage.sarif-suppressed", "unknown --sarif-suppressed value '" + sarif_suppressed + "'",
          "", 0, 0, "use omit or include"}});
    return false;
  }
  for (const Target& t : targets) {
    std::unique_ptr<Reporter> reporter = MakeReporter(t.format);
    if (!reporter) {
      PrintDiagnostics(
          {{"usage.format", "unknown output format '" + t.format + "'", "", 0, 0, ""}});
      return false;
    }
    ReportOptions ro;
    ro.sarif_include_suppressed = sarif_suppressed == "include";
    if (const char* summary = getenv("GITHUB_STEP_SUMMARY"); summary != nullptr)
      ro.step_summary_path = summary;
    if (t.file.empty()) {
      ro.color = t.format == "text" && !options.no_color && isatty(STDOUT_FILENO) &&
                 getenv("NO_COLOR") == nullptr;
      reporter->Write(report, ro, std::cout);
      std::cout.flush();
      continue;
    }
    std::ofstream out(t.file, std::ios::binary | std::ios::trunc);
    if (!out) {
      PrintDiagnostics({{"output.write", "cannot write output file", t.file, 0, 0, ""}});
      return false;
    }
    reporter->Write(report, ro, out);
    if (!out.good()) {
      PrintDiagnostics({{"output.write", "error writing output file", t.file, 0, 0, ""}});
      return false;
    }
  }
  return true;
}

bool ParseArgs(const std::vector<std::string>& args, const po::options_description& desc,
               const po::positional_options_description& positional, po::variables_map* vm,
               const char* command) {
  try {
    po::store(po::command_line_parser(args).options(desc).positional(positional).run(), *vm);
    po::notify(*vm);
  } catch (const po::error& e) {
    std::cerr << "mergegate " << command << ": " << e.what() << " (see mergegate " << command
              << " --help)\n";
    return false;
  }
  return true;
}

std::string ToolVersion() { return MERGEGATE_VERSION; }

}  // namespace mergegate::cli
