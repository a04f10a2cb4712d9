// `gitlab-sast`: code findings as GitLab's SAST report (artifacts:reports:sast).
#include "report/reporters.h"

namespace mergegate {
namespace {

class GitlabSastReporter final : public Reporter {
 public:
  void Write(const RunReport& report, const ReportOptions&, std::ostream& out) const override {
    WriteGitlabReport(report, /*secrets=*/false, out);
  }
};

}  // namespace

std::unique_ptr<Reporter> MakeGitlabSastReporter() {
  return std::make_unique<GitlabSastReporter>();
}

}  // namespace mergegate
