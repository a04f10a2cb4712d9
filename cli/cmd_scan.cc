// `mergegate scan [PATH...]`: scans files of trees and returns the verdict.
#include <cstdlib>
#include <iostream>

#include "commands.h"
#include "exit_codes.h"
#include "mergegate/shard.h"
#include "scan_session.h"

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
  mergegate scan --baseline .mergegate-baseline.json   block only findings not in the baseline
  mergegate scan --format github -o sarif=mergegate.sarif   CI annotations + a SARIF upload
  mergegate scan --override "hotfix for INC-42, reviewed by @sec"   break-glass (if allowed)
  mergegate scan --shard 2/4 -f sarif -o shard-2.sarif   then: mergegate merge shard-*.sarif
  mergegate scan --cache ~/.cache/mergegate   a re-scan only reads and hashes unchanged files

Sharding: --shard I/N (1-based) scans only the files whose path hashes to shard I of N. Without
it, the shard comes from JOB_COMPLETION_INDEX (+ --shard-count), CI_NODE_INDEX/CI_NODE_TOTAL,
BUILDKITE_PARALLEL_JOB/_COUNT or CIRCLE_NODE_INDEX/_TOTAL when set.

Result cache: --cache DIR keeps each file's raw result (findings before suppressions, waivers and
the baseline, which every run applies afresh) under DIR, keyed by the file's path and content
SHA-256 within a subdirectory per digest of the rules, engine build and --max-file-size. A
changed file, rule or option is scanned again; a corrupt entry is ignored and rewritten; runs
and shards may share DIR. Entries hold redacted findings only, never a secret. Delete DIR to
reclaim space.

Options)";

}  // namespace

int RunScan(const std::vector<std::string>& args) {
  SessionOptions options;
  std::vector<std::string> paths;
  std::string shard_spec;
  int shard_count = 0;
  po::options_description desc(kScanHelp);
  desc.add_options()("help,h", "show this help")("shard", po::value(&shard_spec),
                                                 "scan only shard I of N (I/N, 1-based)")(
      "shard-count", po::value(&shard_count),
      "number of shards, with JOB_COMPLETION_INDEX (Kubernetes)")(
      "cache", po::value(&options.cache_dir),
      "reuse results of unchanged files from DIR, and store new ones there [MERGEGATE_CACHE]")(
      "paths", po::value(&paths)->composing(), "paths to scan");
  AddSessionOptions(&desc, &options);
  po::positional_options_description positional;
  positional.add("paths", -1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, "scan")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  if (paths.empty()) paths.push_back(".");
  if (options.cache_dir.empty()) {
    const char* cache = std::getenv("MERGEGATE_CACHE");
    if (cache != nullptr) options.cache_dir = cache;
  }
  std::string shard_error;
  const std::optional<Shard> shard =
      !shard_spec.empty()
          ? ParseShardSpec(shard_spec, &shard_error)
          : ShardFromEnvironment([](const char* name) { return std::getenv(name); },
                                 shard_count > 0 ? std::optional<int>(shard_count) : std::nullopt,
                                 &shard_error);
  if (!shard_error.empty()) {
    PrintDiagnostics({{"usage.shard", shard_error, "", 0, 0, ""}});
    return kExitError;
  }

  bool walked = false;  // the walk runs while the policies load
  std::unique_ptr<ScanSession> session =
      ScanSession::Open(options, "scan", paths, paths.front(),
                        [&](ScanSession& s) { walked = s.WalkPaths(paths, shard); });
  if (!session || !walked) return kExitError;
  session->ScanWalkedFiles();
  return session->Finish();
}

}  // namespace mergegate::cli
