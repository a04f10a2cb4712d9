// The result cache's entry format and store: exact round trips, and never trusting an entry that
// is truncated, altered, stored for another key or written under another digest.
#include "mergegate/result_cache.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "mergegate/util.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;

constexpr const char* kSecretRule = R"(id: test-secret
title: t
message: secret found
severity: critical
kind: secret
match:
  regex: 'key=(sk_[A-Za-z0-9]{20})'
  keywords: [sk_]
)";

constexpr const char* kOtherRule = R"(id: other-rule
title: t
message: other
severity: low
match:
  regex: 'TODO'
  keywords: [todo]
)";

// A random token for the secret rule (never a real credential).
std::string RandomSecret(unsigned seed) {
  const std::string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  std::mt19937 rng(seed);
  std::string s = "sk_";
  for (int i = 0; i < 20; ++i) s += alphabet[rng() % alphabet.size()];
  return s;
}

// A text whose result has findings of both rules, a property, a suppression directive and a
// line that is not UTF-8.
std::string Text(const std::string& secret) {
  return "# mergegate: ignore[other-rule] reviewed\nTODO \xff\xfe tidy\nkey=" + secret + "\n";
}

void ExpectSameResult(const FileScanResult& a, const FileScanResult& b) {
  EXPECT_EQ(a.skip_reason, b.skip_reason);
  ASSERT_EQ(a.findings.size(), b.findings.size());
  for (size_t i = 0; i < a.findings.size(); ++i) {
    const Finding& x = a.findings[i];
    const Finding& y = b.findings[i];
    EXPECT_EQ(x.rule, y.rule);
    EXPECT_EQ(x.path, y.path);
    EXPECT_EQ(std::tie(x.span.start_line, x.span.start_column, x.span.end_line, x.span.end_column,
                       x.span.start_byte, x.span.end_byte),
              std::tie(y.span.start_line, y.span.start_column, y.span.end_line, y.span.end_column,
                       y.span.start_byte, y.span.end_byte));
    EXPECT_EQ(x.severity, y.severity);
    EXPECT_EQ(x.confidence, y.confidence);
    EXPECT_EQ(x.message, y.message);
    EXPECT_EQ(x.snippet, y.snippet);
    EXPECT_EQ(x.secret_preview, y.secret_preview);
    EXPECT_EQ(x.fingerprint, y.fingerprint);
    EXPECT_EQ(x.blocking, y.blocking);
    EXPECT_EQ(x.properties, y.properties);
  }
  ASSERT_EQ(a.suppressions.size(), b.suppressions.size());
  for (size_t i = 0; i < a.suppressions.size(); ++i) {
    const SuppressionDirective& x = a.suppressions[i];
    const SuppressionDirective& y = b.suppressions[i];
    EXPECT_EQ(std::tie(x.path, x.line, x.column, x.standalone, x.rule_ids, x.reason),
              std::tie(y.path, y.line, y.column, y.standalone, y.rule_ids, y.reason));
  }
}

class ResultCacheTest : public ::testing::Test {
 protected:
  PolicySet policies_ = testing::MustLoadPolicies({kSecretRule, kOtherRule});
  Scanner scanner_{policies_, {}};
  std::string secret_ = RandomSecret(7);
  FileScanResult result_ = scanner_.ScanText("conf/app.cfg", Text(secret_));
  std::string key_ = "digest\nconf/app.cfg\ncontent";
};

TEST_F(ResultCacheTest, EntryRoundTripsExactlyAndHoldsNoSecret) {
  ASSERT_EQ(result_.findings.size(), 2u);
  ASSERT_EQ(result_.suppressions.size(), 1u);
  ASSERT_FALSE(result_.findings[0].properties.empty());
  const std::string entry = EncodeCacheEntry(key_, result_);
  EXPECT_EQ(entry.find(secret_), std::string::npos);
  const std::optional<FileScanResult> back =
      DecodeCacheEntry(entry, key_, "conf/app.cfg", policies_);
  ASSERT_TRUE(back.has_value());
  ExpectSameResult(result_, *back);

  FileScanResult skipped;
  skipped.skip_reason = "parse failed";
  const auto skipped_back =
      DecodeCacheEntry(EncodeCacheEntry(key_, skipped), key_, "conf/app.cfg", policies_);
  ASSERT_TRUE(skipped_back.has_value());
  EXPECT_EQ(skipped_back->skip_reason, "parse failed");  // an error never comes back clean
}

TEST_F(ResultCacheTest, EveryTruncationIsRejected) {
  const std::string entry = EncodeCacheEntry(key_, result_);
  for (size_t n = 0; n < entry.size(); ++n) {
    EXPECT_FALSE(DecodeCacheEntry(entry.substr(0, n), key_, "conf/app.cfg", policies_))
        << "prefix of " << n << " bytes";
  }
  EXPECT_FALSE(DecodeCacheEntry(entry + "x", key_, "conf/app.cfg", policies_));  // trailing data
}

