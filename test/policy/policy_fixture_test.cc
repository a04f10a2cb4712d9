// Runs every built-in rule against the fixture beside it (policies/<pack>/<rule>.fixture.*):
// each rule needs a positive and a negative case and must match its markers line by line.
// Each test loads only its own rule file, so the suite's cost grows with the rules, not with
// their square (ctest runs every test in its own process).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "mergegate/fixture_check.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;

fs::path PoliciesDir() { return fs::path(testing::SourceDir()) / "policies"; }

// Rule files, relative to policies/, found without compiling anything.
std::vector<std::string> RuleFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(PoliciesDir())) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file() && name.ends_with(".yaml") &&
        name.find(".fixture.") == std::string::npos) {
      files.push_back(fs::relative(entry.path(), PoliciesDir()).generic_string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

class RuleFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(RuleFixture, MatchesItsFixture) {
  const fs::path path = PoliciesDir() / GetParam();
  auto set = LoadPolicies(
      {{path.string(), path.parent_path().filename().string(), testing::ReadFile(path)}});
  ASSERT_TRUE(set.has_value()) << FormatDiagnostic(set.error()[0]);
  const FixtureReport report = CheckFixtures(*set);
  EXPECT_EQ(report.rules_checked, 1);
  EXPECT_GE(report.cases_checked, 2);
  for (const FixtureProblem& p : report.problems)
    ADD_FAILURE() << p.file << ":" << p.line << ": " << p.message;
}

INSTANTIATE_TEST_SUITE_P(Builtin, RuleFixture, ::testing::ValuesIn(RuleFiles()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) {
                           std::string name =
                               param_info.param.substr(0, param_info.param.rfind('.'));
                           for (char& c : name) {
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

// The source tree and the embedded copy hold the same rules.
TEST(BuiltinPolicies, EmbeddedCopyMatchesSourceTree) {
  auto source_files = ReadPolicyDir(PoliciesDir().string());
  ASSERT_TRUE(source_files.has_value());
  auto source = LoadPolicies(*source_files);
  ASSERT_TRUE(source.has_value()) << FormatDiagnostic(source.error()[0]);
  auto embedded = LoadPolicies(BuiltinPolicyFiles());
  ASSERT_TRUE(embedded.has_value());
  EXPECT_EQ(embedded->rules().size(), source->rules().size());
  for (const auto& r : source->rules())
    EXPECT_NE(embedded->Find(r->meta.id), nullptr) << r->meta.id;
}

}  // namespace
}  // namespace mergegate
