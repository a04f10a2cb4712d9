#include "change/change_matcher.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

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

// The distinct identifiers and numbers of a line.
std::set<std::string> Words(const std::string& text) {
  std::set<std::string> words;
  std::string word;
  for (const char c : text + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_') {
      word += c;
    } else if (!word.empty()) {
      words.insert(std::move(word));
      word.clear();
    }
  }
  return words;
}

// Dependency names are matched whole: unlike a path glob, a glob without '/' (or '**') does not
// match the last segment of a scoped or path-like name ("node" does not cover "@types/node").
bool NameMatches(const std::vector<std::string>& globs, const std::string& name) {
  const bool has_slash = name.find('/') != std::string::npos;
  return std::any_of(globs.begin(), globs.end(), [&](const std::string& g) {
    const bool whole = g.find('/') == std::string::npos && g.find("**") == std::string::npos;
    return !(whole && has_slash) && parsers::GlobMatch(g, name);
  });
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

bool ChangeMatcher::DependencyAllowed(const std::string& manifest, const std::string& name,
                                      const ChangeConfig& config) const {
  if (NameMatches(spec_.allow, name)) return true;
  for (const std::string& ecosystem : {std::string("any"), EcosystemOf(manifest)}) {
    const auto it = config.allow_dependencies.find(ecosystem);
    if (it != config.allow_dependencies.end() && NameMatches(it->second, name)) return true;
  }
  return false;
}

// Removed lines matching the regex, less those that come back: a line removed and added again
// (moved, re-indented), in the same file or in another selected file (a test moved to another
// module), is not removed; and each other matching line the same file adds stands for one
// removal (a rewritten assertion), paired with the removed line most like it. Only the removed
// lines left unpaired are reported.
void ChangeMatcher::EvaluateRemovedLines(const parsers::ParsedDiff& diff,
                                         std::vector<ChangeHit>* hits) const {
  auto matches = [&](const parsers::DiffLine& l) {
    return RE2::PartialMatch(l.text, *regex_) && !(unless_ && RE2::PartialMatch(l.text, *unless_));
  };
  using Line = std::pair<std::string, const parsers::DiffLine*>;  // trimmed text, line
  struct Side {
    const FileDiff* file;
    std::vector<Line> removed;
    std::multimap<std::string, const parsers::DiffLine*> added;  // by trimmed text
  };
  auto take_same = [](Side* side, const std::string& text) {
    const auto it = side->added.find(text);
    if (it == side->added.end()) return false;
    side->added.erase(it);
    return true;
  };
  std::vector<Side> sides;
  for (const FileDiff& f : diff.files) {
    if (!Selected(f)) continue;
    Side side{&f, {}, {}};
    for (const auto& l : f.added) {
      if (matches(l)) side.added.emplace(Trimmed(l.text), &l);
    }
    for (const auto& l : f.removed) {
      if (!matches(l)) continue;
      std::string text = Trimmed(l.text);
      if (!take_same(&side, text)) side.removed.emplace_back(std::move(text), &l);
    }
    sides.push_back(std::move(side));
  }
  for (Side& side : sides) {
    std::erase_if(side.removed, [&](const Line& r) {
      return std::any_of(sides.begin(), sides.end(), [&](Side& other) {
        return &other != &side && take_same(&other, r.first);
      });
    });
  }
  for (Side& side : sides) {
    const FileDiff& f = *side.file;
    auto hunk_of = [&](const parsers::DiffLine* l) {
      return std::count_if(f.hunks.begin(), f.hunks.end(),
                           [&](const parsers::Hunk& h) { return h.patch_line < l->patch_line; });
    };
    std::vector<Line> added(side.added.begin(), side.added.end());
    std::sort(added.begin(), added.end(), [](const Line& x, const Line& y) {
      return x.second->patch_line < y.second->patch_line;
    });
    // A rewrite pairs an added line with a removed one: in the same hunk first, then the one
    // sharing the most words (identifiers, numbers), then the nearest.
    for (const Line& a : added) {
      if (side.removed.empty()) break;
      const std::set<std::string> words = Words(a.first);
      auto score = [&](const Line& r) {
        const std::set<std::string> other = Words(r.first);
        const auto shared = std::count_if(other.begin(), other.end(),
                                          [&](const std::string& w) { return words.contains(w); });
        return std::tuple(hunk_of(r.second) == hunk_of(a.second), shared,
                          -std::abs(r.second->patch_line - a.second->patch_line));
      };
      side.removed.erase(
          std::max_element(side.removed.begin(), side.removed.end(),
                           [&](const Line& x, const Line& y) { return score(x) < score(y); }));
    }
    for (const auto& [text, l] : side.removed) {
      hits->push_back({f.path(), f.change == FileChange::kDeleted ? 1 : NewLineNear(f, *l),
                       l->patch_line, "", l->text});
    }
  }
}

void ChangeMatcher::Evaluate(const parsers::ParsedDiff& diff, const ChangeConfig& config,
                             std::vector<ChangeHit>* hits) const {
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
      EvaluateRemovedLines(diff, hits);
      break;
    case ChangeCheck::kNewDependency:
      for (const FileDiff& f : diff.files) {
        if (!Selected(f) || !IsManifest(f.path())) continue;
        std::set<std::string> before;
        for (const auto& d : DependencyLines(f, false)) before.insert(d.name);
        std::set<std::string> reported;
        for (const auto& d : DependencyLines(f, true)) {
          if (before.contains(d.name) || !reported.insert(d.name).second) continue;
          if (DependencyAllowed(f.path(), d.name, config)) continue;
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
      const int limit = config.max_changed_lines.value_or(spec_.max_lines);
      if (biggest != nullptr && total > static_cast<size_t>(limit)) {
        hits->push_back({biggest->path(), 1, biggest->patch_line,
                         std::to_string(total) + " lines changed, limit " + std::to_string(limit),
                         ""});
      }
      break;
    }
    case ChangeCheck::kSourceWithoutTests: {
      if (!config.require_tests) break;
      // A test counts as changed when the change adds lines to it: deleting tests tests nothing.
      for (const FileDiff& f : diff.files) {
        if (AnyGlob(spec_.tests, f.path()) && !f.added.empty()) return;
      }
      const FileDiff* first = nullptr;
      int sources = 0;
      for (const FileDiff& f : diff.files) {
        if (!Selected(f) || AnyGlob(spec_.tests, f.path())) continue;
        if (f.added.empty() && f.removed.empty()) continue;  // a pure rename or mode change
        if (first == nullptr) first = &f;
        ++sources;
      }
      if (first != nullptr) {
        hits->push_back({first->path(), 1, first->patch_line,
                         std::to_string(sources) +
                             (sources == 1 ? " source file" : " source files") +
                             " changed, no test file",
                         ""});
      }
      break;
    }
  }
}

}  // namespace mergegate
