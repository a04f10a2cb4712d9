#include "mergegate/parsers/diff.h"

#include <charconv>
#include <limits>
#include <optional>

namespace mergegate::parsers {
namespace {

std::string_view TrimCr(std::string_view s) {
  return !s.empty() && s.back() == '\r' ? s.substr(0, s.size() - 1) : s;
}

bool Consume(std::string_view* s, std::string_view prefix) {
  if (!s->starts_with(prefix)) return false;
  s->remove_prefix(prefix.size());
  return true;
}

// Parses a whole unsigned decimal number (from_chars alone would accept a leading '-').
bool ParseCount(std::string_view s, int* out) {
  return !s.empty() && s.front() >= '0' && s.front() <= '9' &&
         std::from_chars(s.data(), s.data() + s.size(), *out).ptr == s.data() + s.size();
}

// Parses "N" or "N,M" (M defaults to 1). The hunk's lines are numbered up to N+M, so that sum
// must fit in an int.
bool ParseRange(std::string_view s, int* start, int* count) {
  const size_t comma = s.find(',');
  if (!ParseCount(s.substr(0, comma), start)) return false;
  *count = 1;
  if (comma != std::string_view::npos && !ParseCount(s.substr(comma + 1), count)) return false;
  return *start <= std::numeric_limits<int>::max() - *count;
}

// "@@ -a,b +c,d @@ optional section" -> hunk numbers.
bool ParseHunkHeader(std::string_view line, Hunk* h) {
  if (!Consume(&line, "@@ -")) return false;
  const size_t space = line.find(' ');
  if (space == std::string_view::npos) return false;
  if (!ParseRange(line.substr(0, space), &h->old_start, &h->old_count)) return false;
  line.remove_prefix(space + 1);
  if (!Consume(&line, "+")) return false;
  const size_t end = line.find(" @@");
  if (end == std::string_view::npos) return false;
  return ParseRange(line.substr(0, end), &h->new_start, &h->new_count) && h->old_count >= 0 &&
         h->new_count >= 0;
}

// Reads one path token at the start of `*s` (quoted or up to `stop`), advancing `*s`.
bool TakePath(std::string_view* s, char stop, std::string* out) {
  if (s->starts_with('"')) {
    size_t i = 1;
    for (; i < s->size() && (*s)[i] != '"'; ++i) {
      if ((*s)[i] == '\\') ++i;
    }
    if (i >= s->size()) return false;
    if (!UnquoteGitPath(s->substr(0, i + 1), out)) return false;
    s->remove_prefix(i + 1);
    return true;
  }
  const size_t end = s->find(stop);
  *out = std::string(s->substr(0, end));
  s->remove_prefix(end == std::string_view::npos ? s->size() : end);
  return true;
}

std::string StripPrefix(const std::string& path, std::string_view prefix) {
  return path.starts_with(prefix) ? path.substr(prefix.size()) : path;
}

// Paths of "diff --git a/x b/y": exact for quoted paths and for equal names; a best effort
// otherwise (the ---/+++ or rename lines that follow take precedence).
bool ParseGitHeaderPaths(std::string_view rest, std::string* a, std::string* b) {
  if (rest.starts_with('"') || rest.find(" \"") != std::string_view::npos) {
    if (rest.starts_with('"')) {
      if (!TakePath(&rest, ' ', a) || !Consume(&rest, " ")) return false;
    } else {
      const size_t q = rest.find(" \"");
      *a = std::string(rest.substr(0, q));
      rest.remove_prefix(q + 1);
    }
    return TakePath(&rest, '\0', b) && rest.empty();
  }
  if (rest.size() % 2 == 1 && rest[rest.size() / 2] == ' ') {
    *a = std::string(rest.substr(0, rest.size() / 2));
    *b = std::string(rest.substr(rest.size() / 2 + 1));
    if (StripPrefix(*a, "a/") == StripPrefix(*b, "b/")) return true;
  }
  const size_t split = rest.find(" b/");
  if (split == std::string_view::npos) return false;
  *a = std::string(rest.substr(0, split));
  *b = std::string(rest.substr(split + 1));
  return true;
}

// The path of a "--- " / "+++ " line: quoted or up to a tab (plain diff timestamps).
bool ParseMarkerPath(std::string_view rest, std::string* out) {
  if (!TakePath(&rest, '\t', out)) return false;
  if (!rest.starts_with('"')) {
    while (!out->empty() && out->back() == ' ' && rest.empty()) out->pop_back();
  }
  return true;
}

class Parser {
 public:
  Parser(std::string_view text, const std::string& origin) : origin_(origin) {
    size_t start = 0;
    while (start < text.size()) {
      const size_t nl = text.find('\n', start);
      const size_t end = nl == std::string_view::npos ? text.size() : nl;
      lines_.push_back(text.substr(start, end - start));
      start = end + 1;
    }
  }

