#include <gtest/gtest.h>

#include "mergegate/policy.h"
#include "mergegate/scan.h"

namespace mergegate {
namespace {

constexpr const char* kGoodRegex = R"(id: test-token
title: Test token
message: a test token
severity: high
kind: secret
match:
  regex: 'tok_([a-z0-9]{16})'
  keywords: [tok_]
)";

constexpr const char* kGoodQuery = R"(id: test-eval
title: eval
message: eval call
severity: medium
languages: [python]
match:
  query: '((call function: (identifier) @f (#eq? @f "eval")) @match)'
)";

Expected<PolicySet> Load(std::vector<std::pair<std::string, std::string>> files) {
  std::vector<PolicyFile> policy_files;
  for (auto& [name, text] : files) policy_files.push_back({name, "test", text});
  return LoadPolicies(policy_files);
}

TEST(LoadPolicies, CompilesRegexAndQueryRules) {
  auto set = Load({{"a.yaml", kGoodRegex}, {"b.yaml", kGoodQuery}});
  ASSERT_TRUE(set.has_value());
  ASSERT_EQ(set->rules().size(), 2u);
  const Rule* token = set->Find("test-token");
  ASSERT_NE(token, nullptr);
  EXPECT_EQ(token->meta.kind, RuleKind::kSecret);
  EXPECT_EQ(token->meta.severity, Severity::kHigh);
  EXPECT_EQ(token->meta.confidence, Confidence::kMedium);  // default
  EXPECT_TRUE(token->regex != nullptr);
  EXPECT_TRUE(set->Find("test-eval")->query != nullptr);
  EXPECT_EQ(set->digest().size(), 64u);
}

struct BadCase {
  const char* name;
  const char* yaml;
  int line;
  int column;
  const char* contains;
};

class LoadPoliciesBad : public ::testing::TestWithParam<BadCase> {};

TEST_P(LoadPoliciesBad, GivesLocatedDiagnostic) {
  const BadCase& c = GetParam();
  auto set = Load({{"bad.yaml", c.yaml}});
  ASSERT_FALSE(set.has_value()) << c.name;
  ASSERT_FALSE(set.error().empty());
  const Diagnostic& d = set.error().front();
  EXPECT_EQ(d.file, "bad.yaml");
  EXPECT_EQ(d.line, c.line) << FormatDiagnostic(d);
  if (c.column > 0) {
    EXPECT_EQ(d.column, c.column) << FormatDiagnostic(d);
  }
  EXPECT_NE(FormatDiagnostic(d).find(c.contains), std::string::npos) << FormatDiagnostic(d);
}

INSTANTIATE_TEST_SUITE_P(
    Table, LoadPoliciesBad,
    ::testing::Values(
        BadCase{"yaml_syntax", "id: x\ntitle: [unclosed\n", 3, 1, "error:"},
        BadCase{"missing_match", "id: abc\ntitle: t\nmessage: m\nseverity: high\n", 1, 1, "match"},
        BadCase{"bad_severity",
                "id: abc\ntitle: t\nmessage: m\nseverity: urgent\nmatch: {regex: 'a'}\n", 4, 11,
                "severity"},
        BadCase{"unknown_field",
                "id: abc\ntitle: t\nmessage: m\nseverity: high\nmatch: {regex: 'a', regexp: 'b'}\n",
                5, 8, "regexp"},
        BadCase{"bad_regex",
                "id: abc\ntitle: t\nmessage: m\nseverity: high\nmatch:\n  regex: 'a(b'\n", 6, 10,
                "invalid regex"},
        BadCase{"bad_query",
                "id: abc\ntitle: t\nmessage: m\nseverity: high\nlanguages: [python]\nmatch:\n  "
                "query: '(call (nope))'\n",
                7, 10, "unknown node type"},
        BadCase{"unknown_language",
                "id: abc\ntitle: t\nmessage: m\nseverity: high\nlanguages: [cobol]\nmatch: {regex: "
                "'a'}\n",
                5, 13, "unknown language"},
        BadCase{"query_without_language",
                "id: abc\ntitle: t\nmessage: m\nseverity: high\nmatch: {query: '(call) @match'}\n",
                1, 1, "language"},
        BadCase{"bad_id",
                "id: Not Valid\ntitle: t\nmessage: m\nseverity: high\nmatch: {regex: 'a'}\n", 1, 5,
                "/id"},
        BadCase{"duplicate_key", "id: abc\nid: abd\ntitle: t\n", 2, 1, "duplicate key"}),
    [](const ::testing::TestParamInfo<BadCase>& param_info) {
      return std::string(param_info.param.name);
    });

TEST(LoadPolicies, RejectsDuplicateIdsAcrossFiles) {
  auto set = Load({{"a.yaml", kGoodRegex}, {"b.yaml", kGoodRegex}});
  ASSERT_FALSE(set.has_value());
  EXPECT_EQ(set.error()[0].code, "policy.duplicate-id");
  EXPECT_EQ(set.error()[0].file, "b.yaml");
  EXPECT_NE(set.error()[0].message.find("a.yaml"), std::string::npos);
}

TEST(LoadPolicies, OneBadFileFailsTheWholeLoad) {
  auto set = Load({{"a.yaml", kGoodRegex}, {"b.yaml", "id: [\n"}});
  EXPECT_FALSE(set.has_value());
}

