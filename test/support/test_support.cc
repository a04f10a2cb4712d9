#include "support/test_support.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

namespace fs = std::filesystem;

namespace mergegate::testing {

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "mergegate-test-XXXXXX").string();
  char* made = mkdtemp(pattern.data());
  EXPECT_NE(made, nullptr);
  path_ = fs::canonical(pattern);
}

TempDir::~TempDir() {
  std::error_code ec;
  // Restore permissions a test may have removed so cleanup succeeds.
  for (auto it = fs::recursive_directory_iterator(
           path_, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_symlink())
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
  }
  fs::remove_all(path_, ec);
}

fs::path TempDir::Write(const std::string& relative, const std::string& content) const {
  const fs::path p = path_ / relative;
  fs::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out << content;
  return p;
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string MergegateBinary() { return MERGEGATE_BINARY; }
std::string SourceDir() { return MERGEGATE_SOURCE_DIR; }

parsers::ProcessResult RunMergegate(const std::vector<std::string>& args, const std::string& cwd,
                                    const std::string& input) {
  std::vector<std::string> argv = {MergegateBinary()};
  argv.insert(argv.end(), args.begin(), args.end());
  return parsers::RunProcess(argv, cwd, input);
}

parsers::ProcessResult Git(const std::vector<std::string>& args, const std::string& cwd,
                           bool check) {
  std::vector<std::string> argv = {"env",
                                   "GIT_CONFIG_NOSYSTEM=1",
                                   "HOME=" + cwd,
                                   "GIT_AUTHOR_NAME=Test Author",
                                   "GIT_AUTHOR_EMAIL=author@example.com",
                                   "GIT_COMMITTER_NAME=Test Author",
                                   "GIT_COMMITTER_EMAIL=author@example.com",
                                   "git"};
  argv.insert(argv.end(), args.begin(), args.end());
  parsers::ProcessResult r = parsers::RunProcess(argv, cwd);
  if (check) {
    EXPECT_EQ(r.exit_code, 0) << "git failed: " << r.err;
  }
  return r;
}

void InitRepo(const std::string& dir) {
  Git({"init", "-q", "-b", "main"}, dir);
  Git({"add", "-A"}, dir);
  Git({"commit", "-q", "--allow-empty", "-m", "initial"}, dir);
}

std::vector<std::string> ValidateSarif(const nlohmann::json& sarif, bool* schema_found) {
  const fs::path schema_path =
      fs::path(SourceDir()).parent_path() / "shared/schemas/sarif-schema-2.1.0.json";
  *schema_found = fs::exists(schema_path);
  if (!*schema_found) return {};
  static const nlohmann::json schema_json = nlohmann::json::parse(ReadFile(schema_path));
  static const valijson::Schema* schema = [] {
    auto* s = new valijson::Schema();
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
    valijson::adapters::NlohmannJsonAdapter adapter(schema_json);
    parser.populateSchema(adapter, *s);
    return s;
  }();
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(sarif);
  std::vector<std::string> errors;
  if (!validator.validate(*schema, adapter, &results)) {
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
      std::string where;
      for (const auto& c : e.context) where += c;
      errors.push_back(where + ": " + e.description);
    }
  }
  return errors;
}

void ExpectValidSarif(const nlohmann::json& sarif) {
  bool found = false;
  for (const auto& e : ValidateSarif(sarif, &found)) ADD_FAILURE() << "SARIF schema: " << e;
  if (!found)
    std::cerr << "note: ../shared/schemas/sarif-schema-2.1.0.json is absent; SARIF schema check "
                 "not run\n";
}

std::vector<std::string> ValidateAgainstSchema(const nlohmann::json& doc,
                                               const std::string& schema_path) {
  const nlohmann::json schema_json = nlohmann::json::parse(ReadFile(schema_path));
  valijson::Schema schema;
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(doc);
  std::vector<std::string> errors;
  if (!validator.validate(schema, adapter, &results)) {
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
      std::string where;
      for (const auto& c : e.context) where += c;
      errors.push_back(where + ": " + e.description);
    }
  }
  return errors;
}

std::string FakeGithubToken(const std::string& prefix, unsigned seed) {
  static const char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  std::mt19937 rng(seed);
  std::string random;
  for (int i = 0; i < 30; ++i) random.push_back(kAlphabet[rng() % 62]);
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : random) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
  }
  crc ^= 0xFFFFFFFFu;
  std::string check;
  do {
    check.insert(check.begin(), kAlphabet[crc % 62]);
    crc /= 62;
  } while (crc > 0);
  while (check.size() < 6) check.insert(check.begin(), '0');
  return prefix + random + check;
}

PolicySet MustLoadPolicies(const std::vector<std::string>& yamls) {
  std::vector<PolicyFile> files;
  for (size_t i = 0; i < yamls.size(); ++i)
    files.push_back({"r" + std::to_string(i) + ".yaml", "test", yamls[i]});
  Expected<PolicySet> set = LoadPolicies(files);
  if (!set) {
    ADD_FAILURE() << FormatDiagnostic(set.error()[0]);
    return PolicySet({});
  }
  return std::move(*set);
}

}  // namespace mergegate::testing
