// Markdown for a PR comment or a GitHub job summary: the verdict first, then counts, then
// findings grouped by severity (linked to the file at the scanned revision when known), then
// every exception with its reason.
#include <functional>
#include <map>

#include "report/reporters.h"

namespace mergegate {
namespace {

constexpr size_t kMaxListed = 100;  // keeps a comment well under GitHub's 65536 characters

// Escapes characters that would break a table cell or start markdown formatting.
std::string Cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|' || c == '*' || c == '_' || c == '`' || c == '<' || c == '>' || c == '[' ||
        c == ']')
      out += '\\';
    out += c == '\n' ? ' ' : c;
  }
  return out;
}

std::string Location(const RunReport& report, const Finding& f) {
  const std::string label = f.path + ":" + std::to_string(f.span.start_line);
  if (report.vcs.repository_uri.empty() || report.vcs.revision.empty()) return "`" + label + "`";
  return "[`" + label + "`](" + report.vcs.repository_uri + "/blob/" + report.vcs.revision + "/" +
         f.path + "#L" + std::to_string(f.span.start_line) + ")";
}

const char* Icon(const Verdict& v) {
  if (v.overridden) return "⚠️";
  return v.decision == Decision::kApprove ? "✅" : v.decision == Decision::kBlock ? "❌" : "🛑";
}

}  // namespace

void WriteMarkdownSummary(const RunReport& report, std::ostream& out) {
  const Verdict& v = report.verdict;
  out << "## " << Icon(v) << " mergegate: " << VerdictLabel(v) << "\n\n";
  for (const std::string& r : v.reasons) out << "- " << Cell(r) << "\n";
  out << "\n";
  std::map<Severity, std::vector<const Finding*>, std::greater<>> open;
  std::vector<const Finding*> excepted;
  for (const Finding& f : report.findings) {
    if (f.status == FindingStatus::kOpen) {
      open[f.severity].push_back(&f);
    } else {
      excepted.push_back(&f);
    }
  }
  out << "| severity | open |\n|---|---|\n";
  for (Severity s :
       {Severity::kCritical, Severity::kHigh, Severity::kMedium, Severity::kLow, Severity::kInfo}) {
    out << "| " << SeverityName(s) << " | " << (open.contains(s) ? open[s].size() : 0) << " |\n";
  }
  std::map<std::string, size_t> by_status;
  for (const Finding* f : excepted) ++by_status[StatusName(f->status)];
  out << "\n"
      << report.files_scanned << " file(s) scanned, threshold `" << SeverityName(report.fail_on)
      << "`";
  for (const auto& [status, n] : by_status) out << ", " << n << " " << status;
  out << ".\n";
  size_t listed = 0, total = 0;
  for (const auto& [severity, list] : open) {
    out << "\n### " << SeverityName(severity) << " (" << list.size() << ")\n\n";
    for (const Finding* f : list) {
      ++total;
      if (listed == kMaxListed) continue;
      ++listed;
      out << "- " << Location(report, *f) << " **" << Cell(f->rule->meta.id)
          << "**: " << Cell(f->message) << (f->blocking ? "" : " _(warn)_")
          << (f->status_reason.empty() ? "" : " — " + Cell(f->status_reason)) << "\n";
    }
  }
  if (total > listed) out << "\n…and " << total - listed << " more; see the full report.\n";
  if (!excepted.empty()) {
    out << "\n<details><summary>Exceptions (" << excepted.size() << ")</summary>\n\n"
        << "| status | rule | location | reason |\n|---|---|---|---|\n";
    size_t shown = 0;
    for (const Finding* f : excepted) {
      if (shown++ == kMaxListed) break;
      std::string reason = f->status_reason;
      const auto owner = f->properties.find("waiver_owner");
      if (owner != f->properties.end()) reason += " (owner " + owner->second + ")";
      out << "| " << StatusName(f->status) << " | " << Cell(f->rule->meta.id) << " | "
          << Location(report, *f) << " | " << Cell(reason) << " |\n";
    }
    out << "\n</details>\n";
  }
  if (!report.notices.empty()) {
    out << "\n**Notices**\n\n";
    for (const std::string& n : report.notices) out << "- " << Cell(n) << "\n";
  }
  if (!report.errors.empty()) {
    out << "\n**Errors**\n\n";
    for (const Diagnostic& d : report.errors) out << "- " << Cell(FormatDiagnostic(d)) << "\n";
  }
}

namespace {

class MarkdownReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions&, std::ostream& out) const override {
    WriteMarkdownSummary(report, out);
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeMarkdownReporter() { return std::make_unique<MarkdownReporter>(); }

}  // namespace mergegate