TEST_F(ResultCacheTest, AnotherKeyOrAnUnknownRuleIsRejected) {
  const std::string entry = EncodeCacheEntry(key_, result_);
  EXPECT_FALSE(DecodeCacheEntry(entry, key_ + "x", "conf/app.cfg", policies_));
  const PolicySet fewer = testing::MustLoadPolicies({kSecretRule});
  EXPECT_FALSE(DecodeCacheEntry(entry, key_, "conf/app.cfg", fewer));
}

TEST_F(ResultCacheTest, AlteredBytesNeverCrashAndMostAreRejected) {
  const std::string entry = EncodeCacheEntry(key_, result_);
  std::mt19937 rng(1);
  size_t rejected = 0;
  constexpr int kTrials = 2000;
  for (int i = 0; i < kTrials; ++i) {
    std::string altered = entry;
    for (int flips = 0; flips < 3; ++flips)
      altered[rng() % altered.size()] = static_cast<char>(rng() % 256);
    if (!DecodeCacheEntry(altered, key_, "conf/app.cfg", policies_)) ++rejected;
  }
  // Changes inside a string's bytes keep the structure valid; anything else must be rejected.
  EXPECT_GT(rejected, static_cast<size_t>(kTrials / 4));
}

TEST_F(ResultCacheTest, StoreThenLoadWithinOneDigestOnly) {
  testing::TempDir dir;
  const std::string sha = util::Sha256Hex(Text(secret_));
  auto cache = ResultCache::Open(dir.str(), policies_, {}, "engine 1");
  ASSERT_TRUE(cache.has_value());
  EXPECT_FALSE(cache->Load("conf/app.cfg", sha));
  cache->Store("conf/app.cfg", sha, result_);
  const std::optional<FileScanResult> hit = cache->Load("conf/app.cfg", sha);
  ASSERT_TRUE(hit.has_value());
  ExpectSameResult(result_, *hit);
  EXPECT_FALSE(cache->Load("conf/other.cfg", sha));  // findings name their path
  EXPECT_FALSE(cache->Load("conf/app.cfg", util::Sha256Hex("changed")));

  ScanOptions larger;
  larger.max_file_bytes = 2 << 20;
  const struct {
    const char* what;
    const PolicySet* policies;
    ScanOptions options;
    std::string engine;
  } others[] = {
      {"another engine build", &policies_, {}, "engine 2"},
      {"another max file size", &policies_, larger, "engine 1"},
  };
  for (const auto& other : others) {
    auto cache2 = ResultCache::Open(dir.str(), *other.policies, other.options, other.engine);
    ASSERT_TRUE(cache2.has_value());
    EXPECT_NE(cache2->digest(), cache->digest()) << other.what;
    EXPECT_FALSE(cache2->Load("conf/app.cfg", sha)) << other.what;
  }
  const PolicySet changed =
      testing::MustLoadPolicies({kSecretRule, std::string(kOtherRule) + "  # edited\n"});
  auto cache3 = ResultCache::Open(dir.str(), changed, {}, "engine 1");
  ASSERT_TRUE(cache3.has_value());
  EXPECT_FALSE(cache3->Load("conf/app.cfg", sha)) << "an edited rule";
}

TEST_F(ResultCacheTest, ATimedOutResultIsNeverStored) {
  testing::TempDir dir;
  auto cache = ResultCache::Open(dir.str(), policies_, {}, "engine 1");
  ASSERT_TRUE(cache.has_value());
  FileScanResult timed_out = result_;
  timed_out.skip_reason = "parse timeout";
  cache->Store("a.py", "sha", timed_out);
  EXPECT_FALSE(cache->Load("a.py", "sha"));
}

TEST_F(ResultCacheTest, CorruptEntriesAreMissesAndAreRewritten) {
  testing::TempDir dir;
  const std::string sha = util::Sha256Hex(Text(secret_));
  auto cache = ResultCache::Open(dir.str(), policies_, {}, "engine 1");
  ASSERT_TRUE(cache.has_value());
  cache->Store("conf/app.cfg", sha, result_);
  std::vector<fs::path> entries;
  for (const auto& e : fs::recursive_directory_iterator(dir.path()))
    if (e.is_regular_file()) entries.push_back(e.path());
  ASSERT_EQ(entries.size(), 1u);  // no temporary file left behind
  const std::string good = testing::ReadFile(entries[0]);
  for (const std::string& corrupt :
       {std::string(), good.substr(0, good.size() / 2), std::string("\0\0\0\0", 4), good + good}) {
    std::ofstream(entries[0], std::ios::binary | std::ios::trunc) << corrupt;
    EXPECT_FALSE(cache->Load("conf/app.cfg", sha));
    cache->Store("conf/app.cfg", sha, result_);
    EXPECT_TRUE(cache->Load("conf/app.cfg", sha));
  }
}

TEST(ResultCacheOpen, AnUncreatableDirectoryIsADiagnostic) {
  testing::TempDir dir;
  const fs::path file = dir.Write("not-a-dir", "x");
  const PolicySet policies = testing::MustLoadPolicies({kOtherRule});
  auto cache = ResultCache::Open((file / "cache").string(), policies, {}, "engine 1");
  ASSERT_FALSE(cache.has_value());
  EXPECT_EQ(cache.error()[0].code, "cache.open");
}

}  // namespace
}  // namespace mergegate
