// End-to-end: the real binary on real trees and git repositories.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;
using testing::RunMergegate;
using testing::TempDir;

std::string Example() { return testing::SourceDir() + "/examples/vulnerable-app"; }

TEST(Cli, ExampleAppBlocksWithRegexAndTreeSitterFindings) {
  const auto r = RunMergegate({"scan", "--no-color", Example()}, testing::SourceDir());
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("github-classic-pat"), std::string::npos);            // regex rule
  EXPECT_NE(r.out.find("python-subprocess-shell-true"), std::string::npos);  // tree-sitter rule
  EXPECT_NE(r.out.find("verdict: block"), std::string::npos);
  EXPECT_NE(r.out.find("examples/vulnerable-app/app.py:13:14 high python-subprocess-shell-true"),
            std::string::npos)
      << r.out;
}

TEST(Cli, ExampleAppJsonCarriesVerdictAndFindings) {
  const auto r = RunMergegate({"scan", "--format", "json", Example()}, testing::SourceDir());
  ASSERT_EQ(r.exit_code, 1) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["verdict"]["decision"], "block");
  EXPECT_EQ(doc["verdict"]["exit_code"], 1);
  for (const auto& e :
       testing::ValidateAgainstSchema(doc, testing::SourceDir() + "/schemas/report.schema.json")) {
    ADD_FAILURE() << e;
  }
  std::set<std::string> kinds;
  for (const auto& f : doc["findings"]) kinds.insert(f["kind"].get<std::string>());
  EXPECT_TRUE(kinds.contains("secret"));
  EXPECT_TRUE(kinds.contains("code"));
}

TEST(Cli, ExampleAppSarifValidatesAgainstOfficialSchema) {
  TempDir out;
  const std::string sarif_path = (out.path() / "out.sarif").string();
  const auto r = RunMergegate({"scan", "--format", "sarif", "-o", sarif_path, Example()},
                              testing::SourceDir());
  ASSERT_EQ(r.exit_code, 1) << r.err;
  EXPECT_TRUE(r.out.empty());  // the main format went to the file
  const auto sarif = nlohmann::json::parse(testing::ReadFile(sarif_path));
  testing::ExpectValidSarif(sarif);
  // One run per category (code, secrets), each with its own rules.
  size_t results = 0;
  for (const auto& run : sarif["runs"]) {
    results += run["results"].size();
    EXPECT_EQ(run["properties"]["mergegate/verdict"], "block");
    for (const auto& result : run["results"]) {
      const auto& loc = result["locations"][0]["physicalLocation"];
      EXPECT_TRUE(loc["artifactLocation"]["uri"].get<std::string>().starts_with(
          "examples/vulnerable-app/"));
      EXPECT_TRUE(loc["region"].contains("startLine"));
      EXPECT_TRUE(loc["region"].contains("endColumn"));
      EXPECT_TRUE(result["partialFingerprints"].contains("primaryLocationLineHash"));
      const int index = result["ruleIndex"];
      EXPECT_EQ(run["tool"]["driver"]["rules"][index]["id"], result["ruleId"]);
    }
  }
  EXPECT_GE(results, 5u);
}

TEST(Cli, SeveralOutputsInOneRun) {
  TempDir out;
  const auto r =
      RunMergegate({"scan", "--no-color", "-o", "json=" + (out.path() / "a.json").string(), "-o",
                    "sarif=" + (out.path() / "a.sarif").string(), Example()},
                   testing::SourceDir());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("verdict: block"), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(testing::ReadFile(out.path() / "a.json"))["verdict"]["decision"],
            "block");
  EXPECT_EQ(nlohmann::json::parse(testing::ReadFile(out.path() / "a.sarif"))["version"], "2.1.0");
}

TEST(Cli, NoOutputFormatPrintsAFullSecret) {
  TempDir dir;
  const std::string token = testing::FakeGithubToken("ghp_", 42);
  const std::string aws = "AKIAZ7QD3NWX4PL2MV5R";
  dir.Write("creds.env", "GITHUB_TOKEN=" + token + " AWS=" + aws + "\n");
  for (const char* format : {"text", "json", "sarif"}) {
    const auto r = RunMergegate({"scan", "--format", format, dir.str()}, dir.str());
    EXPECT_EQ(r.exit_code, 1) << format;
    EXPECT_EQ(r.out.find(token), std::string::npos) << format;
    EXPECT_EQ(r.out.find(token.substr(0, 12)), std::string::npos) << format;
    EXPECT_EQ(r.out.find(aws), std::string::npos) << format;
    EXPECT_EQ(r.err.find(token), std::string::npos) << format;
  }
}

TEST(Cli, CleanTreeApproves) {
  TempDir dir;
  dir.Write("ok.py", "import subprocess\nsubprocess.run(['ls', '-l'], check=True)\n");
  const auto r = RunMergegate({"scan", "--no-color", dir.str()}, dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("verdict: approve"), std::string::npos);
  EXPECT_NE(r.out.find("1 file(s) scanned"), std::string::npos);
}

