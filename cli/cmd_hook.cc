// `mergegate hook install|uninstall|run`: git hooks that gate pushes and commits locally.
// Local hooks are advisory (`--no-verify` skips them); the same gate runs again in CI.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "change_source.h"
#include "commands.h"
#include "exit_codes.h"
#include "mergegate/parsers/pre_push.h"

namespace fs = std::filesystem;

namespace mergegate::cli {
namespace {

constexpr const char* kHookHelp =
    R"(Usage: mergegate hook install [--pre-push] [--pre-commit] [--chain|--force]
       mergegate hook uninstall [--pre-push] [--pre-commit]
       mergegate hook run pre-push REMOTE URL     (called by git; reads ref lines on stdin)
       mergegate hook run pre-commit              (called by git)

install writes the hooks (both when neither is named) into the repository's hooks directory,
honouring core.hooksPath. An existing hook that mergegate did not write is never replaced:
install refuses, or with --chain (alias --force) keeps it as <hook>.pre-mergegate and runs it
first. uninstall removes mergegate's hooks and restores a chained one.

pre-push scans, for each pushed ref, the commits the remote does not have yet: remote..local
for an existing branch (from their merge base); for a new branch, from the parent of the first
commit not on any ref of that remote (a root commit: all of its files); deletions are skipped.
pre-commit scans the staged change. A block lists each finding with how to fix, waive or
override it on stderr and exits 1, so git aborts.

Options)";

constexpr std::string_view kMarker = "mergegate-hook";

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string SelfPath() {
  std::error_code ec;
  const fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string HookScript(const std::string& hook, const std::string& chained) {
  const std::string self = SelfPath();
  std::string s = "#!/bin/sh\n";
  s += "# " + std::string(kMarker) + ": written by `mergegate hook install`; remove it with\n";
  s += "# `mergegate hook uninstall`. Local hooks are advisory: CI runs the same gate.\n";
  s += "MERGEGATE=" + ShellQuote(self.empty() ? "mergegate" : self) + "\n";
  s += "[ -x \"$MERGEGATE\" ] || MERGEGATE=mergegate\n";
  if (chained.empty()) {
    s += "exec \"$MERGEGATE\" hook run " + hook + " \"$@\"\n";
  } else if (hook == "pre-push") {
    // Both hooks read the same ref lines from stdin.
    s += "input=$(cat)\n";
    s += "printf '%s\\n' \"$input\" | " + ShellQuote(chained) + " \"$@\" || exit $?\n";
    s += "printf '%s\\n' \"$input\" | exec \"$MERGEGATE\" hook run " + hook + " \"$@\"\n";
  } else {
    s += ShellQuote(chained) + " \"$@\" || exit $?\n";
    s += "exec \"$MERGEGATE\" hook run " + hook + " \"$@\"\n";
  }
  return s;
}

Expected<fs::path> HooksDir(const parsers::GitRepo& repo) {
  Expected<std::string> out = repo.Run({"rev-parse", "--git-path", "hooks"});
  if (!out) return tl::unexpected(out.error());
  std::string dir = *out;
  while (!dir.empty() && (dir.back() == '\n' || dir.back() == '\r')) dir.pop_back();
  fs::path p(dir);
  if (p.is_relative()) p = fs::path(repo.top_level()) / p;
  return p;
}

std::vector<std::string> SelectedHooks(bool pre_push, bool pre_commit) {
  if (!pre_push && !pre_commit) return {"pre-push", "pre-commit"};
  std::vector<std::string> hooks;
  if (pre_push) hooks.push_back("pre-push");
  if (pre_commit) hooks.push_back("pre-commit");
  return hooks;
}

int Install(const parsers::GitRepo& repo, const std::vector<std::string>& hooks, bool chain) {
  Expected<fs::path> dir = HooksDir(repo);
  if (!dir) {
    PrintDiagnostics(dir.error());
    return kExitError;
  }
  std::error_code ec;
  fs::create_directories(*dir, ec);
  for (const std::string& hook : hooks) {
    const fs::path path = *dir / hook;
    const fs::path saved = *dir / (hook + ".pre-mergegate");
    std::string chained = fs::exists(saved, ec) ? saved.string() : "";
    if (fs::exists(fs::symlink_status(path, ec))) {
      const bool ours = ReadAll(path).find(kMarker) != std::string::npos;
      if (!ours) {
        if (!chain) {
          PrintDiagnostics(
              {{"hook.exists", "a " + hook + " hook mergegate did not write exists", path.string(),
                0, 0, "rerun with --chain to keep it and run it before mergegate"}});
          return kExitError;
        }
        if (!chained.empty()) {
          PrintDiagnostics({{"hook.exists", "both a hook and a chained hook exist", saved.string(),
                             0, 0, "remove one of them first"}});
          return kExitError;
        }
        fs::rename(path, saved, ec);
        if (ec) {
          PrintDiagnostics({{"hook.write", "cannot move the existing hook: " + ec.message(),
                             path.string(), 0, 0, ""}});
          return kExitError;
        }
        chained = saved.string();
      }
    }
    {
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out << HookScript(hook, chained);
      if (!out) {
        PrintDiagnostics({{"hook.write", "cannot write the hook", path.string(), 0, 0, ""}});
        return kExitError;
      }
    }
    fs::permissions(path,
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec,
                    ec);
    std::cout << "installed " << hook << " hook: " << path.string()
              << (chained.empty() ? "" : " (runs " + chained + " first)") << "\n";
  }
  return kExitApprove;
}

int Uninstall(const parsers::GitRepo& repo, const std::vector<std::string>& hooks) {
  Expected<fs::path> dir = HooksDir(repo);
  if (!dir) {
    PrintDiagnostics(dir.error());
    return kExitError;
  }
  std::error_code ec;
  for (const std::string& hook : hooks) {
    const fs::path path = *dir / hook;
    const fs::path saved = *dir / (hook + ".pre-mergegate");
    if (!fs::exists(fs::symlink_status(path, ec))) continue;
    if (ReadAll(path).find(kMarker) == std::string::npos) {
      std::cout << "left " << path.string() << " alone: mergegate did not write it\n";
      continue;
    }
    fs::remove(path, ec);
    if (fs::exists(saved, ec)) fs::rename(saved, path, ec);
    std::cout << "removed " << hook << " hook: " << path.string() << "\n";
  }
  return kExitApprove;
}

// The rule's "**Fix:**" paragraph on one line (else its first line), for the hook's advice.
std::string FixAdvice(const std::string& help) {
  const size_t at = help.find("**Fix:**");
  const size_t start = at == std::string::npos ? 0 : at + 8;
  const size_t end = help.find("\n\n", start);
  std::string text = help.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (const size_t nl = text.find('\n'); at == std::string::npos && nl != std::string::npos)
    text.resize(nl);
  std::string out;
  for (char c : text) {
    if (c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Prints what blocked, and the ways out, on stderr.
void PrintGuidance(const RunReport& report, const std::string& action,
                   const std::string& override_command) {
  std::cerr << "\nmergegate: " << action << " blocked"
            << (report.verdict.reasons.empty() ? "" : ": " + report.verdict.reasons.front())
            << "\n";
  for (const Finding& f : report.findings) {
    if (f.status != FindingStatus::kOpen || !f.blocking || f.severity < report.fail_on) continue;
    std::cerr << "  " << f.path << ":" << f.span.start_line << "  " << f.rule->meta.id << " ("
              << SeverityName(f.severity) << "): " << f.message << "\n";
    if (f.properties.contains("commit"))
      std::cerr << "    in commit " << f.properties.at("commit") << "\n";
    const std::string fix = FixAdvice(f.rule->meta.help);
    if (!fix.empty()) std::cerr << "    fix: " << fix << "\n";
    std::cerr << "    details: mergegate rules explain " << f.rule->meta.id << "\n";
  }
  std::cerr << "How to proceed:\n"
               "  fix     change the code (and amend the commits); a secret that was ever "
               "committed must also be revoked\n"
               "  waive   a reviewed false positive: add `mergegate: ignore[<rule-id>] <reason>` "
               "on the line, or a waiver in .mergegate.yaml\n"
               "  override  if your policy allows it: "
            << override_command << " (the gate runs again in CI)\n";
}

// The change one pushed ref brings, or nullopt when it brings nothing to scan.
Expected<std::optional<ChangeInput>> PushChange(const parsers::GitRepo& repo,
                                                const std::string& remote,
                                                const parsers::PushedRef& r) {
  if (parsers::IsZeroOid(r.local_oid)) return std::optional<ChangeInput>();  // a deletion
  if (!parsers::IsZeroOid(r.remote_oid) && repo.HasCommit(r.remote_oid)) {
    Expected<ChangeInput> c = GitRangeChange(repo, r.remote_oid, r.local_oid);
    if (!c) return tl::unexpected(c.error());
    return std::optional<ChangeInput>(std::move(*c));
  }
  // A new branch (or a remote oid we do not have): the commits not on any ref of the remote.
  Expected<std::string> list = repo.Run(
      {"rev-list", "--topo-order", "--reverse", r.local_oid, "--not", "--remotes=" + remote});
  if (!list) return tl::unexpected(list.error());
  if (list->empty()) return std::optional<ChangeInput>();
  const std::string first = list->substr(0, list->find('\n'));
  Expected<std::vector<std::string>> parents = repo.Parents(first);
  if (!parents) return tl::unexpected(parents.error());
  std::string from;
  if (parents->empty()) {
    Expected<std::string> empty = repo.EmptyTree();  // a root commit: all of its files
    if (!empty) return tl::unexpected(empty.error());
    from = *empty;
  } else {
    from = parents->front();
  }
  Expected<ChangeInput> c = GitChange(repo, from, r.local_oid);
  if (!c) return tl::unexpected(c.error());
  return std::optional<ChangeInput>(std::move(*c));
}

int RunPrePush(const SessionOptions& options, const std::vector<std::string>& rest) {
  if (rest.size() != 2) {
    PrintDiagnostics({{"usage.hook", "pre-push takes REMOTE and URL", "", 0, 0, ""}});
    return kExitError;
  }
  Expected<parsers::GitRepo> repo = parsers::GitRepo::Open(".");
  if (!repo) {
    PrintDiagnostics(repo.error());
    return kExitError;
  }
  std::ostringstream input;
  input << std::cin.rdbuf();
  Expected<std::vector<parsers::PushedRef>> refs = parsers::ParsePrePushInput(input.str());
  if (!refs) {
    PrintDiagnostics(refs.error());
    return kExitError;
  }
  std::vector<std::string> targets;
  for (const auto& r : *refs)
    targets.push_back(r.local_ref + " -> " + rest[0] + " " + r.remote_ref);
  std::unique_ptr<ScanSession> session = ScanSession::Open(options, "hook pre-push", targets, ".");
  if (!session) return kExitError;
  session->IncludeChangeRules();
  for (const parsers::PushedRef& r : *refs) {
    Expected<std::optional<ChangeInput>> change = PushChange(*repo, rest[0], r);
    if (!change) {
      PrintDiagnostics(change.error());
      return kExitError;
    }
    if (*change)
      ScanChangeInto(session.get(), **change, DiffScope::kAdded, {{"ref", r.remote_ref}});
  }
  const int code = session->Finish();
  if (code == kExitBlock) PrintGuidance(session->report(), "push", "git push --no-verify");
  if (code == kExitError)
    std::cerr << "mergegate: the gate could not decide; the push is stopped\n";
  return code;
}

int RunPreCommit(const SessionOptions& options) {
  Expected<parsers::GitRepo> repo = parsers::GitRepo::Open(".");
  if (!repo) {
    PrintDiagnostics(repo.error());
    return kExitError;
  }
  std::unique_ptr<ScanSession> session =
      ScanSession::Open(options, "hook pre-commit", {"--staged"}, ".");
  if (!session) return kExitError;
  session->IncludeChangeRules();
  Expected<ChangeInput> change = StagedChange(*repo);
  if (!change) {
    PrintDiagnostics(change.error());
    return kExitError;
  }
  ScanChangeInto(session.get(), *change, DiffScope::kAdded);
  const int code = session->Finish();
  if (code == kExitBlock) PrintGuidance(session->report(), "commit", "git commit --no-verify");
  if (code == kExitError)
    std::cerr << "mergegate: the gate could not decide; the commit is stopped\n";
  return code;
}

}  // namespace

int RunHook(const std::vector<std::string>& args) {
  SessionOptions options;
  bool pre_push = false, pre_commit = false, chain = false, force = false;
  std::vector<std::string> words;
  po::options_description desc(kHookHelp);
  desc.add_options()("help,h", "show this help")("pre-push", po::bool_switch(&pre_push),
                                                 "install/uninstall the pre-push hook")(
      "pre-commit", po::bool_switch(&pre_commit), "install/uninstall the pre-commit hook")(
      "chain", po::bool_switch(&chain), "keep an existing hook and run it first")(
      "force", po::bool_switch(&force), "same as --chain")("words", po::value(&words)->composing(),
                                                           "action and arguments");
  AddSessionOptions(&desc, &options);
  po::positional_options_description positional;
  positional.add("words", -1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, "hook")) return kExitError;
  if (vm.count("help") || words.empty()) {
    std::cout << desc << "\n";
    return words.empty() && !vm.count("help") ? kExitError : kExitApprove;
  }
  const std::string action = words[0];
  if (action == "run") {
    if (words.size() >= 2 && words[1] == "pre-push")
      return RunPrePush(options, {words.begin() + 2, words.end()});
    if (words.size() == 2 && words[1] == "pre-commit") return RunPreCommit(options);
    PrintDiagnostics(
        {{"usage.hook", "hook run takes pre-push REMOTE URL, or pre-commit", "", 0, 0, ""}});
    return kExitError;
  }
  if ((action != "install" && action != "uninstall") || words.size() != 1) {
    PrintDiagnostics({{"usage.hook", "unknown hook action '" + action + "'", "", 0, 0,
                       "use install, uninstall or run"}});
    return kExitError;
  }
  Expected<parsers::GitRepo> repo = parsers::GitRepo::Open(".");
  if (!repo) {
    PrintDiagnostics(repo.error());
    return kExitError;
  }
  const std::vector<std::string> hooks = SelectedHooks(pre_push, pre_commit);
  return action == "install" ? Install(*repo, hooks, chain || force) : Uninstall(*repo, hooks);
}

}  // namespace mergegate::cli
