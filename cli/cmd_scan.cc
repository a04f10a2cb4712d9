// `mergegate scan [PATH...]`: scans files of trees and returns the verdict.
#include <iostream>
#include <set>

#include "commands.h"
#include "exit_codes.h"
#include "mergegate/parsers/walk.h"
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

Options)";

}  // namespace

int RunScan(const std::vector<std::string>& args) {
  SessionOptions options;
  std::vector<std::string> paths;
  po::options_description desc(kScanHelp);
  desc.add_options()("help,h", "show this help")("paths", po::value(&paths)->composing(),
                                                 "paths to scan");
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

  std::unique_ptr<ScanSession> session = ScanSession::Open(options, "scan", paths, paths.front());
  if (!session) return kExitError;

  parsers::WalkOptions walk_options;
  walk_options.report_root = session->root();
  walk_options.exclude_globs = session->config().exclude;
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
    auto& skipped = session->report().skipped;
    skipped.insert(skipped.end(), walked->skipped.begin(), walked->skipped.end());
  }

  const Scanner scanner(session->policies(), session->scan_options());
  session->AddResults(scanner.ScanFiles(files));
  return session->Finish();
}

}  // namespace mergegate::cli