  Expected<ParsedDiff> Run() {
    while (i_ < lines_.size() && errors_.empty()) Step();
    Finish();
    if (!errors_.empty()) return tl::unexpected(errors_);
    return std::move(result_);
  }

 private:
  int LineNo() const { return static_cast<int>(i_) + 1; }
  std::string_view Cur() const { return TrimCr(lines_[i_]); }
  void Error(std::string message, int line = 0) {
    errors_.push_back({"diff.malformed", std::move(message), origin_, line ? line : LineNo(), 0,
                       "pass the output of `git diff` or `diff -u`"});
  }

  void Step() {
    std::string_view line = Cur();
    if (line.starts_with("diff --cc ") || line.starts_with("diff --combined ") ||
        line.starts_with("@@@ ")) {
      errors_.push_back({"diff.combined", "combined (merge) diffs are not supported", origin_,
                         LineNo(), 0, "diff against one parent, e.g. `git diff A...B`"});
      return;
    }
    if (Consume(&line, "diff --git ")) {
      StartFile();
      std::string a, b;
      if (!ParseGitHeaderPaths(line, &a, &b)) return Error("cannot read the paths of this header");
      file_->old_path = StripPrefix(a, "a/");
      file_->new_path = StripPrefix(b, "b/");
      git_ = true;
      ++i_;
      GitExtendedHeaders();
      return;
    }
    if (line.starts_with("--- ") && i_ + 1 < lines_.size() &&
        TrimCr(lines_[i_ + 1]).starts_with("+++ ")) {
      StartFile();
      git_ = false;
      FileMarkers();
      return;
    }
    if (line.starts_with("@@ ")) {
      if (file_ == nullptr) return Error("hunk before any file header");
      Hunks();
      return;
    }
    ++i_;  // text between files (a commit message, "Only in ...", fixture comments): ignored
  }

  void StartFile() {
    Finish();
    result_.files.emplace_back();
    file_ = &result_.files.back();
    file_->patch_line = LineNo();
    has_rename_ = false;
  }

  void GitExtendedHeaders() {
    for (; i_ < lines_.size(); ++i_) {
      std::string_view line = Cur();
      std::string path;
      if (Consume(&line, "old mode ")) {
        file_->old_mode = line;
      } else if (Consume(&line, "new mode ")) {
        file_->new_mode = line;
      } else if (Consume(&line, "deleted file mode ")) {
        file_->old_mode = line;
        file_->change = FileChange::kDeleted;
      } else if (Consume(&line, "new file mode ")) {
        file_->new_mode = line;
        file_->change = FileChange::kAdded;
      } else if (Consume(&line, "rename from ") || Consume(&line, "copy from ")) {
        if (!UnquoteGitPath(line, &path)) return Error("bad quoted path");
        file_->old_path = path;
        file_->change = Cur().starts_with("rename") ? FileChange::kRenamed : FileChange::kCopied;
        has_rename_ = true;
      } else if (Consume(&line, "rename to ") || Consume(&line, "copy to ")) {
        if (!UnquoteGitPath(line, &path)) return Error("bad quoted path");
        file_->new_path = path;
      } else if (line.starts_with("similarity index ") ||
                 line.starts_with("dissimilarity index ")) {
      } else if (Consume(&line, "index ")) {
        const size_t dots = line.find("..");
        if (dots == std::string_view::npos) return Error("bad index line");
        file_->old_oid = line.substr(0, dots);
        const std::string_view rest = line.substr(dots + 2);
        file_->new_oid = rest.substr(0, rest.find(' '));
        const size_t mode = rest.find(' ');
        if (mode != std::string_view::npos && file_->old_mode.empty()) {
          file_->old_mode = file_->new_mode = rest.substr(mode + 1);
        }
      } else if (line.starts_with("Binary files ")) {
        file_->binary = true;
      } else if (line == "GIT binary patch") {
        file_->binary = true;
        for (++i_; i_ < lines_.size() && !Cur().starts_with("diff "); ++i_) {
        }
        return;
      } else if (line.starts_with("--- ")) {
        FileMarkers();
        return;
      } else {
        return;  // the next file, or text between files
      }
    }
  }

