// JUnit XML for CI test tabs: one testcase per rule that ran, one <failure> per open finding;
// excepted findings are listed in the testcase's <system-out>.
#include <algorithm>
#include <cstdio>
#include <map>

#include "report/reporters.h"

namespace mergegate {
namespace {

std::string Xml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        // XML 1.0 forbids most control characters.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
          out += ' ';
        } else {
          out += c;
        }
    }
  }
  return out;
}

double Seconds(const RunReport& r) {
  return std::chrono::duration<double>(r.end_time - r.start_time).count();
}

class JunitReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions&, std::ostream& out) const override {
    std::map<const Rule*, std::vector<const Finding*>> by_rule;
    std::vector<const Rule*> order = report.rules;
    for (const Rule* r : report.rules) by_rule[r];
    for (const Finding& f : report.findings) {
      if (!by_rule.contains(f.rule)) order.push_back(f.rule);
      by_rule[f.rule].push_back(&f);
    }
    size_t failures = 0;  // testcases (rules) with at least one open finding
    for (const auto& [rule, list] : by_rule) {
      failures += std::any_of(list.begin(), list.end(),
                              [](const Finding* f) { return f->status == FindingStatus::kOpen; });
    }
    const size_t errors = report.errors.empty() ? 0 : 1;
    char time[32];
    std::snprintf(time, sizeof time, "%.3f", Seconds(report));
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<testsuites name=\"mergegate\" tests=\"" << order.size() + errors << "\" failures=\""
        << failures << "\" errors=\"" << errors << "\" time=\"" << time << "\">\n"
        << "  <testsuite name=\"mergegate " << Xml(report.command) << "\" tests=\""
        << order.size() + errors << "\" failures=\"" << failures << "\" errors=\"" << errors
        << "\" skipped=\"0\" time=\"" << time << "\" timestamp=\""
        << FormatUtcTime(report.start_time) << "\">\n"
        << "    <properties>\n"
        << "      <property name=\"verdict\" value=\"" << Xml(VerdictLabel(report.verdict))
        << "\"/>\n"
        << "      <property name=\"fail_on\" value=\"" << SeverityName(report.fail_on) << "\"/>\n"
        << "    </properties>\n";
    for (const Rule* rule : order) {
      const RuleMeta& m = rule->meta;
      out << "    <testcase classname=\"mergegate." << Xml(m.pack) << "\" name=\"" << Xml(m.id)
          << "\"";
      const auto& list = by_rule[rule];
      if (list.empty()) {
        out << "/>\n";
        continue;
      }
      out << ">\n";
      std::string excepted;
      for (const Finding* f : list) {
        const std::string where = f->path + ":" + std::to_string(f->span.start_line) + ":" +
                                  std::to_string(f->span.start_column);
        if (f->status != FindingStatus::kOpen) {
          excepted += StatusName(f->status) + " " + where + ": " + f->status_reason + "\n";
          continue;
        }
        out << "      <failure type=\"" << SeverityName(f->severity) << "\" message=\""
            << Xml(where + " " + f->message) << "\">"
            << Xml(where + " " + m.id + " (" + std::string(SeverityName(f->severity)) +
                   (f->blocking ? "" : ", warn") + ")\n" + f->message + "\n" + f->snippet)
            << "</failure>\n";
      }
      if (!excepted.empty()) out << "      <system-out>" << Xml(excepted) << "</system-out>\n";
      out << "    </testcase>\n";
    }
    if (errors > 0) {
      std::string text;
      for (const Diagnostic& d : report.errors) text += FormatDiagnostic(d) + "\n";
      out << "    <testcase classname=\"mergegate\" name=\"scan completed\">\n"
          << "      <error message=\"the scan did not complete\">" << Xml(text) << "</error>\n"
          << "    </testcase>\n";
    }
    out << "  </testsuite>\n</testsuites>\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeJunitReporter() { return std::make_unique<JunitReporter>(); }

}  // namespace mergegate
