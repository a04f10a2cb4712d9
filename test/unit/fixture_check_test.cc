#include "mergegate/fixture_check.h"

#include <gtest/gtest.h>

namespace mergegate {
namespace {

PolicySet OneRule() {
  auto set = LoadPolicies(
      {{"t.yaml", "test",
        "id: todo-word\ntitle: t\nmessage: m\nseverity: low\nmatch: {regex: 'TODO'}\n"}});
  EXPECT_TRUE(set.has_value());
  return std::move(*set);
}

TEST(CheckFixtureText, PassesWhenMarkersAgree) {
  PolicySet set = OneRule();
  FixtureReport report;
  CheckFixtureText(*set.rules()[0], "f.fixture.txt",
                   "# ruleid: todo-word\nTODO here\n# ok: todo-word\ndone\n", &report);
  EXPECT_TRUE(report.problems.empty());
  EXPECT_EQ(report.cases_checked, 2);
}

TEST(CheckFixtureText, ReportsMissingAndUnexpectedFindings) {
  PolicySet set = OneRule();
  FixtureReport report;
  CheckFixtureText(*set.rules()[0], "f.fixture.txt",
                   "# ruleid: todo-word\ndone\n# ok: todo-word\nTODO\nTODO\n", &report);
  ASSERT_EQ(report.problems.size(), 3u);
  EXPECT_EQ(report.problems[0].line, 2);  // expected, not reported
  EXPECT_EQ(report.problems[1].line, 4);  // marked ok, reported
  EXPECT_EQ(report.problems[2].line, 5);  // no marker, reported
}

TEST(CheckFixtureText, TodoMarkersAreNotChecked) {
  PolicySet set = OneRule();
  FixtureReport report;
  CheckFixtureText(*set.rules()[0], "f.fixture.txt",
                   "# todook: todo-word\nTODO\n# todoruleid: todo-word\nnothing\n", &report);
  EXPECT_TRUE(report.problems.empty());
}

TEST(CheckFixtureText, MarkersForOtherRulesAreIgnored) {
  PolicySet set = OneRule();
  FixtureReport report;
  CheckFixtureText(*set.rules()[0], "f.fixture.txt", "# ruleid: other-rule\nnothing\n", &report);
  EXPECT_TRUE(report.problems.empty());
  EXPECT_EQ(report.cases_checked, 0);
}

}  // namespace
}  // namespace mergegate
