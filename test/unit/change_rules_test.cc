// Change rules (kind: change): compiling, evaluating over parsed diffs, the diff-scope filter,
// and diff fixtures.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "mergegate/change.h"
#include "mergegate/fixture_check.h"

namespace mergegate {
namespace {

Expected<PolicySet> Load(const std::string& match) {
  return LoadPolicies(
      {{"r.yaml", "t",
        "id: r\ntitle: t\nmessage: m\nseverity: high\nkind: change\nmatch:\n" + match}});
}

parsers::ParsedDiff Parse(const std::string& patch) {
  Expected<parsers::ParsedDiff> d = parsers::ParseUnifiedDiff(patch, "t");
  EXPECT_TRUE(d.has_value());
  return d ? std::move(*d) : parsers::ParsedDiff{};
}

const char* kPatch =
    "diff --git a/.env b/.env\n"                // 1
    "new file mode 100644\n"                    // 2
    "--- /dev/null\n"                           // 3
    "+++ b/.env\n"                              // 4
    "@@ -0,0 +1 @@\n"                           // 5
    "+A=1\n"                                    // 6
    "diff --git a/t/test_x.py b/t/test_x.py\n"  // 7
    "--- a/t/test_x.py\n"                       // 8
    "+++ b/t/test_x.py\n"                       // 9
    "@@ -1,3 +1,2 @@\n"                         // 10
    " def test_x():\n"                          // 11
    "-    assert f() == 1\n"                    // 12
    "-    assert g() == 2\n"                    // 13
    "+    assert f() == 3\n";                   // 14

TEST(ChangeRules, ChecksReportOnTheirPatchLines) {
  struct Row {
    std::string match;
    std::vector<int> patch_lines;
    std::vector<int> lines;
  };
  const Row rows[] = {
      {"  change: {check: file, paths: ['.env']}\n", {1}, {1}},
      {"  change: {check: file, status: [deleted], paths: ['.env']}\n", {}, {}},
      {"  change: {check: added-line, regex: 'assert'}\n", {14}, {2}},
      {"  change: {check: added-line, regex: 'assert', unless: '== 3'}\n", {}, {}},
      // Two assertions removed, one added back: one surplus removal.
      {"  change: {check: removed-line, regex: '^\\s*assert'}\n", {13}, {2}},
      {"  change: {check: change-size, max-lines: 3}\n", {7}, {1}},
      {"  change: {check: change-size, max-lines: 4}\n", {}, {}},
  };
  const parsers::ParsedDiff diff = Parse(kPatch);
  for (const Row& row : rows) {
    Expected<PolicySet> set = Load(row.match);
    ASSERT_TRUE(set.has_value()) << row.match << FormatDiagnostic(set.error().front());
    std::vector<int> patch_lines, lines;
    for (const ChangeFinding& f : EvaluateChangeRules(*set, diff, {})) {
      patch_lines.push_back(f.patch_line);
      lines.push_back(f.finding.span.start_line);
    }
    EXPECT_EQ(patch_lines, row.patch_lines) << row.match;
    EXPECT_EQ(lines, row.lines) << row.match;
  }
}

TEST(ChangeRules, InvalidRulesAreLocatedErrors) {
  const std::pair<std::string, std::string> rows[] = {
      {"  change: {check: added-line}\n", "needs 'regex'"},
      {"  change: {check: added-line, regex: '('}\n", "invalid regex"},
      {"  change: {check: change-size}\n", "needs 'max-lines'"},
      {"  change: {check: nope}\n", "/match/change/check"},
      {"  change: {check: source-without-tests}\n", "needs 'tests'"},
      {"  regex: 'x'\n", "needs 'match.change'"},
  };
  for (const auto& [match, want] : rows) {
    Expected<PolicySet> set = Load(match);
    ASSERT_FALSE(set.has_value()) << match;
    EXPECT_NE(set.error().front().message.find(want), std::string::npos)
        << set.error().front().message;
    EXPECT_GT(set.error().front().line, 0);
  }
}

TEST(ChangeRules, NewDependenciesIgnoreVersionBumpsAndAllowlisted) {
  Expected<PolicySet> set = Load("  change: {check: new-dependency, allow: ['@types/*']}\n");
  ASSERT_TRUE(set.has_value());
  const parsers::ParsedDiff diff = Parse(
      "--- a/package.json\n+++ b/package.json\n@@ -1,3 +1,5 @@\n"
      "   \"devDependencies\": {\n"
      "-    \"jest\": \"29.0.0\",\n"
      "+    \"jest\": \"29.7.0\",\n"
      "+    \"@types/node\": \"20.0.0\",\n"
      "+    \"leftpadx\": \"1.0.0\",\n"
      "   }\n");
  const auto found = EvaluateChangeRules(*set, diff, {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].finding.message.find("leftpadx"), std::string::npos);
}

TEST(ChangeRules, RepositoryConfigAllowsDependenciesByEcosystem) {
  Expected<PolicySet> set = Load("  change: {check: new-dependency}\n");
  ASSERT_TRUE(set.has_value());
  const parsers::ParsedDiff diff = Parse(
      "--- a/package.json\n+++ b/package.json\n@@ -1,2 +1,5 @@\n"
      "   \"dependencies\": {\n"
      "+    \"@types/node\": \"20.0.0\",\n"
      "+    \"node\": \"20.0.0\",\n"
      "+    \"requests\": \"1.0.0\",\n"
      "   }\n"
      "--- a/requirements.txt\n+++ b/requirements.txt\n@@ -1 +1,3 @@\n"
      " flask==3.0\n+requests==2.32\n+acme-utils==1.0\n");
  struct Row {
    std::map<std::string, std::vector<std::string>> allow;
    std::vector<std::string> reported;
  };
  const Row rows[] = {
      {{}, {"@types/node", "node", "requests", "requests", "acme-utils"}},
      // "requests" is allowed for pypi only; the npm package of that name still needs review.
      {{{"pypi", {"requests"}}}, {"@types/node", "node", "requests", "acme-utils"}},
      // A glob without '/' does not cover a scoped name's last segment.
      {{{"npm", {"node"}}}, {"@types/node", "requests", "requests", "acme-utils"}},
      {{{"npm", {"@types/*"}}, {"any", {"acme-*", "requests"}}}, {"node"}},
  };
  for (const Row& row : rows) {
    ChangeConfig config;
    config.allow_dependencies = row.allow;
    std::vector<std::string> reported;
    for (const ChangeFinding& f : EvaluateChangeRules(*set, diff, config)) {
      const std::string& m = f.finding.message;
      reported.push_back(m.substr(m.rfind('(') + 1, m.size() - m.rfind('(') - 2));
    }
    std::vector<std::string> want = row.reported;
    std::sort(reported.begin(), reported.end());
    std::sort(want.begin(), want.end());
    EXPECT_EQ(reported, want) << row.allow.size();
  }
}

TEST(ChangeRules, RepositoryConfigSetsTheSizeLimitAndRequiresTests) {
  const parsers::ParsedDiff diff = Parse(kPatch);  // 1 + 3 lines changed, a test file with +1
  Expected<PolicySet> size = Load("  change: {check: change-size, max-lines: 100}\n");
  ASSERT_TRUE(size.has_value());
  ChangeConfig config;
  EXPECT_TRUE(EvaluateChangeRules(*size, diff, config).empty());
  config.max_changed_lines = 3;
  const auto over = EvaluateChangeRules(*size, diff, config);
  ASSERT_EQ(over.size(), 1u);
  EXPECT_NE(over[0].finding.message.find("4 lines changed, limit 3"), std::string::npos);

  Expected<PolicySet> tests =
      Load("  change: {check: source-without-tests, paths: ['*.py', '.env'], tests: ['t/**']}\n");
  ASSERT_TRUE(tests.has_value());
  const parsers::ParsedDiff untested = Parse(
      "--- a/src/a.py\n+++ b/src/a.py\n@@ -1 +1 @@\n-x = 1\n+x = 2\n"
      "--- a/t/test_a.py\n+++ b/t/test_a.py\n@@ -1,2 +1 @@\n x\n-    assert a.x == 1\n");
  struct Row {
    const parsers::ParsedDiff* diff;
    bool require_tests;
    std::vector<int> patch_lines;
  };
  const Row rows[] = {
      {&untested, false, {}},  // off by default
      {&untested, true, {1}},  // a test that only loses lines is not a test change
      {&diff, true, {}},       // kPatch adds a line to t/test_x.py
  };
  for (const Row& row : rows) {
    config.require_tests = row.require_tests;
    std::vector<int> got;
    for (const ChangeFinding& f : EvaluateChangeRules(*tests, *row.diff, config))
      got.push_back(f.patch_line);
    EXPECT_EQ(got, row.patch_lines) << row.require_tests;
  }
}

TEST(ChangeRules, RemovedLinesMovedOrRewrittenAreNotRemoved) {
  Expected<PolicySet> set = Load("  change: {check: removed-line, regex: '^\\s*assert'}\n");
  ASSERT_TRUE(set.has_value());
  struct Row {
    std::string patch;
    std::vector<std::string> reported;
  };
  const Row rows[] = {
      // Moved to another file: not removed.
      {"--- a/a.py\n+++ b/a.py\n@@ -1,2 +1 @@\n x\n-assert f(1)\n"
       "--- a/b.py\n+++ b/b.py\n@@ -1 +1,2 @@\n y\n+assert f(1)\n",
       {}},
      // Two removed, one rewritten: the one most like the new line is the rewrite.
      {"--- a/a.py\n+++ b/a.py\n@@ -1,3 +1,2 @@\n x\n-assert g(2) == 1\n-assert f(1) == 1\n"
       "+assert f(1) == 2\n",
       {"assert g(2) == 1"}},
      // The same, in two hunks: the rewrite pairs within its hunk.
      {"--- a/a.py\n+++ b/a.py\n@@ -1,2 +1,2 @@\n x\n-assert f(1) == 1\n+assert g(1) == 2\n"
       "@@ -9,2 +9 @@\n y\n-assert g(2) == 1\n",
       {"assert g(2) == 1"}},
  };
  for (const Row& row : rows) {
    std::vector<std::string> reported;
    for (const ChangeFinding& f : EvaluateChangeRules(*set, Parse(row.patch), {}))
      reported.push_back(f.finding.snippet);
    EXPECT_EQ(reported, row.reported) << row.patch;
  }
}

TEST(DiffScope, FiltersByLines) {
  const parsers::ParsedDiff diff = Parse("--- a/f\n+++ b/f\n@@ -10,3 +10,4 @@\n a\n+b\n c\n d\n");
  const parsers::FileDiff& file = diff.files[0];
  struct Row {
    int start, end;
    DiffScope scope;
    bool kept;
  };
  const Row rows[] = {
      {11, 11, DiffScope::kAdded, true},    {10, 10, DiffScope::kAdded, false},
      {9, 12, DiffScope::kAdded, true},     {10, 10, DiffScope::kContext, true},
      {30, 30, DiffScope::kContext, false}, {30, 30, DiffScope::kFile, true},
      {30, 30, DiffScope::kAll, true},
  };
  for (const Row& row : rows) {
    Finding f;
    f.span.start_line = row.start;
    f.span.end_line = row.end;
    EXPECT_EQ(InDiffScope(f, file, row.scope), row.kept) << row.start << " " << row.end;
  }
  EXPECT_EQ(ParseDiffScope("context"), DiffScope::kContext);
  EXPECT_FALSE(ParseDiffScope("diff_context").has_value());
}

TEST(ChangeRules, DiffFixturesUseMarkersOnPatchLines) {
  Expected<PolicySet> set = Load("  change: {check: added-line, regex: 'TODO'}\n");
  ASSERT_TRUE(set.has_value());
  FixtureReport report;
  CheckFixtureText(*set->rules()[0], "r.fixture.diff",
                   "--- a/f\n+++ b/f\n@@ -1 +1,4 @@\n x\n+# ruleid: r\n+TODO\n+# ok: r\n+done\n",
                   &report);
  EXPECT_TRUE(report.problems.empty()) << report.problems[0].message;
  EXPECT_EQ(report.cases_checked, 2);
  FixtureReport bad;
  CheckFixtureText(*set->rules()[0], "r.fixture.diff", "--- a/f\n+++ b/f\n@@ -1 +1 @@\n", &bad);
  ASSERT_EQ(bad.problems.size(), 1u);
  EXPECT_EQ(bad.problems[0].line, 3);
}

}  // namespace
}  // namespace mergegate
