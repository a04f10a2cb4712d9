// Version-control facts for reports and policy scoping, read with git via argv.
#pragma once

#include <string>

#include "mergegate/report.h"

namespace mergegate::cli {

// HEAD, the checked-out branch and the origin URL (as https, credentials removed) of the work
// tree at `root`; empty fields when `root` is not in git or has no origin.
RunReport::Vcs ReadVcsInfo(const std::string& root);

// The target branch policies are evaluated for: `flag`, else $MERGEGATE_BRANCH, else the CI's
// target branch ($GITHUB_BASE_REF, $CI_MERGE_REQUEST_TARGET_BRANCH_NAME), else the CI's branch
// ($GITHUB_REF_NAME, $CI_COMMIT_BRANCH), else `checked_out`.
std::string ResolveTargetBranch(const std::string& flag, const std::string& checked_out);

// "https://host/owner/repo" for an https or scp-style/ssh git URL; "" for anything else.
std::string NormaliseRepositoryUrl(const std::string& url);

}  // namespace mergegate::cli
