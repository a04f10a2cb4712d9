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

bool IsGenericSecret(const Finding& f) {
  const auto& tags = f.rule->meta.tags;
  return f.rule->meta.kind == RuleKind::kSecret &&
         std::find(tags.begin(), tags.end(), "generic") != tags.end();
}

// The one cross-rule interaction of a combined scan, applied to the rule-by-rule union: a
// generic secret finding overlapping a provider secret finding is dropped (scanner.cc).
std::vector<Finding> WithoutShadowedGenerics(std::vector<Finding> findings) {
  std::vector<Finding> out;
  for (const Finding& f : findings) {
    const bool shadowed =
        IsGenericSecret(f) && std::any_of(findings.begin(), findings.end(), [&](const Finding& p) {
          return p.rule->meta.kind == RuleKind::kSecret && !IsGenericSecret(p) &&
                 p.span.start_byte < f.span.end_byte && f.span.start_byte < p.span.end_byte;
        });
    if (!shadowed) out.push_back(f);
  }
  return out;
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
    EXPECT_EQ(together, Keys(WithoutShadowedGenerics(std::move(separately)))) << name;
    findings += together.size();
  }
  EXPECT_GT(fixtures, 10);
  EXPECT_GT(findings, 50u);
}

}  // namespace
}  // namespace mergegate
