#include "scan_session.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <iostream>
#include <set>

#include "exit_codes.h"
#include "mergegate/util.h"
#include "vcs_info.h"

namespace fs = std::filesystem;

namespace mergegate::cli {
namespace {

// A flag's value, else the MERGEGATE_* variable's (precedence: flag > environment > file).
std::string FlagOrEnv(const std::string& flag, const char* env) {
  if (!flag.empty()) return flag;
  const char* v = std::getenv(env);
  return v == nullptr ? "" : v;
}

// The version plus the running binary's size and modification time: results cached by one
// build are never served to another (a rebuilt engine may match differently at the same version).
std::string EngineIdentity() {
  std::string id = ToolVersion();
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return id;
  const auto size = fs::file_size(exe, ec);
  if (ec) return id;
  const auto mtime = fs::last_write_time(exe, ec);
  if (ec) return id;
  return id + " " + std::to_string(size) + " " + std::to_string(mtime.time_since_epoch().count());
}

}  // namespace

void AddSessionOptions(po::options_description* desc, SessionOptions* options) {
  desc->add_options()(
      "fail-on", po::value(&options->fail_on),
      "block on findings at or above SEVERITY (critical|high|medium|low|info; default: config "
      "block_on, else high) [MERGEGATE_FAIL_ON]")(
      "jobs,j", po::value(&options->jobs)->default_value(0),
      "worker threads for loading policies and scanning (0 = all cores; 1 = one thread)")(
      "max-file-size", po::value(&options->max_file_size),
      "skip files larger than BYTES (default 1048576)")(
      "parse-timeout", po::value(&options->parse_timeout_ms),
      "per-file parse time bound in MS (default 5000); a file that hits it makes the run an error")(
      "config", po::value(&options->config_path),
      "use this configuration file instead of discovering .mergegate.yaml [MERGEGATE_CONFIG]")(
      "branch", po::value(&options->branch),
      "target branch for branch-scoped overrides and break-glass (default: MERGEGATE_BRANCH, "
      "GITHUB_BASE_REF, CI_MERGE_REQUEST_TARGET_BRANCH_NAME, GITHUB_REF_NAME, CI_COMMIT_BRANCH, "
      "then the checked-out branch)")(
      "baseline", po::value(&options->baseline),
      "hide findings recorded in this baseline file; block only new ones [MERGEGATE_BASELINE]")(
      "decision-log", po::value(&options->decision_log),
      "append one JSON line describing this decision to FILE [MERGEGATE_DECISION_LOG]")(
      "override", po::value(&options->override_reason),
      "break-glass: approve a block with this justification, where the config allows it "
      "[MERGEGATE_OVERRIDE, or a 'Mergegate-Override: reason' trailer on HEAD]")(
      "on-error", po::value(&options->on_error),
      "closed (default: an error exits 2) or open (an incomplete scan exits 0, recorded) "
      "[MERGEGATE_ON_ERROR]");
  AddPolicyOptions(desc, &options->policy);
  AddOutputOptions(desc, &options->output);
}

std::unique_ptr<ScanSession> ScanSession::Open(
    const SessionOptions& options, const std::string& command,
    const std::vector<std::string>& targets, const std::string& config_start,
    const std::function<void(ScanSession&)>& while_loading) {
  std::unique_ptr<ScanSession> s(new ScanSession());
  s->options_ = options;
  RunReport& report = s->report_;
  report.start_time = std::chrono::system_clock::now();
  report.tool_version = ToolVersion();
  report.command = command;
  report.targets = targets;
  std::error_code ec;
  const std::string cwd = fs::current_path(ec).string();
  report.root = parsers::GitTopLevel(cwd);
  if (report.root.empty()) report.root = cwd;

  std::string config_path = FlagOrEnv(options.config_path, "MERGEGATE_CONFIG");
  if (config_path.empty()) {
    const std::string start_dir = fs::is_directory(config_start, ec)
                                      ? config_start
                                      : fs::path(config_start).parent_path().string();
    const std::string git_root = parsers::GitTopLevel(start_dir.empty() ? "." : start_dir);
    config_path = FindConfigFile(config_start, git_root.empty() ? start_dir : git_root);
  }
  if (!config_path.empty()) {
    Expected<Config> loaded = LoadConfig(config_path);
    if (!loaded) {
      PrintDiagnostics(loaded.error());
      return nullptr;
    }
    s->config_ = std::move(*loaded);
  }
  report.fail_on = s->config_.block_on.value_or(Severity::kHigh);
  const std::string fail_on = FlagOrEnv(options.fail_on, "MERGEGATE_FAIL_ON");
  if (!fail_on.empty()) {
    const std::optional<Severity> severity = ParseSeverity(fail_on);
    if (!severity) {
      PrintDiagnostics({{"usage.fail-on", "unknown severity '" + fail_on + "'", "", 0, 0,
                         "use critical, high, medium, low or info"}});
      return nullptr;
    }
    report.fail_on = *severity;
  }
  const std::string on_error = FlagOrEnv(options.on_error, "MERGEGATE_ON_ERROR");
  if (!on_error.empty() && on_error != "open" && on_error != "closed") {
    PrintDiagnostics({{"usage.on-error", "unknown --on-error value '" + on_error + "'", "", 0, 0,
                       "use closed or open"}});
    return nullptr;
  }
  s->fail_open_ = on_error.empty() ? s->config_.fail_open.value_or(false) : on_error == "open";

  const std::string baseline = FlagOrEnv(options.baseline, "MERGEGATE_BASELINE");
  if (!baseline.empty()) {
    Expected<std::vector<BaselineEntry>> entries = LoadBaseline(baseline);
    if (!entries) {
      PrintDiagnostics(entries.error());
      return nullptr;
    }
    s->baseline_ = std::move(*entries);
  }
  s->decision_log_ = FlagOrEnv(options.decision_log, "MERGEGATE_DECISION_LOG");
  if (s->decision_log_.empty()) s->decision_log_ = s->config_.decision_log;

  // Loading the policies is most of a run's start-up; meanwhile git is asked about the repository
  // on another thread and this one runs the command's preparation (the walk). With --jobs 1
  // everything runs on one thread.
  std::future<std::optional<PolicySet>> loading =
      std::async(options.jobs == 1 ? std::launch::deferred : std::launch::async,
                 [&] { return LoadSelectedPolicies(options.policy, s->config_, options.jobs); });
  std::future<RunReport::Vcs> vcs =
      std::async(options.jobs == 1 ? std::launch::deferred : std::launch::async,
                 [root = report.root] { return ReadVcsInfo(root); });
  if (while_loading) while_loading(*s);
  report.vcs = vcs.get();
  report.branch = ResolveTargetBranch(options.branch, report.vcs.branch);
  std::optional<PolicySet> policies = loading.get();
  if (!policies) return nullptr;
  s->policies_ = std::make_unique<PolicySet>(std::move(*policies));
  for (const auto& rule : s->policies_->rules()) {
    if (rule->meta.kind != RuleKind::kChange) report.rules.push_back(rule.get());
  }
  report.rules.push_back(&SuppressionProblemRule());
  report.rules.push_back(&UnusedSuppressionRule());
  report.policy_digest = s->policies_->digest();
  // What decided this run: the rules, the configuration as written, the threshold, the branch.
  report.effective_policy_digest =
      util::Sha256Hex(report.policy_digest + "\n" + s->config_.text + "\n" +
                      std::string(SeverityName(report.fail_on)) + "\n" + report.branch);

  s->scan_options_.jobs = options.jobs;
  if (s->config_.max_file_size) s->scan_options_.max_file_bytes = *s->config_.max_file_size;
  if (options.max_file_size > 0) s->scan_options_.max_file_bytes = options.max_file_size;
  if (options.parse_timeout_ms > 0)
    s->scan_options_.parse_timeout_micros = options.parse_timeout_ms * 1000;

  if (!options.cache_dir.empty()) {
    Expected<ResultCache> cache =
        ResultCache::Open(options.cache_dir, *s->policies_, s->scan_options_, EngineIdentity());
    if (!cache) {
      PrintDiagnostics(cache.error());
      return nullptr;
    }
    s->cache_.emplace(std::move(*cache));
    report.files_from_cache = 0;
  }
  return s;
}

void ScanSession::IncludeChangeRules() {
  for (const auto& rule : policies_->rules()) {
    if (rule->meta.kind == RuleKind::kChange) report_.rules.push_back(rule.get());
  }
}

void ScanSession::AddResults(ScanResults results) {
  for (Finding& f : results.findings) report_.findings.push_back(std::move(f));
  std::stable_sort(report_.findings.begin(), report_.findings.end(), FindingLess);
  report_.files_scanned += results.files_scanned;
  report_.bytes_scanned += results.bytes_scanned;
  if (report_.files_from_cache) *report_.files_from_cache += results.files_from_cache;
  for (auto& d : results.suppressions) suppressions_.push_back(std::move(d));
  for (auto& s : results.skipped) {
    // A bound that stopped part of a file's scan makes the run incomplete: fail closed.
    if (MakesScanIncomplete(s.reason)) {
      report_.errors.push_back(
          {"scan.incomplete", "structural rules not applied: " + s.reason, s.path, 0, 0, ""});
    }
    report_.skipped.push_back(std::move(s));
  }
}

bool ScanSession::WalkPaths(const std::vector<std::string>& paths,
                            const std::optional<Shard>& shard) {
  parsers::WalkOptions walk_options;
  walk_options.report_root = root();
  walk_options.exclude_globs = config_.exclude;
  std::vector<parsers::WalkedFile>& files = walked_;
  std::set<std::string> seen;
  for (const std::string& path : paths) {
    Expected<parsers::WalkResult> walked = parsers::WalkTree(path, walk_options);
    if (!walked) {
      PrintDiagnostics(walked.error());
      return false;
    }
    for (auto& f : walked->files) {
      if (shard && !InShard(f.path, *shard)) continue;
      if (seen.insert(f.path).second) files.push_back(std::move(f));
    }
    report_.skipped.insert(report_.skipped.end(), walked->skipped.begin(), walked->skipped.end());
  }
  return true;
}

void ScanSession::ScanWalkedFiles() {
  const Scanner scanner(policies(), scan_options());
  AddResults(scanner.ScanFiles(walked_, cache_ ? &*cache_ : nullptr));
  walked_.clear();
}

bool ScanSession::ScanPaths(const std::vector<std::string>& paths,
                            const std::optional<Shard>& shard) {
  if (!WalkPaths(paths, shard)) return false;
  ScanWalkedFiles();
  return true;
}

void ScanSession::ApplyExceptions() {
  if (exceptions_applied_) return;
  exceptions_applied_ = true;
  std::vector<Finding>& findings = report_.findings;
  ApplyRuleOverrides(config_.overrides, report_.branch, &findings);
  ApplySuppressions(suppressions_, config_.require_suppression_reason.value_or(true), &findings);
  for (std::string& n : ApplyWaivers(config_.waivers, report_.start_time, &findings))
    report_.notices.push_back(std::move(n));
  if (!baseline_.empty()) {
    for (const BaselineEntry& e : ApplyBaseline(baseline_, &findings))
      report_.stale_baseline.push_back(e.rule_id + " " + e.path);
    if (!report_.stale_baseline.empty()) {
      report_.notices.push_back(std::to_string(report_.stale_baseline.size()) +
                                " baseline entr(y/ies) matched nothing (fixed or moved); "
                                "refresh with `mergegate baseline update`");
    }
  }
}

int ScanSession::Finish() {
  ApplyExceptions();
  report_.end_time = std::chrono::system_clock::now();
  report_.verdict = DecideVerdict(report_);
  Verdict& v = report_.verdict;
  if (v.decision == Decision::kError && fail_open_) {
    v.exit_code = kExitApprove;
    v.failed_open = true;
    v.reasons.push_back("on_error: open lets the change through");
  }
  if (v.decision == Decision::kBlock) {
    if (std::optional<OverrideRequest> request =
            FindOverride(options_.override_reason, report_.root)) {
      ApplyOverride(*request, config_.break_glass, report_.branch, &report_);
    }
  }
  if (!decision_log_.empty()) {
    std::ofstream log(decision_log_, std::ios::binary | std::ios::app);
    log << DecisionLogRecord(report_) << "\n";
    if (!log.good()) {
      PrintDiagnostics(
          {{"output.decision-log", "cannot append to the decision log", decision_log_, 0, 0, ""}});
      return kExitError;
    }
  }
  if (!WriteReports(report_, options_.output)) return kExitError;
  return report_.verdict.exit_code;
}

}  // namespace mergegate::cli
