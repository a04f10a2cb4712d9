#include <gtest/gtest.h>

#include <map>

#include "mergegate/scan.h"

namespace mergegate {
namespace {

// Runs a one-rule query policy for `language` over `code`; returns the matched lines.
std::vector<int> Lines(const std::string& query, const std::string& path, const std::string& code,
                       const std::string& language = "python") {
  const std::string yaml = "id: q\ntitle: t\nmessage: m\nseverity: high\nlanguages: [" + language +
                           "]\nmatch:\n  query: |\n    " + query + "\n";
  auto set = LoadPolicies({{"q.yaml", "test", yaml}});
  EXPECT_TRUE(set.has_value()) << (set ? "" : FormatDiagnostic(set.error()[0]));
  if (!set) return {};
  Scanner scanner(*set, {});
  std::vector<int> lines;
  for (const Finding& f : scanner.ScanText(path, code).findings) lines.push_back(f.span.start_line);
  return lines;
}

const std::string kCode = "eval(a)\nexec(b)\nprint(c)\nfoo.eval(d)\n";

TEST(QueryPredicates, Eq) {
  EXPECT_EQ(Lines(R"q(((call function: (identifier) @f (#eq? @f "eval")) @match))q", "x.py", kCode),
            std::vector<int>{1});
}
TEST(QueryPredicates, NotEq) {
  EXPECT_EQ(
      Lines(R"q(((call function: (identifier) @f (#not-eq? @f "eval")) @match))q", "x.py", kCode),
      (std::vector<int>{2, 3}));
}
TEST(QueryPredicates, Match) {
  EXPECT_EQ(Lines(R"q(((call function: (identifier) @f (#match? @f "^(ev|ex)")) @match))q", "x.py",
                  kCode),
            (std::vector<int>{1, 2}));
}
TEST(QueryPredicates, NotMatch) {
  EXPECT_EQ(
      Lines(R"q(((call function: (identifier) @f (#not-match? @f "^e")) @match))q", "x.py", kCode),
      (std::vector<int>{3}));
}
TEST(QueryPredicates, AnyOf) {
  EXPECT_EQ(Lines(R"q(((call function: (identifier) @f (#any-of? @f "exec" "print")) @match))q",
                  "x.py", kCode),
            (std::vector<int>{2, 3}));
}
TEST(QueryPredicates, EqBetweenCaptures) {
  EXPECT_EQ(
      Lines(R"q(((assignment left: (identifier) @a right: (identifier) @b (#eq? @a @b)) @match))q",
            "x.py", "x = x\ny = z\n"),
      (std::vector<int>{1}));
}
TEST(QueryPredicates, ReportsChosenCapture) {
  const std::string yaml =
      "id: q\ntitle: t\nmessage: m\nseverity: high\nlanguages: [python]\nmatch:\n  report: arg\n  "
      "query: |\n"
      "    (call function: (identifier) @f (#eq? @f \"eval\") arguments: (argument_list "
      "(identifier) @arg))\n";
  auto set = LoadPolicies({{"q.yaml", "test", yaml}});
  ASSERT_TRUE(set.has_value());
  Scanner scanner(*set, {});
  const auto findings = scanner.ScanText("x.py", "y = eval(abc)\n").findings;
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.start_column, 10);
  EXPECT_EQ(findings[0].span.end_column, 13);
}
TEST(QueryPredicates, UnknownPredicateIsAnError) {
  auto set = LoadPolicies({{"q.yaml", "test",
                            "id: q\ntitle: t\nmessage: m\nseverity: high\nlanguages: "
                            "[python]\nmatch:\n  query: '((identifier) @x (#frob? @x \"a\"))'\n"}});
  ASSERT_FALSE(set.has_value());
  EXPECT_NE(set.error()[0].message.find("frob"), std::string::npos);
}

}  // namespace
}  // namespace mergegate

