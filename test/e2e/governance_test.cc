// End-to-end governance: configuration precedence, inline suppressions, baselines, waivers,
// break-glass overrides and the decision log, with the real binary on real trees and repos.
#include <gtest/gtest.h>

#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;
using testing::RunMergegate;
using testing::TempDir;

constexpr const char* kRule =
    "id: gov-danger-call\ntitle: danger call\nmessage: danger_call runs input\n"
    "severity: high\nlanguages: [python]\ncwe: [78]\nmatch: {regex: 'danger_call\\('}\n";

// A tree with the test rule under rules/ and `app` as app.py.
struct Tree {
  TempDir dir;
  explicit Tree(const std::string& app, const std::string& config = "") {
    dir.Write("rules/gov-danger-call.yaml", kRule);
    dir.Write("app.py", app);
    if (!config.empty()) dir.Write(".mergegate.yaml", config);
  }
  std::vector<std::string> Args(std::vector<std::string> extra) const {
    std::vector<std::string> args = {"scan", "--no-color", "--no-builtin", "-p",
                                     (dir.path() / "rules").string()};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back((dir.path() / "app.py").string());
    return args;
  }
  parsers::ProcessResult Scan(std::vector<std::string> extra = {}) const {
    return RunMergegate(Args(std::move(extra)), dir.str());
  }
  parsers::ProcessResult ScanWithEnv(const std::vector<std::string>& env,
                                     std::vector<std::string> extra = {}) const {
    std::vector<std::string> argv = {"env"};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.push_back(testing::MergegateBinary());
    for (const std::string& a : Args(std::move(extra))) argv.push_back(a);
    return parsers::RunProcess(argv, dir.str());
  }
  nlohmann::json Json(std::vector<std::string> extra = {}) const {
    extra.push_back("--format");
    extra.push_back("json");
    const auto r = Scan(extra);
    EXPECT_NE(r.exit_code, 2) << r.err;
    return nlohmann::json::parse(r.out);
  }
};

