// Our SARIF against Microsoft's SARIF multitool with GitHub's ingestion rules (Sarif;Ghas plus
// GH1001-GH1007, which are off by default). The multitool always exits 0, so the test reads
// its output log and fails on any error result. scripts/bootstrap.sh installs the pinned tool
// into tools/node_modules; a missing tool is a failure, never a skip.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;
using testing::TempDir;

std::string StrictConfig() {
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Properties>\n";
  for (const char* rule :
       {"GH1001.ProvideRequiredLocationProperties", "GH1002.InlineThreadFlowLocations",
        "GH1003.ProvideRequiredRegionProperties",
        "GH1004.ReviewArraysThatExceedConfigurableDefaults",
        "GH1005.LocationsMustBeRelativeUrisOrFilePaths", "GH1006.ProvideCheckoutPath",
        "GH1007.ProvideFullyFormattedMessageStrings"}) {
    xml += std::string("  <Properties Key=\"") + rule +
           ".Options\">\n    <Property Key=\"RuleEnabled\" Value=\"Error\" "
           "Type=\"Driver.RuleEnabledState\" />\n  </Properties>\n";
  }
  return xml + "</Properties>\n";
}

fs::path Tool() {
  return fs::path(testing::SourceDir()) / "tools/node_modules/@microsoft/" /
         "sarif-multitool-linux/Sarif.Multitool";
}

// Runs the multitool on `sarif` with GitHub's rules; returns "RULEID: message" per error.
std::vector<std::string> MultitoolErrors(const TempDir& dir, const std::string& sarif) {
  dir.Write("gh-strict.xml", StrictConfig());
  const std::string log = (dir.path() / "validation.sarif").string();
  fs::remove(log);
  const auto r = parsers::RunProcess(
      {Tool().string(), "validate", sarif, "--rule-kind", "Sarif;Ghas", "-c",
       (dir.path() / "gh-strict.xml").string(), "-o", log, "--log", "ForceOverwrite"},
      dir.str());
  EXPECT_TRUE(fs::exists(log)) << r.out << r.err;
  if (!fs::exists(log)) return {"no validation log"};
  const auto validation = nlohmann::json::parse(testing::ReadFile(log));
  EXPECT_EQ(validation["runs"][0]["invocations"][0]["executionSuccessful"], true) << r.out;
  std::vector<std::string> errors;
  for (const auto& run : validation["runs"]) {
    for (const auto& result : run.value("results", nlohmann::json::array())) {
      if (result.value("level", "warning") == "error")
        errors.push_back(result.value("ruleId", "?") + ": " + result["message"].dump());
    }
  }
  return errors;
}

// The check can fail: a log GitHub would reject (absolute https URI, no region, message by id
// only) yields errors.
TEST(SarifMultitool, FlagsAGithubHostileLog) {
  ASSERT_TRUE(fs::exists(Tool())) << Tool() << " is missing: run scripts/bootstrap.sh";
  TempDir dir;
  dir.Write("bad.sarif", R"({"$schema": "https://json.schemastore.org/sarif-2.1.0.json",
    "version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "r1"}]}},
    "results": [{"ruleId": "r1", "message": {"id": "m1"},
      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "https://h/a.py"}}}]}]}]})");
  const auto errors = MultitoolErrors(dir, (dir.path() / "bad.sarif").string());
  EXPECT_FALSE(errors.empty());
  std::string all;
  for (const auto& e : errors) all += e + "\n";
  // GH1005 and GH1007 are off by default: they fire only because gh-strict.xml enables them.
  EXPECT_NE(all.find("GH1005"), std::string::npos) << all;
  EXPECT_NE(all.find("GH1007"), std::string::npos) << all;
}

TEST(SarifMultitool, OurSarifPassesGithubIngestionRules) {
  const fs::path tool = Tool();
  ASSERT_TRUE(fs::exists(tool)) << tool << " is missing: run scripts/bootstrap.sh (it installs "
                                << "tools/package-lock.json with npm ci)";
  TempDir dir;
  dir.Write("rules/r.yaml",
            "id: mt-danger-call\ntitle: danger call\nmessage: danger_call runs its input\n"
            "severity: high\nlanguages: [python]\ncwe: [78]\nmatch: {regex: 'danger_call\\('}\n");
  dir.Write("src/app.py",
            "def f(x):\n    danger_call(x)\n    danger_call(x)  # mergegate: "
            "ignore[mt-danger-call] ok\n");
  dir.Write("src/clean.py", "print('hi')\n");
  testing::InitRepo(dir.str());
  testing::Git({"remote", "add", "origin", "https://github.com/acme/shop.git"}, dir.str());
  for (const char* suppressed : {"omit", "include"}) {
    const std::string sarif = (dir.path() / "out.sarif").string();
    const auto scan = testing::RunMergegate(
        {"scan", "--no-builtin", "-p", (dir.path() / "rules").string(), "--sarif-suppressed",
         suppressed, "-o", "sarif=" + sarif, "-q", "src"},
        dir.str());
    ASSERT_EQ(scan.exit_code, 1) << scan.err;
    for (const auto& e : MultitoolErrors(dir, sarif)) ADD_FAILURE() << suppressed << ": " << e;
  }
}

}  // namespace
}  // namespace mergegate
