#include "scan_session.h"

#include <filesystem>

#include "exit_codes.h"
#include "mergegate/parsers/walk.h"

namespace fs = std::filesystem;

namespace mergegate::cli {

void AddSessionOptions(po::options_description* desc, SessionOptions* options) {
  desc->add_options()(
      "fail-on", po::value(&options->fail_on),
      "block on findings at or above SEVERITY (critical|high|medium|low|info; default high)")(
      "jobs,j", po::value(&options->jobs)->default_value(0), "worker threads (0 = all cores)")(
      "max-file-size", po::value(&options->max_file_size),
      "skip files larger than BYTES (default 1048576)")(
      "config", po::value(&options->config_path),
      "use this configuration file instead of discovering .mergegate.yaml");
  AddPolicyOptions(desc, &options->policy);
  AddOutputOptions(desc, &options->output);
}

std::unique_ptr<ScanSession> ScanSession::Open(const SessionOptions& options,
                                               const std::string& command,
                                               const std::vector<std::string>& targets,
                                               const std::string& config_start) {
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

  std::string config_path = options.config_path;
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
  if (!options.fail_on.empty()) {
    const std::optional<Severity> severity = ParseSeverity(options.fail_on);
    if (!severity) {
      PrintDiagnostics({{"usage.fail-on", "unknown severity '" + options.fail_on + "'", "", 0, 0,
                         "use critical, high, medium, low or info"}});
      return nullptr;
    }
    report.fail_on = *severity;
  }

  std::optional<PolicySet> policies = LoadSelectedPolicies(options.policy, s->config_);
  if (!policies) return nullptr;
  s->policies_ = std::make_unique<PolicySet>(std::move(*policies));
  for (const auto& rule : s->policies_->rules()) {
    if (rule->meta.kind != RuleKind::kChange) report.rules.push_back(rule.get());
  }
  report.policy_digest = s->policies_->digest();

  s->scan_options_.jobs = options.jobs;
  if (s->config_.max_file_size) s->scan_options_.max_file_bytes = *s->config_.max_file_size;
  if (options.max_file_size > 0) s->scan_options_.max_file_bytes = options.max_file_size;
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
  for (auto& s : results.skipped) {
    // A bound that stopped part of a file's scan makes the run incomplete: fail closed.
    if (s.reason == "parse timeout" || s.reason == "parse failed") {
      report_.errors.push_back(
          {"scan.incomplete", "structural rules not applied: " + s.reason, s.path, 0, 0, ""});
    }
    report_.skipped.push_back(std::move(s));
  }
}

int ScanSession::Finish() {
  report_.end_time = std::chrono::system_clock::now();
  report_.verdict = DecideVerdict(report_);
  if (!WriteReports(report_, options_.output)) return kExitError;
  return report_.verdict.exit_code;
}

}  // namespace mergegate::cli