std::string DateFromToday(int days) {
  const auto t = std::chrono::system_clock::now() + std::chrono::hours(24 * days);
  const std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

TEST(Governance, InlineSuppressionHidesAndCountsTheFinding) {
  Tree t(
      "x = 1\n# mergegate: ignore[gov-danger-call] input is a constant here\n"
      "danger_call(x)\n");
  const auto r = t.Scan();
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 finding(s), 1 suppressed"), std::string::npos) << r.out;
  const auto doc = t.Json();
  ASSERT_EQ(doc["findings"].size(), 1u);
  EXPECT_EQ(doc["findings"][0]["status"], "suppressed");
  EXPECT_EQ(doc["findings"][0]["status_reason"], "input is a constant here");
  EXPECT_EQ(doc["summary"]["by_status"]["suppressed"], 1);
}

TEST(Governance, MalformedAndUnusedSuppressionsAreFindings) {
  Tree t(
      "danger_call(a)  # mergegate: ignore[gov-danger-call]\n"
      "danger_call(b)  # mergegate: ignore because\n"
      "ok = 1  # mergegate: ignore[gov-danger-call] nothing here\n");
  const auto doc = t.Json({"--fail-on", "medium"});
  std::map<std::string, int> by_rule;
  for (const auto& f : doc["findings"]) {
    EXPECT_EQ(f["status"], "open") << f.dump();
    ++by_rule[f["rule_id"].get<std::string>()];
  }
  EXPECT_EQ(by_rule["gov-danger-call"], 2);  // malformed suppressions suppress nothing
  EXPECT_EQ(by_rule["mergegate-suppression-malformed"], 2);
  EXPECT_EQ(by_rule["mergegate-suppression-unused"], 1);
  EXPECT_EQ(doc["verdict"]["decision"], "block");
  // With require_reason: false the first one suppresses.
  Tree relaxed("danger_call(a)  # mergegate: ignore[gov-danger-call]\n",
               "suppressions: {require_reason: false}\n");
  EXPECT_EQ(relaxed.Scan().exit_code, 0);
}

TEST(Governance, BaselineHidesRecordedFindingsAcrossLineMovesAndListsStale) {
  Tree t("def handler():\n    danger_call(request)\n\ndef other():\n    danger_call(b)\n");
  const std::string baseline = (t.dir.path() / "baseline.json").string();
  std::vector<std::string> create = {"baseline",
                                     "create",
                                     "-o",
                                     baseline,
                                     "--no-builtin",
                                     "-p",
                                     (t.dir.path() / "rules").string(),
                                     t.dir.str() + "/app.py"};
  const auto c = RunMergegate(create, t.dir.str());
  ASSERT_EQ(c.exit_code, 0) << c.err;
  EXPECT_NE(c.out.find("2 finding(s) (2 new"), std::string::npos) << c.out;
  EXPECT_EQ(RunMergegate(create, t.dir.str()).exit_code, 2);  // never overwrites
  EXPECT_EQ(t.Scan().exit_code, 1);
  // Unrelated edits move the findings down: still baselined.
  t.dir.Write("app.py",
              "import os\n\n\ndef handler():\n    log()\n    danger_call(request)\n\n"
              "def other():\n    danger_call(b)\n");
  const auto moved = t.Scan({"--baseline", baseline});
  EXPECT_EQ(moved.exit_code, 0) << moved.out;
  EXPECT_NE(moved.out.find("2 baselined"), std::string::npos) << moved.out;
  // A new finding blocks; a fixed one is listed as stale.
  t.dir.Write("app.py",
              "def handler():\n    danger_call(request)\n\ndef added():\n    danger_call(c)\n");
  const auto doc = t.Json({"--baseline", baseline});
  EXPECT_EQ(doc["verdict"]["decision"], "block");
  EXPECT_EQ(doc["summary"]["by_status"]["baselined"], 1);
  EXPECT_EQ(doc["summary"]["by_status"]["open"], 1);
  ASSERT_EQ(doc["stale_baseline"].size(), 1u);
  EXPECT_EQ(doc["stale_baseline"][0], "gov-danger-call app.py");
  std::vector<std::string> update = create;
  update[1] = "update";
  const auto u = RunMergegate(update, t.dir.str());
  ASSERT_EQ(u.exit_code, 0) << u.err;
  EXPECT_NE(u.out.find("1 new, 1 kept, 1 stale removed"), std::string::npos) << u.out;
  EXPECT_EQ(t.Scan({"--baseline", baseline}).exit_code, 0);
  t.dir.Write("bad.json", "{\"version\": 7}");
  const auto bad = t.Scan({"--baseline", (t.dir.path() / "bad.json").string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("not a mergegate baseline"), std::string::npos) << bad.err;
}

std::string WaiverConfig(const std::string& expires) {
  return "waivers:\n  - rule: gov-*\n    paths: [app.py]\n    reason: legacy handler\n"
         "    owner: team-payments\n    ticket: PAY-7\n    expires: " +
         expires + "\n";
}

TEST(Governance, ActiveWaiverWaivesAndExpiredWaiverBlocksAgain) {
  Tree active("danger_call(x)\n", WaiverConfig(DateFromToday(60)));
  const auto ok = active.Scan();
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  EXPECT_NE(ok.out.find("1 waived"), std::string::npos) << ok.out;

  const std::string yesterday = DateFromToday(-1);
  Tree expired("danger_call(x)\n", WaiverConfig(yesterday));
  const auto blocked = expired.Scan();
  EXPECT_EQ(blocked.exit_code, 1) << blocked.out;
  EXPECT_NE(blocked.out.find("[waiver for gov-* expired on " + yesterday + "]"), std::string::npos)
      << blocked.out;

  Tree malformed("danger_call(x)\n", WaiverConfig("2026-13-45"));
  const auto m = malformed.Scan();
  EXPECT_EQ(m.exit_code, 1);
  EXPECT_NE(m.out.find("malformed expiry date '2026-13-45'"), std::string::npos) << m.out;

  Tree soon("danger_call(x)\n", WaiverConfig(DateFromToday(3)));
  const auto s = soon.Scan();
  EXPECT_EQ(s.exit_code, 0);
  EXPECT_NE(s.out.find("notice: waiver for gov-* (owner team-payments) expires on"),
            std::string::npos)
      << s.out;

  const auto list = RunMergegate({"waivers", "--format", "json"}, expired.dir.str());
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const auto waivers = nlohmann::json::parse(list.out);
  ASSERT_EQ(waivers.size(), 1u);
  EXPECT_EQ(waivers[0]["status"], "expired");
  EXPECT_EQ(waivers[0]["owner"], "team-payments");
  EXPECT_EQ(waivers[0]["line"], 2);
  const auto text = RunMergegate({"waivers"}, soon.dir.str());
  EXPECT_NE(text.out.find("expiring  gov-* app.py  owner team-payments, ticket PAY-7"),
            std::string::npos)
      << text.out;
}

TEST(Governance, OverrideApprovesWhereAllowedAndIsRecordedInTheDecisionLog) {
  Tree t("danger_call(x)\n", "break_glass: {allowed: true, branches: [main]}\n");
  testing::InitRepo(t.dir.str());
  const std::string log = (t.dir.path() / "decisions.jsonl").string();
  const auto r = t.Scan({"--branch", "main", "--decision-log", log, "--override",
                         "INC-42 hotfix, approved by security on call"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("verdict: approved by override"), std::string::npos) << r.out;
  // Not on an allowed branch: refused, still blocks, and that is recorded too.
  const auto refused = t.Scan({"--branch", "feature/x", "--decision-log", log, "--override", "x"});
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.out.find("override refused: break-glass is not allowed on branch"),
            std::string::npos)
      << refused.out;
  // From the environment and from a commit trailer on HEAD.
  EXPECT_EQ(t.ScanWithEnv({"MERGEGATE_OVERRIDE=env reason"}, {"--branch", "main"}).exit_code, 0);
  testing::Git({"commit", "-q", "--allow-empty", "-m",
                "hotfix\n\nMergegate-Override: trailer reason, see INC-43"},
               t.dir.str());
  const auto trailer = t.Json({"--branch", "main", "--decision-log", log});
  EXPECT_EQ(trailer["verdict"]["label"], "approved by override");
  EXPECT_EQ(trailer["override"]["source"], "commit trailer");
  EXPECT_EQ(trailer["override"]["reason"], "trailer reason, see INC-43");

  std::ifstream in(log);
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["verdict"], "approved by override");
  EXPECT_EQ(lines[0]["exit_code"], 0);
  EXPECT_EQ(lines[0]["override"]["reason"], "INC-42 hotfix, approved by security on call");
  EXPECT_EQ(lines[0]["override"]["source"], "flag");
  EXPECT_EQ(lines[0]["counts"]["open_by_severity"]["high"], 1);
  EXPECT_EQ(lines[0]["branch"], "main");
  EXPECT_EQ(lines[0]["effective_policy_digest"].get<std::string>().size(), 64u);
  EXPECT_EQ(lines[0]["revision"].get<std::string>().size(), 40u);
  EXPECT_FALSE(lines[0]["time"].get<std::string>().empty());
  EXPECT_FALSE(lines[0]["tool_version"].get<std::string>().empty());
  EXPECT_EQ(lines[1]["verdict"], "block");
  EXPECT_EQ(lines[1]["exit_code"], 1);
  EXPECT_FALSE(lines[1].contains("override"));
  EXPECT_EQ(lines[2]["override"]["source"], "commit trailer");

  Tree closed("danger_call(x)\n");
  const auto no = closed.Scan({"--override", "please"});
  EXPECT_EQ(no.exit_code, 1);
  EXPECT_NE(no.out.find("does not allow break-glass"), std::string::npos) << no.out;
}

TEST(Governance, DecisionLogRecordsEveryExceptionWithReasonAndOwner) {
  Tree t(
      "danger_call(a)  # mergegate: ignore[gov-danger-call] constant input\n"
      "danger_call(b)\n",
      WaiverConfig(DateFromToday(30)) + "decision_log: audit/decisions.jsonl\n");
  fs::create_directories(t.dir.path() / "audit");
  EXPECT_EQ(t.Scan().exit_code, 0);
  const auto record =
      nlohmann::json::parse(testing::ReadFile(t.dir.path() / "audit/decisions.jsonl"));
  ASSERT_EQ(record["exceptions"].size(), 2u);
  EXPECT_EQ(record["exceptions"][0]["kind"], "suppression");
  EXPECT_EQ(record["exceptions"][0]["reason"], "constant input");
  EXPECT_EQ(record["exceptions"][1]["kind"], "waiver");
  EXPECT_EQ(record["exceptions"][1]["owner"], "team-payments");
  EXPECT_EQ(record["exceptions"][1]["ticket"], "PAY-7");
  EXPECT_EQ(record["counts"]["by_status"]["waived"], 1);
}

TEST(Governance, PrecedenceFlagThenEnvironmentThenFileThenDefault) {
  TempDir policies;
  policies.Write(
      "p/m.yaml",
      "id: gov-medium\ntitle: t\nmessage: m\nseverity: medium\nmatch: {regex: 'WIDGET'}\n");
  TempDir dir;
  dir.Write("a.txt", "WIDGET\n");
  const std::string pdir = (policies.path() / "p").string();
  auto run = [&](const std::vector<std::string>& env, const std::vector<std::string>& flags) {
    std::vector<std::string> argv = {"env"};
    argv.insert(argv.end(), env.begin(), env.end());
    argv.insert(argv.end(), {testing::MergegateBinary(), "scan", "--no-builtin", "-p", pdir});
    argv.insert(argv.end(), flags.begin(), flags.end());
    argv.push_back(dir.str());
    return parsers::RunProcess(argv, dir.str()).exit_code;
  };
  EXPECT_EQ(run({}, {}), 0);  // default: high
  dir.Write(".mergegate.yaml", "block_on: medium\n");
  EXPECT_EQ(run({}, {}), 1);                                               // file
  EXPECT_EQ(run({"MERGEGATE_FAIL_ON=high"}, {}), 0);                       // env beats file
  EXPECT_EQ(run({"MERGEGATE_FAIL_ON=high"}, {"--fail-on", "medium"}), 1);  // flag beats env
  dir.Write("other.yaml", "block_on: critical\n");
  EXPECT_EQ(run({"MERGEGATE_CONFIG=" + (dir.path() / "other.yaml").string()}, {}), 0);
  EXPECT_EQ(run({"MERGEGATE_ON_ERROR=sometimes"}, {}), 2);
}

TEST(Governance, BranchScopedOverridesAndModes) {
  Tree t("danger_call(x)\n",
         "overrides:\n"
         "  - rules: ['gov-*']\n    mode: warn\n"
         "  - rules: ['gov-*']\n    branches: [main, 'release/*']\n    mode: enforce\n"
         "  - rules: [gov-danger-call]\n    paths: ['legacy/**']\n    mode: 'off'\n");
  const auto feature = t.Scan({"--branch", "feature/login"});
  EXPECT_EQ(feature.exit_code, 0) << feature.out;
  EXPECT_NE(feature.out.find("(warn)"), std::string::npos) << feature.out;
  EXPECT_EQ(t.Scan({"--branch", "main"}).exit_code, 1);
  EXPECT_EQ(t.ScanWithEnv({"MERGEGATE_BRANCH=release/2.0"}).exit_code, 1);
  EXPECT_EQ(t.ScanWithEnv({"MERGEGATE_BRANCH=", "GITHUB_BASE_REF=main"}).exit_code, 1);
  Tree severity("danger_call(x)\n",
                "overrides:\n  - rules: [gov-danger-call]\n    severity: low\n");
  const auto doc = severity.Json();
  EXPECT_EQ(doc["findings"][0]["severity"], "low");
  EXPECT_EQ(doc["verdict"]["decision"], "approve");
}

TEST(Governance, ConfigProblemsAreLocated) {
  struct Case {
    std::string config;
    std::string where;
  };
  const Case cases[] = {
      {"overrides:\n  - rules: [a]\n    paths: [x]\n", ".mergegate.yaml:2:5"},
      {"waivers:\n  - rule: a\n    reason: r\n    expires: 2030-01-01\n", ".mergegate.yaml:2:5"},
      {"on_error: maybe\n", ".mergegate.yaml:1:11"},
      {"break_glass: {allowed: yes-please}\n", ".mergegate.yaml:1:24"},
      {"overrides:\n  - rules: [a]\n    mode: strict\n", ".mergegate.yaml:3:11"},
  };
  for (const Case& c : cases) {
    Tree t("x = 1\n", c.config);
    const auto r = t.Scan();
    EXPECT_EQ(r.exit_code, 2) << c.config;
    EXPECT_NE(r.err.find(c.where), std::string::npos) << c.config << r.err;
  }
}

TEST(Governance, PacksByNameAndLocalFolder) {
  Tree t("danger_call(x)\nimport subprocess\nsubprocess.run(c, shell=True)\n",
         "packs: [python, ./rules]\n");
  const auto doc = nlohmann::json::parse(
      RunMergegate({"scan", "--format", "json", (t.dir.path() / "app.py").string()}, t.dir.str())
          .out);
  std::set<std::string> rules;
  for (const auto& f : doc["findings"]) rules.insert(f["rule_id"].get<std::string>());
  EXPECT_TRUE(rules.contains("gov-danger-call"));
  EXPECT_TRUE(rules.contains("python-subprocess-shell-true"));
  Tree unknown("x = 1\n", "packs: [python, no-such-pack]\n");
  const auto r = RunMergegate({"scan", unknown.dir.str()}, unknown.dir.str());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".mergegate.yaml:1:17: error: unknown built-in pack 'no-such-pack'"),
            std::string::npos)
      << r.err;
}

