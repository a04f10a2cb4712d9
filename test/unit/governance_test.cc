// Exception filters: suppression directives, rule overrides, waivers, baselines, scopes.
#include <gtest/gtest.h>

#include <map>

#include "match/finding_builder.h"
#include "mergegate/config.h"
#include "mergegate/filters.h"
#include "mergegate/util.h"

namespace mergegate {
namespace {

using namespace std::chrono_literals;

Rule MakeRule(const std::string& id) {
  Rule r;
  r.meta.id = id;
  r.meta.severity = Severity::kHigh;
  return r;
}

Finding MakeFinding(const Rule& rule, const std::string& path, int line) {
  Finding f;
  f.rule = &rule;
  f.path = path;
  f.span.start_line = f.span.end_line = line;
  f.severity = rule.meta.severity;
  f.fingerprint = rule.meta.id + path + std::to_string(line);
  return f;
}

TEST(SuppressionDirectives, ParsesOnlyExactDirectivesInComments) {
  struct Case {
    const char* path;
    const char* line;
    bool found;
    std::vector<std::string> ids;
    const char* reason;
    bool standalone;
  };
  const Case cases[] = {
      {"a.py",
       "x = 1  # mergegate: ignore[rule-a] test data only",
       true,
       {"rule-a"},
       "test data only",
       false},
      {"a.py",
       "# mergegate: ignore[rule-a, rule-b] both reviewed",
       true,
       {"rule-a", "rule-b"},
       "both reviewed",
       true},
      {"a.js", "  // mergegate: ignore[r1]", true, {"r1"}, "", true},
      {"a.py", "# mergegate: ignore no id here", true, {}, "no id here", true},
      {"a.py", "# mergegate: ignore", true, {}, "", true},
      {"a.py", "# mergegate: ignored[rule-a] nope", false, {}, "", false},  // not "ignore"
      {"a.py", "# xmergegate: ignore[rule-a] r", false, {}, "", false},     // not the marker
      {"a.py", "s = 'mergegate: ignore[rule-a] r'", false, {}, "", false},  // not in a comment
      {"a.js", "# mergegate: ignore[rule-a] r", false, {}, "", false},      // '#' is not JS
      {"a.c", "/* x */ // mergegate: ignore[c-rule] why */", true, {"c-rule"}, "why", false},
      {"notes.unknown", "// mergegate: ignore[r] fine", true, {"r"}, "fine", true},
  };
  for (const Case& c : cases) {
    const auto found = FindSuppressionDirectives(c.path, std::string("line one\n") + c.line + "\n");
    ASSERT_EQ(found.size(), c.found ? 1u : 0u) << c.line;
    if (!c.found) continue;
    EXPECT_EQ(found[0].line, 2) << c.line;
    EXPECT_EQ(found[0].rule_ids, c.ids) << c.line;
    EXPECT_EQ(found[0].reason, c.reason) << c.line;
    EXPECT_EQ(found[0].standalone, c.standalone) << c.line;
  }
}

TEST(Suppressions, SuppressSameOrNextLineAndReportProblems) {
  const Rule a = MakeRule("rule-a");
  std::vector<Finding> findings = {MakeFinding(a, "x.py", 3), MakeFinding(a, "x.py", 10),
                                   MakeFinding(a, "x.py", 20)};
  std::vector<SuppressionDirective> directives = {
      {"x.py", 2, 1, true, {"rule-a"}, "reviewed"},   // standalone: covers line 3
      {"x.py", 10, 9, false, {"rule-a"}, "ok here"},  // trailing: covers line 10
      {"x.py", 19, 9, false, {"rule-a"}, "wrong"},    // trailing on 19: not line 20
      {"x.py", 30, 1, true, {}, "no id"},
      {"x.py", 40, 1, true, {"rule-a"}, ""},
  };
  ApplySuppressions(directives, /*require_reason=*/true, &findings);
  std::map<std::pair<std::string, int>, FindingStatus> status;
  for (const Finding& f : findings) status[{f.rule->meta.id, f.span.start_line}] = f.status;
  EXPECT_EQ((status[{"rule-a", 3}]), FindingStatus::kSuppressed);
  EXPECT_EQ((status[{"rule-a", 10}]), FindingStatus::kSuppressed);
  EXPECT_EQ((status[{"rule-a", 20}]), FindingStatus::kOpen);
  EXPECT_TRUE((status.contains({"mergegate-suppression-unused", 19})));
  EXPECT_TRUE((status.contains({"mergegate-suppression-malformed", 30})));
  EXPECT_TRUE((status.contains({"mergegate-suppression-malformed", 40})));
  for (const Finding& f : findings) {
    if (f.rule->meta.id == "mergegate-suppression-unused") {
      EXPECT_FALSE(f.blocking);
    }
    if (f.span.start_line == 3) {
      EXPECT_EQ(f.status_reason, "reviewed");
    }
  }
}

TEST(Suppressions, ReasonOptionalWhenConfigured) {
  const Rule a = MakeRule("rule-a");
  std::vector<Finding> findings = {MakeFinding(a, "x.py", 3)};
  ApplySuppressions({{"x.py", 3, 5, false, {"rule-a"}, ""}}, /*require_reason=*/false, &findings);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].status, FindingStatus::kSuppressed);
}

