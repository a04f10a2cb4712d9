#include <gtest/gtest.h>

#include "mergegate/scan.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

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
  PolicySet set = testing::MustLoadPolicies({kSecretRule});
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
  PolicySet set = testing::MustLoadPolicies({kSecretRule});
  Scanner scanner(set, {});
  EXPECT_TRUE(
      scanner.ScanText("a.cfg", "key=sk_aaaaaaaaaaaaaaaaaaaa\n").findings.empty());  // low entropy
  EXPECT_TRUE(
      scanner.ScanText("a.cfg", "key=sk_EXAMPLEkeyEXAMPLEkey\n").findings.empty());  // placeholder
  EXPECT_EQ(scanner.ScanText("a.cfg", "key=sk_Q9vX2mK7pL4wR8tY3nB6\n").findings.size(), 1u);
}

TEST(Scanner, OneFindingsSnippetNeverShowsAnotherSecretOnTheSameLine) {
  PolicySet set = testing::MustLoadPolicies({kSecretRule});
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
  PolicySet set = testing::MustLoadPolicies({R"(id: todo
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
  PolicySet set = testing::MustLoadPolicies({R"(id: py-eval
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

TEST(Scanner, MultiLineSecretsAreMaskedInEverySnippetAndPreviewShowsOnlyTheKeyType) {
  PolicySet set = testing::MustLoadPolicies({R"(id: test-pem
title: t
message: key found
severity: critical
kind: secret
tags: [generic]
match:
  regex: '(-----BEGIN RSA PRIVATE KEY-----[\s\S]+?-----END RSA PRIVATE KEY-----)'
  keywords: [private key]
)",
                                             R"(id: test-body-line
title: t
message: a code rule that happens to match inside the key body
severity: low
match:
  regex: 'QkzR\w+'
)",
                                             R"(id: test-specific
title: t
message: a specific rule on the same key
severity: critical
kind: secret
match:
  regex: '(-----BEGIN RSA PRIVATE KEY-----[\s\S]+?-----END RSA PRIVATE KEY-----)'
  keywords: [rsa private]
)"});
  Scanner scanner(set, {});
  const std::string body1 = "MIIEowIBAAKCAQEAq7bT9vXkLmN2pQ4rS6tU8wY0zA1bC3dE5fG7hJ9k";
  const std::string body2 = "QkzR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9qR1sT3uV5wX7yZ9";
  const std::string text = "key = \"\"\"-----BEGIN RSA PRIVATE KEY-----\n" + body1 + "\n" + body2 +
                           "\n-----END RSA PRIVATE KEY-----\"\"\"\n";
  const FileScanResult r = scanner.ScanText("k.py", text);
  std::vector<std::string> ids;
  for (const Finding& f : r.findings) {
    ids.push_back(f.rule->meta.id);
    EXPECT_EQ(f.snippet.find(body1.substr(0, 12)), std::string::npos)
        << f.rule->meta.id << ": " << f.snippet;
    EXPECT_EQ(f.snippet.find(body2.substr(0, 12)), std::string::npos)
        << f.rule->meta.id << ": " << f.snippet;
    EXPECT_EQ(f.secret_preview.find(body1.substr(0, 4)), std::string::npos);
  }
  // The generic-tagged rule yields to the specific one on the same span.
  ASSERT_EQ(ids, (std::vector<std::string>{"test-specific", "test-body-line"}));
  EXPECT_EQ(r.findings[0].secret_preview, "-----BEGIN RSA PRIVATE KEY-----…");
  EXPECT_EQ(r.findings[0].snippet, "key = \"\"\"-----BEGIN RSA PRIVATE KEY-----…");
  EXPECT_EQ(r.findings[1].snippet, "…");
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
