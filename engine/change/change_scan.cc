// Change rules over a change set, and the change-aware scan that combines them with file rules.
#include <algorithm>

#include "change/change_matcher.h"
#include "mergegate/change.h"
#include "mergegate/util.h"

namespace mergegate {
namespace {

constexpr size_t kMaxSnippetBytes = 240;

Finding MakeChangeFinding(const Rule& rule, const ChangeHit& hit) {
  Finding f;
  f.rule = &rule;
  f.path = hit.path;
  f.severity = rule.meta.severity;
  f.confidence = rule.meta.confidence;
  f.message = hit.detail.empty() ? rule.meta.message : rule.meta.message + " (" + hit.detail + ")";
  f.span.start_line = f.span.end_line = std::max(1, hit.line);
  f.span.start_column = f.span.end_column = 1;
  std::string snippet = hit.text;
  if (snippet.size() > kMaxSnippetBytes) snippet.replace(kMaxSnippetBytes, std::string::npos, "…");
  f.snippet = util::SanitizeUtf8(snippet);
  f.fingerprint =
      util::Sha256Hex(rule.meta.id + "\n" + hit.path + "\n" + hit.detail + "\n" + hit.text)
          .substr(0, 32);
  f.properties["change"] = "true";
  return f;
}

bool LooksBinary(std::string_view text) {
  return text.substr(0, 8192).find('\0') != std::string_view::npos;
}

}  // namespace

std::vector<ChangeFinding> EvaluateChangeRules(const PolicySet& policies,
                                               const parsers::ParsedDiff& diff,
                                               const ChangeConfig& config) {
  std::vector<ChangeFinding> out;
  for (const auto& rule : policies.rules()) {
    if (!rule->change) continue;
    std::vector<ChangeHit> hits;
    rule->change->Evaluate(diff, config, &hits);
    for (const ChangeHit& hit : hits)
      out.push_back({MakeChangeFinding(*rule, hit), hit.patch_line});
  }
  std::stable_sort(out.begin(), out.end(), [](const ChangeFinding& a, const ChangeFinding& b) {
    return FindingLess(a.finding, b.finding);
  });
  return out;
}

std::string SparsePostImage(const parsers::FileDiff& file) {
  std::vector<const parsers::DiffLine*> lines;
  for (const auto& l : file.added) lines.push_back(&l);
  for (const auto& l : file.context) lines.push_back(&l);
  std::sort(lines.begin(), lines.end(),
            [](const auto* a, const auto* b) { return a->line < b->line; });
  std::string text;
  int at = 1;
  for (const parsers::DiffLine* l : lines) {
    for (; at < l->line; ++at) text += '\n';
    text += l->text;
    text += '\n';
    at = l->line + 1;
  }
  return text;
}

ScanResults ScanChange(const Scanner& scanner, const PolicySet& policies,
                       const parsers::ParsedDiff& diff,
                       const std::vector<std::optional<std::string>>& post_images, DiffScope scope,
                       uint64_t max_file_bytes, const ChangeConfig& config) {
  ScanResults results;
  for (size_t i = 0; i < diff.files.size() && i < post_images.size(); ++i) {
    const parsers::FileDiff& file = diff.files[i];
    if (file.binary && file.change != parsers::FileChange::kDeleted) {
      results.skipped.push_back({file.path(), "binary"});
      continue;
    }
    if (!post_images[i]) continue;
    const std::string& text = *post_images[i];
    if (LooksBinary(text)) {
      results.skipped.push_back({file.path(), "binary"});
      continue;
    }
    if (text.size() > max_file_bytes) {
      results.skipped.push_back({file.path(), "too large"});
      continue;
    }
    FileScanResult scanned = scanner.ScanText(file.path(), text);
    ++results.files_scanned;
    results.bytes_scanned += text.size();
    if (scanned.skip_reason) results.skipped.push_back({file.path(), *scanned.skip_reason});
    for (Finding& f : scanned.findings) {
      if (InDiffScope(f, file, scope)) results.findings.push_back(std::move(f));
    }
  }
  for (ChangeFinding& cf : EvaluateChangeRules(policies, diff, config))
    results.findings.push_back(std::move(cf.finding));
  std::stable_sort(results.findings.begin(), results.findings.end(), FindingLess);
  return results;
}

}  // namespace mergegate
