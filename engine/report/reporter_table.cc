// The one table of output formats. A new format is one reporter file plus one row here.
#include "report/reporters.h"

namespace mergegate {
namespace {

struct Row {
  std::string_view name;
  std::unique_ptr<Reporter> (*make)();
};

const Row kReporters[] = {
    {"text", &MakeTextReporter},
    {"json", &MakeJsonReporter},
    {"sarif", &MakeSarifReporter},
    {"github", &MakeGithubReporter},
    {"gitlab-sast", &MakeGitlabSastReporter},
    {"gitlab-secrets", &MakeGitlabSecretsReporter},
    {"junit", &MakeJunitReporter},
    {"markdown", &MakeMarkdownReporter},
};

}  // namespace

std::unique_ptr<Reporter> MakeReporter(std::string_view format) {
  for (const Row& row : kReporters) {
    if (row.name == format) return row.make();
  }
  return nullptr;
}

std::vector<std::string> ReporterNames() {
  std::vector<std::string> names;
  for (const Row& row : kReporters) names.emplace_back(row.name);
  return names;
}

}  // namespace mergegate
