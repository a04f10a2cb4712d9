#include "change/change_matcher.h"

#include <algorithm>
#include <map>
#include <set>

#include "change/manifest_deps.h"
#include "match/regex_matcher.h"
#include "mergegate/parsers/glob.h"

namespace mergegate {
namespace {

using parsers::FileChange;
using parsers::FileDiff;

bool AnyGlob(const std::vector<std::string>& globs, const std::string& path) {
  return std::any_of(globs.begin(), globs.end(),
                     [&](const std::string& g) { return parsers::GlobMatch(g, path); });
}

std::string DirOf(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

// The new-file line nearest to a removed line: where the removal shows in the post-image.
int NewLineNear(const FileDiff& f, const parsers::DiffLine& removed) {
  int line = 1;
  for (const auto& h : f.hunks) {
    if (h.patch_line > removed.patch_line) break;
    line = std::max(1, h.new_start);
  }
  for (const auto& a : f.added) {
    if (a.patch_line > removed.patch_line) break;
    line = a.line + 1;
  }
  for (const auto& c : f.context) {
    if (c.patch_line > removed.patch_line) break;
    line = c.line + 1;
  }
  return line;
}

std::string Trimmed(const std::string& s) {
  const size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

}  // namespace

std::shared_ptr<const ChangeMatcher> ChangeMatcher::Compile(const ChangeSpec& spec,
                                                            std::string* field,
                                                            std::string* error) {
  std::shared_ptr<ChangeMatcher> m(new ChangeMatcher());
  m->spec_ = spec;
  for (auto [name, pattern, target] : {std::tuple{"regex", &spec.regex, &m->regex_},
                                       std::tuple{"unless", &spec.unless, &m->unless_}}) {
    if (pattern->empty()) continue;
    *target = std::make_unique<RE2>(*pattern, MatcherRe2Options());
    if (!(*target)->ok()) {
      *field = name;
      *error = (*target)->error();
      return nullptr;
    }
  }
  return m;
}

bool ChangeMatcher::Selected(const FileDiff& f) const {
  const bool status_ok = spec_.statuses.empty()
                             ? f.change != FileChange::kDeleted
                             : std::find(spec_.statuses.begin(), spec_.statuses.end(), f.change) !=
                                   spec_.statuses.end();
  return status_ok && (spec_.paths.empty() || AnyGlob(spec_.paths, f.path())) &&
         !AnyGlob(spec_.exclude, f.path());
}

void ChangeMatcher::Evaluate(const parsers::ParsedDiff& diff, std::vector<ChangeHit>* hits) const {
  auto line_hit = [&](const FileDiff& f, const parsers::DiffLine& l, int line, std::string detail) {
    hits->push_back({f.path(), line, l.patch_line, std::move(detail), l.text});
  };
  switch (spec_.check) {
    case ChangeCheck::kFile:
      for (const FileDiff& f : diff.files) {
        if (!Selected(f)) continue;
        if (!regex_) {
          hits->push_back({f.path(), 1, f.patch_line, std::string(FileChangeName(f.change)), ""});
          continue;
        }
        for (const auto& l : f.added) {
          if (RE2::PartialMatch(l.text, *regex_) &&
              !(unless_ && RE2::PartialMatch(l.text, *unless_))) {
            // The matched line may hold a credential: report the file, never the line text.
            hits->push_back(
                {f.path(), l.line, f.patch_line, std::string(FileChangeName(f.change)), ""});
            break;
          }
        }
      }
      break;
    case ChangeCheck::kAddedLine:
      for (const FileDiff& f : diff.files) {
        if (!Selected(f)) continue;
        for (const auto& l : f.added) {
          if (RE2::PartialMatch(l.text, *regex_) &&
              !(unless_ && RE2::PartialMatch(l.text, *unless_)))
            line_hit(f, l, l.line, "");
        }
      }
      break;
    case ChangeCheck::kRemovedLine:
      for (const FileDiff& f : diff.files) {
        if (!Selected(f)) continue;
        auto matches = [&](const parsers::DiffLine& l) {
          return RE2::PartialMatch(l.text, *regex_) &&
                 !(unless_ && RE2::PartialMatch(l.text, *unless_));
        };
        // A line removed and added back (moved, re-indented) is not removed.
        std::multiset<std::string> added;
        for (const auto& l : f.added) {
          if (matches(l)) added.insert(Trimmed(l.text));
        }
        std::vector<const parsers::DiffLine*> removed;
        for (const auto& l : f.removed) {
          if (!matches(l)) continue;
          const auto same = added.find(Trimmed(l.text));
          if (same != added.end()) {
            added.erase(same);
          } else {
            removed.push_back(&l);
          }
        }
        // Each other matching added line stands for one removal (a rewritten assertion);
        // only the surplus counts.
        for (size_t i = std::min(added.size(), removed.size()); i < removed.size(); ++i) {
          line_hit(f, *removed[i],
                   f.change == FileChange::kDeleted ? 1 : NewLineNear(f, *removed[i]), "");
        }
      }
      break;
    case ChangeCheck::kNewDependency:
      for (const FileDiff& f : diff.files) {
        if (!Selected(f) || !IsManifest(f.path())) continue;
        std::set<std::string> before;
        for (const auto& d : DependencyLines(f, false)) before.insert(d.name);
        std::set<std::string> reported;
        for (const auto& d : DependencyLines(f, true)) {
          if (before.contains(d.name) || !reported.insert(d.name).second) continue;
          if (AnyGlob(spec_.allow, d.name)) continue;
          line_hit(f, *d.line, d.line->line, d.name);
        }
      }
      break;
    case ChangeCheck::kLockfileDrift: {
      std::set<std::string> changed;
      for (const FileDiff& f : diff.files) changed.insert(f.path());
      for (const FileDiff& f : diff.files) {
        if (!Selected(f)) continue;
        if (IsManifest(f.path())) {
          const auto locks = LockfilesFor(f.path());
          if (locks.empty()) continue;
          if (DependencyLines(f, true).empty() && DependencyLines(f, false).empty()) continue;
          const bool lock_changed = std::any_of(locks.begin(), locks.end(), [&](const auto& l) {
            return changed.contains(DirOf(f.path()) + l);
          });
          if (!lock_changed) {
            hits->push_back({f.path(), 1, f.patch_line, "dependencies changed, lockfile not", ""});
          }
        } else if (IsLockfile(f.path())) {
          bool manifest_changed = false;
          for (const std::string& p : changed) {
            if (DirOf(p) != DirOf(f.path()) || !IsManifest(p)) continue;
            const auto locks = LockfilesFor(p);
            const std::string base = f.path().substr(DirOf(f.path()).size());
            manifest_changed |= std::find(locks.begin(), locks.end(), base) != locks.end();
          }
          if (!manifest_changed) {
            hits->push_back({f.path(), 1, f.patch_line, "lockfile changed, manifest not", ""});
          }
        }
      }
      break;
    }
    case ChangeCheck::kChangeSize: {
      size_t total = 0, largest = 0;
      const FileDiff* biggest = nullptr;
      for (const FileDiff& f : diff.files) {
        if (!Selected(f)) continue;
        const size_t n = f.added.size() + f.removed.size();
        total += n;
        if (biggest == nullptr || n > largest) biggest = &f, largest = n;
      }
      if (biggest != nullptr && total > static_cast<size_t>(spec_.max_lines)) {
        hits->push_back(
            {biggest->path(), 1, biggest->patch_line,
             std::to_string(total) + " lines changed, limit " + std::to_string(spec_.max_lines),
             ""});
      }
      break;
    }
  }
}

}  // namespace mergegate
