// The pre-push stdin parser: git's ref lines, and the malformed lines a hook must refuse.
#include "mergegate/parsers/pre_push.h"

#include <gtest/gtest.h>

namespace mergegate::parsers {
namespace {

const std::string kOid1 = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
const std::string kOid2 = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391";
const std::string kZero = std::string(40, '0');
const std::string kSha256 = std::string(32, 'a') + std::string(32, '9');

struct Case {
  const char* name;
  std::string input;
  size_t refs;     // when it parses
  int error_line;  // 0 = parses; else the line the diagnostic names
};

const Case kCases[] = {
    {"one_ref", "refs/heads/main " + kOid1 + " refs/heads/main " + kOid2 + "\n", 1, 0},
    {"new_branch", "refs/heads/f " + kOid1 + " refs/heads/f " + kZero + "\n", 1, 0},
    {"deletion", "(delete) " + kZero + " refs/heads/x " + kOid2 + "\n", 1, 0},
    {"sha256", "refs/heads/main " + kSha256 + " refs/heads/main " + kZero + "\n", 1, 0},
    {"two_refs_crlf_blank",
     "refs/heads/a " + kOid1 + " refs/heads/a " + kOid2 + "\r\n\n" + "refs/tags/v1 " + kOid2 +
         " refs/tags/v1 " + kZero,
     2, 0},
    {"empty", "", 0, 0},
    {"three_words", "refs/heads/main " + kOid1 + " refs/heads/main\n", 0, 1},
    {"five_words", "refs/heads/main " + kOid1 + " refs/heads/main " + kOid2 + " x\n", 0, 1},
    {"short_oid", "refs/heads/main 4b825dc refs/heads/main " + kOid2 + "\n", 0, 1},
    {"option_as_oid",
     "refs/heads/main --output=/tmp/x-------------------------- refs/heads/main " + kOid2 + "\n", 0,
     1},
    {"non_hex_oid", "refs/heads/main " + std::string(40, 'g') + " refs/heads/main " + kOid2, 0, 1},
    {"double_space", "refs/heads/main  " + kOid1 + " refs/heads/main " + kOid2, 0, 1},
    {"tab_separated", "refs/heads/main\t" + kOid1 + "\trefs/heads/main\t" + kOid2, 0, 1},
    {"bad_second_line", "refs/heads/a " + kOid1 + " refs/heads/a " + kOid2 + "\n\ngarbage\n", 0, 3},
    {"escape_in_ref", "refs/heads/\x1b[31m " + kOid1 + " refs/heads/a " + kOid2, 0, 1},
    {"nul_byte", std::string("refs/heads/a\0 ", 14) + kOid1 + " refs/heads/a " + kOid2, 0, 1},
};

class PrePushTest : public ::testing::TestWithParam<Case> {};

TEST_P(PrePushTest, Parses) {
  const Case& c = GetParam();
  const auto refs = ParsePrePushInput(c.input);
  if (c.error_line == 0) {
    ASSERT_TRUE(refs.has_value()) << refs.error()[0].message;
    EXPECT_EQ(refs->size(), c.refs);
  } else {
    ASSERT_FALSE(refs.has_value());
    ASSERT_EQ(refs.error().size(), 1u);
    EXPECT_EQ(refs.error()[0].code, "hook.input");
    EXPECT_EQ(refs.error()[0].file, "<stdin>");
    EXPECT_EQ(refs.error()[0].line, c.error_line);
  }
}

INSTANTIATE_TEST_SUITE_P(Lines, PrePushTest, ::testing::ValuesIn(kCases),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(PrePush, KeepsFieldsInOrder) {
  const auto refs = ParsePrePushInput("refs/heads/a " + kOid1 + " refs/heads/b " + kOid2 + "\n");
  ASSERT_TRUE(refs.has_value());
  ASSERT_EQ(refs->size(), 1u);
  EXPECT_EQ((*refs)[0].local_ref, "refs/heads/a");
  EXPECT_EQ((*refs)[0].local_oid, kOid1);
  EXPECT_EQ((*refs)[0].remote_ref, "refs/heads/b");
  EXPECT_EQ((*refs)[0].remote_oid, kOid2);
}

}  // namespace
}  // namespace mergegate::parsers
