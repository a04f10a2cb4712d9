#include "mergegate/fixture_check.h"

#include <re2/re2.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "mergegate/change.h"
#include "mergegate/parsers/diff.h"
#include "mergegate/scan.h"
#include "mergegate/util.h"

namespace fs = std::filesystem;

namespace mergegate {
namespace {

struct Expectations {
  std::set<int> positive, negative, todo;
};

// Parses the markers naming `rule_id`. A marker applies to the next line without a marker.
Expectations ParseMarkers(const std::string& rule_id, std::string_view text) {
  static const RE2 kMarker(
      "(?:^|[^A-Za-z0-9_-])(todoruleid|ruleid|todook|ok):\\s*([A-Za-z0-9._-]+(?:\\s*,\\s*[A-Za-z0-"
      "9._-]+)*)");
  Expectations e;
  const util::LineIndex lines(text);
  std::vector<std::pair<std::string, int>> pending;  // (kind, marker line)
  for (int n = 1; n <= lines.line_count(); ++n) {
    const std::string_view text_line = lines.LineText(n);
    re2::StringPiece line(text_line.data(), text_line.size());
    std::string kind, ids;
    bool marker = false;
    while (RE2::FindAndConsume(&line, kMarker, &kind, &ids)) {
      std::stringstream ss(ids);
      for (std::string id; std::getline(ss, id, ',');) {
        id.erase(0, id.find_first_not_of(" \t"));
        id.erase(id.find_last_not_of(" \t") + 1);
        if (id == rule_id) {
          pending.emplace_back(kind, n);
          marker = true;
        }
      }
    }
    if (marker) continue;
    for (const auto& [k, marker_line] : pending) {
      if (k == "ruleid") {
        e.positive.insert(n);
      } else if (k == "ok") {
        e.negative.insert(n);
      } else {
        e.todo.insert(n);
      }
    }
    pending.clear();
  }
  return e;
}

std::string WithoutFixtureSuffix(const std::string& path) {
  const size_t pos = path.find(".fixture.");
  return pos == std::string::npos ? path : path.substr(0, pos) + path.substr(pos + 8);
}

}  // namespace

void CheckFixtureText(const Rule& rule, const std::string& fixture_path, const std::string& text,
                      FixtureReport* report) {
  ++report->fixtures_checked;
  const Expectations expected = ParseMarkers(rule.meta.id, text);
  PolicySet single({std::shared_ptr<const Rule>(std::shared_ptr<const Rule>{}, &rule)});
  auto problem = [&](int line, std::string message) {
    report->problems.push_back({rule.meta.id, fixture_path, line, std::move(message)});
  };
  std::set<int> reported;
  if (rule.meta.kind == RuleKind::kChange) {
    // A change rule's fixture is a diff; a finding counts on the patch line it came from (the
    // added or removed line, or the file's `diff --git` line for file-level findings).
    Expected<parsers::ParsedDiff> diff = parsers::ParseUnifiedDiff(text, fixture_path);
    if (!diff) {
      for (const Diagnostic& d : diff.error()) problem(d.line, d.message);
      return;
    }
    // Fixtures exercise every check, including those a configuration must turn on.
    ChangeConfig config;
    config.require_tests = true;
    for (const ChangeFinding& f : EvaluateChangeRules(single, *diff, config))
      reported.insert(f.patch_line);
  } else {
    ScanOptions options;
    options.ignore_rule_paths = true;
    const Scanner scanner(single, options);
    const FileScanResult result = scanner.ScanText(WithoutFixtureSuffix(fixture_path), text);
    for (const Finding& f : result.findings) reported.insert(f.span.start_line);
    if (result.skip_reason) problem(0, "fixture not fully scanned: " + *result.skip_reason);
  }
  for (int line : expected.positive) {
    ++report->cases_checked;
    if (!reported.contains(line))
      problem(line, "expected a finding (ruleid) but none was reported");
  }
  report->cases_checked += static_cast<int>(expected.negative.size());
  for (int line : reported) {
    if (expected.positive.contains(line) || expected.todo.contains(line)) continue;
    problem(line, expected.negative.contains(line) ? "reported a line marked ok"
                                                   : "unexpected finding (no ruleid marker)");
  }
}

FixtureReport CheckFixtures(const PolicySet& policies) {
  FixtureReport report;
  for (const auto& rule : policies.rules()) {
    const fs::path origin(rule->meta.origin);
    if (rule->meta.origin.starts_with("builtin:")) continue;
    ++report.rules_checked;
    std::string stem = origin.filename().string();
    if (const size_t dot = stem.rfind('.'); dot != std::string::npos) stem.resize(dot);
    std::vector<fs::path> fixtures;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(origin.parent_path(), ec)) {
      const std::string name = entry.path().filename().string();
      if (name.starts_with(stem + ".fixture.")) fixtures.push_back(entry.path());
    }
    std::sort(fixtures.begin(), fixtures.end());
    if (fixtures.empty()) {
      report.problems.push_back(
          {rule->meta.id, origin.string(), 0, "no fixture file (" + stem + ".fixture.<ext>)"});
      continue;
    }
    std::set<std::string> kinds_seen;
    for (const fs::path& fixture : fixtures) {
      std::ifstream in(fixture, std::ios::binary);
      std::ostringstream text;
      text << in.rdbuf();
      const std::string content = text.str();
      const Expectations e = ParseMarkers(rule->meta.id, content);
      if (!e.positive.empty()) kinds_seen.insert("ruleid");
      if (!e.negative.empty()) kinds_seen.insert("ok");
      CheckFixtureText(*rule, fixture.string(), content, &report);
    }
    if (!kinds_seen.contains("ruleid")) {
      report.problems.push_back(
          {rule->meta.id, fixtures[0].string(), 0, "no positive case (ruleid:)"});
    }
    if (!kinds_seen.contains("ok"))
      report.problems.push_back({rule->meta.id, fixtures[0].string(), 0, "no negative case (ok:)"});
  }
  return report;
}

}  // namespace mergegate
