// Git access for change-aware scans: every call runs the `git` executable with an argument
// vector (RunProcess, never a shell) inside the repository. Works for SHA-1 and SHA-256
// repositories alike (object ids are never assumed to be 40 characters).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "mergegate/diagnostic.h"
#include "mergegate/parsers/process.h"

namespace mergegate::parsers {

class GitRepo {
 public:
  // Opens the work tree containing `dir`. Fails when `dir` is not inside a git repository.
  static Expected<GitRepo> Open(const std::string& dir);

  const std::string& top_level() const { return top_level_; }

  // Runs `git <args>` in the top level; stdout on success, a "git.failed" Diagnostic otherwise.
  Expected<std::string> Run(const std::vector<std::string>& args,
                            const std::string& input = "") const;

  // Full object id of the commit `rev` names ("rev^{commit}"), or a "git.rev" Diagnostic.
  Expected<std::string> ResolveCommit(const std::string& rev) const;
  // The merge base of two commits (as `git diff a...b` uses), or a Diagnostic when none.
  Expected<std::string> MergeBase(const std::string& a, const std::string& b) const;
  // The empty tree's id in this repository's hash (SHA-1 or SHA-256).
  Expected<std::string> EmptyTree() const;
  // True when `oid` names a commit present in this repository.
  bool HasCommit(const std::string& oid) const;
  // Parents of `commit` (empty for a root commit).
  Expected<std::vector<std::string>> Parents(const std::string& commit) const;

  // `git diff` between two trees-ish (`from` may be the empty tree), or of the index against
  // `from` when `to` is empty. Full blob ids, a/ b/ prefixes and rename detection regardless
  // of user configuration; never runs external diff or textconv programs.
  Expected<std::string> Diff(const std::string& from, const std::string& to) const;

  // Reads blobs by object name ("<oid>", "<rev>:<path>", ":<path>") in one `git cat-file
  // --batch` call. An entry is nullopt when the object is missing or not a blob.
  Expected<std::vector<std::optional<std::string>>> ReadBlobs(
      const std::vector<std::string>& names) const;

 private:
  std::string top_level_;
};

// True when `oid` is git's all-zero object id (40 or 64 zeros).
bool IsZeroOid(const std::string& oid);

}  // namespace mergegate::parsers