TEST(Governance, PackOptionSelectsBuiltinPacks) {
  Tree t("import subprocess\nsubprocess.run(c, shell=True)\ntoken = \"" +
         testing::FakeGithubToken("ghp_", 7) + "\"\n");
  auto rules_with = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> args = {"scan", "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(t.dir.str());
    const auto r = RunMergegate(args, t.dir.str());
    EXPECT_NE(r.exit_code, 2) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    std::set<std::string> packs;
    for (const auto& f : doc["findings"])
      packs.insert(f["rule_id"].get<std::string>().starts_with("python-") ? "python" : "other");
    return packs;
  };
  EXPECT_EQ(rules_with({}), (std::set<std::string>{"python", "other"}));
  EXPECT_EQ(rules_with({"--pack", "python"}), std::set<std::string>{"python"});
  EXPECT_EQ(rules_with({"--pack", "secrets"}), std::set<std::string>{"other"});
  const auto r = RunMergegate({"scan", "--pack", "no-such-pack", t.dir.str()}, t.dir.str());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--pack: error: unknown built-in pack 'no-such-pack'"), std::string::npos)
      << r.err;
}

TEST(Governance, InitWritesALoadableStarterAndNeverOverwrites) {
  TempDir dir;
  const auto r = RunMergegate({"init"}, dir.str());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string text = testing::ReadFile(dir.path() / ".mergegate.yaml");
  EXPECT_NE(text.find("# "), std::string::npos);
  dir.Write("ok.py", "print('hi')\n");
  const auto scan = RunMergegate({"scan", dir.str()}, dir.str());
  EXPECT_EQ(scan.exit_code, 0) << scan.err;
  const auto again = RunMergegate({"init"}, dir.str());
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_NE(again.err.find("not overwriting"), std::string::npos);
  EXPECT_EQ(testing::ReadFile(dir.path() / ".mergegate.yaml"), text);
}

