#include "mergegate/parsers/glob.h"

#include <gtest/gtest.h>

namespace mergegate::parsers {
namespace {

TEST(GlobMatch, Table) {
  struct Case {
    const char* glob;
    const char* path;
    bool match;
  } cases[] = {
      {"*.py", "a.py", true},
      {"*.py", "src/deep/a.py", true},  // no slash: base name anywhere
      {"*.py", "a.pyc", false},
      {"src/*.py", "src/a.py", true},
      {"src/*.py", "src/x/a.py", false},
      {"src/**/*.py", "src/a.py", true},
      {"src/**/*.py", "src/x/y/a.py", true},
      {"**/test/**", "a/test/b.py", true},
      {"**/test/**", "test/b.py", true},
      {"**/test/**", "a/testing/b.py", false},
      {"fixtures/", "policies/fixtures/a.txt", true},
      {"fixtures/", "fixtures/a.txt", true},
      {"fixtures/", "myfixtures/a.txt", false},
      {"policies/**/*.fixture.*", "policies/secrets/aws.fixture.txt", true},
      {"/build/", "build/x", true},
      {"file?.txt", "file1.txt", true},
      {"file?.txt", "file12.txt", false},
      {"[ab].go", "a.go", true},
      {"[!ab].go", "a.go", false},
      {".env*", ".env.local", true},
      {"", "anything", false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(GlobMatch(c.glob, c.path), c.match) << c.glob << " vs " << c.path;
}

}  // namespace
}  // namespace mergegate::parsers
