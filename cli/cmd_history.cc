// `mergegate history`: scans the lines each past commit added, for secrets leaked (and maybe
// removed since) in the history. Findings carry the commit, author and date.
#include <iostream>

#include "change_source.h"
#include "commands.h"
#include "exit_codes.h"

namespace mergegate::cli {
namespace {

constexpr const char* kHistoryHelp =
    R"(Usage: mergegate history [options] [--since REV | --all] [--max-commits N]

Scans the lines every commit added (one `git log -p` pass; merge commits add nothing of their
own), so a secret committed and later deleted is still found. Each finding names its commit,
author and date (text output, and `properties` in json/sarif). Without --since or --all the
history of HEAD is scanned. In a shallow clone the commits git does not have cannot be read:
the oldest commit present is scanned whole and a notice says the history is cut short.
Exit 0 approve, 1 block, 2 error.

Examples:
  mergegate history                         every commit reachable from HEAD
  mergegate history --since origin/main     the commits not yet on origin/main
  mergegate history --all --max-commits 500 --format json

Options)";

constexpr std::string_view kCommitMarker = "\x01mergegate-commit ";

}  // namespace

int RunHistory(const std::vector<std::string>& args) {
  SessionOptions options;
  std::string since;
  bool all = false;
  int max_commits = 0;
  po::options_description desc(kHistoryHelp);
  desc.add_options()("help,h", "show this help")("since", po::value(&since),
                                                 "only commits after REV (REV..HEAD)")(
      "all", po::bool_switch(&all), "every commit of every ref")(
      "max-commits", po::value(&max_commits)->default_value(0),
      "scan at most N commits, newest first (0 = no limit)");
  AddSessionOptions(&desc, &options);
  po::variables_map vm;
  if (!ParseArgs(args, desc, {}, &vm, "history")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  if (all && !since.empty()) {
    PrintDiagnostics({{"usage.history", "--since and --all exclude each other", "", 0, 0, ""}});
    return kExitError;
  }
  if (max_commits < 0) {
    PrintDiagnostics({{"usage.history", "--max-commits must be 0 or more", "", 0, 0, ""}});
    return kExitError;
  }
  Expected<parsers::GitRepo> repo = parsers::GitRepo::Open(".");
  if (!repo) {
    PrintDiagnostics(repo.error());
    return kExitError;
  }
  std::string range = "HEAD";
  if (!since.empty()) {
    Expected<std::string> from = repo->ResolveCommit(since);
    if (!from) {
      PrintDiagnostics(from.error());
      return kExitError;
    }
    range = *from + "..HEAD";
  }
  std::unique_ptr<ScanSession> session =
      ScanSession::Open(options, "history", {all ? std::string("--all") : range}, ".");
  if (!session) return kExitError;
  session->IncludeChangeRules();
  Expected<std::string> shallow = repo->Run({"rev-parse", "--is-shallow-repository"});
  if (shallow && shallow->starts_with("true")) {
    session->report().notices.push_back(
        "shallow clone: commits before the shallow boundary are not in this repository and were "
        "not scanned (`git fetch --unshallow` fetches them)");
  }

  std::vector<std::string> log_args = {"log",
                                       "--no-color",
                                       "--no-ext-diff",
                                       "--no-textconv",
                                       "--full-index",
                                       "--find-renames",
                                       "--src-prefix=a/",
                                       "--dst-prefix=b/",
                                       "--unified=0",
                                       "-p",
                                       "--format=%x01mergegate-commit %H %aI %an"};
  if (max_commits > 0) log_args.push_back("--max-count=" + std::to_string(max_commits));
  log_args.push_back(all ? "--all" : range);
  log_args.push_back("--");
  Expected<std::string> log = repo->Run(log_args);
  if (!log) {
    PrintDiagnostics(log.error());
    return kExitError;
  }
  // Split the log at each commit header and scan each commit's patch on its own.
  size_t pos = log->find(kCommitMarker);
  while (pos != std::string::npos) {
    const size_t header_end = log->find('\n', pos);
    const std::string header = log->substr(
        pos + kCommitMarker.size(),
        (header_end == std::string::npos ? log->size() : header_end) - pos - kCommitMarker.size());
    const size_t body = header_end == std::string::npos ? log->size() : header_end + 1;
    const size_t next = log->find(std::string("\n") + std::string(kCommitMarker), body - 1);
    const size_t body_end = next == std::string::npos ? log->size() : next + 1;
    pos = next == std::string::npos ? std::string::npos : next + 1;

    const size_t s1 = header.find(' '), s2 = header.find(' ', s1 + 1);
    const std::string commit = header.substr(0, s1);
    const std::string date = s2 == std::string::npos ? "" : header.substr(s1 + 1, s2 - s1 - 1);
    const std::string author = s2 == std::string::npos ? "" : header.substr(s2 + 1);
    Expected<parsers::ParsedDiff> diff = parsers::ParseUnifiedDiff(
        std::string_view(*log).substr(body, body_end - body), "commit " + commit);
    if (!diff) {
      PrintDiagnostics(diff.error());
      return kExitError;
    }
    ChangeInput input;
    for (const auto& f : diff->files) {
      input.post_images.push_back(f.change == parsers::FileChange::kDeleted || f.binary
                                      ? std::nullopt
                                      : std::optional<std::string>(SparsePostImage(f)));
    }
    input.diff = std::move(*diff);
    ScanChangeInto(session.get(), input, DiffScope::kAdded,
                   {{"commit", commit}, {"author", author}, {"date", date}});
  }
  return session->Finish();
}

}  // namespace mergegate::cli
