// Finding `mergegate: ignore[...]` directives in line comments (see mergegate/suppression.h).
#include <re2/re2.h>

#include "mergegate/parsers/language.h"
#include "mergegate/suppression.h"
#include "mergegate/util.h"

namespace mergegate {
namespace {

constexpr std::string_view kMarker = "mergegate:";

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The comment body after a starter must be exactly the directive: "mergegate:" then "ignore",
// then an optional "[ids]", then the reason. "mergegate: ignored" or "xmergegate:" never match.
bool ParseDirective(std::string_view body, SuppressionDirective* d) {
  static const RE2 kDirective(R"(mergegate:[ \t]*ignore(?:\[([^\]]*)\])?(?:[ \t]+(.*))?)");
  std::string ids, reason;
  if (!RE2::FullMatch(body, kDirective, &ids, &reason)) return false;
  std::string_view rest = ids;
  while (!rest.empty()) {
    const size_t comma = rest.find(',');
    const std::string_view id = Trim(rest.substr(0, comma));
    if (!id.empty()) d->rule_ids.emplace_back(id);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  std::string_view r = Trim(reason);
  // A block-comment closer written on the same line is not part of the reason.
  for (std::string_view closer : {"*/", "-->"}) {
    if (r.ends_with(closer)) r = Trim(r.substr(0, r.size() - closer.size()));
  }
  d->reason = std::string(r);
  return true;
}

}  // namespace

std::vector<SuppressionDirective> FindSuppressionDirectives(std::string_view path,
                                                            std::string_view text) {
  std::vector<SuppressionDirective> out;
  if (text.find(kMarker) == std::string_view::npos) return out;
  // Documentation shows directives as examples; it has no code to suppress.
  for (std::string_view doc : {".md", ".markdown", ".rst"}) {
    if (path.ends_with(doc)) return out;
  }
  static const std::vector<std::string_view> kDefaultStarters = {"#", "//"};
  const parsers::Language* lang = parsers::DetectLanguage(path);
  const std::vector<std::string_view>& starters =
      lang != nullptr && !lang->line_comments.empty() ? lang->line_comments : kDefaultStarters;
  const util::LineIndex lines(text);
  for (int n = 1; n <= lines.line_count(); ++n) {
    const std::string_view line = lines.LineText(n);
    const size_t marker = line.find(kMarker);
    if (marker == std::string_view::npos) continue;
    // The marker must directly follow a comment starter (and optional blanks).
    const std::string_view before = line.substr(0, marker);
    size_t starter_at = std::string_view::npos;
    for (std::string_view starter : starters) {
      std::string_view head = before;
      while (!head.empty() && (head.back() == ' ' || head.back() == '\t')) head.remove_suffix(1);
      if (head.ends_with(starter)) {
        starter_at = head.size() - starter.size();
        break;
      }
    }
    if (starter_at == std::string_view::npos) continue;
    SuppressionDirective d;
    if (!ParseDirective(line.substr(marker), &d)) continue;
    d.path = std::string(path);
    d.line = n;
    d.column = static_cast<int>(marker) + 1;
    d.standalone = Trim(line.substr(0, starter_at)).empty();
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace mergegate
