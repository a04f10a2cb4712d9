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
        "GH1003.ProvideRequiredRegionProperties", "GH1004.ReviewArraysThatExceedConfigurableDefaults",
        "GH1005.LocationsMustBeRelativeUrisOrFilePaths", "GH1006.ProvideCheckoutPath",
        "GH1007.ProvideFullyFormattedMessageStrings"}) {
    xml += std::string("  <Properties Key=\"") + rule +
           ".Options\">\n    <Property Key=\"RuleEnabled\" Value=\"Error\" "
           "Type=\"Driver.RuleEnabledState\" />\n  </Properties>\n";
  }
  return xml + "</Properties>\n";
}

TEST(SarifMultitool, OurSarifPassesGithubIngestionRules) {
  const fs::path tool = fs::path(testing::SourceDir()) / "tools/node_modules/@microsoft/" /
                        "sarif-multitool-linux/Sarif.Multitool";
  ASSERT_TRUE(fs::exists(tool)) << tool << " is missing: run scripts/bootstrap.sh (it installs "
                                << "tools/package-lock.json with npm ci)";
  TempDir dir;
  dir.Write("rules/r.yaml",
            "id: mt-danger-call\ntitle: danger call\nmessage: danger_call runs its input\n"
            "severity: high\nlanguages: [python]\ncwe: [78]\nmatch: {regex: 'danger_call\\('}\n");
  dir.Write("src/app.py",
            "def f(x):\n    danger_call(x)\n    danger_call(x)  # mergegate: ignore[mt-danger-call] ok\n");
  dir.Write("src/clean.py", "print('hi')\n");
  testing::InitRepo(dir.str());
  testing::Git({"remote", "add", "origin", "https://github.com/acme/shop.git"}, dir.str());
  dir.Write("gh-strict.xml", StrictConfig());
  for (const char* suppressed : {"omit", "include"}) {
    const std::string sarif = (dir.path() / "out.sarif").string();
    const auto scan = testing::RunMergegate(
        {"scan", "--no-builtin", "-p", (dir.path() / "rules").string(), "--sarif-suppressed",
         suppressed, "-o", "sarif=" + sarif, "-q", "src"},
        dir.str());
    ASSERT_EQ(scan.exit_code, 1) << scan.err;
    const std::string log = (dir.path() / "validation.sarif").string();
    const auto r = parsers::RunProcess(
        {tool.string(), "validate", sarif, "--rule-kind", "Sarif;Ghas", "-c",
         (dir.path() / "gh-strict.xml").string(), "-o", log, "--log", "ForceOverwrite"},
        dir.str());
    ASSERT_TRUE(fs::exists(log)) << r.out << r.err;
    const auto validation = nlohmann::json::parse(testing::ReadFile(log));
    for (const auto& run : validation["runs"]) {
      for (const auto& result : run.value("results", nlohmann::json::array())) {
        if (result.value("level", "warning") == "error") {
          ADD_FAILURE() << suppressed << ": " << result["ruleId"] << " "
                        << result["message"].dump();
        }
      }
    }
    // The enabled GitHub rules actually ran: their descriptors are in the log.
    std::string rules = validation["runs"][0]["tool"]["driver"].dump();
    EXPECT_NE(rules.find("GH1005"), std::string::npos) << suppressed;
    EXPECT_NE(rules.find("GH1007"), std::string::npos) << suppressed;
  }
}

}  // namespace
}  // namespace mergegate