TEST(RuleOverrides, ScopedByRuleGlobPathAndBranch) {
  const Rule py = MakeRule("python-eval");
  const Rule js = MakeRule("js-eval");
  std::vector<RuleOverride> overrides(3);
  overrides[0].rules = {"python-*"};
  overrides[0].mode = RuleMode::kWarn;
  overrides[1].rules = {"python-*"};
  overrides[1].branches = {"main", "release/*"};
  overrides[1].mode = RuleMode::kEnforce;
  overrides[2].rules = {"js-eval"};
  overrides[2].paths = {"test/**"};
  overrides[2].mode = RuleMode::kOff;
  struct Case {
    std::string branch;
    bool python_blocking;
  };
  for (const Case& c : {Case{"main", true}, Case{"release/1.2", true}, Case{"feature/x", false},
                        Case{"", false}, Case{"feature/main", false}}) {
    std::vector<Finding> findings = {MakeFinding(py, "a.py", 1), MakeFinding(js, "test/a.js", 1),
                                     MakeFinding(js, "src/a.js", 1)};
    ApplyRuleOverrides(overrides, c.branch, &findings);
    ASSERT_EQ(findings.size(), 2u) << c.branch;  // js-eval off under test/
    EXPECT_EQ(findings[0].blocking, c.python_blocking) << c.branch;
    EXPECT_EQ(findings[1].path, "src/a.js");
  }
  RuleOverride severity;
  severity.rules = {"js-eval"};
  severity.severity = Severity::kLow;
  std::vector<Finding> findings = {MakeFinding(js, "a.js", 1)};
  ApplyRuleOverrides({severity}, "main", &findings);
  EXPECT_EQ(findings[0].severity, Severity::kLow);
}

TEST(Waivers, StatusFollowsTheExpiryDate) {
  // 2026-03-01T12:00:00Z
  const auto now = std::chrono::system_clock::time_point(std::chrono::seconds(1772366400));
  struct Case {
    const char* expires;
    WaiverState state;
  };
  const Case cases[] = {
      {"2026-03-01", WaiverState::kExpiringSoon},  // the expiry day still counts
      {"2026-02-28", WaiverState::kExpired},      {"2026-03-14", WaiverState::kExpiringSoon},
      {"2026-03-15", WaiverState::kActive},       {"2027-01-01", WaiverState::kActive},
      {"2026-02-30", WaiverState::kMalformed},    {"tomorrow", WaiverState::kMalformed},
      {"2026-3-1", WaiverState::kMalformed},
  };
  for (const Case& c : cases) {
    Waiver w{"rule-a", {}, "r", "team", "", c.expires, 1};
    EXPECT_EQ(EvaluateWaiver(w, now).state, c.state) << c.expires;
  }
  Waiver expired{"rule-*", {"src/**"}, "legacy", "team", "T-1", "2026-01-31", 1};
  EXPECT_EQ(EvaluateWaiver(expired, now).summary, "waiver for rule-* expired on 2026-01-31");
}

