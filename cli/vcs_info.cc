#include "vcs_info.h"

#include <cstdlib>

#include "mergegate/parsers/process.h"

namespace mergegate::cli {
namespace {

std::string GitLine(const std::vector<std::string>& args, const std::string& root) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  const parsers::ProcessResult r = parsers::RunProcess(argv, root);
  if (r.exit_code != 0) return "";
  std::string s = r.out;
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v == nullptr ? "" : v;
}

}  // namespace

std::string NormaliseRepositoryUrl(const std::string& url) {
  std::string host_path;
  if (url.starts_with("https://") || url.starts_with("http://")) {
    host_path = url.substr(url.find("://") + 3);
    const size_t at = host_path.find('@');
    const size_t slash = host_path.find('/');
    if (at != std::string::npos && at < slash) host_path = host_path.substr(at + 1);  // no creds
  } else if (url.starts_with("ssh://")) {
    host_path = url.substr(6);
    const size_t at = host_path.find('@');
    if (at != std::string::npos && at < host_path.find('/')) host_path = host_path.substr(at + 1);
    const size_t colon = host_path.find(':');  // a port
    if (colon != std::string::npos && colon < host_path.find('/')) {
      host_path.erase(colon, host_path.find('/') - colon);
    }
  } else if (const size_t colon = url.find(':');
             colon != std::string::npos && url.find('@') < colon && url.find('/') > colon) {
    host_path = url.substr(url.find('@') + 1);  // git@host:owner/repo.git
    host_path[host_path.find(':')] = '/';
  } else {
    return "";
  }
  if (host_path.ends_with(".git")) host_path.resize(host_path.size() - 4);
  while (host_path.ends_with("/")) host_path.pop_back();
  if (host_path.empty() || host_path.find('/') == std::string::npos) return "";
  return "https://" + host_path;
}

RunReport::Vcs ReadVcsInfo(const std::string& root) {
  RunReport::Vcs vcs;
  vcs.revision = GitLine({"rev-parse", "--verify", "-q", "HEAD"}, root);
  if (vcs.revision.empty()) return vcs;
  vcs.branch = GitLine({"rev-parse", "--abbrev-ref", "HEAD"}, root);
  if (vcs.branch == "HEAD") vcs.branch.clear();  // detached
  vcs.repository_uri = NormaliseRepositoryUrl(GitLine({"remote", "get-url", "origin"}, root));
  return vcs;
}

std::string ResolveTargetBranch(const std::string& flag, const std::string& checked_out) {
  if (!flag.empty()) return flag;
  for (const char* name :
       {"MERGEGATE_BRANCH", "GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME",
        "GITHUB_REF_NAME", "CI_COMMIT_BRANCH"}) {
    std::string v = Env(name);
    if (!v.empty()) return v;
  }
  return checked_out;
}

}  // namespace mergegate::cli
