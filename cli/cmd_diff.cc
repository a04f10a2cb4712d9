// `mergegate diff`: scans what a change adds: a git range (--base/--head), the staged change
// (--staged) or a patch (--patch FILE|-).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "change_source.h"
#include "commands.h"
#include "exit_codes.h"
#include "mergegate/parsers/walk.h"

namespace fs = std::filesystem;

namespace mergegate::cli {
namespace {

constexpr const char* kDiffHelp =
    R"(Usage: mergegate diff [options] (--base REV [--head REV] | --staged | --patch FILE|-)

Scans only what a change adds, and judges the change itself with the change rules:
  --base REV [--head REV]  what HEAD (or --head) adds since its merge base with REV, as
                           `git diff REV...HEAD` shows it
  --staged                 the index against HEAD (what `git commit` would record)
  --patch FILE|-           a unified diff (`git diff` or `diff -u` output) from a file or stdin

Only changed files are read (from git's object store, or from the work tree for a patch when
the file there matches it). File rules parse each whole post-image, so structural context
works, but by default (--scope added) only findings on lines the change adds or changes count.
Exit 0 approve, 1 block, 2 error (including a malformed or combined diff).

Examples:
  mergegate diff --base origin/main
  mergegate diff --staged --fail-on medium
  git diff HEAD~3 | mergegate diff --patch -
  mergegate diff --base main --scope context --format sarif -o mg.sarif

Options)";

// A patch's post-image: the work-tree file when it holds every added line at its place (the
// patch is applied), else a sparse image rebuilt from the patch's lines.
std::optional<std::string> PatchPostImage(const parsers::FileDiff& f, const std::string& root,
                                          uint64_t max_bytes) {
  if (f.change == parsers::FileChange::kDeleted || f.binary) return std::nullopt;
  // Never read through a symbolic link that leads out of the tree.
  std::error_code ec;
  const fs::path real_root = fs::canonical(root, ec);
  const fs::path real = fs::weakly_canonical(fs::path(root) / f.new_path, ec);
  const auto [end, _] = std::mismatch(real_root.begin(), real_root.end(), real.begin(), real.end());
  if (ec || end != real_root.end()) return SparsePostImage(f);
  std::string reason;
  std::optional<std::string> disk = ReadSourceFile(real.string(), max_bytes, &reason);
  if (disk) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= disk->size()) {
      const size_t nl = disk->find('\n', start);
      std::string_view l(disk->data() + start,
                         (nl == std::string::npos ? disk->size() : nl) - start);
      if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
      lines.push_back(l);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    bool applied = true;
    for (const auto& a : f.added) {
      applied &= a.line >= 1 && static_cast<size_t>(a.line) <= lines.size() &&
                 lines[static_cast<size_t>(a.line - 1)] == a.text;
    }
    if (applied) return disk;
  }
  return SparsePostImage(f);
}

}  // namespace

int RunDiff(const std::vector<std::string>& args) {
  SessionOptions options;
  std::string base, head = "HEAD", patch, scope_name;
  bool staged = false;
  po::options_description desc(kDiffHelp);
  desc.add_options()("help,h", "show this help")("base", po::value(&base),
                                                 "scan what --head adds since its merge base "
                                                 "with REV")(
      "head", po::value(&head)->default_value("HEAD"), "the revision to judge")(
      "staged", po::bool_switch(&staged), "scan the staged change (index against HEAD)")(
      "patch", po::value(&patch), "scan a unified diff from FILE, or - for stdin");
  AddScopeOption(&desc, &scope_name);
  AddSessionOptions(&desc, &options);
  po::variables_map vm;
  if (!ParseArgs(args, desc, {}, &vm, "diff")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  const int sources = (base.empty() ? 0 : 1) + (staged ? 1 : 0) + (patch.empty() ? 0 : 1);
  if (sources != 1) {
    PrintDiagnostics({{"usage.diff", "give exactly one of --base, --staged or --patch", "", 0, 0,
                       "see mergegate diff --help"}});
    return kExitError;
  }
  const std::optional<DiffScope> scope = ScopeFromOption(scope_name);
  if (!scope) return kExitError;

  const std::string target = !base.empty() ? base + "..." + head
                             : staged      ? std::string("--staged")
                                           : "patch:" + patch;
  std::unique_ptr<ScanSession> session = ScanSession::Open(options, "diff", {target}, ".");
  if (!session) return kExitError;
  session->IncludeChangeRules();

  Expected<ChangeInput> input = tl::unexpected(Diagnostics{});
  if (!patch.empty()) {
    std::string text;
    if (patch == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      text = ss.str();
    } else {
      std::ifstream in(patch, std::ios::binary);
      if (!in) {
        PrintDiagnostics({{"diff.read", "cannot read patch file", patch, 0, 0, ""}});
        return kExitError;
      }
      std::ostringstream ss;
      ss << in.rdbuf();
      text = ss.str();
    }
    Expected<parsers::ParsedDiff> diff =
        parsers::ParseUnifiedDiff(text, patch == "-" ? "<stdin>" : patch);
    if (!diff) {
      input = tl::unexpected(diff.error());
    } else {
      ChangeInput in;
      for (const auto& f : diff->files) {
        in.post_images.push_back(
            PatchPostImage(f, session->root(), session->scan_options().max_file_bytes));
      }
      in.diff = std::move(*diff);
      input = std::move(in);
    }
  } else {
    Expected<parsers::GitRepo> repo = parsers::GitRepo::Open(".");
    if (!repo) {
      PrintDiagnostics(repo.error());
      return kExitError;
    }
    input = staged ? StagedChange(*repo) : GitRangeChange(*repo, base, head);
  }
  if (!input) {
    PrintDiagnostics(input.error());
    return kExitError;
  }
  ScanChangeInto(session.get(), *input, *scope);
  return session->Finish();
}

}  // namespace mergegate::cli
