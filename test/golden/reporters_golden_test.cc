// Golden tests: every output format rendered for one fixed scenario (an open finding, an inline
// suppression, a waiver, a secret, a git repository with a GitHub remote) and compared with
// test/golden/expected/<format>.golden after normalising times, paths, versions, digests and
// commit ids.
// Regenerate with MERGEGATE_UPDATE_GOLDEN=1 after an intended change, and review the diff.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <fstream>
#include <random>

#include "support/test_support.h"

namespace mergegate {
namespace {

using testing::TempDir;

std::string FakeToken() {
  static const char kAlphabet[] = "abcdefghijklmnopqrstuvwz0123456789";
  std::mt19937 rng(20261127);
  std::string s = "tok_";
  for (int i = 0; i < 20; ++i) s.push_back(kAlphabet[rng() % (sizeof kAlphabet - 1)]);
  return s;
}

class Scenario {
 public:
  Scenario() {
    dir_.Write("rules/gov-danger-call.yaml",
               "id: gov-danger-call\ntitle: danger call\nmessage: danger_call runs its input\n"
               "severity: high\nconfidence: high\nlanguages: [python]\ncwe: [78]\n"
               "help: Pass a fixed list of arguments instead.\n"
               "match: {regex: 'danger_call\\('}\n");
    dir_.Write("rules/gov-test-token.yaml",
               "id: gov-test-token\ntitle: test service token\nmessage: a test service token is "
               "hard-coded\nseverity: critical\nkind: secret\ncwe: [798]\n"
               "match: {regex: '\\b(tok_[a-z0-9]{20})\\b'}\n");
    dir_.Write("src/app.py",
               "def handler(request):\n    danger_call(request.args)\n"
               "    # mergegate: ignore[gov-danger-call] arguments are constants here\n"
               "    danger_call(['ls'])\n");
    dir_.Write("src/legacy.py", "def old():\n    danger_call(cmd)\n");
    dir_.Write("deploy/settings.env", "SERVICE_TOKEN=" + FakeToken() + "\n");
    dir_.Write(".mergegate.yaml",
               "block_on: high\nexclude: ['rules/**']\nwaivers:\n  - rule: gov-danger-call\n"
               "    paths: [src/legacy.py]\n    reason: legacy module, replaced in Q3\n"
               "    owner: team-core\n    ticket: CORE-12\n    expires: 2999-12-31\n");
    testing::InitRepo(dir_.str());
    testing::Git({"remote", "add", "origin", "https://github.com/acme/shop.git"}, dir_.str());
  }

  parsers::ProcessResult Run(const std::string& format) const {
    return testing::RunMergegate(
        {"scan", "--no-color", "--no-builtin", "-p", (dir_.path() / "rules").string(), "--branch",
         "main", "--format", format, "--jobs", "1", "."},
        dir_.str());
  }
  std::string root() const { return std::filesystem::canonical(dir_.path()).string(); }

 private:
  TempDir dir_;
};

std::string Normalise(std::string s, const std::string& root, const std::string& version) {
  for (size_t pos; (pos = s.find(root)) != std::string::npos;)
    s.replace(pos, root.size(), "<ROOT>");
  RE2::GlobalReplace(&s, R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z?)", "<TIME>");
  RE2::GlobalReplace(&s, R"(\b[0-9a-f]{64}\b)", "<DIGEST>");  // digests cover temp paths
  RE2::GlobalReplace(&s, R"(\b[0-9a-f]{40}\b)", "<SHA>");
  RE2::GlobalReplace(&s, R"(time="[0-9.]+")", "time=\"<SECONDS>\"");
  RE2::GlobalReplace(&s, "\"" + RE2::QuoteMeta(version) + "\"", "\"<VERSION>\"");
  return s;
}

std::string Version() {
  const auto r = testing::RunMergegate({"--version"}, ".");
  std::string v = r.out.substr(r.out.find(' ') + 1);
  while (!v.empty() && v.back() == '\n') v.pop_back();
  return v;
}

struct Format {
  const char* name;
  int exit_code;
};

class Golden : public ::testing::TestWithParam<Format> {};

TEST_P(Golden, MatchesExpectedOutput) {
  const Scenario scenario;
  const Format format = GetParam();
  const auto r = scenario.Run(format.name);
  ASSERT_EQ(r.exit_code, format.exit_code) << r.out << r.err;
  EXPECT_EQ(r.out.find(FakeToken()), std::string::npos) << "a secret leaked into " << format.name;
  const std::string name = format.name;
  if (name == "sarif") {
    testing::ExpectValidSarif(nlohmann::json::parse(r.out));
  }
  if (name.starts_with("gitlab-")) {
    const std::string schema =
        testing::SourceDir() + "/schemas/" +
        (name == "gitlab-sast" ? "gitlab-sast-report" : "gitlab-secret-detection-report") +
        ".schema.json";
    for (const auto& e : testing::ValidateAgainstSchema(nlohmann::json::parse(r.out), schema))
      ADD_FAILURE() << e;
  }
  if (name == "json") {
    for (const auto& e : testing::ValidateAgainstSchema(
             nlohmann::json::parse(r.out), testing::SourceDir() + "/schemas/report.schema.json"))
      ADD_FAILURE() << e;
  }
  const std::string actual = Normalise(r.out, scenario.root(), Version());
  const std::filesystem::path expected_path = std::filesystem::path(testing::SourceDir()) /
                                              "test/golden/expected" /
                                              (std::string(format.name) + ".golden");
  if (getenv("MERGEGATE_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(expected_path, std::ios::binary) << actual;
  }
  ASSERT_TRUE(std::filesystem::exists(expected_path)) << expected_path;
  EXPECT_EQ(actual, testing::ReadFile(expected_path))
      << "output of --format " << format.name << " changed; if intended, regenerate with "
      << "MERGEGATE_UPDATE_GOLDEN=1 and review the diff";
}

INSTANTIATE_TEST_SUITE_P(Formats, Golden,
                         ::testing::Values(Format{"text", 1}, Format{"json", 1}, Format{"sarif", 1},
                                           Format{"github", 1}, Format{"gitlab-sast", 1},
                                           Format{"gitlab-secrets", 1}, Format{"junit", 1},
                                           Format{"markdown", 1}),
                         [](const auto& param_info) {
                           std::string n = param_info.param.name;
                           for (char& c : n) c = c == '-' ? '_' : c;
                           return n;
                         });

}  // namespace
}  // namespace mergegate