TEST(BuiltinPolicies, AllLoad) {
  auto set = LoadPolicies(BuiltinPolicyFiles());
  ASSERT_TRUE(set.has_value()) << FormatDiagnostic(set.error()[0]);
  EXPECT_GE(set->rules().size(), 6u);
  EXPECT_FALSE(BuiltinPackNames().empty());
}

// Built-in query rules compile lazily, per language on first use; loading the same files under
// a non-builtin origin compiles every query for every one of its languages now.
TEST(BuiltinPolicies, EveryQueryCompilesForEveryLanguage) {
  std::vector<PolicyFile> files = BuiltinPolicyFiles();
  for (PolicyFile& f : files) f.origin = "eager:" + f.origin;
  auto set = LoadPolicies(files);
  ASSERT_TRUE(set.has_value()) << FormatDiagnostic(set.error()[0]);
}

constexpr const char* kQueryForBothPythonAndRuby = R"(id: test-call
title: call
message: a call
severity: high
languages: [python, ruby]
match:
  query: '((call) @match)'
)";

TEST(LoadPolicies, UserQueryIsCompiledForEveryLanguageAtLoad) {
  // `decorated_definition` is a Python node type that Ruby's grammar lacks: the load fails
  // only if the Ruby compile runs at load time.
  std::string yaml = kQueryForBothPythonAndRuby;
  yaml.replace(yaml.find("(call)"), 6, "(decorated_definition)");
  auto set = Load({{"user.yaml", yaml}});
  ASSERT_FALSE(set.has_value());
  EXPECT_NE(set.error()[0].message.find("ruby"), std::string::npos)
      << FormatDiagnostic(set.error()[0]);
}

TEST(LoadPolicies, BuiltinQueryErrorSurfacesWhenItsLanguageIsScanned) {
  std::string yaml = kQueryForBothPythonAndRuby;
  yaml.replace(yaml.find("(call)"), 6, "(decorated_definition)");
  auto set = LoadPolicies({{"builtin:test/lazy.yaml", "test", yaml}});
  ASSERT_TRUE(set.has_value());  // lazy: nothing compiled yet
  const Scanner scanner(*set, {});
  EXPECT_FALSE(scanner.ScanText("a.py", "foo(1)\n").skip_reason.has_value());
  // Scanning a Ruby file marks it incomplete, which fails the run closed.
  const FileScanResult ruby = scanner.ScanText("a.rb", "foo(1)\n");
  ASSERT_TRUE(ruby.skip_reason.has_value());
  EXPECT_TRUE(MakesScanIncomplete(*ruby.skip_reason)) << *ruby.skip_reason;
  EXPECT_NE(ruby.skip_reason->find("test-call: unknown node type"), std::string::npos)
      << *ruby.skip_reason;
}

TEST(ScanIncomplete, RuleCompileFailureFailsClosedLikeAParseTimeout) {
  EXPECT_TRUE(MakesScanIncomplete(kParseTimeout));
  EXPECT_TRUE(MakesScanIncomplete(kParseFailed));
  EXPECT_TRUE(MakesScanIncomplete(std::string(kRuleCompileFailed) + ": r: unknown node type"));
  EXPECT_FALSE(MakesScanIncomplete("binary"));
  EXPECT_FALSE(MakesScanIncomplete("too large"));
}

}  // namespace
}  // namespace mergegate

namespace mergegate {
namespace {

// Former bug (found by fuzz/policy_loader_fuzzer): invalid UTF-8 in a string reached valijson,
// whose UTF-8 length count read out of bounds. Now it is a located encoding error.
TEST(LoadPolicies, InvalidUtf8IsALocatedError) {
  auto set = LoadPolicies(
      {{"bad.yaml", "test",
        "id: abc\ntitle: caf\xa4\xa4\xa4\nmessage: m\nseverity: high\nmatch: {regex: 'a'}\n"}});
  ASSERT_FALSE(set.has_value());
  EXPECT_EQ(set.error()[0].code, "yaml.encoding");
  EXPECT_EQ(set.error()[0].line, 2);
  EXPECT_EQ(set.error()[0].column, 11);
}

}  // namespace
}  // namespace mergegate

namespace mergegate {
namespace {

TEST(LoadPolicies, BuiltinRegexErrorSurfacesWhenItsKeywordOccurs) {
  const std::string yaml =
      "id: lazy-regex\ntitle: t\nmessage: m\nseverity: high\nkind: secret\n"
      "match:\n  regex: 'secret([a-z'\n  keywords: [secret]\n";
  auto set = LoadPolicies({{"builtin:test/lazy-regex.yaml", "test", yaml}});
  ASSERT_TRUE(set.has_value());  // deferred: nothing compiled yet
  const Scanner scanner(*set, {});
  EXPECT_FALSE(scanner.ScanText("a.txt", "nothing here\n").skip_reason.has_value());
  const FileScanResult hit = scanner.ScanText("a.txt", "secret = 1\n");
  ASSERT_TRUE(hit.skip_reason.has_value());
  EXPECT_TRUE(MakesScanIncomplete(*hit.skip_reason)) << *hit.skip_reason;
  EXPECT_NE(hit.skip_reason->find("lazy-regex: regex: missing ]"), std::string::npos)
      << *hit.skip_reason;
  // The same file from a user's policy directory is rejected at load, located.
  auto user = LoadPolicies({{"user/lazy-regex.yaml", "test", yaml}});
  ASSERT_FALSE(user.has_value());
  EXPECT_EQ(user.error()[0].line, 7) << FormatDiagnostic(user.error()[0]);
}

}  // namespace
}  // namespace mergegate
