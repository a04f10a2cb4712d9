// The unified-diff parser on real-shaped `git diff` and `diff -u` output.
#include <gtest/gtest.h>

#include "mergegate/parsers/diff.h"

namespace mergegate::parsers {
namespace {

struct FileExpect {
  std::string old_path, new_path;
  FileChange change;
  int added, removed, hunks;
  bool binary = false;
};

struct Case {
  const char* name;
  const char* patch;
  std::vector<FileExpect> files;
};

const Case kCases[] = {
    {"modified_two_hunks",
     "diff --git a/src/app.py b/src/app.py\n"
     "index 83db48f..bf269f4 100644\n"
     "--- a/src/app.py\n"
     "+++ b/src/app.py\n"
     "@@ -1,3 +1,4 @@\n"
     " import os\n"
     "+import sys\n"
     " \n"
     " def main():\n"
     "@@ -10,2 +11,2 @@ def main():\n"
     "-    run(1)\n"
     "+    run(2)\n"
     "     return 0\n",
     {{"src/app.py", "src/app.py", FileChange::kModified, 2, 1, 2}}},
    {"added_file",
     "diff --git a/new.txt b/new.txt\n"
     "new file mode 100644\n"
     "index 0000000..e69de29\n"
     "--- /dev/null\n"
     "+++ b/new.txt\n"
     "@@ -0,0 +1,2 @@\n"
     "+one\n"
     "+two\n",
     {{"", "new.txt", FileChange::kAdded, 2, 0, 1}}},
    {"deleted_file",
     "diff --git a/old.txt b/old.txt\n"
     "deleted file mode 100755\n"
     "index e69de29..0000000\n"
     "--- a/old.txt\n"
     "+++ /dev/null\n"
     "@@ -1 +0,0 @@\n"
     "-gone\n",
     {{"old.txt", "", FileChange::kDeleted, 0, 1, 1}}},
    {"empty_new_file_without_hunks",
     "diff --git a/empty b/empty\n"
     "new file mode 100644\n"
     "index 0000000..e69de29\n",
     {{"", "empty", FileChange::kAdded, 0, 0, 0}}},
    {"pure_rename",
     "diff --git a/a/x.go b/b/y.go\n"
     "similarity index 100%\n"
     "rename from a/x.go\n"
     "rename to b/y.go\n",
     {{"a/x.go", "b/y.go", FileChange::kRenamed, 0, 0, 0}}},
    {"rename_with_edit",
     "diff --git a/lib/old name.rb b/lib/new name.rb\n"
     "similarity index 90%\n"
     "rename from lib/old name.rb\n"
     "rename to lib/new name.rb\n"
     "index 1111111..2222222 100644\n"
     "--- a/lib/old name.rb\n"
     "+++ b/lib/new name.rb\n"
     "@@ -1 +1 @@\n"
     "-a\n"
     "+b\n",
     {{"lib/old name.rb", "lib/new name.rb", FileChange::kRenamed, 1, 1, 1}}},
    {"copy",
     "diff --git a/a.c b/b.c\n"
     "similarity index 100%\n"
     "copy from a.c\n"
     "copy to b.c\n",
     {{"a.c", "b.c", FileChange::kCopied, 0, 0, 0}}},
    {"mode_change_only",
     "diff --git a/run.sh b/run.sh\n"
     "old mode 100644\n"
     "new mode 100755\n",
     {{"run.sh", "run.sh", FileChange::kModified, 0, 0, 0}}},
    {"binary",
     "diff --git a/logo.png b/logo.png\n"
     "new file mode 100644\n"
     "index 0000000..1234567\n"
     "Binary files /dev/null and b/logo.png differ\n",
     {{"", "logo.png", FileChange::kAdded, 0, 0, 0, true}}},
    {"git_binary_patch",
     "diff --git a/a.bin b/a.bin\n"
     "index 1111111..2222222 100644\n"
     "GIT binary patch\n"
     "literal 4\n"
     "LcmZQzWMT#Y01f~L\n"
     "\n"
     "literal 0\n"
     "HcmV?d00001\n"
     "\n"
     "diff --git a/b.txt b/b.txt\n"
     "index 1111111..2222222 100644\n"
     "--- a/b.txt\n"
     "+++ b/b.txt\n"
     "@@ -1 +1 @@\n"
     "-x\n"
     "+y\n",
     {{"a.bin", "a.bin", FileChange::kModified, 0, 0, 0, true},
      {"b.txt", "b.txt", FileChange::kModified, 1, 1, 1}}},
    {"no_newline_markers",
     "diff --git a/f b/f\n"
     "index 1111111..2222222 100644\n"
     "--- a/f\n"
     "+++ b/f\n"
     "@@ -1 +1 @@\n"
     "-old\n"
     "\\ No newline at end of file\n"
     "+new\n"
     "\\ No newline at end of file\n",
     {{"f", "f", FileChange::kModified, 1, 1, 1}}},
    {"quoted_paths",
     "diff --git \"a/t\\303\\251st\\tx.txt\" \"b/t\\303\\251st\\tx.txt\"\n"
     "new file mode 100644\n"
     "index 0000000..1111111\n"
     "--- /dev/null\n"
     "+++ \"b/t\\303\\251st\\tx.txt\"\n"
     "@@ -0,0 +1 @@\n"
     "+hi\n",
     {{"", "t\xc3\xa9st\tx.txt", FileChange::kAdded, 1, 0, 1}}},
    {"plain_diff_u_with_timestamps",
     "--- orig/src/main.c\t2024-01-01 10:00:00.000000000 +0000\n"
     "+++ new/src/main.c\t2024-01-02 10:00:00.000000000 +0000\n"
     "@@ -1,2 +1,2 @@\n"
     " int main() {\n"
     "-  return 1;\n"
     "+  return 0;\n",
     {{"src/main.c", "src/main.c", FileChange::kModified, 1, 1, 1}}},
    {"plain_diff_same_dir",
     "--- config.ini.orig\n"
     "+++ config.ini\n"
     "@@ -1 +1,2 @@\n"
     " a=1\n"
     "+b=2\n",
     {{"config.ini", "config.ini", FileChange::kModified, 1, 0, 1}}},
    {"format_patch_preamble",
     "From 1234 Mon Sep 17 00:00:00 2001\n"
     "Subject: [PATCH] add\n"
     "\n"
     "---\n"
     " a | 1 +\n"
     "\n"
     "diff --git a/a b/a\n"
     "index 1111111..2222222 100644\n"
     "--- a/a\n"
     "+++ b/a\n"
     "@@ -1 +1,2 @@\n"
     " x\n"
     "+y\n"
     "-- \n"
     "2.43.0\n",
     {{"a", "a", FileChange::kModified, 1, 0, 1}}},
    {"empty_patch", "", {}},
    {"crlf_lines",
     "diff --git a/w.txt b/w.txt\r\n"
     "index 1111111..2222222 100644\r\n"
     "--- a/w.txt\r\n"
     "+++ b/w.txt\r\n"
     "@@ -1 +1 @@\r\n"
     "-a\r\n"
     "+b\r\n",
     {{"w.txt", "w.txt", FileChange::kModified, 1, 1, 1}}},
};

class DiffParserCase : public ::testing::TestWithParam<Case> {};

TEST_P(DiffParserCase, ParsesFiles) {
  const Case& c = GetParam();
  Expected<ParsedDiff> d = ParseUnifiedDiff(c.patch, "t.diff");
  ASSERT_TRUE(d.has_value()) << FormatDiagnostic(d.error().front());
  ASSERT_EQ(d->files.size(), c.files.size());
  for (size_t i = 0; i < c.files.size(); ++i) {
    const FileDiff& f = d->files[i];
    const FileExpect& e = c.files[i];
    EXPECT_EQ(f.old_path, e.old_path);
    EXPECT_EQ(f.new_path, e.new_path);
    EXPECT_EQ(f.change, e.change) << FileChangeName(f.change);
    EXPECT_EQ(static_cast<int>(f.added.size()), e.added);
    EXPECT_EQ(static_cast<int>(f.removed.size()), e.removed);
    EXPECT_EQ(static_cast<int>(f.hunks.size()), e.hunks);
    EXPECT_EQ(f.binary, e.binary);
  }
}

INSTANTIATE_TEST_SUITE_P(All, DiffParserCase, ::testing::ValuesIn(kCases),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(DiffParser, LineNumbersAndPatchLines) {
  const char* patch =
      "diff --git a/f b/f\n"             // 1
      "index 1111111..2222222 100644\n"  // 2
      "--- a/f\n"                        // 3
      "+++ b/f\n"                        // 4
      "@@ -10,3 +10,3 @@\n"              // 5
      " keep\n"                          // 6
      "-old\n"                           // 7
      "+new\n"                           // 8
      " tail\n";                         // 9
  Expected<ParsedDiff> d = ParseUnifiedDiff(patch, "t");
  ASSERT_TRUE(d.has_value());
  const FileDiff& f = d->files[0];
  ASSERT_EQ(f.added.size(), 1u);
  EXPECT_EQ(f.added[0].line, 11);
  EXPECT_EQ(f.added[0].patch_line, 8);
  EXPECT_EQ(f.added[0].text, "new");
  EXPECT_EQ(f.removed[0].line, 11);
  EXPECT_EQ(f.context[1].line, 12);
  EXPECT_EQ(f.old_oid, "1111111");
  EXPECT_EQ(f.new_oid, "2222222");
  EXPECT_EQ(f.patch_line, 1);
}

struct BadCase {
  const char* name;
  const char* patch;
  const char* code;
  int line;
};

const BadCase kBad[] = {
    {"combined", "diff --cc file.c\nindex 1,2..3\n@@@ -1,1 -1,1 +1,1 @@@\n", "diff.combined", 1},
    {"short_hunk", "--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n", "diff.malformed", 3},
    {"garbage_in_hunk", "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n?b\n", "diff.malformed", 5},
    {"bad_header", "--- a/f\n+++ b/f\n@@ -x +1 @@\n", "diff.malformed", 3},
    {"dotdot", "--- a/../etc/passwd\n+++ b/../etc/passwd\n@@ -1 +1 @@\n-a\n+b\n",
     "diff.unsafe-path", 1},
    {"absolute", "--- /dev/null\n+++ /etc/cron.d/x\n@@ -0,0 +1 @@\n+a\n", "diff.unsafe-path", 1},
    {"git_dotdot", "diff --git a/x b/x\nsimilarity index 100%\nrename from x\nrename to ../../x\n",
     "diff.unsafe-path", 1},
    {"bad_quote", "diff --git \"a/x\\q\" \"b/x\"\n", "diff.malformed", 1},
    {"hunk_before_file", "@@ -1 +1 @@\n-a\n+b\n", "diff.malformed", 1},
    // Found by fuzzing: a negative start made negative line numbers.
    {"negative_start", "--- a/f\n+++ b/f\n@@ --50,1 +50,1 @@\n-a\n+b\n", "diff.malformed", 3},
    {"line_number_overflow", "--- a/f\n+++ b/f\n@@ -1,1 +2147483647,2 @@\n-a\n+b\n+c\n",
     "diff.malformed", 3},
    {"trailing_garbage_in_range", "--- a/f\n+++ b/f\n@@ -1x +1 @@\n-a\n+b\n", "diff.malformed", 3},
    // Found by fuzzing: an added file whose only path was the (empty) old side.
    {"added_without_new_path", "diff --git a/x \"\"\nnew file mode 100644\n", "diff.malformed", 1},
    {"deleted_without_old_path", "diff --git \"\" b/x\ndeleted file mode 100644\n",
     "diff.malformed", 1},
};

class DiffParserBad : public ::testing::TestWithParam<BadCase> {};

TEST_P(DiffParserBad, IsALocatedError) {
  const BadCase& c = GetParam();
  Expected<ParsedDiff> d = ParseUnifiedDiff(c.patch, "bad.diff");
  ASSERT_FALSE(d.has_value());
  EXPECT_EQ(d.error().front().code, c.code) << d.error().front().message;
  EXPECT_EQ(d.error().front().line, c.line) << d.error().front().message;
  EXPECT_EQ(d.error().front().file, "bad.diff");
}

INSTANTIATE_TEST_SUITE_P(All, DiffParserBad, ::testing::ValuesIn(kBad),
                         [](const auto& p) { return std::string(p.param.name); });

TEST(DiffParser, UnquoteGitPath) {
  const std::pair<const char*, const char*> ok[] = {
      {"plain", "plain"}, {"\"a\\\"b\"", "a\"b"}, {"\"\\\\\"", "\\"}, {"\"\\101\"", "A"}};
  for (const auto& [in, want] : ok) {
    std::string out;
    EXPECT_TRUE(UnquoteGitPath(in, &out)) << in;
    EXPECT_EQ(out, want);
  }
  std::string out;
  EXPECT_FALSE(UnquoteGitPath("\"\\9\"", &out));
  EXPECT_FALSE(UnquoteGitPath("\"open", &out));
}

TEST(DiffParser, SafePaths) {
  EXPECT_TRUE(IsSafeRelativePath("a/b.txt"));
  EXPECT_TRUE(IsSafeRelativePath("a..b/c"));
  EXPECT_FALSE(IsSafeRelativePath("../x"));
  EXPECT_FALSE(IsSafeRelativePath("a/../../x"));
  EXPECT_FALSE(IsSafeRelativePath("a/.."));
  EXPECT_FALSE(IsSafeRelativePath("/abs"));
  EXPECT_FALSE(IsSafeRelativePath(""));
}

}  // namespace
}  // namespace mergegate::parsers
