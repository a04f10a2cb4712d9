#include "mergegate/parsers/walk.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "mergegate/parsers/glob.h"
#include "mergegate/parsers/process.h"

namespace fs = std::filesystem;

namespace mergegate::parsers {
namespace {

bool Excluded(const std::string& path, const std::vector<std::string>& globs) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return GlobMatch(g, path); });
}

// Paths under one walked directory, relative to the report root, without resolving each file
// (a realpath per file cost more than the rest of the walk): the walk never follows symlinks, so
// a file's directory is the walked directory's canonical path plus the lexical subpath.
class RelativePaths {
 public:
  RelativePaths(const fs::path& dir, const std::string& root) : dir_(dir) {
    std::error_code ec;
    const fs::path abs = fs::weakly_canonical(fs::absolute(dir, ec), ec);
    const fs::path rel =
        root.empty() ? fs::path()
                     : abs.lexically_relative(fs::weakly_canonical(fs::absolute(root, ec), ec));
    if (rel.empty() || *rel.begin() == "..") {
      prefix_ = abs.generic_string() + "/";
    } else if (rel != ".") {
      prefix_ = rel.generic_string() + "/";
    }
  }
  // `p` is dir / subpath.
  std::string Of(const fs::path& p) const {
    return prefix_ + p.lexically_relative(dir_).generic_string();
  }

 private:
  fs::path dir_;
  std::string prefix_;  // "" when dir is the root, else "<dir relative to root or absolute>/"
};

// Adds the regular file `fs_path` (reported as `rel`) unless it is excluded.
void AddRegularFile(const fs::path& fs_path, const std::string& rel, const WalkOptions& options,
                    WalkResult* result) {
  if (Excluded(rel, options.exclude_globs)) {
    result->skipped.push_back({rel, "excluded"});
    return;
  }
  result->files.push_back({rel, fs_path.string()});
}

// Adds `fs_path` (reported as `rel`) unless it is a symlink, excluded, or not a regular file.
void Consider(const fs::path& fs_path, const std::string& rel, const WalkOptions& options,
              WalkResult* result) {
  struct stat st {};
  if (lstat(fs_path.c_str(), &st) != 0) return;  // listed by git but deleted from the work tree
  if (S_ISLNK(st.st_mode)) {
    result->skipped.push_back({rel, "symlink"});
    return;
  }
  if (S_ISREG(st.st_mode)) AddRegularFile(fs_path, rel, options, result);
}

bool ListWithGit(const fs::path& dir, const WalkOptions& options, WalkResult* result) {
  const ProcessResult git = RunProcess({"git", "-c", "core.quotePath=false", "ls-files", "-z",
                                        "--cached", "--others", "--exclude-standard"},
                                       dir.string());
  if (git.exit_code != 0) return false;
  std::string_view out = git.out;
  std::vector<std::string> seen;
  while (!out.empty()) {
    const size_t nul = out.find('\0');
    const std::string_view entry = out.substr(0, nul);
    out.remove_prefix(nul == std::string_view::npos ? out.size() : nul + 1);
    if (entry.empty()) continue;
    seen.emplace_back(entry);
  }
  // ls-files lists an unmerged path once per stage.
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  const RelativePaths paths(dir, options.report_root);
  for (const std::string& entry : seen) {
    const fs::path p = dir / entry;
    Consider(p, paths.Of(p), options, result);
  }
  return true;
}

// Walks `dir` depth-first without following symlinks; unreadable directories are reported.
void ListWithDirectoryWalk(const fs::path& dir, const WalkOptions& options, WalkResult* result) {
  const RelativePaths paths(dir, options.report_root);
  std::vector<fs::path> pending = {dir};
  while (!pending.empty()) {
    const fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec);
    if (ec) {
      result->skipped.push_back(
          {RelativeTo(current.string(), options.report_root), "unreadable: " + ec.message()});
      continue;
    }
    std::vector<fs::path> subdirs;
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      const fs::path& p = it->path();
      std::error_code type_ec;
      if (it->is_symlink(type_ec)) {
        result->skipped.push_back({paths.Of(p), "symlink"});
      } else if (it->is_directory(type_ec)) {
        const std::string rel = paths.Of(p);
        if (p.filename() != ".git" && !Excluded(rel + "/", options.exclude_globs) &&
            !Excluded(rel, options.exclude_globs)) {
          subdirs.push_back(p);
        }
      } else if (it->is_regular_file(type_ec)) {  // the entry's type, known without a stat
        AddRegularFile(p, paths.Of(p), options, result);
      }
    }
    if (ec) {
      result->skipped.push_back(
          {RelativeTo(current.string(), options.report_root), "unreadable: " + ec.message()});
    }
    std::sort(subdirs.rbegin(), subdirs.rend());
    for (fs::path& d : subdirs) pending.push_back(std::move(d));
  }
}

}  // namespace

std::string GitTopLevel(const std::string& dir) {
  const ProcessResult git = RunProcess({"git", "rev-parse", "--show-toplevel"}, dir);
  if (git.exit_code != 0) return "";
  std::string top = git.out;
  while (!top.empty() && (top.back() == '\n' || top.back() == '\r')) top.pop_back();
  return top;
}

std::string RelativeTo(const std::string& path, const std::string& root) {
  std::error_code ec;
  // Resolve the directories but not the last component: a symlink is reported where it is.
  const fs::path given = fs::absolute(path, ec).lexically_normal();
  const fs::path abs = given.has_filename()
                           ? fs::weakly_canonical(given.parent_path(), ec) / given.filename()
                           : given;
  if (root.empty()) return abs.generic_string();
  const fs::path base = fs::weakly_canonical(fs::absolute(root, ec), ec);
  const fs::path rel = abs.lexically_relative(base);
  if (rel.empty() || *rel.begin() == "..") return abs.generic_string();
  if (rel == ".") return abs.filename().generic_string();
  return rel.generic_string();
}

Expected<WalkResult> WalkTree(const std::string& target, const WalkOptions& options) {
  WalkResult result;
  std::error_code ec;
  const fs::file_status status = fs::symlink_status(target, ec);
  if (ec || !fs::exists(status)) {
    return Fail({"input.missing", "no such file or directory", target, 0, 0, ""});
  }
  if (fs::is_regular_file(status) || fs::is_symlink(status)) {
    Consider(fs::path(target), RelativeTo(target, options.report_root), options, &result);
    return result;
  }
  if (!fs::is_directory(status))
    return Fail({"input.type", "not a file or directory", target, 0, 0, ""});
  const fs::path dir(target);
  if (!ListWithGit(dir, options, &result)) ListWithDirectoryWalk(dir, options, &result);
  std::sort(result.files.begin(), result.files.end(),
            [](const WalkedFile& a, const WalkedFile& b) { return a.path < b.path; });
  return result;
}

}  // namespace mergegate::parsers
