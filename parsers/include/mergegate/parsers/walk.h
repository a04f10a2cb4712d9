// The file walker: lists the files of a tree to scan. Inside a git work tree it lists files as
// git does (tracked plus untracked-not-ignored, so .gitignore is respected); elsewhere it walks
// the directory. It never follows symbolic links and never leaves the tree.
#pragma once

#include <string>
#include <vector>

#include "mergegate/diagnostic.h"

namespace mergegate::parsers {

struct WalkedFile {
  std::string path;     // as reported: relative to the report root, '/'-separated
  std::string fs_path;  // to open
};

struct SkippedFile {
  std::string path;
  std::string reason;  // "symlink", "excluded", "unreadable: ..."
};

struct WalkResult {
  std::vector<WalkedFile> files;  // sorted by path
  std::vector<SkippedFile> skipped;
};

struct WalkOptions {
  std::string report_root;  // paths are reported relative to this directory (usually the git root)
  std::vector<std::string> exclude_globs;
};

// Lists the files under `target` (a directory or a single file). Fails when `target` does not
// exist or cannot be read.
Expected<WalkResult> WalkTree(const std::string& target, const WalkOptions& options);

// Returns the top-level directory of the git work tree containing `dir`, or "" when none.
std::string GitTopLevel(const std::string& dir);

// `path` relative to `root` ('/'-separated) when it lies inside it, else `path` made absolute.
std::string RelativeTo(const std::string& path, const std::string& root);

}  // namespace mergegate::parsers