  // "--- old" then "+++ new".
  void FileMarkers() {
    std::string old_path, new_path;
    std::string_view minus = Cur().substr(4);
    if (!ParseMarkerPath(minus, &old_path)) return Error("bad quoted path");
    ++i_;
    if (i_ >= lines_.size() || !Cur().starts_with("+++ ")) return Error("expected a '+++ ' line");
    if (!ParseMarkerPath(Cur().substr(4), &new_path)) return Error("bad quoted path");
    ++i_;
    if (old_path == "/dev/null") {
      file_->change = FileChange::kAdded;
      old_path.clear();
    }
    if (new_path == "/dev/null") {
      file_->change = FileChange::kDeleted;
      new_path.clear();
    }
    if (git_) {
      if (!has_rename_) {
        file_->old_path = StripPrefix(old_path, "a/");
        file_->new_path = StripPrefix(new_path, "b/");
      }
    } else {
      // Plain `diff -u dir1/f dir2/f`: strip one leading directory (like `patch -p1`) when the
      // two sides start with different directories.
      const size_t so = old_path.find('/'), sn = new_path.find('/');
      const bool strip = so != std::string::npos && sn != std::string::npos &&
                         old_path.substr(0, so) != new_path.substr(0, sn);
      file_->old_path = strip ? old_path.substr(so + 1) : old_path;
      file_->new_path = strip ? new_path.substr(sn + 1) : new_path;
      // Plain diffs name a backup or a second tree on the old side: the file is the new one.
      if (!old_path.empty() && !new_path.empty()) file_->old_path = file_->new_path;
    }
    if (old_path.empty()) file_->old_path.clear();
    if (new_path.empty()) file_->new_path.clear();
    if (i_ < lines_.size() && Cur().starts_with("@@ ")) Hunks();
  }

  void Hunks() {
    while (i_ < lines_.size() && errors_.empty() && Cur().starts_with("@@")) {
      if (Cur().starts_with("@@@")) {
        errors_.push_back({"diff.combined", "combined (merge) diffs are not supported", origin_,
                           LineNo(), 0, "diff against one parent, e.g. `git diff A...B`"});
        return;
      }
      Hunk h;
      h.patch_line = LineNo();
      if (!ParseHunkHeader(Cur(), &h)) return Error("malformed hunk header");
      ++i_;
      int old_left = h.old_count, new_left = h.new_count;
      int old_line = h.old_start, new_line = h.new_start;
      while (old_left > 0 || new_left > 0) {
        if (i_ >= lines_.size()) {
          return Error("hunk ends early: " + std::to_string(old_left) + " old and " +
                           std::to_string(new_left) + " new lines missing",
                       h.patch_line);
        }
        const std::string_view raw = lines_[i_];
        const char tag = raw.empty() ? ' ' : raw[0];
        const std::string body(raw.empty() ? raw : TrimCr(raw.substr(1)));
        if (tag == '\\') {
          ++i_;
          continue;
        }
        if (tag == ' ' && old_left > 0 && new_left > 0) {
          file_->context.push_back({new_line++, LineNo(), body});
          ++old_line;
          --old_left, --new_left;
        } else if (tag == '-' && old_left > 0) {
          file_->removed.push_back({old_line++, LineNo(), body});
          --old_left;
        } else if (tag == '+' && new_left > 0) {
          file_->added.push_back({new_line++, LineNo(), body});
          --new_left;
        } else {
          return Error("unexpected line inside a hunk (counts in the @@ header do not match)");
        }
        ++i_;
      }
      while (i_ < lines_.size() && Cur().starts_with("\\")) ++i_;
      file_->hunks.push_back(h);
    }
  }

