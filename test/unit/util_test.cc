#include "mergegate/util.h"

#include <gtest/gtest.h>

namespace mergegate::util {
namespace {

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(LineIndex, LinesAndColumnsWithCrlfLoneCrAndUtf8) {
  const std::string text = "ab\r\ncd\ref\nhé!x";
  LineIndex idx(text);
  EXPECT_EQ(idx.line_count(), 4);
  EXPECT_EQ(idx.Line(0), 1);
  EXPECT_EQ(idx.Line(4), 2);  // 'c'
  EXPECT_EQ(idx.Line(7), 3);  // 'e' after a lone CR
  EXPECT_EQ(idx.LineText(1), "ab");
  EXPECT_EQ(idx.LineText(2), "cd");
  EXPECT_EQ(idx.LineText(4), "hé!x");
  EXPECT_EQ(idx.Column(static_cast<uint32_t>(text.find('!'))), 3);  // é is one code point
}

TEST(Entropy, Values) {
  EXPECT_DOUBLE_EQ(ShannonEntropy(""), 0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("aaaa"), 0);
  EXPECT_DOUBLE_EQ(ShannonEntropy("abab"), 1);
  EXPECT_NEAR(ShannonEntropy("0123456789abcdef"), 4.0, 1e-9);
}

TEST(SanitizeUtf8, ReplacesInvalidBytes) {
  EXPECT_EQ(SanitizeUtf8("ok é"), "ok é");
  EXPECT_EQ(SanitizeUtf8(std::string("a\xff"
                                     "b")),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(SanitizeUtf8(std::string("a\x01")), "a\xEF\xBF\xBD");
}

// Expected values computed by an independent transcription of github/codeql-action's
// src/fingerprints.ts (hash()), run on the same inputs.
TEST(GithubLineHashes, MatchCodeqlActionAlgorithm) {
  EXPECT_EQ(
      GithubLineHashes("a\nb\n"),
      (std::vector<std::string>{"81b8d8db678b2bbe:1", "ade70578248be16f:1", "c129715d7a2bc9a3:1"}));
  EXPECT_EQ(GithubLineHashes("x = 1\r\n  y = 2\r\nx = 1\r\n"),
            (std::vector<std::string>{"858f94d505d7cd59:1", "a4dfee780b6f909d:1",
                                      "8e00d41f0ebba6bf:1", "c129715d7a2bc9a3:1"}));
  EXPECT_EQ(
      GithubLineHashes("h\xC3\xA9llo w\xC3\xB6rld\n\tfoo\n"),
      (std::vector<std::string>{"56c9809e844841e6:1", "2dab2a8bef3d848d:1", "c129715d7a2bc9a3:1"}));
}

}  // namespace
}  // namespace mergegate::util
