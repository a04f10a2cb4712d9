#include "match/match_windows.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <sstream>
#include <string>

#include "match/keyword_coverage.h"
#include "match/keyword_prefilter.h"
#include "match/regex_matcher.h"
#include "match/regex_syntax.h"
#include "match/run_floor.h"
#include "mergegate/policy.h"
#include "mergegate/util.h"
#include "support/test_support.h"

namespace fs = std::filesystem;

namespace mergegate {
namespace {

using regex_syntax::kUnbounded;

uint32_t NewlinesOf(const std::string& regex) {
  const auto parsed = regex_syntax::Parse(regex);
  EXPECT_TRUE(parsed.has_value()) << regex;
  return parsed ? regex_syntax::MaxNewlines(parsed->root) : kUnbounded;
}

bool Covers(const std::string& regex, const std::vector<std::string>& keywords) {
  const auto parsed = regex_syntax::Parse(regex, regex_syntax::Folding::kAsciiOnly);
  EXPECT_TRUE(parsed.has_value()) << regex;
  return parsed && KeywordInEveryMatch(parsed->root, keywords);
}

TEST(RegexSyntax, CountsTheNewlinesAMatchCanSpan) {
  EXPECT_EQ(NewlinesOf(R"(token[ \t]*=[ \t]*([0-9a-f]{32}))"), 0u);
  EXPECT_EQ(NewlinesOf(R"(a\nb)"), 1u);
  EXPECT_EQ(NewlinesOf(R"(a\s{0,3}b)"), 3u);       // \s holds \n
  EXPECT_EQ(NewlinesOf(R"(a(?:\r?\n)?b|c)"), 1u);  // the longest alternative counts
  EXPECT_EQ(NewlinesOf(R"(a\s*b)"), kUnbounded);
  EXPECT_EQ(NewlinesOf(R"(a.{0,40}b)"), 40u);  // . is read as any byte, \n included
  EXPECT_EQ(NewlinesOf(R"(a[^\n]{0,40}b)"), 0u);
  EXPECT_EQ(NewlinesOf(R"(a[^\s"]{1,9}b)"), 0u);
  EXPECT_EQ(NewlinesOf(R"(a[^"]{1,9}b)"), 9u);   // a negated class matches \n unless it names it
  EXPECT_EQ(NewlinesOf(R"(a[^\S]{1,2}b)"), 2u);  // \S is not modelled: the class keeps \n
  EXPECT_EQ(NewlinesOf(R"(a\Qxy\Eb)"), kUnbounded);  // \Q...\E is read as any bytes
  EXPECT_EQ(NewlinesOf("a\\x0ab"), 1u);
}

TEST(RegexSyntax, BoundsTheNestingOfRepeatsAsOfGroups) {
  // RE2 accepts any number of repeats after flag groups; each repeats the one before.
  std::string deep = "(m)";
  for (int i = 0; i < 100; ++i) deep += "(?i)*";
  EXPECT_FALSE(regex_syntax::Parse(deep).has_value());
  EXPECT_TRUE(regex_syntax::Parse("(m)(?i)*(?i)?").has_value());
}

TEST(KeywordCoverage, HoldsWhenEveryAlternativeHoldsAKeyword) {
  EXPECT_TRUE(Covers(R"(\b(npm_[A-Za-z0-9]{36})\b)", {"npm_"}));
  EXPECT_TRUE(Covers(R"((?i)(?:twilio|tw)[_.-]?key=([0-9a-f]{32}))", {"twilio", "tw"}));
  EXPECT_TRUE(Covers(R"((?i)(?:pass(?:word|wd)))", {"passw"}));  // a keyword spans two parts
  EXPECT_TRUE(Covers(R"((?i)SECRET_([0-9]{8}))", {"secret"}));   // keywords ignore case
  EXPECT_TRUE(Covers(R"(x(?:key){2,5}y)", {"keykey"}));          // repeats are unrolled
  EXPECT_TRUE(Covers(R"(iam[_.-]?api)", {"iam_api", "iam-api", "iamapi", "iam.api"}));
  EXPECT_FALSE(Covers(R"(iam[_.-]?api)", {"iam_api", "iam-api", "iamapi"}));
  EXPECT_FALSE(Covers(R"(iam_{0,2}api)", {"iam_api", "iamapi"}));  // "iam__api"
}

TEST(KeywordCoverage, FailsWhenSomeMatchAvoidsTheKeywords) {
  EXPECT_FALSE(Covers(R"((?i)(?:twitter|x[_.-]?api)=(\w+))", {"twitter", "x_api", "xapi"}));
  EXPECT_FALSE(Covers(R"((?:key)?([0-9a-f]{32}))", {"key"}));  // optional
  EXPECT_FALSE(Covers(R"(\bSK[0-9a-f]{32}\b)", {"twilio"}));   // a context keyword
  EXPECT_FALSE(Covers(R"(k[\s\S]ey)", {"key"}));               // something may come between
  EXPECT_FALSE(Covers(R"(token)", {}));
  EXPECT_FALSE(Covers(R"(token)", {""}));
  EXPECT_FALSE(Covers("\xC3\xA9t\xC3\xA9", {"\xC3\xA9t\xC3\xA9"}));  // non-ASCII: not followed
}

TEST(KeywordCoverage, AssumesNoUnicodeFoldingOnlyWhenAskedTo) {
  // Under (?i) RE2 matches "s" also to U+017F: with Unicode folding "secret" is not certain.
  const auto unicode = regex_syntax::Parse("(?i)secret");
  ASSERT_TRUE(unicode.has_value());
  EXPECT_FALSE(KeywordInEveryMatch(unicode->root, {"secret"}));
  EXPECT_TRUE(Covers("(?i)secret", {"secret"}));
  EXPECT_TRUE(
      HasAsciiFoldingRunes("\xC5\xBF"
                           "ecret"));
  EXPECT_TRUE(HasAsciiFoldingRunes("\xE2\x84\xAA"));
  EXPECT_FALSE(HasAsciiFoldingRunes("plain \xC3\xA9t\xC3\xA9"));
}

TEST(KeywordCoverage, TooManyKeywordStatesIsNoAnswer) {
  std::vector<std::string> keywords;  // over 256 automaton states
  for (int i = 0; i < 100; ++i) keywords.push_back("k" + std::to_string(i) + "xyz");
  EXPECT_FALSE(Covers("k1xyz", keywords));
  keywords.resize(10);
  EXPECT_TRUE(Covers("k1xyz", keywords));
}

TEST(KeywordCoverage, NestedRepeatsStayWithinABudget) {
  std::string nested = "key";
  for (int i = 0; i < 30; ++i) nested = "(?:" + nested + "|a){0,1000}";
  EXPECT_FALSE(Covers(nested, {"key"}));  // returns, and the empty match avoids the keyword
  EXPECT_TRUE(Covers("(?:(?:key){1,1000}){1,1000}", {"key"}));
}

TEST(LineWindows, SpanTheLinesAroundEachAnchorAndMerge) {
  const std::string text = "l0\nl1 key\nl2\nl3\nl4\nl5 key key\nl6";
  const auto at = [&](const std::string& needle, size_t from = 0) {
    return static_cast<uint32_t>(text.find(needle, from));
  };
  auto w = LineWindows(text, {at("key")}, 0);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(text.substr(w[0].begin, w[0].end - w[0].begin), "l1 key");
  w = LineWindows(text, {at("key")}, 1);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(text.substr(w[0].begin, w[0].end - w[0].begin), "l0\nl1 key\nl2");
  const uint32_t l5 = at("key", at("l5"));
  w = LineWindows(text, {at("key"), l5, l5 + 4}, 1);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_EQ(text.substr(w[1].begin, w[1].end - w[1].begin), "l4\nl5 key key\nl6");
  w = LineWindows(text, {at("key"), l5}, 2);  // l0-l3 and l3-l6 overlap: one window
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].begin, 0u);
  EXPECT_EQ(w[0].end, text.size());
  EXPECT_TRUE(LineWindows(text, {}, 1).empty());
}

