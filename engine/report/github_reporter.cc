// GitHub Actions: one workflow command per open finding (`::error file=…,line=…::…`), capped
// because Actions shows only 10 errors and 10 warnings per step (50 per job); the verdict line;
// and, when $GITHUB_STEP_SUMMARY is set, the markdown summary appended to it.
#include <fstream>

#include "report/reporters.h"

namespace mergegate {
namespace {

constexpr size_t kMaxAnnotations = 50;

// Workflow-command escaping: data escapes % CR LF; property values also ':' and ','.
std::string Escape(std::string_view s, bool property) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      case ':':
        out += property ? "%3A" : ":";
        break;
      case ',':
        out += property ? "%2C" : ",";
        break;
      default:
        out += c;
    }
  }
  return out;
}

const char* Command(const Finding& f, Severity fail_on) {
  if (f.blocking && f.severity >= fail_on) return "error";
  return f.severity >= Severity::kLow ? "warning" : "notice";
}

class GithubReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions& options,
             std::ostream& out) const override {
    size_t emitted = 0, open = 0;
    for (const Finding& f : report.findings) {
      if (f.status != FindingStatus::kOpen) continue;
      ++open;
      if (emitted == kMaxAnnotations) continue;
      ++emitted;
      const std::string title =
          f.rule->meta.id + " (" + std::string(SeverityName(f.severity)) + ")";
      out << "::" << Command(f, report.fail_on) << " file=" << Escape(f.path, true)
          << ",line=" << f.span.start_line << ",endLine=" << f.span.end_line
          << ",col=" << f.span.start_column << ",title=" << Escape(title, true)
          << "::" << Escape(f.message, false)
          << Escape(f.status_reason.empty() ? "" : " (" + f.status_reason + ")", false) << "\n";
    }
    if (open > emitted) {
      out << "::notice title=mergegate::" << open - emitted
          << " more finding(s) not annotated; see the job summary or the SARIF upload\n";
    }
    for (const Diagnostic& d : report.errors) {
      std::string props;
      if (!d.file.empty()) props = " file=" + Escape(d.file, true);
      if (!d.file.empty() && d.line > 0) props += ",line=" + std::to_string(d.line);
      out << "::error" << props << "::" << Escape(FormatDiagnostic(d), false) << "\n";
    }
    for (const std::string& n : report.notices)
      out << "::warning title=mergegate::" << Escape(n, false) << "\n";
    out << "mergegate verdict: " << VerdictLabel(report.verdict);
    for (const std::string& r : report.verdict.reasons) out << " - " << r;
    out << "\n";
    if (!options.step_summary_path.empty()) {
      std::ofstream summary(options.step_summary_path, std::ios::binary | std::ios::app);
      WriteMarkdownSummary(report, summary);
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeGithubReporter() { return std::make_unique<GithubReporter>(); }

}  // namespace mergegate
