// Human output: one block per finding with a code frame, then a summary and the verdict.
#include <array>
#include <map>

#include "report/reporters.h"

namespace mergegate {
namespace {

struct Palette {
  const char* bold = "";
  const char* dim = "";
  const char* red = "";
  const char* yellow = "";
  const char* green = "";
  const char* reset = "";
};

Palette MakePalette(bool color) {
  if (!color) return {};
  return {"\033[1m", "\033[2m", "\033[31m", "\033[33m", "\033[32m", "\033[0m"};
}

const char* SeverityColour(Severity s, const Palette& p) {
  return s >= Severity::kHigh ? p.red : s == Severity::kMedium ? p.yellow : p.dim;
}

// Display width of `s` in code points (good enough for a caret line).
size_t Width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

class TextReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions& options,
             std::ostream& out) const override {
    const Palette p = MakePalette(options.color);
    std::map<Severity, size_t> open_counts;
    std::map<FindingStatus, size_t> hidden_counts;
    for (const Finding& f : report.findings) {
      if (f.status != FindingStatus::kOpen) {
        ++hidden_counts[f.status];
        continue;
      }
      ++open_counts[f.severity];
      out << p.bold << f.path << ":" << f.span.start_line << ":" << f.span.start_column << p.reset
          << " " << SeverityColour(f.severity, p) << SeverityName(f.severity) << p.reset << " "
          << f.rule->meta.id << " " << f.message;
      if (!f.blocking) out << " (warn)";
      if (!f.status_reason.empty()) out << " [" << f.status_reason << "]";
      out << "\n";
      if (const auto c = f.properties.find("commit"); c != f.properties.end()) {  // history scans
        const auto get = [&](const char* k) {
          const auto it = f.properties.find(k);
          return it == f.properties.end() ? std::string() : it->second;
        };
        out << p.dim << "  commit " << c->second << " by " << get("author") << " on " << get("date")
            << p.reset << "\n";
      }
      WriteFrame(f, p, out);
    }
    for (const Diagnostic& d : report.errors) out << FormatDiagnostic(d) << "\n";
    for (const std::string& n : report.notices)
      out << p.yellow << "notice: " << p.reset << n << "\n";

    size_t open_total = 0;
    for (const auto& [sev, n] : open_counts) open_total += n;
    out << (open_total > 0 || !report.errors.empty() ? "\n" : "") << open_total << " finding(s)";
    if (open_total > 0) {
      out << " (";
      bool first = true;
      for (Severity s : {Severity::kCritical, Severity::kHigh, Severity::kMedium, Severity::kLow,
                         Severity::kInfo}) {
        if (open_counts[s] == 0) continue;
        out << (first ? "" : ", ") << SeverityName(s) << ": " << open_counts[s];
        first = false;
      }
      out << ")";
    }
    for (const auto& [status, n] : hidden_counts) out << ", " << n << " " << StatusName(status);
    out << "; " << report.files_scanned << " file(s) scanned";
    if (report.files_from_cache) out << " (" << *report.files_from_cache << " from cache)";
    if (!report.skipped.empty()) {
      std::map<std::string, size_t> reasons;
      for (const auto& s : report.skipped) ++reasons[s.reason.substr(0, s.reason.find(' '))];
      out << ", " << report.skipped.size() << " skipped (";
      bool first = true;
      for (const auto& [reason, n] : reasons) {
        out << (first ? "" : ", ") << reason << ": " << n;
        first = false;
      }
      out << ")";
    }
    out << "\n";
    const Verdict& v = report.verdict;
    const char* colour = v.decision == Decision::kApprove ? p.green : p.red;
    out << p.bold << (v.overridden ? p.yellow : colour) << "verdict: " << VerdictLabel(v)
        << p.reset;
    for (const std::string& r : v.reasons) out << " - " << r;
    out << "\n";
  }

 private:
  static void WriteFrame(const Finding& f, const Palette& p, std::ostream& out) {
    if (f.snippet.empty()) return;
    const std::string number = std::to_string(f.span.start_line);
    out << p.dim << "  " << number << " | " << p.reset << f.snippet << "\n";
    const size_t col = static_cast<size_t>(std::max(1, f.span.start_column)) - 1;
    size_t len = 1;
    if (f.rule->meta.kind == RuleKind::kSecret) {
      len = Width(f.secret_preview);
    } else if (f.span.end_line == f.span.start_line && f.span.end_column > f.span.start_column) {
      len = static_cast<size_t>(f.span.end_column - f.span.start_column);
    } else {
      len = std::max<size_t>(1, Width(f.snippet) > col ? Width(f.snippet) - col : 1);
    }
    out << p.dim << "  " << std::string(number.size(), ' ') << " | " << p.reset
        << std::string(col, ' ') << SeverityColour(f.severity, p) << std::string(len, '^')
        << p.reset << "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter() { return std::make_unique<TextReporter>(); }

}  // namespace mergegate
