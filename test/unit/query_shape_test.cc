#include "match/query_shape.h"

#include <gtest/gtest.h>

#include <string>

#include "mergegate/parsers/language.h"
#include "mergegate/policy.h"

namespace mergegate {
namespace {

const TSLanguage* Python() { return parsers::FindLanguage("python")->grammar(); }

// Each shape tree-sitter 0.25's ts_query_new mishandles (a crash, an endless loop, a leak or a
// null pointer to strncmp; query_shape.h) is rejected at the right byte; the rest pass through.
TEST(QueryShape, RejectsWhatTreeSitterMishandlesAndNothingElse) {
  struct Case {
    std::string query;
    std::string error;  // a part of the message; empty: no error
    uint32_t offset = 0;
  };
  const Case cases[] = {
      {R"(((#eq? "a" "a")) @b)", "a capture applies to no node", 17},
      {R"((identifier) @a ((#eq? @a "x")) @b)", "a capture applies to no node", 32},
      {R"(((#set! x)) ?)", "'?' applies to no node", 12},
      {R"(((#set! x))+)", "'+' applies to no node", 11},
      {R"((call ((#set! x))*))", "'*' applies to no node", 17},
      {R"([(#set! x)] @b)", "an alternative holds no node", 1},
      {R"([(_) (#eq? "a" "a")]+ @a)", "an alternative holds no node", 5},
      {R"([[(#set! x)] (identifier)] @a)", "an alternative holds no node", 2},
      {R"((call function: (#set! x)))", "field 'function:' applies to no node", 6},
      {R"((call function: ((#set! x))))", "field 'function:' applies to no node", 6},
      {"(call\n  attvibute: (identifier) @fn)", "unknown field 'attvibute'", 8},
      {R"(("") @a)", R"(an empty string "" names no node)", 1},
      {R"((MISSING ""))", R"(an empty string "" names no node)", 9},
      {R"((call (string) @a (#eq? @a "") (#eq? @a "x")))", "before any non-empty string", 27},
      {R"((identifier)*+)", "'+' repeats a pattern that may match nothing", 13},
      {R"(((identifier)? (string)*)+ @a)", "'+' repeats a pattern that may match nothing", 25},
      {R"((call ((identifier)+)*+))", "'+' repeats a pattern that may match nothing", 22},
      {std::string(300, '(') + "identifier" + std::string(300, ')'), "nests deeper than 256", 257},
      // Valid queries, and errors tree-sitter reports itself.
      {R"((call function: (identifier) @f (#eq? @f "eval")) @match)", "", 0},
      {R"(((identifier) @a (#eq? @a "x")) @b)", "", 0},
      {R"((call (string) @a (#eq? @a "x") (#eq? @a "") (#eq? @a "")))", "", 0},
      {R"((call (string) @a (#match? @a "^$")))", "", 0},
      {R"([(identifier) (string)]+ @a)", "", 0},
      {R"(((identifier)* (string))+ (identifier)** (string)+* (_)*?)", "", 0},
      {R"((call !arguments) @a ; a comment ((#set! x)) @b)", "", 0},
      {R"q((call "(" @p ")" @q))q", "", 0},
      {R"(((#set! x)))", "", 0},  // predicates only, with nothing applied to them
      {R"((call (identifier)+ @a)? @b)", "", 0},
      {R"((call function: ))", "", 0},     // tree-sitter's own syntax error
      {R"((no_such_node) @a)", "", 0},     // tree-sitter's own node type error
      {R"((call "unterminated))", "", 0},  // tree-sitter's own syntax error
      {"((#set! x)) \xc3\xa9 @b", "", 0},  // stops where tree-sitter stops: at the non-ASCII byte
  };
  for (const Case& c : cases) {
    const auto error = CheckQueryShape(Python(), c.query);
    if (c.error.empty()) {
      EXPECT_FALSE(error.has_value()) << c.query << ": " << error->message;
      continue;
    }
    ASSERT_TRUE(error.has_value()) << c.query;
    EXPECT_NE(error->message.find(c.error), std::string::npos) << c.query << ": " << error->message;
    EXPECT_EQ(error->offset, c.offset) << c.query;
  }
}

// Through the loader: a located one-line error instead of an out-of-range write (through a null
// pointer, so a crash, when it is the query's first pattern) or an endless loop.
TEST(QueryShape, APolicyWithSuchAQueryFailsToLoadWithALocatedError) {
  for (const std::string query : {"((#set! x)) @b", "((#set! x))+", "[(_) (#set! x)]+ @a"}) {
    const std::string yaml =
        "id: q\ntitle: t\nmessage: m\nseverity: high\nlanguages: [python]\nmatch:\n  query: |\n"
        "    (call)\n    " +
        query + "\n";
    auto set = LoadPolicies({{"q.yaml", "test", yaml}});
    ASSERT_FALSE(set.has_value()) << query;
    const Diagnostic& d = set.error()[0];
    EXPECT_EQ(d.code, "policy.compile") << query;
    EXPECT_NE(d.message.find("no node"), std::string::npos) << d.message;
    EXPECT_EQ(d.line, 9) << query;  // the query's second line, in the YAML file
  }
}

}  // namespace
}  // namespace mergegate