namespace mergegate {
namespace {

// Former bug: an #eq? literal inside an alternative became a required prefilter literal, so
// files without it were never parsed and the other alternative never matched.
TEST(QueryPrefilter, LiteralInsideAnAlternativeIsNotRequired) {
  EXPECT_EQ(
      Lines(
          R"q([(call function: (identifier) @f (#eq? @f "format")) (call function: (attribute))] @match)q",
          "x.py", "os.system(cmd)\n"),
      (std::vector<int>{1}));
}

TEST(QueryPrefilter, RequiredLiteralSkipsFilesWithoutIt) {
  EXPECT_EQ(Lines(R"q(((call function: (identifier) @f (#eq? @f "eval")) @match))q", "x.py",
                  "print(x)\n"),
            std::vector<int>{});
}

}  // namespace
}  // namespace mergegate

namespace mergegate {
namespace {

std::string QueryYaml(const std::string& id, const std::string& query, const std::string& report) {
  return "id: " + id + "\ntitle: t\nmessage: m\nseverity: high\nlanguages: [python]\nmatch:\n" +
         (report.empty() ? "" : "  report: " + report + "\n") + "  query: |\n    " + query + "\n";
}

// Rule id -> matched lines, scanning `code` with every rule in one policy set (one bundle).
std::map<std::string, std::vector<int>> LinesByRule(const std::vector<PolicyFile>& files,
                                                    const std::string& code) {
  auto set = LoadPolicies(files);
  EXPECT_TRUE(set.has_value()) << (set ? "" : FormatDiagnostic(set.error()[0]));
  std::map<std::string, std::vector<int>> out;
  if (!set) return out;
  for (const Finding& f : Scanner(*set, {}).ScanText("x.py", code).findings)
    out[f.rule->meta.id].push_back(f.span.start_line);
  return out;
}

// Rules share one compiled query per language: capture names repeat across rules (@f, @match),
// each rule keeps its own predicates, report capture and prefilter literal.
TEST(QueryBundle, RulesInOneBundleKeepTheirOwnPredicatesAndCaptures) {
  const std::string code = "eval(a)\nexec(b)\nx = x\nprint(c)\n";
  for (const char* origin : {"", "builtin:"}) {  // eager (user) and lazy (built-in) loading
    const std::string o = origin;
    const auto lines = LinesByRule(
        {{o + "a.yaml", "t",
          QueryYaml("a-eval", R"q(((call function: (identifier) @f (#eq? @f "eval")) @match))q",
                    "")},
         {o + "b.yaml", "t",
          QueryYaml(
              "b-exec-arg",
              R"q((call function: (identifier) @f (#eq? @f "exec") arguments: (argument_list (identifier) @arg)))q",
              "arg")},
         {o + "c.yaml", "t",
          QueryYaml("c-self-assign",
                    R"q((assignment left: (identifier) @a right: (identifier) @b (#eq? @a @b)))q",
                    "")},
         {o + "d.yaml", "t",
          QueryYaml("d-absent",
                    R"q(((call function: (identifier) @f (#eq? @f "compile")) @match))q", "")}},
        code);
    EXPECT_EQ(lines.at("a-eval"), std::vector<int>{1}) << origin;
    EXPECT_EQ(lines.at("b-exec-arg"), std::vector<int>{2}) << origin;
    EXPECT_EQ(lines.at("c-self-assign"), std::vector<int>{3}) << origin;
    EXPECT_FALSE(lines.contains("d-absent")) << origin;
  }
}

// A rule without an @match capture reports its first capture even when another rule in the same
// bundle has an @match capture.
TEST(QueryBundle, MatchCaptureOfOneRuleDoesNotLeakIntoAnother) {
  const auto lines = LinesByRule(
      {{"a.yaml", "t", QueryYaml("a", R"q(((call function: (identifier) @f) @match))q", "")},
       {"b.yaml", "t", QueryYaml("b", R"q((return_statement (identifier) @value))q", "")}},
      "def f():\n    return y\n");
  EXPECT_EQ(lines.at("b"), std::vector<int>{2});
  EXPECT_FALSE(lines.contains("a"));
}

}  // namespace
}  // namespace mergegate
