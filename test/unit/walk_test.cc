#include "mergegate/parsers/walk.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "support/test_support.h"

namespace mergegate::parsers {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> Paths(const WalkResult& r) {
  std::vector<std::string> out;
  for (const auto& f : r.files) out.push_back(f.path);
  return out;
}

TEST(WalkTree, PlainDirectorySkipsGitDirAndSymlinks) {
  testing::TempDir dir;
  dir.Write("a.py", "x");
  dir.Write("sub/b.js", "y");
  dir.Write(".git/config", "z");
  fs::create_symlink("/etc/passwd", dir.path() / "link");
  fs::create_directory_symlink("/", dir.path() / "rootlink");
  WalkOptions options;
  options.report_root = dir.str();
  auto r = WalkTree(dir.str(), options);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(Paths(*r), (std::vector<std::string>{"a.py", "sub/b.js"}));
  int symlinks = 0;
  for (const auto& s : r->skipped) symlinks += s.reason == "symlink";
  EXPECT_EQ(symlinks, 2);
}

TEST(WalkTree, GitTreeRespectsGitignoreAndListsUntracked) {
  testing::TempDir dir;
  dir.Write(".gitignore", "ignored/\n*.log\n");
  dir.Write("tracked.py", "x");
  testing::InitRepo(dir.str());
  dir.Write("untracked.py", "y");
  dir.Write("ignored/secret.txt", "z");
  dir.Write("debug.log", "w");
  WalkOptions options;
  options.report_root = dir.str();
  auto r = WalkTree(dir.str(), options);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(Paths(*r), (std::vector<std::string>{".gitignore", "tracked.py", "untracked.py"}));
}

TEST(WalkTree, ExcludeGlobsAndMissingTarget) {
  testing::TempDir dir;
  dir.Write("src/a.py", "x");
  dir.Write("fixtures/b.py", "y");
  WalkOptions options;
  options.report_root = dir.str();
  options.exclude_globs = {"fixtures/"};
  auto r = WalkTree(dir.str(), options);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(Paths(*r), (std::vector<std::string>{"src/a.py"}));
  EXPECT_FALSE(WalkTree((dir.path() / "nope").string(), options).has_value());
}

TEST(RelativeTo, InsideAndOutside) {
  EXPECT_EQ(RelativeTo("/a/b/c.txt", "/a"), "b/c.txt");
  EXPECT_EQ(RelativeTo("/x/c.txt", "/a"), "/x/c.txt");
}

}  // namespace
}  // namespace mergegate::parsers