TEST(RunStarts, FindsEveryLongEnoughRun) {
  const std::string text = "ab 0123456789abcdef x fedcba9876543210fedcba gg 0123";
  const std::vector<uint32_t> starts = RunStarts(text, RunClass::kHex, 16);
  ASSERT_EQ(starts.size(), 2u);
  EXPECT_EQ(starts[0], text.find("0123456789"));
  EXPECT_EQ(starts[1], text.find("fedcba"));
  EXPECT_TRUE(RunStarts(text, RunClass::kHex, 23).empty());
  EXPECT_TRUE(RunStarts(text, RunClass::kHex, 0).empty());
}

// Keywords that miss a variant their regex accepts (x.api for x[_.-]?api) also keep the rule
// from files holding only that variant. The rules listed here use context keywords by design
// (a Discord token's keywords are "discord", "bot", ... while the token holds none of them).
TEST(KeywordCoverage, BuiltInSecretRulesHoldAKeywordInEveryMatch) {
  auto set = LoadPolicies(BuiltinPolicyFiles());
  ASSERT_TRUE(set.has_value());
  int covered = 0;
  std::string context;
  for (const auto& rule : set->rules()) {
    if (rule->meta.kind != RuleKind::kSecret || !rule->regex) continue;
    std::vector<std::string> keywords;
    for (const std::string& k : rule->regex->spec().keywords)
      keywords.push_back(util::AsciiLower(k));
    if (Covers(rule->regex->set_pattern(), keywords)) {
      ++covered;
    } else {
      context += " " + rule->meta.id;
    }
  }
  std::cout << "rules with context keywords:" << context << "\n";
  EXPECT_GE(covered, 346);
}