TEST(Cli, FailOnThresholdDecidesTheVerdict) {
  TempDir policies;
  policies.Write(
      "p/medium.yaml",
      "id: medium-word\ntitle: t\nmessage: m\nseverity: medium\nmatch: {regex: 'WIDGET'}\n");
  TempDir dir;
  dir.Write("a.txt", "WIDGET\n");
  const std::string pdir = (policies.path() / "p").string();
  EXPECT_EQ(RunMergegate({"scan", "--no-builtin", "-p", pdir, dir.str()}, dir.str()).exit_code, 0);
  EXPECT_EQ(RunMergegate({"scan", "--no-builtin", "-p", pdir, "--fail-on", "medium", dir.str()},
                         dir.str())
                .exit_code,
            1);
  const auto bad = RunMergegate({"scan", "--fail-on", "urgent", dir.str()}, dir.str());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown severity"), std::string::npos);
}

TEST(Cli, BrokenPolicyGivesLocatedErrorAndExit2) {
  TempDir policies;
  policies.Write("bad.yaml",
                 "id: bad-regex\ntitle: t\nmessage: m\nseverity: high\nmatch:\n  regex: 'a(b'\n");
  TempDir dir;
  dir.Write("a.txt", "hello\n");
  const auto r = RunMergegate({"scan", "-p", policies.str(), dir.str()}, dir.str());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("bad.yaml:6:10: error: rule 'bad-regex': invalid regex"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.out.find("approve"), std::string::npos);
  const auto v = RunMergegate({"validate", policies.str()}, dir.str());
  EXPECT_EQ(v.exit_code, 2);
  EXPECT_NE(v.err.find("bad.yaml:6:10"), std::string::npos);
}

TEST(Cli, BrokenConfigIsAnError) {
  TempDir dir;
  dir.Write(".mergegate.yaml", "version: 1\nblock_on: sometimes\n");
  dir.Write("a.txt", "hello\n");
  const auto r = RunMergegate({"scan", dir.str()}, dir.str());
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find(".mergegate.yaml:2:11"), std::string::npos) << r.err;
}

TEST(Cli, UsageErrorsExit2) {
  TempDir dir;
  EXPECT_EQ(RunMergegate({"frobnicate"}, dir.str()).exit_code, 2);
  EXPECT_EQ(RunMergegate({"scan", "--bogus-flag"}, dir.str()).exit_code, 2);
  EXPECT_EQ(RunMergegate({"scan", "--format", "xml", dir.str()}, dir.str()).exit_code, 2);
  const auto missing = RunMergegate({"scan", (dir.path() / "missing").string()}, dir.str());
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("no such file"), std::string::npos);
  EXPECT_EQ(RunMergegate({"--help"}, dir.str()).exit_code, 0);
  EXPECT_EQ(RunMergegate({"scan", "--help"}, dir.str()).exit_code, 0);
  EXPECT_NE(RunMergegate({"--version"}, dir.str()).out.find("mergegate "), std::string::npos);
}

TEST(Cli, ScanInGitRepoRespectsGitignoreAndReportsSkips) {
  TempDir dir;
  dir.Write(".gitignore", "vendor/\n");
  dir.Write("src/app.py", "print('hi')\n");
  testing::InitRepo(dir.str());
  dir.Write("vendor/lib.py", "import subprocess\nsubprocess.run(x, shell=True)\n");
  dir.Write("data.bin", std::string("\0\1\2\3", 4));
  const auto r = RunMergegate({"scan", "--no-color", "."}, dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_NE(r.out.find("skipped (binary: 1)"), std::string::npos) << r.out;
}

TEST(Cli, RulesListAndExplain) {
  TempDir dir;
  const auto list = RunMergegate({"rules", "list", "--format", "json"}, dir.str());
  ASSERT_EQ(list.exit_code, 0);
  const auto rules = nlohmann::json::parse(list.out);
  EXPECT_GE(rules.size(), 6u);
  const auto explain =
      RunMergegate({"rules", "explain", "python-subprocess-shell-true"}, dir.str());
  EXPECT_EQ(explain.exit_code, 0);
  EXPECT_NE(explain.out.find("CWE-78"), std::string::npos);
  EXPECT_EQ(RunMergegate({"rules", "explain", "no-such-rule"}, dir.str()).exit_code, 2);
}

TEST(Cli, TestCommandPassesOnBuiltinsAndFailsOnMismatch) {
  const auto ok = RunMergegate({"test", testing::SourceDir() + "/policies"}, testing::SourceDir());
  EXPECT_EQ(ok.exit_code, 0) << ok.out << ok.err;
  TempDir dir;
  dir.Write("r/word.yaml",
            "id: word\ntitle: t\nmessage: m\nseverity: low\nmatch: {regex: 'WORD'}\n");
  dir.Write("r/word.fixture.txt", "# ruleid: word\nnothing here\n# ok: word\nfine\n");
  const auto bad = RunMergegate({"test", (dir.path() / "r").string()}, dir.str());
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.out.find("word.fixture.txt:2: word: expected a finding"), std::string::npos)
      << bad.out;
  dir.Write("s/nofixture.yaml",
            "id: lonely\ntitle: t\nmessage: m\nseverity: low\nmatch: {regex: 'X'}\n");
  const auto lonely = RunMergegate({"test", (dir.path() / "s").string()}, dir.str());
  EXPECT_EQ(lonely.exit_code, 1);
  EXPECT_NE(lonely.out.find("no fixture"), std::string::npos);
}

// The gate guards its own house: scanning this repository passes.
TEST(Cli, SelfScanOfThisRepositoryApproves) {
  const auto r = RunMergegate({"scan", "--no-color", "."}, testing::SourceDir());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

}  // namespace
}  // namespace mergegate