TEST(Waivers, ActiveWaiverWaivesExpiredOneExplains) {
  const auto now = std::chrono::system_clock::now();
  const Rule a = MakeRule("rule-a");
  const Rule b = MakeRule("rule-b");
  std::vector<Finding> findings = {MakeFinding(a, "src/x.py", 1), MakeFinding(b, "src/x.py", 2),
                                   MakeFinding(a, "lib/y.py", 3)};
  const std::vector<Waiver> waivers = {
      {"rule-a", {"src/**"}, "legacy", "team-a", "T-1", "2999-01-01", 1},
      {"rule-b", {}, "old", "team-b", "", "2000-01-01", 2},
  };
  const auto notices = ApplyWaivers(waivers, now, &findings);
  EXPECT_EQ(findings[0].status, FindingStatus::kWaived);
  EXPECT_EQ(findings[0].properties["waiver_owner"], "team-a");
  EXPECT_EQ(findings[1].status, FindingStatus::kOpen);
  EXPECT_EQ(findings[1].status_reason, "waiver for rule-b expired on 2000-01-01");
  EXPECT_EQ(findings[2].status, FindingStatus::kOpen);  // path not covered
  ASSERT_EQ(notices.size(), 1u);
}

TEST(Baseline, MatchesIgnoringLinesAndListsStale) {
  const Rule a = MakeRule("rule-a");
  std::vector<Finding> before = {MakeFinding(a, "x.py", 1), MakeFinding(a, "y.py", 2)};
  before[0].fingerprint = "fp1";
  before[1].fingerprint = "fp2";
  const std::string json = BaselineJson(before, "1.0");
  std::vector<BaselineEntry> entries = {{"rule-a", "x.py", "fp1", 1}, {"rule-a", "y.py", "fp2", 2}};
  std::vector<Finding> after = {MakeFinding(a, "x.py", 40), MakeFinding(a, "z.py", 1)};
  after[0].fingerprint = "fp1";
  after[1].fingerprint = "fp3";
  const auto stale = ApplyBaseline(entries, &after);
  EXPECT_EQ(after[0].status, FindingStatus::kBaselined);
  EXPECT_EQ(after[1].status, FindingStatus::kOpen);
  ASSERT_EQ(stale.size(), 1u);
  EXPECT_EQ(stale[0].path, "y.py");
  EXPECT_NE(json.find("\"fingerprint\": \"fp2\""), std::string::npos);
}

TEST(Fingerprint, EnclosingScopeByIndentation) {
  const std::string text =
      "import os\n"
      "class Store:\n"
      "    def save(self):\n"
      "        os.system(cmd)\n"
      "\n"
      "    def load(self):\n"
      "        os.system(cmd)\n"
      "os.system(top)\n"
      "func (s *Server) Handle(w http.ResponseWriter) {\n"
      "\texec.Command(x)\n"
      "}\n";
  const util::LineIndex lines(text);
  EXPECT_EQ(EnclosingScope(lines, 4), "save");
  EXPECT_EQ(EnclosingScope(lines, 7), "load");
  EXPECT_EQ(EnclosingScope(lines, 8), "");
  EXPECT_EQ(EnclosingScope(lines, 10), "Handle");
}

TEST(Branches, GlobsMatchWholeNames) {
  EXPECT_TRUE(BranchMatches("main", "main"));
  EXPECT_FALSE(BranchMatches("main", "feature/main"));
  EXPECT_TRUE(BranchMatches("release/*", "release/1.0"));
  EXPECT_FALSE(BranchMatches("release/*", "release/1.0/hotfix"));
  EXPECT_TRUE(BranchMatches("release/**", "release/1.0/hotfix"));
  EXPECT_FALSE(BranchMatches("main", ""));
}

}  // namespace
}  // namespace mergegate
