#include "match/run_floor.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>

#include "match/regex_matcher.h"
#include "mergegate/policy.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace mergegate {
namespace {

using testing::ReadFile;

// The floor of `regex`'s secret group as the matcher computes it (group 1 when there is one).
RunFloor FloorOf(const std::string& regex, int group = -1) {
  const RE2 re(regex);
  EXPECT_TRUE(re.ok()) << regex;
  const int groups = re.NumberOfCapturingGroups();
  return RunFloor::Of(regex, group >= 0 ? group : (groups > 0 ? 1 : 0), groups);
}

TEST(RunFloor, CountsRunsOfEachClassInTheSecretGroup) {
  const RunFloor f = FloorOf(R"(\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})\b)");
  EXPECT_EQ(f.floor(RunClass::kHex), 64u);
  EXPECT_EQ(f.floor(RunClass::kAlnum), 64u);  // "pat" + 14, then '.' breaks the run
  EXPECT_EQ(f.floor(RunClass::kBase64), 64u);
  const RunFloor uuid =
      FloorOf(R"(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}))");
  EXPECT_EQ(uuid.floor(RunClass::kHex), 12u);
  EXPECT_EQ(uuid.floor(RunClass::kBase64), 36u);  // '-' is a base64url character
}

TEST(RunFloor, OnlyTheSecretGroupCounts) {
  const RunFloor f = FloorOf(R"(token[A-Za-z0-9]{40}=([0-9a-f]{8}))");
  EXPECT_EQ(f.floor(RunClass::kHex), 8u);
  EXPECT_EQ(f.floor(RunClass::kAlnum), 8u);
}

TEST(RunFloor, RepeatedGroupsAreExpandedAndOptionalPartsBreakOnlyForeignRuns) {
  // Five mandatory repetitions of four alphanumerics, then an optional alphanumeric group.
  const RunFloor f = FloorOf(R"(((?:[MNO][DTjz][AEIMQUYcgk][w-z0-5]){5,6}(?:[MNO][AQgw])?x))");
  EXPECT_EQ(f.floor(RunClass::kAlnum), 21u);  // 20 + 'x'; the optional group does not break it
  EXPECT_EQ(f.floor(RunClass::kHex), 0u);
  // An optional ':' between two hex runs may be absent or present: the runs do not join.
  const RunFloor g = FloorOf(R"(([0-9a-f]{10}:?[0-9a-f]{10}))");
  EXPECT_EQ(g.floor(RunClass::kHex), 10u);
}

TEST(RunFloor, AGroupThatMayNotTakePartHasNoFloor) {
  EXPECT_TRUE(FloorOf(R"((?:a([0-9a-f]{32})|b))").empty());   // inside an alternation
  EXPECT_TRUE(FloorOf(R"(x(?:([0-9a-f]{32}))?)").empty());    // inside an optional group
  EXPECT_FALSE(FloorOf(R"((?:a|b)([0-9a-f]{32}))").empty());  // after one: still mandatory
}

TEST(RunFloor, AlternativesInsideTheSecretAreOptionalPresence) {
  const RunFloor f = FloorOf(R"(((?:sk|rk)_live_[A-Za-z0-9]{24}))");
  EXPECT_EQ(f.floor(RunClass::kAlnum), 24u);   // the alternation is not counted, "_" breaks
  EXPECT_EQ(f.floor(RunClass::kBase64), 30u);  // "_live_" + 24; the alternation adds nothing
}

TEST(RunFloor, NegatedClassesAndDotsBreakEveryRun) {
  EXPECT_TRUE(FloorOf(R"(([^\s"']{12,200}))").empty());
  EXPECT_TRUE(FloorOf(R"((.{32}))").empty());
  EXPECT_TRUE(FloorOf(R"((\S{32}))").empty());
}

TEST(RunFloor, CaseFoldingKeepsHexButNotClassesWithKOrS) {
  // Under (?i) RE2 also matches U+212A for k and U+017F for s: not ASCII, so no run floor.
  EXPECT_EQ(FloorOf(R"((?i)([0-9a-f]{32}))").floor(RunClass::kHex), 32u);
  EXPECT_EQ(FloorOf(R"((?i)([a-z0-9]{32}))").floor(RunClass::kAlnum), 0u);
  EXPECT_EQ(FloorOf(R"((?i:x)([a-z0-9]{32}))").floor(RunClass::kAlnum), 32u);  // scoped flag
  EXPECT_EQ(FloorOf(R"((?i)(?-i)([a-z0-9]{32}))").floor(RunClass::kAlnum), 32u);
}

TEST(RunFloor, NamedGroupsAndEscapesAreNumberedAsRE2Does) {
  const RunFloor f = FloorOf(R"((?P<k>key)\((x)\)[(]([0-9a-f]{16}))", 3);
  EXPECT_EQ(f.floor(RunClass::kHex), 16u);
  // A group count that disagrees with RE2's means no floor rather than the wrong group's.
  EXPECT_TRUE(RunFloor::Of(R"((a)([0-9a-f]{16}))", 2, 3).empty());
}

TEST(RunFloor, DeepNestingHasNoFloorRatherThanDeepRecursion) {
  std::string deep;
  for (int i = 0; i < 500; ++i) deep += "(?:";
  deep += "([0-9a-f]{32})";
  for (int i = 0; i < 500; ++i) deep += ")";
  EXPECT_TRUE(FloorOf(deep).empty());
  EXPECT_EQ(FloorOf("(?:(?:([0-9a-f]{32})))").floor(RunClass::kHex), 32u);
}

TEST(RunFloor, LiteralBracesAndHexEscapes) {
  EXPECT_EQ(FloorOf(R"(({{[0-9a-f]{8}}}))").floor(RunClass::kHex), 8u);
  EXPECT_EQ(FloorOf(R"((\x41[0-9a-f]{8}))").floor(RunClass::kHex), 9u);  // \x41 is 'A'
}

// Reads that once overstated a floor, so a text RE2 matches was skipped (the inputs are also
// fuzz/corpus/run_floor/crash-*; a repetition after a flag group applies to the element before):
// RE2 must match each text and the match's secret must meet the floor, which is as stated.
TEST(RunFloor, HoldsForWhatRE2MatchesWithFoldedEscapesAndOctal) {
  std::string long_s;  // U+017F, which (?i) matches for s
  for (int i = 0; i < 8; ++i) long_s += "\xc5\xbf";
  struct Case {
    const char* regex;
    std::string text;
    uint32_t hex, base64;
  };
  const Case cases[] = {
      {R"((?i)(\w{8}))", long_s, 0, 0},           // \w folds under (?i), like a class
      {R"((?i)([\x61-\x7a]{8}))", long_s, 0, 0},  // a range of escapes, folded once read
      {R"((\0123456))", "\n3456", 4, 4},          // \012 is one character (a newline)
      {R"((\1234))", "S4", 1, 2},                 // \123 is 'S'
      {R"(([\060-\071]{4}))", "1234", 4, 4},      // an octal range: the digits
      {R"((?i)([\x41-\x46]{4}))", "abcd", 4, 4},  // a folded hex range stays hex
      {R"((m)(?U)*)", "x", 0, 0},                 // the * repeats (m): it may match nothing
  };
  for (const Case& c : cases) {
    const RE2 re(c.regex);
    ASSERT_TRUE(re.ok()) << c.regex;
    re2::StringPiece secret;
    ASSERT_TRUE(RE2::PartialMatch(c.text, re, &secret)) << c.regex;
    const RunFloor f = FloorOf(c.regex);
    EXPECT_TRUE(f.SatisfiedBy(std::string_view(secret.data(), secret.size()))) << c.regex;
    EXPECT_EQ(f.floor(RunClass::kHex), c.hex) << c.regex;
    EXPECT_EQ(f.floor(RunClass::kBase64), c.base64) << c.regex;
  }
}

TEST(HasRun, FindsRunsAnywhereAndOnlyLongEnough) {
  const std::string hex32(32, 'a');
  for (size_t offset = 0; offset < 70; ++offset) {
    const std::string text = std::string(offset, ' ') + hex32 + std::string(5, ' ');
    EXPECT_TRUE(HasRun(text, RunClass::kHex, 32)) << offset;
    EXPECT_FALSE(HasRun(text, RunClass::kHex, 33)) << offset;
  }
  EXPECT_FALSE(HasRun("0123456789abcdeZ0123456789abcdef", RunClass::kHex, 17));
  EXPECT_TRUE(HasRun("0123456789abcdeZ0123456789abcdef", RunClass::kAlnum, 32));
  EXPECT_TRUE(HasRun("ab+/=_-cd", RunClass::kBase64, 9));
  EXPECT_FALSE(HasRun("", RunClass::kHex, 1));
  EXPECT_TRUE(HasRun("", RunClass::kHex, 0));
}

// Soundness on real data: every secret a built-in rule's regex extracts from its fixture and from
// the labelled corpus meets that rule's floor, so the floor never hides one of them.
TEST(RunFloor, EverySecretInTheFixturesAndCorpusMeetsItsRulesFloor) {
  auto set = LoadPolicies(BuiltinPolicyFiles());
  ASSERT_TRUE(set.has_value());
  std::map<std::string, std::string> text_of;  // rule id -> fixture and corpus text
  const fs::path root = testing::SourceDir();
  for (const auto& entry : fs::directory_iterator(root / "policies" / "secrets")) {
    const std::string name = entry.path().filename().string();
    const size_t fixture = name.find(".fixture.");
    if (fixture != std::string::npos) text_of[name.substr(0, fixture)] += ReadFile(entry.path());
  }
  for (const auto& entry : fs::directory_iterator(root / "test" / "secrets" / "corpus")) {
    std::istringstream in(ReadFile(entry.path()));
    for (std::string line; std::getline(in, line);) {
      std::vector<std::string> cols;
      for (size_t at = 0, tab; at <= line.size(); at = tab + 1) {
        tab = std::min(line.find('\t', at), line.size());
        cols.push_back(line.substr(at, tab - at));
      }
      if (cols.size() != 4 || cols[0] != "TP") continue;
      // The corpus writes newlines inside a line as "\n".
      for (size_t at; (at = cols[3].find("\\n")) != std::string::npos;)
        cols[3].replace(at, 2, "\n");
      text_of[cols[1]] += cols[3] + "\n";
    }
  }
  int floors = 0, secrets_checked = 0;
  for (const auto& rule : set->rules()) {
    if (rule->meta.kind != RuleKind::kSecret || !rule->regex) continue;
    const std::string pattern = rule->regex->set_pattern();
    const RE2 re(pattern);
    ASSERT_TRUE(re.ok()) << rule->meta.id;
    const int groups = re.NumberOfCapturingGroups();
    const int wanted = rule->regex->spec().secret_group;
    const int group = wanted >= 0 ? wanted : (groups > 0 ? 1 : 0);
    const RunFloor floor = RunFloor::Of(pattern, group, groups);
    if (floor.empty()) continue;
    ++floors;
    const std::string& text = text_of[rule->meta.id];
    std::vector<re2::StringPiece> captures(static_cast<size_t>(groups) + 1);
    for (size_t pos = 0; pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED,
                                                        captures.data(), groups + 1);) {
      const re2::StringPiece secret = captures[static_cast<size_t>(group)];
      EXPECT_TRUE(floor.SatisfiedBy(std::string_view(secret.data(), secret.size())))
          << rule->meta.id << ": " << secret;
      ++secrets_checked;
      const re2::StringPiece whole = captures[0];
      pos = static_cast<size_t>(whole.data() - text.data()) + std::max<size_t>(1, whole.size());
    }
  }
  EXPECT_GT(floors, 250) << "most provider rules should have a run floor";
  EXPECT_GT(secrets_checked, 1000);
}

}  // namespace
}  // namespace mergegate