// Every fixture and corpus text of the secrets pack, concatenated: a large text with secrets of
// every kind, near misses, and placeholder lines between them.
std::string SecretsTestText() {
  std::string text;
  const fs::path root = testing::SourceDir();
  for (const auto& entry : fs::directory_iterator(root / "policies" / "secrets")) {
    if (entry.path().filename().string().find(".fixture.") != std::string::npos)
      text += testing::ReadFile(entry.path()) + "\n";
  }
  for (const auto& entry : fs::directory_iterator(root / "test" / "secrets" / "corpus")) {
    std::istringstream in(testing::ReadFile(entry.path()));
    for (std::string line; std::getline(in, line);) {
      const size_t tab = line.rfind('\t');
      std::string sample = line.substr(tab == std::string::npos ? 0 : tab + 1);
      for (size_t at; (at = sample.find("\\n")) != std::string::npos;) sample.replace(at, 2, "\n");
      text += sample + "\n";
    }
  }
  return text;
}

// The windows never change what a rule finds: each built-in regex rule, searched in the windows
// of the secrets test text and in the whole of it, reports the same matches.
TEST(MatchWindows, BuiltInRulesFindTheSameInWindowsAsInTheWholeText) {
  auto set = LoadPolicies(BuiltinPolicyFiles());
  ASSERT_TRUE(set.has_value());
  const std::string text = SecretsTestText();
  ASSERT_GT(text.size(), 200'000u);
  ASSERT_FALSE(HasAsciiFoldingRunes(text));
  int windowed = 0, with_matches = 0;
  for (const auto& rule : set->rules()) {
    if (!rule->regex || rule->regex->spec().keywords.empty()) continue;
    const RegexMatcher& matcher = *rule->regex;
    std::vector<std::string> keywords;
    for (const std::string& k : matcher.spec().keywords) keywords.push_back(util::AsciiLower(k));
    std::vector<std::vector<uint32_t>> starts;
    KeywordPrefilter(keywords).Present(text, &starts);
    RegexMatcher::KeywordStarts keyword_starts;
    for (const auto& s : starts) keyword_starts.push_back(&s);
    std::vector<MatchRange> whole, in_windows;
    std::string error;
    ASSERT_TRUE(matcher.Find("all.txt", text, nullptr, &whole, &error)) << error;
    ASSERT_TRUE(matcher.Find("all.txt", text, &keyword_starts, &in_windows, &error)) << error;
    ASSERT_EQ(whole.size(), in_windows.size()) << rule->meta.id;
    for (size_t i = 0; i < whole.size(); ++i) {
      EXPECT_EQ(whole[i].start_byte, in_windows[i].start_byte) << rule->meta.id;
      EXPECT_EQ(whole[i].end_byte, in_windows[i].end_byte) << rule->meta.id;
      EXPECT_EQ(whole[i].secret_start, in_windows[i].secret_start) << rule->meta.id;
    }
    const auto windows = matcher.SearchWindows(text, &keyword_starts);
    if (windows.size() != 1 || windows[0].begin != 0 || windows[0].end != text.size()) ++windowed;
    if (!whole.empty()) ++with_matches;
  }
  EXPECT_GT(windowed, 250) << "most provider rules should search in windows";
  EXPECT_GT(with_matches, 300);
}

}  // namespace
}  // namespace mergegate