TEST(Governance, SarifCarriesSuppressionsOnlyWhenAskedAndValidates) {
  Tree t(
      "danger_call(a)  # mergegate: ignore[gov-danger-call] constant input\n"
      "danger_call(b)\n");
  testing::InitRepo(t.dir.str());
  testing::Git({"remote", "add", "origin", "git@github.com:acme/shop.git"}, t.dir.str());
  for (const bool include : {false, true}) {
    const std::string out = (t.dir.path() / "out.sarif").string();
    std::vector<std::string> extra = {"-o", "sarif=" + out};
    if (include) extra.insert(extra.end(), {"--sarif-suppressed", "include"});
    EXPECT_EQ(t.Scan(extra).exit_code, 1);
    const auto sarif = nlohmann::json::parse(testing::ReadFile(out));
    testing::ExpectValidSarif(sarif);
    ASSERT_EQ(sarif["runs"].size(), 2u);
    EXPECT_EQ(sarif["runs"][0]["automationDetails"]["id"], "mergegate/code/");
    EXPECT_EQ(sarif["runs"][1]["automationDetails"]["id"], "mergegate/secrets/");
    const auto& run = sarif["runs"][0];
    EXPECT_EQ(run["versionControlProvenance"][0]["repositoryUri"], "https://github.com/acme/shop");
    EXPECT_EQ(run["properties"]["mergegate/excepted"]["suppressed"], 1);
    EXPECT_EQ(run["results"].size(), include ? 2u : 1u);
    if (include) {
      EXPECT_EQ(run["results"][0]["suppressions"][0]["kind"], "inSource");
      EXPECT_EQ(run["results"][0]["suppressions"][0]["justification"], "constant input");
    }
  }
}

TEST(Governance, GithubFormatAnnotatesAndWritesTheJobSummary) {
  std::string app;
  for (int i = 0; i < 60; ++i) app += "danger_call(x" + std::to_string(i) + ")\n";
  Tree t(app);
  const std::string summary = (t.dir.path() / "summary.md").string();
  const auto r = t.ScanWithEnv({"GITHUB_STEP_SUMMARY=" + summary}, {"--format", "github"});
  EXPECT_EQ(r.exit_code, 1);
  size_t errors = 0;
  for (size_t pos = 0; (pos = r.out.find("::error file=", pos)) != std::string::npos; ++pos)
    ++errors;
  EXPECT_EQ(errors, 50u);  // capped
  EXPECT_NE(r.out.find("::error file=app.py,line=1,endLine=1,col=1,title=gov-danger-call (high)"
                       "::danger_call runs input"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("::notice title=mergegate::10 more finding(s) not annotated"),
            std::string::npos);
  const std::string md = testing::ReadFile(summary);
  EXPECT_TRUE(md.starts_with("## ❌ mergegate: block")) << md;
  EXPECT_NE(md.find("| high | 60 |"), std::string::npos) << md;
}

}  // namespace
}  // namespace mergegate
