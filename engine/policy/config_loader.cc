#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "mergegate/config.h"
#include "mergegate/parsers/glob.h"
#include "mergegate/policy.h"
#include "policy/schema_validator.h"
#include "policy/yaml_document.h"

namespace fs = std::filesystem;

namespace mergegate {
namespace {

std::vector<std::string> Strings(const nlohmann::json& j, const char* key) {
  return j.contains(key) ? j[key].get<std::vector<std::string>>() : std::vector<std::string>{};
}

std::string Str(const nlohmann::json& j, const char* key) {
  return j.contains(key) ? j[key].get<std::string>() : std::string();
}

RuleMode ParseMode(const std::string& s) {
  return s == "warn" ? RuleMode::kWarn : s == "off" ? RuleMode::kOff : RuleMode::kEnforce;
}

// A pack entry naming a directory (contains '/' or starts with '.') is a local pack.
bool IsLocalPack(const std::string& pack) {
  return pack.find('/') != std::string::npos || pack.starts_with(".");
}

}  // namespace

std::string FindConfigFile(const std::string& start_dir, const std::string& stop_dir) {
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(fs::absolute(start_dir, ec), ec);
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  const fs::path stop =
      stop_dir.empty() ? fs::path() : fs::weakly_canonical(fs::absolute(stop_dir, ec), ec);
  while (!dir.empty()) {
    for (const char* name : {".mergegate.yaml", ".mergegate.yml"}) {
      if (fs::is_regular_file(dir / name, ec)) return (dir / name).string();
    }
    if (dir == stop || dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return "";
}

Expected<Config> LoadConfig(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail({"config.read", "cannot read configuration file", path, 0, 0, ""});
  std::ostringstream text;
  text << in.rdbuf();
  return ParseConfig(text.str(), path);
}

Expected<Config> ParseConfig(const std::string& text, const std::string& path) {
  static const SchemaValidator validator("config.schema.json");
  Expected<YamlDocument> doc = ParseYamlDocument(text, path);
  if (!doc) return tl::unexpected(doc.error());
  Config config;
  config.path = path;
  config.text = text;
  if (doc->json.is_null()) return config;  // an empty file means all defaults
  Diagnostics errors;
  for (const SchemaError& e : validator.Validate(doc->json)) {
    auto [line, col] = doc->PositionOf(e.pointer);
    errors.push_back({"config.schema",
                      (e.pointer.empty() ? "document" : e.pointer) + ": " + e.message, path, line,
                      col, ""});
  }
  if (!errors.empty()) return tl::unexpected(errors);
  const nlohmann::json& j = doc->json;
  const fs::path base = fs::path(path).parent_path();
  if (j.contains("block_on")) config.block_on = ParseSeverity(j["block_on"].get<std::string>());
  if (j.contains("on_error")) config.fail_open = j["on_error"] == "open";
  config.exclude = Strings(j, "exclude");
  if (j.contains("max_file_size")) config.max_file_size = j["max_file_size"].get<uint64_t>();
  const std::vector<std::string> builtin = BuiltinPackNames();
  const std::vector<std::string> packs = Strings(j, "packs");
  for (size_t i = 0; i < packs.size(); ++i) {
    if (IsLocalPack(packs[i])) {
      config.policies.push_back((base / packs[i]).string());
    } else if (std::find(builtin.begin(), builtin.end(), packs[i]) != builtin.end()) {
      config.packs.push_back(packs[i]);
    } else {
      auto [line, col] = doc->PositionOf("/packs/" + std::to_string(i));
      errors.push_back({"config.pack", "unknown built-in pack '" + packs[i] + "'", path, line, col,
                        "a local pack is a path such as ./rules"});
    }
  }
  if (!errors.empty()) return tl::unexpected(errors);
  for (const std::string& p : Strings(j, "policies"))
    config.policies.push_back((base / p).string());
  if (j.contains("overrides")) {
    for (const auto& o : j["overrides"]) {
      RuleOverride ov;
      ov.rules = Strings(o, "rules");
      ov.paths = Strings(o, "paths");
      ov.branches = Strings(o, "branches");
      if (o.contains("severity")) ov.severity = ParseSeverity(o["severity"].get<std::string>());
      if (o.contains("mode")) ov.mode = ParseMode(o["mode"].get<std::string>());
      config.overrides.push_back(std::move(ov));
    }
  }
  if (j.contains("suppressions") && j["suppressions"].contains("require_reason"))
    config.require_suppression_reason = j["suppressions"]["require_reason"].get<bool>();
  if (j.contains("waivers")) {
    for (size_t i = 0; i < j["waivers"].size(); ++i) {
      const auto& w = j["waivers"][i];
      Waiver waiver{Str(w, "rule"),
                    Strings(w, "paths"),
                    Str(w, "reason"),
                    Str(w, "owner"),
                    Str(w, "ticket"),
                    Str(w, "expires"),
                    0};
      waiver.line = doc->PositionOf("/waivers/" + std::to_string(i)).first;
      config.waivers.push_back(std::move(waiver));
    }
  }
  if (j.contains("break_glass")) {
    const auto& b = j["break_glass"];
    config.break_glass.allowed = b.value("allowed", false);
    config.break_glass.branches = Strings(b, "branches");
  }
  if (j.contains("decision_log")) {
    const fs::path log = Str(j, "decision_log");
    config.decision_log = log.is_absolute() ? log.string() : (base / log).string();
  }
  if (j.contains("change")) {
    const auto& c = j["change"];
    config.change.require_tests = c.value("require_tests", false);
    if (c.contains("max_changed_lines"))
      config.change.max_changed_lines = c["max_changed_lines"].get<int>();
    if (c.contains("allow_dependencies")) {
      for (const auto& [ecosystem, globs] : c["allow_dependencies"].items())
        config.change.allow_dependencies[ecosystem] = globs.get<std::vector<std::string>>();
    }
  }
  return config;
}

bool BranchMatches(std::string_view glob, std::string_view branch) {
  if (branch.empty()) return false;
  // parsers::GlobMatch matches a slash-less glob against the base name; a branch glob without
  // '/' (and without '**') must match the whole branch name instead.
  const bool whole =
      glob.find('/') == std::string_view::npos && glob.find("**") == std::string_view::npos;
  if (whole && branch.find('/') != std::string_view::npos) return false;
  return parsers::GlobMatch(glob, branch);
}

std::string_view StarterConfig() {
  return R"(# mergegate configuration. Precedence: command-line flags > MERGEGATE_* environment
# variables > this file > built-in defaults. Reference: docs/configuration.md
version: 1

# Block the merge on open findings at or above this severity (critical|high|medium|low|info).
block_on: high

# What an internal or configuration error does: closed (exit 2, blocks) or open (exit 0).
on_error: closed

# Built-in packs by name, or local rule folders (a path, relative to this file).
# packs: [secrets, python, ./policies/team]

# Paths never scanned (globs).
exclude:
  - "vendor/**"

# Per-rule severity and mode (enforce | warn | off), optionally scoped by path and target branch.
# overrides:
#   - rules: ["python-*"]
#     mode: warn                  # report, never block, while the team adopts the rules
#   - rules: ["python-*"]
#     branches: [main, "release/*"]
#     mode: enforce               # ... but stay strict on protected branches
#   - rules: [generic-high-entropy-string]
#     paths: ["test/**"]
#     mode: off

# Inline suppressions `mergegate: ignore[rule-id] reason` need a reason unless this is false.
suppressions:
  require_reason: true

# Accountable exceptions that expire (YYYY-MM-DD, valid through that day). Expired or
# malformed waivers stop applying; those expiring within 14 days are announced.
# waivers:
#   - rule: python-subprocess-shell-true
#     paths: ["scripts/legacy/**"]
#     reason: legacy deploy script, rewrite planned
#     owner: platform-team
#     ticket: OPS-1234
#     expires: 2030-01-31

# Break-glass: allow `--override "reason"` (or MERGEGATE_OVERRIDE, or a commit trailer
# `Mergegate-Override: reason`) to approve a blocked change; every use is recorded.
break_glass:
  allowed: false
#  branches: [main]

# Append one JSON line per run (verdict, counts, exceptions used) to this file.
# decision_log: .mergegate/decisions.jsonl

# Change rules (diff, history, hooks) without forking them.
# change:
#   require_tests: true          # report source changed with no test changed (off by default)
#   max_changed_lines: 400       # gov.change.too-large limit (default 1000)
#   allow_dependencies:          # packages gov.deps.new-dependency does not report (globs)
#     any: ["acme-*"]
#     npm: ["@types/*", react]
#     pypi: [requests]
)";
}

}  // namespace mergegate
