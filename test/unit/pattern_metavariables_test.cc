#include <gtest/gtest.h>

#include "match/metavariables.h"

namespace mergegate {
namespace {

struct RewriteCase {
  const char* pattern;
  const char* rewritten;
};

class Rewrite : public ::testing::TestWithParam<RewriteCase> {};

TEST_P(Rewrite, TurnsMetavariablesIntoIdentifiers) {
  const RewrittenPattern r = RewriteMetavariables(GetParam().pattern);
  EXPECT_EQ(r.text, GetParam().rewritten);
  EXPECT_EQ(r.origin.size(), r.text.size());
}

INSTANTIATE_TEST_SUITE_P(
    Table, Rewrite,
    ::testing::Values(
        RewriteCase{"f($X)", "f(__mgv_X)"}, RewriteCase{"f($$$ARGS)", "f(__mgm_ARGS)"},
        RewriteCase{"f($$$)", "f(__mgm_)"}, RewriteCase{"f($_)", "f(__mgv__)"},
        RewriteCase{"f(..., x=1)", "f(__mgm_, x=1)"}, RewriteCase{"f(...args)", "f(...args)"},
        RewriteCase{"f(args...)", "f(args...)"}, RewriteCase{"$_GET['a']", "$_GET['a']"},
        RewriteCase{"$db->q($Q)", "$db->q(__mgv_Q)"},
        RewriteCase{"def f():\n    ...\n", "def f():\n    __mgm_;\n"},
        RewriteCase{"a.$F2", "a.__mgv_F2"}));

TEST(Rewrite, MapsOffsetsBackToThePattern) {
  const RewrittenPattern r = RewriteMetavariables("f($X, ]");
  const size_t bracket = r.text.find(']');
  ASSERT_NE(bracket, std::string::npos);
  EXPECT_EQ(r.origin[bracket], 6u);
}

TEST(Placeholder, RecognisesRewrittenNames) {
  Placeholder p;
  ASSERT_TRUE(ParsePlaceholder("__mgv_X", &p));
  EXPECT_EQ(p.name, "X");
  EXPECT_FALSE(p.multi);
  ASSERT_TRUE(ParsePlaceholder("__mgm_;", &p));
  EXPECT_TRUE(p.multi);
  EXPECT_EQ(p.name, "");
  ASSERT_TRUE(ParsePlaceholder("__mgv__", &p));
  EXPECT_EQ(p.name, "");
  EXPECT_FALSE(ParsePlaceholder("__mgv_x", &p));
  EXPECT_FALSE(ParsePlaceholder("foo", &p));
}

}  // namespace
}  // namespace mergegate
