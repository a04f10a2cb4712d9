#include <gtest/gtest.h>

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
