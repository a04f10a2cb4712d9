#include <gtest/gtest.h>

#include "mergegate/scan.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

PolicySet MustLoad(const std::vector<std::string>& yamls) {
  std::vector<PolicyFile> files;
  for (size_t i = 0; i < yamls.size(); ++i)
    files.push_back({"r" + std::to_string(i) + ".yaml", "test", yamls[i]});
  auto set = LoadPolicies(files);
  EXPECT_TRUE(set.has_value()) << (set ? "" : FormatDiagnostic(set.error()[0]));
  return std::move(*set);
}

constexpr const char* kSecretRule = R"(id: test-secret
title: t
message: secret found
severity: critical
kind: secret
match:
  regex: 'key=(sk_[A-Za-z0-9]{20})'
  keywords: [sk_]
  entropy: 3.0
)";

TEST(Scanner, SecretIsRedactedEverywhereAndLocatedAtTheSecret) {
  PolicySet set = MustLoad({kSecretRule});
  Scanner scanner(set, {});
  const std::string secret = "sk_Q9vX2mK7pL4wR8tY3nB6";
  const FileScanResult r = scanner.ScanText("app.cfg", "# config\nkey=" + secret + " other\n");
  ASSERT_EQ(r.findings.size(), 1u);
  const Finding& f = r.findings[0];
  EXPECT_EQ(f.span.start_line, 2);
  EXPECT_EQ(f.span.start_column, 5);
  EXPECT_EQ(f.secret_preview, "sk_Q…");
  EXPECT_EQ(f.snippet.find(secret), std::string::npos);
  EXPECT_NE(f.snippet.find("sk_Q…"), std::string::npos);
  EXPECT_EQ(f.fingerprint.find(secret), std::string::npos);
  EXPECT_EQ(f.fingerprint.size(), 32u);
}

TEST(Scanner, EntropyKeywordsAndPlaceholdersFilter) {
  PolicySet set = MustLoad({kSecretRule});
  Scanner scanner(set, {});
  EXPECT_TRUE(
      scanner.ScanText("a.cfg", "key=sk_aaaaaaaaaaaaaaaaaaaa\n").findings.empty());  // low entropy
  EXPECT_TRUE(
      scanner.ScanText("a.cfg", "key=sk_EXAMPLEkeyEXAMPLEkey\n").findings.empty());  // placeholder
  EXPECT_EQ(scanner.ScanText("a.cfg", "key=sk_Q9vX2mK7pL4wR8tY3nB6\n").findings.size(), 1u);
}

TEST(Scanner, OneFindingsSnippetNeverShowsAnotherSecretOnTheSameLine) {
  PolicySet set = MustLoad({kSecretRule});
  Scanner scanner(set, {});
  const FileScanResult r =
      scanner.ScanText("a.cfg", "key=sk_Q9vX2mK7pL4wR8tY3nB6 key=sk_Z1aB2cD3eF4gH5iJ6kL7\n");
  ASSERT_EQ(r.findings.size(), 2u);
  for (const Finding& f : r.findings) {
    EXPECT_EQ(f.snippet.find("sk_Q9vX2mK7pL4wR8tY3nB6"), std::string::npos);
    EXPECT_EQ(f.snippet.find("sk_Z1aB2cD3eF4gH5iJ6kL7"), std::string::npos);
  }
}

TEST(Scanner, SameMatchInOneFileGetsDistinctFingerprints) {
  PolicySet set = MustLoad({R"(id: todo
title: t
message: m
severity: low
match: {regex: 'TODO'}
)"});
  Scanner scanner(set, {});
  const FileScanResult r = scanner.ScanText("a.txt", "TODO\nTODO\n");
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_NE(r.findings[0].fingerprint, r.findings[1].fingerprint);
}

TEST(Scanner, StructuralRulesOnlyRunOnTheirLanguage) {
  PolicySet set = MustLoad({R"(id: py-eval
title: t
message: m
severity: high
languages: [python]
match:
  query: '((call function: (identifier) @f (#eq? @f "eval")) @match)'
)"});
  Scanner scanner(set, {});
  EXPECT_EQ(scanner.ScanText("a.py", "eval(x)\n").findings.size(), 1u);
  EXPECT_TRUE(scanner.ScanText("a.js", "eval(x)\n").findings.empty());
  EXPECT_TRUE(scanner.ScanText("a.py", "print(x)\n").findings.empty());
}

TEST(ReadSourceFile, SkipsBinaryAndLargeFiles) {
  testing::TempDir dir;
  std::string reason;
  const auto bin = dir.Write("a.bin", std::string("abc\0def", 7));
  EXPECT_FALSE(ReadSourceFile(bin.string(), 1 << 20, &reason).has_value());
  EXPECT_EQ(reason, "binary");
  const auto big = dir.Write("big.txt", std::string(2000, 'a'));
  EXPECT_FALSE(ReadSourceFile(big.string(), 1000, &reason).has_value());
  EXPECT_NE(reason.find("too large"), std::string::npos);
  const auto ok = dir.Write("ok.txt", "hello");
  EXPECT_EQ(ReadSourceFile(ok.string(), 1000, &reason).value_or(""), "hello");
  const auto empty = dir.Write("empty.txt", "");
  EXPECT_EQ(ReadSourceFile(empty.string(), 1000, &reason).value_or("x"), "");
}

}  // namespace
}  // namespace mergegate
