// Helpers shared by the tests: temporary directories, files, running the real binary and git.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "mergegate/parsers/process.h"
#include "mergegate/policy.h"

namespace mergegate::testing {

// A fresh directory under the system temp dir, removed (recursively) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string str() const { return path_.string(); }
  // Writes `content` to `relative` (creating parent directories) and returns the full path.
  std::filesystem::path Write(const std::string& relative, const std::string& content) const;

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path);

// Path of the built mergegate binary and the source tree (compile-time constants).
std::string MergegateBinary();
std::string SourceDir();

// Runs build/mergegate with `args` in `cwd`.
parsers::ProcessResult RunMergegate(const std::vector<std::string>& args, const std::string& cwd,
                                    const std::string& input = "");

// Runs git with a fixed identity and no user/system config; asserts success when `check`.
parsers::ProcessResult Git(const std::vector<std::string>& args, const std::string& cwd,
                           bool check = true);
// git init + an initial commit of whatever is in `dir`.
void InitRepo(const std::string& dir);

// Validates `sarif` against the official SARIF 2.1.0 schema from ../shared/schemas; returns
// the error messages (empty = valid). Sets *schema_found=false when the schema is absent.
std::vector<std::string> ValidateSarif(const nlohmann::json& sarif, bool* schema_found);

// Adds a test failure for every way `sarif` breaks the official SARIF 2.1.0 schema. When
// ../shared/schemas is absent (a checkout without the shared material) it says so on stderr and
// checks nothing else; the caller's other assertions still run.
void ExpectValidSarif(const nlohmann::json& sarif);

// Validates `doc` against the draft-07 JSON Schema at `schema_path`; returns the errors.
std::vector<std::string> ValidateAgainstSchema(const nlohmann::json& doc,
                                               const std::string& schema_path);

// Makes a structurally valid fake token for tests: fake values, never real credentials.
std::string FakeGithubToken(const std::string& prefix, unsigned seed);

// Loads `yamls` as policy files r0.yaml, r1.yaml, ... of pack "test"; a load error fails the
// current test (with the first diagnostic) and yields an empty set.
PolicySet MustLoadPolicies(const std::vector<std::string>& yamls);

}  // namespace mergegate::testing
