// The diff-scope filter: decides which findings of a changed file a change-aware scan keeps.
#include <algorithm>

#include "mergegate/change.h"

namespace mergegate {

std::optional<DiffScope> ParseDiffScope(std::string_view name) {
  if (name == "added") return DiffScope::kAdded;
  if (name == "context") return DiffScope::kContext;
  if (name == "file") return DiffScope::kFile;
  if (name == "all") return DiffScope::kAll;
  return std::nullopt;
}

bool InDiffScope(const Finding& finding, const parsers::FileDiff& file, DiffScope scope) {
  const int first = finding.span.start_line;
  const int last = std::max(finding.span.start_line, finding.span.end_line);
  auto overlaps = [&](const std::vector<parsers::DiffLine>& lines) {
    return std::any_of(lines.begin(), lines.end(), [&](const parsers::DiffLine& l) {
      return l.line >= first && l.line <= last;
    });
  };
  switch (scope) {
    case DiffScope::kAdded:
      return overlaps(file.added);
    case DiffScope::kContext:
      return overlaps(file.added) || overlaps(file.context);
    case DiffScope::kFile:
      return !file.hunks.empty() || file.change == parsers::FileChange::kAdded;
    case DiffScope::kAll:
      return true;
  }
  return false;
}

}  // namespace mergegate
