// Differential test of the scan plan: scanning with every rule at once (one parse, one shared
// node index and alias table per file, prefilters) gives exactly the findings of scanning with
// each rule alone, on every rule fixture of the source tree.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "mergegate/scan.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

using Key = std::tuple<std::string, uint32_t, uint32_t>;  // rule id, start byte, end byte

std::vector<Key> Keys(const std::vector<Finding>& findings) {
  std::vector<Key> keys;
  for (const Finding& f : findings)
    keys.emplace_back(f.rule->meta.id, f.span.start_byte, f.span.end_byte);
  std::sort(keys.begin(), keys.end());
  return keys;
}

TEST(CombinedPlan, SameFindingsAsEachRuleAlone) {
  auto files = ReadPolicyDir(testing::SourceDir() + "/policies");
  ASSERT_TRUE(files.has_value());
  auto all = LoadPolicies(*files);
  ASSERT_TRUE(all.has_value()) << FormatDiagnostic(all.error()[0]);
  ScanOptions options;
  options.ignore_rule_paths = true;
  const Scanner combined(*all, options);
  std::vector<std::unique_ptr<PolicySet>> singles;
  std::vector<std::unique_ptr<Scanner>> alone;
  for (const auto& rule : all->rules()) {
    singles.push_back(std::make_unique<PolicySet>(std::vector<std::shared_ptr<const Rule>>{rule}));
    alone.push_back(std::make_unique<Scanner>(*singles.back(), options));
  }
  int fixtures = 0;
  size_t findings = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(testing::SourceDir() + "/policies")) {
    const std::string name = entry.path().filename().string();
    if (!entry.is_regular_file() || name.find(".fixture.") == std::string::npos) continue;
    ++fixtures;
    const std::string text = testing::ReadFile(entry.path());
    const std::vector<Key> together = Keys(combined.ScanText(name, text).findings);
    std::vector<Finding> separately;
    for (const auto& scanner : alone) {
      for (Finding& f : scanner->ScanText(name, text).findings) separately.push_back(std::move(f));
    }
    EXPECT_EQ(together, Keys(separately)) << name;
    findings += together.size();
  }
  EXPECT_GT(fixtures, 10);
  EXPECT_GT(findings, 50u);
}

}  // namespace
}  // namespace mergegate
