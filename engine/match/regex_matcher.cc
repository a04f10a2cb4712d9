#include "match/regex_matcher.h"

#include <algorithm>

#include "match/keyword_coverage.h"
#include "match/regex_syntax.h"
#include "match/secret_checks.h"
#include "mergegate/parsers/glob.h"
#include "mergegate/util.h"

namespace mergegate {

RE2::Options MatcherRe2Options() {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);  // per regex; RE2 falls back to slower engines beyond it
  return options;
}

std::shared_ptr<const RegexMatcher> RegexMatcher::Compile(const RegexSpec& spec, bool deferred,
                                                          std::string* field, std::string* error) {
  std::shared_ptr<RegexMatcher> m(new RegexMatcher());
  m->spec_ = spec;
  // (?m): ^ and $ match at line boundaries, which is what rule authors expect of source files.
  m->set_pattern_ = "(?m)" + spec.regex;
  if (deferred) return m;
  m->compiled_ = m->CompileRegexes(field, error);
  if (!m->compiled_) return nullptr;
  return m;
}

std::unique_ptr<RegexMatcher::Compiled> RegexMatcher::CompileRegexes(std::string* field,
                                                                     std::string* error) const {
  auto c = std::make_unique<Compiled>();
  c->re = std::make_unique<RE2>(set_pattern_, MatcherRe2Options());
  if (!c->re->ok()) {
    *field = "regex";
    *error = c->re->error();
    return nullptr;
  }
  const int groups = c->re->NumberOfCapturingGroups();
  c->secret_group = spec_.secret_group >= 0 ? spec_.secret_group : (groups > 0 ? 1 : 0);
  if (c->secret_group > groups) {
    *field = "secret-group";
    *error = "the regex has only " + std::to_string(groups) + " capture group(s)";
    return nullptr;
  }
  c->floor = RunFloor::Of(set_pattern_, c->secret_group, groups);
  const auto ascii = regex_syntax::Parse(set_pattern_, regex_syntax::Folding::kAsciiOnly);
  c->max_newlines = ascii ? regex_syntax::MaxNewlines(ascii->root) : regex_syntax::kUnbounded;
  c->keywords_cover = ascii && KeywordInEveryMatch(ascii->root, spec_.keywords);
  auto compile_all = [&](const std::vector<std::string>& patterns, const char* name,
                         std::vector<std::unique_ptr<RE2>>* out) {
    for (size_t i = 0; i < patterns.size(); ++i) {
      auto re = std::make_unique<RE2>(patterns[i], MatcherRe2Options());
      if (!re->ok()) {
        *field = std::string("allow/") + name + "/" + std::to_string(i);
        *error = re->error();
        return false;
      }
      out->push_back(std::move(re));
    }
    return true;
  };
  if (!compile_all(spec_.allow_secrets, "secrets", &c->allow_secrets)) return nullptr;
  if (!compile_all(spec_.allow_lines, "lines", &c->allow_lines)) return nullptr;
  return c;
}

const RegexMatcher::Compiled* RegexMatcher::Regexes(std::string* error) const {
  std::call_once(once_, [&] {
    if (compiled_) return;  // compiled eagerly
    std::string field, message;
    compiled_ = CompileRegexes(&field, &message);
    if (!compiled_) compile_error_ = field + ": " + message;
  });
  if (!compiled_) *error = compile_error_;
  return compiled_.get();
}

bool RegexMatcher::Accepted(const Compiled& c, std::string_view text, std::string_view secret,
                            uint32_t secret_start) const {
  if (spec_.min_entropy > 0 && util::ShannonEntropy(secret) < spec_.min_entropy) return false;
  for (const std::string& stop : spec_.stopwords) {
    if (util::ContainsIgnoreCase(secret, stop)) return false;
  }
  for (const auto& re : c.allow_secrets) {
    if (RE2::PartialMatch(secret, *re)) return false;
  }
  if (!c.allow_lines.empty()) {
    size_t line_start = text.rfind('\n', secret_start);
    line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
    size_t line_end = text.find('\n', secret_start);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(line_start, line_end - line_start);
    for (const auto& re : c.allow_lines) {
      if (RE2::PartialMatch(line, *re)) return false;
    }
  }
  if (spec_.is_secret && IsPlaceholderSecret(secret)) return false;
  return true;
}

