// Unified diffs: `git diff` output (extended headers: renames, copies, modes, binary markers,
// C-quoted paths) and plain `diff -u` patches, parsed into one FileDiff per file. Paths that
// would leave the tree (absolute, `..` segments) and combined (merge) diffs are rejected; any
// malformed line is a Diagnostic naming the patch line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mergegate/diagnostic.h"

namespace mergegate::parsers {

enum class FileChange { kAdded, kDeleted, kModified, kRenamed, kCopied };

std::string_view FileChangeName(FileChange c);  // "added", "deleted", ...

struct DiffLine {
  int line = 0;        // 1-based: in the new file for added lines, in the old file for removed
  int patch_line = 0;  // 1-based line of the patch text holding it
  std::string text;    // without the leading '+'/'-' and the line terminator
};

struct Hunk {
  int old_start = 0, old_count = 0, new_start = 0, new_count = 0;
  int patch_line = 0;  // the "@@" line
};

struct FileDiff {
  std::string old_path;  // "" when the file is new (/dev/null)
  std::string new_path;  // "" when the file is deleted
  FileChange change = FileChange::kModified;
  std::string old_mode, new_mode;  // e.g. "100644"; empty when the patch does not say
  std::string old_oid, new_oid;    // blob ids from "index" lines (abbreviated unless --full-index)
  bool binary = false;
  int patch_line = 0;  // the first header line of this file in the patch
  std::vector<Hunk> hunks;
  std::vector<DiffLine> added;    // in order
  std::vector<DiffLine> removed;  // in order
  std::vector<DiffLine> context;  // in order; `line` is the new-file line

  // The path the change is reported on: the new path, or the old one for a deletion.
  const std::string& path() const { return new_path.empty() ? old_path : new_path; }
  bool mode_changed() const {
    return !old_mode.empty() && !new_mode.empty() && old_mode != new_mode;
  }
};

struct ParsedDiff {
  std::vector<FileDiff> files;  // in patch order
};

// Parses `text`; `origin` names the patch in diagnostics ("<stdin>", a file name, a range).
Expected<ParsedDiff> ParseUnifiedDiff(std::string_view text, const std::string& origin);

// Decodes git's C-style quoting ("a\tb\303\251") when `s` is quoted; returns `s` otherwise.
// Returns false on a malformed quoted string.
bool UnquoteGitPath(std::string_view s, std::string* out);

// True when `path` is relative and stays inside the tree (no "..", no empty or "." segment
// trickery that leaves it, not absolute).
bool IsSafeRelativePath(std::string_view path);

}  // namespace mergegate::parsers
