// `gitlab-secrets`: secret findings as GitLab's secret detection report
// (artifacts:reports:secret_detection); each location names the commit.
#include "report/reporters.h"

namespace mergegate {
namespace {

class GitlabSecretsReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions&, std::ostream& out) const override {
    WriteGitlabReport(report, /*secrets=*/true, out);
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeGitlabSecretsReporter() {
  return std::make_unique<GitlabSecretsReporter>();
}

}  // namespace mergegate