namespace {

// Beyond this many newlines in a match, windows would be too wide to be worth building.
constexpr uint32_t kMaxWindowNewlines = 8;

std::vector<TextWindow> WholeText(std::string_view text) {
  return {{0, static_cast<uint32_t>(text.size())}};
}

}  // namespace

std::vector<TextWindow> RegexMatcher::SearchWindows(const Compiled& c, std::string_view text,
                                                    const KeywordStarts* keyword_starts) const {
  if (keyword_starts == nullptr || c.max_newlines > kMaxWindowNewlines) return WholeText(text);
  std::vector<uint32_t> anchors;
  if (c.keywords_cover) {
    for (const std::vector<uint32_t>* s : *keyword_starts)
      anchors.insert(anchors.end(), s->begin(), s->end());
    std::sort(anchors.begin(), anchors.end());
  } else if (const auto strongest = c.floor.Strongest()) {
    anchors = RunStarts(text, strongest->first, strongest->second);
  } else {
    return WholeText(text);
  }
  std::vector<TextWindow> windows = LineWindows(text, anchors, c.max_newlines);
  size_t covered = 0;
  for (const TextWindow& w : windows) covered += w.end - w.begin;
  // Searching most of the text window by window costs more than one search of all of it.
  return covered * 2 > text.size() ? WholeText(text) : windows;
}

std::vector<TextWindow> RegexMatcher::SearchWindows(std::string_view text,
                                                    const KeywordStarts* keyword_starts) const {
  std::string error;
  if (const Compiled* c = Regexes(&error)) return SearchWindows(*c, text, keyword_starts);
  return WholeText(text);
}

bool RegexMatcher::Find(std::string_view path, std::string_view text,
                        const KeywordStarts* keyword_starts, std::vector<MatchRange>* out,
                        std::string* error) const {
  for (const std::string& glob : spec_.allow_paths) {
    if (parsers::GlobMatch(glob, path)) return true;
  }
  const Compiled* c = Regexes(error);
  if (c == nullptr) return false;
  size_t pos = 0;
  for (const TextWindow& w : SearchWindows(*c, text, keyword_starts)) {
    if (!c->floor.SatisfiedBy(text.substr(w.begin, w.end - w.begin))) continue;
    pos = std::max<size_t>(pos, w.begin);
    FindInWindow(*c, text, w, &pos, out);
  }
  return true;
}

void RegexMatcher::FindInWindow(const Compiled& c, std::string_view text, TextWindow window,
                                size_t* pos, std::vector<MatchRange>* out) const {
  const RE2& re = *c.re;
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  // RE2 sees the whole text, so assertions at the window's edges judge by the real neighbours.
  while (*pos <= window.end &&
         re.Match(text, *pos, window.end, RE2::UNANCHORED, groups.data(), n)) {
    const std::string_view whole(groups[0].data(), groups[0].size());
    const size_t start = static_cast<size_t>(whole.data() - text.data());
    // Empty matches advance by one byte so the loop always terminates.
    *pos = whole.empty() ? start + 1 : start + whole.size();
    const re2::StringPiece& group = groups[static_cast<size_t>(c.secret_group)];
    std::string_view secret(group.data(), group.size());
    if (secret.data() == nullptr) secret = whole;
    const auto secret_start = static_cast<uint32_t>(secret.data() - text.data());
    if (!Accepted(c, text, secret, secret_start)) continue;
    MatchRange range;
    range.start_byte = static_cast<uint32_t>(start);
    range.end_byte = static_cast<uint32_t>(start + whole.size());
    range.secret_start = secret_start;
    range.secret_end = secret_start + static_cast<uint32_t>(secret.size());
    if (!spec_.validator.empty()) {
      const ValidatorResult v = RunValidator(spec_.validator, secret, whole);
      if (v == ValidatorResult::kInvalid) continue;
      range.low_confidence = v == ValidatorResult::kUnknown;
    }
    out->push_back(range);
  }
}

}  // namespace mergegate
