// Runs every built-in rule against the fixture beside it (policies/<pack>/<rule>.fixture.*):
// each rule needs a positive and a negative case and must match its markers line by line.
#include <gtest/gtest.h>

#include "mergegate/fixture_check.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

const PolicySet& SourcePolicies() {
  static const PolicySet* set = [] {
    auto files = ReadPolicyDir(testing::SourceDir() + "/policies");
    EXPECT_TRUE(files.has_value());
    auto loaded = LoadPolicies(*files);
    if (!loaded) {
      for (const auto& d : loaded.error()) ADD_FAILURE() << FormatDiagnostic(d);
      return new PolicySet({});
    }
    return new PolicySet(std::move(*loaded));
  }();
  return *set;
}

std::vector<std::string> RuleIds() {
  std::vector<std::string> ids;
  for (const auto& r : SourcePolicies().rules()) ids.push_back(r->meta.id);
  return ids;
}

class RuleFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleFixture, MatchesItsFixture) {
  const Rule* rule = SourcePolicies().Find(GetParam());
  ASSERT_NE(rule, nullptr);
  PolicySet single({std::shared_ptr<const Rule>(std::shared_ptr<const Rule>{}, rule)});
  const FixtureReport report = CheckFixtures(single);
  EXPECT_EQ(report.rules_checked, 1);
  EXPECT_GE(report.cases_checked, 2);
  for (const FixtureProblem& p : report.problems)
    ADD_FAILURE() << p.file << ":" << p.line << ": " << p.message;
}

INSTANTIATE_TEST_SUITE_P(Builtin, RuleFixture, ::testing::ValuesIn(RuleIds()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           std::string name = param_info.param;
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

// The source tree and the embedded copy hold the same rules.
TEST(BuiltinPolicies, EmbeddedCopyMatchesSourceTree) {
  auto embedded = LoadPolicies(BuiltinPolicyFiles());
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(embedded->rules().size(), SourcePolicies().rules().size());
  for (const auto& r : SourcePolicies().rules())
    EXPECT_NE(embedded->Find(r->meta.id), nullptr) << r->meta.id;
}

}  // namespace
}  // namespace mergegate
