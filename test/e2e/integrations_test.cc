// The CI and hook integrations cannot run here (no GitHub runner, no GitLab, no hook managers),
// so this tests what can be tested: every file parses as YAML with mergegate's own loader, every
// `mergegate ...` invocation in them names a command and flags that `--help` documents, and the
// commands they run pass on a sample repository.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "policy/yaml_document.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;

const char* const kYamlFiles[] = {
    "action.yml",
    ".pre-commit-hooks.yaml",
    "examples/ci/github-workflow.yml",
    "integrations/lefthook/lefthook.yml",
    "integrations/gitlab/mergegate.gitlab-ci.yml",
};
const char* const kScriptFiles[] = {"integrations/husky/pre-commit", "integrations/husky/pre-push"};

std::string Source(const std::string& relative) {
  return testing::ReadFile(fs::path(testing::SourceDir()) / relative);
}

TEST(Integrations, YamlFilesParse) {
  for (const char* file : kYamlFiles) {
    const Expected<YamlDocument> doc = ParseYamlDocument(Source(file), file);
    ASSERT_TRUE(doc.has_value()) << file << ": " << FormatDiagnostic(doc.error().front());
    EXPECT_FALSE(doc->json.is_null()) << file;
  }
  const auto hooks = ParseYamlDocument(Source(".pre-commit-hooks.yaml"), "hooks")->json;
  std::set<std::string> stages;
  for (const auto& hook : hooks) {
    for (const char* key : {"id", "name", "entry", "language"}) {
      EXPECT_TRUE(hook.contains(key)) << hook.dump();  // required by pre-commit
    }
    for (const auto& s : hook["stages"]) stages.insert(s.get<std::string>());
  }
  EXPECT_TRUE(stages.contains("pre-commit"));
  EXPECT_TRUE(stages.contains("pre-push"));
  const auto action = ParseYamlDocument(Source("action.yml"), "action")->json;
  EXPECT_EQ(action["runs"]["using"], "composite");
  bool uploads = false;
  for (const auto& step : action["runs"]["steps"]) {
    uploads |= step.value("uses", "").starts_with("github/codeql-action/upload-sarif@");
  }
  EXPECT_TRUE(uploads);
  const auto gitlab =
      ParseYamlDocument(Source("integrations/gitlab/mergegate.gitlab-ci.yml"), "gl")->json;
  EXPECT_EQ(gitlab["mergegate"]["artifacts"]["reports"]["sast"], "gl-sast-report.json");
  EXPECT_EQ(gitlab["mergegate"]["artifacts"]["reports"]["secret_detection"],
            "gl-secret-detection-report.json");
}

// The shell commands a file runs: YAML values under run/entry/script, or a hook script's
// non-comment lines.
void CollectCommands(const nlohmann::json& j, bool executable, std::vector<std::string>* out) {
  if (j.is_string() && executable) out->push_back(j.get<std::string>());
  if (j.is_array()) {
    for (const auto& v : j) CollectCommands(v, executable, out);
  }
  if (j.is_object()) {
    for (const auto& [key, v] : j.items())
      CollectCommands(v, key == "run" || key == "entry" || key == "script", out);
  }
}

// Every "mergegate <command> ..." that a file runs: the command exists in `mergegate --help`
// and each --flag is in `mergegate <command> --help`.
TEST(Integrations, InvocationsUseCommandsAndFlagsThatExist) {
  const std::string usage = testing::RunMergegate({"--help"}, ".").out;
  std::vector<std::string> commands;
  for (const char* file : kYamlFiles)
    CollectCommands(ParseYamlDocument(Source(file), file)->json, false, &commands);
  for (const char* file : kScriptFiles) {
    const std::string text = Source(file);
    for (size_t start = 0, end; start < text.size(); start = end + 1) {
      end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      const std::string line = text.substr(start, end - start);
      if (!line.empty() && line[0] != '#') commands.push_back(line);
    }
  }
  static const RE2 kInvocation(R"((?:^|[\s;|&{(])mergegate ([a-z]+)([^\n]*))");
  static const RE2 kFlag(R"((?:^|\s)(--[a-z][a-z-]*))");
  size_t checked = 0;
  for (const std::string& text : commands) {
    re2::StringPiece rest(text);
    std::string command, args;
    while (RE2::FindAndConsume(&rest, kInvocation, &command, &args)) {
      ++checked;
      EXPECT_NE(usage.find("\n  " + command + " "), std::string::npos)
          << "unknown command '" << command << "' in: " << text;
      const std::string help = testing::RunMergegate({command, "--help"}, ".").out;
      re2::StringPiece flags(args);
      std::string flag;
      while (RE2::FindAndConsume(&flags, kFlag, &flag)) {
        EXPECT_NE(help.find(flag), std::string::npos)
            << "'mergegate " << command << "' has no " << flag << " (in: " << text << ")";
      }
    }
  }
  EXPECT_GE(checked, 8u);
}

TEST(Integrations, GitlabTemplateCommandPassesOnASampleRepository) {
  testing::TempDir dir;
  dir.Write("src/app.py", "import subprocess\nsubprocess.run(['ls'], check=True)\n");
  testing::InitRepo(dir.str());
  const auto r = testing::RunMergegate(
      {"scan", ".", "--format", "text", "--output", "gitlab-sast=gl-sast-report.json", "--output",
       "gitlab-secrets=gl-secret-detection-report.json", "--output", "junit=mergegate-junit.xml"},
      dir.str());
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  for (const auto& [file, schema] :
       {std::pair{"gl-sast-report.json", "gitlab-sast-report"},
        std::pair{"gl-secret-detection-report.json", "gitlab-secret-detection-report"}}) {
    const auto doc = nlohmann::json::parse(testing::ReadFile(dir.path() / file));
    for (const auto& e : testing::ValidateAgainstSchema(
             doc, testing::SourceDir() + "/schemas/" + schema + ".schema.json"))
      ADD_FAILURE() << file << ": " << e;
  }
  EXPECT_NE(testing::ReadFile(dir.path() / "mergegate-junit.xml").find("<testsuites"),
            std::string::npos);
  const auto files = testing::RunMergegate({"scan", "--no-color", "src/app.py"}, dir.str());
  EXPECT_EQ(files.exit_code, 0) << files.out;  // the pre-commit `mergegate-scan` hook
}

}  // namespace
}  // namespace mergegate
