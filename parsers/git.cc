#include "mergegate/parsers/git.h"

#include <charconv>

#include "mergegate/parsers/walk.h"

namespace mergegate::parsers {
namespace {

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  return s;
}

}  // namespace

Expected<GitRepo> GitRepo::Open(const std::string& dir) {
  GitRepo repo;
  repo.top_level_ = GitTopLevel(dir);
  if (repo.top_level_.empty()) {
    return Fail({"git.no-repo", "not inside a git work tree", dir, 0, 0,
                 "run this command inside a git repository"});
  }
  return repo;
}

Expected<std::string> GitRepo::Run(const std::vector<std::string>& args,
                                   const std::string& input) const {
  std::vector<std::string> argv = {"git", "-c", "core.quotePath=true"};
  argv.insert(argv.end(), args.begin(), args.end());
  ProcessResult r = RunProcess(argv, top_level_, input);
  if (r.exit_code != 0) {
    std::string err = Trim(r.err);
    const size_t nl = err.find('\n');
    if (nl != std::string::npos) err.resize(nl);
    std::string shown = args.empty() ? "" : args[0];
    return Fail({"git.failed", "git " + shown + " failed: " + (err.empty() ? "no output" : err), "",
                 0, 0, ""});
  }
  return std::move(r.out);
}

Expected<std::string> GitRepo::ResolveCommit(const std::string& rev) const {
  if (rev.empty() || rev.starts_with('-')) {
    return Fail({"git.rev", "invalid revision '" + rev + "'", "", 0, 0, ""});
  }
  Expected<std::string> out =
      Run({"rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"});
  if (!out) {
    return Fail({"git.rev", "unknown revision '" + rev + "'", "", 0, 0,
                 "name a commit, branch or tag of this repository"});
  }
  return Trim(*out);
}

Expected<std::string> GitRepo::MergeBase(const std::string& a, const std::string& b) const {
  Expected<std::string> out = Run({"merge-base", a, b});
  if (!out) {
    return Fail({"git.merge-base", "no merge base between " + a + " and " + b, "", 0, 0,
                 "the two revisions share no history"});
  }
  return Trim(*out);
}

Expected<std::string> GitRepo::EmptyTree() const {
  Expected<std::string> out = Run({"hash-object", "-t", "tree", "--stdin"}, "");
  if (!out) return tl::unexpected(out.error());
  return Trim(*out);
}

bool GitRepo::HasCommit(const std::string& oid) const {
  return Run({"cat-file", "-e", oid + "^{commit}"}).has_value();
}

Expected<std::vector<std::string>> GitRepo::Parents(const std::string& commit) const {
  Expected<std::string> out = Run({"rev-list", "--parents", "-n", "1", commit});
  if (!out) return tl::unexpected(out.error());
  std::vector<std::string> ids;
  size_t start = 0;
  const std::string line = Trim(*out);
  while (start < line.size()) {
    const size_t sp = line.find(' ', start);
    ids.push_back(line.substr(start, sp == std::string::npos ? std::string::npos : sp - start));
    if (sp == std::string::npos) break;
    start = sp + 1;
  }
  if (!ids.empty()) ids.erase(ids.begin());  // the commit itself
  return ids;
}

Expected<std::string> GitRepo::Diff(const std::string& from, const std::string& to) const {
  std::vector<std::string> args = {
      "diff",           "--no-color",      "--no-ext-diff",   "--no-textconv", "--full-index",
      "--find-renames", "--src-prefix=a/", "--dst-prefix=b/", "--no-relative", "--unified=3"};
  if (to.empty()) args.push_back("--cached");
  args.push_back(from);
  if (!to.empty()) args.push_back(to);
  args.push_back("--");
  return Run(args);
}

Expected<std::vector<std::optional<std::string>>> GitRepo::ReadBlobs(
    const std::vector<std::string>& names) const {
  std::vector<std::optional<std::string>> blobs(names.size());
  std::string input;
  for (const std::string& n : names) {
    // A name with a newline cannot be passed to --batch; it reads as missing.
    input += n.find('\n') == std::string::npos ? n : std::string("-");
    input += '\n';
  }
  if (names.empty()) return blobs;
  Expected<std::string> out = Run({"cat-file", "--batch"}, input);
  if (!out) return tl::unexpected(out.error());
  size_t pos = 0;
  for (size_t i = 0; i < names.size(); ++i) {
    const size_t nl = out->find('\n', pos);
    if (nl == std::string::npos) break;
    const std::string header = out->substr(pos, nl - pos);
    pos = nl + 1;
    // "<oid> <type> <size>" or "<name> missing" / "ambiguous".
    const size_t s1 = header.find(' '), s2 = header.rfind(' ');
    if (s1 == std::string::npos || s1 == s2) continue;
    const std::string type = header.substr(s1 + 1, s2 - s1 - 1);
    size_t size = 0;
    const char* num = header.data() + s2 + 1;
    if (std::from_chars(num, header.data() + header.size(), size).ec != std::errc()) continue;
    if (pos + size > out->size()) break;
    if (type == "blob") blobs[i] = out->substr(pos, size);
    pos += size + 1;  // content, then a newline
  }
  return blobs;
}

bool IsZeroOid(const std::string& oid) {
  return (oid.size() == 40 || oid.size() == 64) && oid.find_first_not_of('0') == std::string::npos;
}

}  // namespace mergegate::parsers
