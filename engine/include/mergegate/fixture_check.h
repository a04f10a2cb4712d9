// Policy tests: runs each rule against the fixture file(s) beside it and compares findings
// line by line with the expectations marked in the fixture, the way Semgrep users know:
//   ruleid: <id>      the next code line must be reported by <id>
//   ok: <id>          the next code line must not be reported (a negative case)
//   todoruleid: <id>  known false negative (not checked)
//   todook: <id>      known false positive (not checked)
// Fixtures are named "<rule-file-stem>.fixture.<ext>"; <ext> picks the language. A `kind:
// change` rule's fixture is a unified diff (`<stem>.fixture.diff`): markers sit on the patch
// line before the expected one (`+# ruleid: <id>` before an added line, a `# ruleid: <id>` line
// between files before a `diff --git` line for file-level findings).
#pragma once

#include <string>
#include <vector>

#include "mergegate/policy.h"

namespace mergegate {

struct FixtureProblem {
  std::string rule_id;
  std::string file;  // the fixture (or the rule file when the fixture is missing)
  int line = 0;
  std::string message;
};

struct FixtureReport {
  int rules_checked = 0;
  int fixtures_checked = 0;
  int cases_checked = 0;  // ruleid + ok markers compared
  std::vector<FixtureProblem> problems;
};

// Checks every rule of `policies` that was loaded from a file on disk. A rule passes when it has
// at least one positive and one negative case and its findings match every marker.
FixtureReport CheckFixtures(const PolicySet& policies);

// Checks one rule against one fixture text. `fixture_path` names the fixture (for language
// detection and messages).
void CheckFixtureText(const Rule& rule, const std::string& fixture_path, const std::string& text,
                      FixtureReport* report);

}  // namespace mergegate