  void Finish() {
    if (file_ == nullptr) return;
    for (const std::string* p : {&file_->old_path, &file_->new_path}) {
      if (!p->empty() && !IsSafeRelativePath(*p)) {
        errors_.push_back({"diff.unsafe-path", "path '" + *p + "' leaves the repository", origin_,
                           file_->patch_line, 0,
                           "patch paths must be relative and must not contain '..'"});
      }
    }
    if (file_->change == FileChange::kAdded) file_->old_path.clear();
    if (file_->change == FileChange::kDeleted) file_->new_path.clear();
    // Checked after the clearing above: an added file needs a new path, a deleted one an old.
    if (file_->path().empty()) {
      errors_.push_back(
          {"diff.malformed", "file header without a path", origin_, file_->patch_line, 0, ""});
    }
    file_ = nullptr;
  }

  std::string origin_;
  std::vector<std::string_view> lines_;
  size_t i_ = 0;
  ParsedDiff result_;
  FileDiff* file_ = nullptr;
  bool git_ = false;
  bool has_rename_ = false;
  Diagnostics errors_;
};

}  // namespace

std::string_view FileChangeName(FileChange c) {
  switch (c) {
    case FileChange::kAdded:
      return "added";
    case FileChange::kDeleted:
      return "deleted";
    case FileChange::kModified:
      return "modified";
    case FileChange::kRenamed:
      return "renamed";
    case FileChange::kCopied:
      return "copied";
  }
  return "modified";
}

Expected<ParsedDiff> ParseUnifiedDiff(std::string_view text, const std::string& origin) {
  return Parser(text, origin).Run();
}

bool UnquoteGitPath(std::string_view s, std::string* out) {
  out->clear();
  if (s.size() < 2 || s.front() != '"' || s.back() != '"') {
    if (s.starts_with('"')) return false;
    *out = std::string(s);
    return true;
  }
  s = s.substr(1, s.size() - 2);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      if (s[i] == '"') return false;
      out->push_back(s[i]);
      continue;
    }
    if (++i >= s.size()) return false;
    const char c = s[i];
    switch (c) {
      case 'a':
        out->push_back('\a');
        break;
      case 'b':
        out->push_back('\b');
        break;
      case 't':
        out->push_back('\t');
        break;
      case 'n':
        out->push_back('\n');
        break;
      case 'v':
        out->push_back('\v');
        break;
      case 'f':
        out->push_back('\f');
        break;
      case 'r':
        out->push_back('\r');
        break;
      case '"':
        out->push_back('"');
        break;
      case '\\':
        out->push_back('\\');
        break;
      default: {
        if (c < '0' || c > '3' || i + 2 >= s.size() || s[i + 1] < '0' || s[i + 1] > '7' ||
            s[i + 2] < '0' || s[i + 2] > '7') {
          return false;
        }
        out->push_back(static_cast<char>((c - '0') * 64 + (s[i + 1] - '0') * 8 + (s[i + 2] - '0')));
        i += 2;
      }
    }
  }
  return true;
}

bool IsSafeRelativePath(std::string_view path) {
  if (path.empty() || path.front() == '/' || path.find('\0') != std::string_view::npos) {
    return false;
  }
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const std::string_view seg = path.substr(
        start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    if (seg == "..") return false;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return true;
}

}  // namespace mergegate::parsers
