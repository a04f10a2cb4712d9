#include "mergegate/parsers/language.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "mergegate/parsers/syntax_tree.h"
#include "support/test_support.h"

namespace mergegate::parsers {
namespace {

namespace fs = std::filesystem;

TEST(LanguageTable, EveryGrammarLoadsWithSupportedAbi) {
  for (const Language& lang : Languages()) {
    EXPECT_TRUE(GrammarAbiSupported(lang)) << lang.name;
    if (lang.grammar != nullptr) {
      EXPECT_NE(lang.grammar(), nullptr) << lang.name;
    }
  }
}

TEST(LanguageTable, HasAtLeastTwelveGrammars) {
  int with_grammar = 0;
  for (const Language& lang : Languages()) with_grammar += lang.grammar != nullptr;
  EXPECT_GE(with_grammar, 12);
}

// Every language has a smoke file in test/smoke that parses without ERROR nodes.
TEST(LanguageTable, EverySmokeFileParsesCleanly) {
  std::set<std::string_view> covered;
  for (const auto& entry : fs::directory_iterator(fs::path(testing::SourceDir()) / "test/smoke")) {
    const std::string path = entry.path().string();
    const Language* lang = DetectLanguage(path);
    ASSERT_NE(lang, nullptr) << path;
    covered.insert(lang->name);
    if (lang->grammar == nullptr) continue;
    const std::string text = testing::ReadFile(entry.path());
    ParseResult parsed = Parse(*lang, text, 0);
    ASSERT_EQ(parsed.status, ParseStatus::kOk) << path;
    EXPECT_FALSE(parsed.tree->HasErrors()) << path << ": " << ts_node_string(parsed.tree->root());
  }
  for (const Language& lang : Languages())
    EXPECT_TRUE(covered.contains(lang.name)) << "no smoke file for " << lang.name;
}

TEST(DetectLanguage, ByExtensionNameAndAlias) {
  struct Case {
    const char* path;
    const char* language;  // nullptr = unknown
  } cases[] = {
      {"a/b/c.py", "python"},
      {"x.JS", "javascript"},
      {"web/app.tsx", "tsx"},
      {"svc/main.go", "go"},
      {"Dockerfile", "dockerfile"},
      {"deploy/Dockerfile.prod", "dockerfile"},
      {"Gemfile", "ruby"},
      {"infra/main.tf", "hcl"},
      {".github/workflows/ci.yml", "yaml"},
      {"README", nullptr},
      {"notes.txt", nullptr},
      {"src/Program.cs", "csharp"},
  };
  for (const Case& c : cases) {
    const Language* lang = DetectLanguage(c.path);
    if (c.language == nullptr) {
      EXPECT_EQ(lang, nullptr) << c.path;
    } else {
      ASSERT_NE(lang, nullptr) << c.path;
      EXPECT_EQ(lang->name, c.language) << c.path;
    }
  }
  EXPECT_EQ(FindLanguage("ts")->name, "typescript");
  EXPECT_EQ(FindLanguage("terraform")->name, "hcl");
  EXPECT_EQ(FindLanguage("cobol"), nullptr);
}

TEST(Parse, TimesOutOnHugeInputWithTinyBudget) {
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "x = [1, 2, 3, (4 + 5) * 6]\n";
  ParseResult parsed = Parse(*FindLanguage("python"), text, 1);
  EXPECT_EQ(parsed.status, ParseStatus::kTimeout);
}

}  // namespace
}  // namespace mergegate::parsers
