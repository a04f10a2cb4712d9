// Where change-aware commands get their change set: a git range, the index, or a patch; and
// the shared step that scans it into a ScanSession. Only the changed files are read.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "mergegate/change.h"
#include "mergegate/parsers/diff.h"
#include "mergegate/parsers/git.h"
#include "mergegate/parsers/glob.h"
#include "scan_session.h"

namespace mergegate::cli {

struct ChangeInput {
  parsers::ParsedDiff diff;
  std::vector<std::optional<std::string>> post_images;  // one per diff file
};

// The change from `from` (a commit or tree id) to the commit `to`; an empty `to` means the
// index (the staged change). Post-images are read from git's object store in one batch.
Expected<ChangeInput> GitChange(const parsers::GitRepo& repo, const std::string& from,
                                const std::string& to);

// The change `head` adds relative to the merge base of `base` and `head` (git diff base...head).
Expected<ChangeInput> GitRangeChange(const parsers::GitRepo& repo, const std::string& base,
                                     const std::string& head);

// The staged change: the index against HEAD (against the empty tree before the first commit).
Expected<ChangeInput> StagedChange(const parsers::GitRepo& repo);

// Scans `input` (file rules filtered by `scope`, then change rules) into `session`; every
// finding gets `properties` added.
void ScanChangeInto(ScanSession* session, const ChangeInput& input, DiffScope scope,
                    const std::map<std::string, std::string>& properties = {});

// Adds --scope to `desc`.
void AddScopeOption(po::options_description* desc, std::string* scope);
// Parses the --scope value; prints a usage diagnostic and returns nullopt when unknown.
std::optional<DiffScope> ScopeFromOption(const std::string& scope);

}  // namespace mergegate::cli
