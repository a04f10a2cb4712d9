// End-to-end: `mergegate scan --cache DIR`. A warm run prints what a cold run and an uncached run
// print, in every format; changed files, rules and options are scanned again; exceptions apply
// on every run; corrupt entries are ignored and rewritten; no secret reaches the cache.
#include <gtest/gtest.h>
#include <re2/re2.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;
using testing::RunMergegate;
using testing::TempDir;

std::string Pack(const std::string& name) { return testing::SourceDir() + "/policies/" + name; }

// A tree with a structural finding, a regex finding, a secret, an inline suppression and a file
// without findings.
class CacheTree {
 public:
  CacheTree() : token_(testing::FakeGithubToken("ghp_", 4242)) {
    tree_.Write("app.py",
                "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n"
                "    # mergegate: ignore[python-subprocess-shell-true] constant argument list\n"
                "    subprocess.call('ls', shell=True)\n");
    tree_.Write("deploy/settings.env", "GITHUB_TOKEN=" + token_ + "\n");
    tree_.Write("lib/util.py", "def add(a, b):\n    return a + b\n");
    tree_.Write("README.md", "# tree\n");
  }

  parsers::ProcessResult Scan(const std::vector<std::string>& extra) const {
    // Two packs, not all: loading every built-in pack dominates a run of this size.
    std::vector<std::string> args = {"scan",         "--no-color", "--jobs",       "2",
                                     "--no-builtin", "-p",         Pack("python"), "-p",
                                     Pack("secrets")};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back(".");
    return RunMergegate(args, tree_.str());
  }
  parsers::ProcessResult ScanCached(const std::vector<std::string>& extra) const {
    std::vector<std::string> args = {"--cache", cache_.str()};
    args.insert(args.end(), extra.begin(), extra.end());
    return Scan(args);
  }
  nlohmann::json Json(const std::vector<std::string>& extra) const {
    std::vector<std::string> args = {"-f", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = ScanCached(args);
    EXPECT_NE(r.exit_code, 2) << r.err;
    return nlohmann::json::parse(r.out);
  }

  const TempDir& tree() const { return tree_; }
  const TempDir& cache() const { return cache_; }
  const std::string& token() const { return token_; }

  std::vector<fs::path> CacheFiles() const {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(cache_.path()))
      if (e.is_regular_file()) files.push_back(e.path());
    return files;
  }

 private:
  TempDir tree_;
  TempDir cache_;
  std::string token_;
};

// Removes what legitimately differs between two runs: times and the cache count.
std::string Normalise(std::string s) {
  RE2::GlobalReplace(&s, R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?)", "<TIME>");
  RE2::GlobalReplace(&s, R"(time="[0-9.]+")", "time=\"<SECONDS>\"");
  RE2::GlobalReplace(&s, R"( \(\d+ from cache\))", "");
  RE2::GlobalReplace(&s, R"(\n *"files_from_cache": \d+,?)", "");
  return s;
}

TEST(Cache, WarmRunPrintsWhatColdAndUncachedRunsPrintInEveryFormat) {
  for (const std::string format :
       {"text", "json", "sarif", "github", "gitlab-sast", "gitlab-secrets", "junit", "markdown"}) {
    SCOPED_TRACE(format);
    const CacheTree t;
    const auto plain = t.Scan({"-f", format});
    const auto cold = t.ScanCached({"-f", format});
    const auto warm = t.ScanCached({"-f", format});
    EXPECT_EQ(plain.exit_code, 1) << plain.err;
    EXPECT_EQ(cold.exit_code, plain.exit_code);
    EXPECT_EQ(warm.exit_code, plain.exit_code);
    EXPECT_TRUE(plain.out.find("python-subprocess-shell-true") != std::string::npos ||
                plain.out.find("github-classic-pat") != std::string::npos)
        << plain.out;
    EXPECT_EQ(Normalise(cold.out), Normalise(plain.out));
    EXPECT_EQ(Normalise(warm.out), Normalise(plain.out));
    if (format == "text") {
      EXPECT_NE(cold.out.find("4 file(s) scanned (0 from cache)"), std::string::npos) << cold.out;
      EXPECT_NE(warm.out.find("4 file(s) scanned (4 from cache)"), std::string::npos) << warm.out;
      EXPECT_EQ(plain.out.find("from cache"), std::string::npos);
    }
  }
}

TEST(Cache, JsonCountsFilesServedFromTheCacheAndValidates) {
  const CacheTree t;
  const nlohmann::json cold = t.Json({});
  const nlohmann::json warm = t.Json({});
  EXPECT_EQ(cold["summary"]["files_from_cache"], 0);
  EXPECT_EQ(warm["summary"]["files_scanned"], 4);
  EXPECT_EQ(warm["summary"]["files_from_cache"], 4);
  EXPECT_EQ(warm["findings"], cold["findings"]);
  for (const auto& e :
       testing::ValidateAgainstSchema(warm, testing::SourceDir() + "/schemas/report.schema.json"))
    ADD_FAILURE() << e;
  EXPECT_FALSE(
      nlohmann::json::parse(t.Scan({"-f", "json"}).out)["summary"].contains("files_from_cache"));
}

TEST(Cache, AChangedFileRuleOrOptionIsScannedAgain) {
  const CacheTree t;
  t.Json({});
  // A changed file: only it is scanned again, and its new finding is reported.
  t.tree().Write("lib/util.py", "def run(code):\n    return eval(code)\n");
  const nlohmann::json changed = t.Json({});
  EXPECT_EQ(changed["summary"]["files_from_cache"], 3);
  bool eval_found = false;
  for (const auto& f : changed["findings"]) eval_found |= f["path"] == "lib/util.py";
  EXPECT_TRUE(eval_found) << changed["findings"].dump(1);
  EXPECT_EQ(t.Json({})["summary"]["files_from_cache"], 4);

  // Another policy: a new rule, then an edited rule.
  TempDir rules;
  rules.Write("r/readme-title.yaml",
              "id: readme-title\ntitle: t\nmessage: a title\nseverity: low\n"
              "match: {regex: '^# tree'}\n");
  const std::vector<std::string> with_rule = {"--policy", (rules.path() / "r").string()};
  const nlohmann::json added = t.Json(with_rule);
  EXPECT_EQ(added["summary"]["files_from_cache"], 0);
  bool rule_found = false;
  for (const auto& f : added["findings"]) rule_found |= f["rule_id"] == "readme-title";
  EXPECT_TRUE(rule_found) << added["findings"].dump(1);
  EXPECT_EQ(t.Json(with_rule)["summary"]["files_from_cache"], 4);
  rules.Write("r/readme-title.yaml",
              "id: readme-title\ntitle: t\nmessage: a title\nseverity: low\n"
              "match: {regex: '^# nothing'}\n");
  const nlohmann::json edited = t.Json(with_rule);
  EXPECT_EQ(edited["summary"]["files_from_cache"], 0);
  for (const auto& f : edited["findings"]) EXPECT_NE(f["rule_id"], "readme-title");

  // An option that changes findings.
  EXPECT_EQ(t.Json({"--max-file-size", "100000"})["summary"]["files_from_cache"], 0);
  // The first policy's entries are still there, in their own directory.
  EXPECT_EQ(t.Json({})["summary"]["files_from_cache"], 4);
}

TEST(Cache, ExceptionsApplyToCachedResultsOnEveryRun) {
  const CacheTree t;
  const auto cold = t.ScanCached({});
  EXPECT_EQ(cold.exit_code, 1) << cold.out;
  // Waive every finding in a configuration outside the tree (so no scanned file changes).
  TempDir config;
  const std::string config_path =
      config
          .Write("mergegate.yaml",
                 "waivers:\n"
                 "  - rule: python-subprocess-shell-true\n    reason: migration tracked\n"
                 "    owner: team-core\n    expires: 2999-12-31\n"
                 "  - rule: github-classic-pat\n    reason: rotated, history rewrite pending\n"
                 "    owner: team-core\n    expires: 2999-12-31\n")
          .string();
  const nlohmann::json waived = t.Json({"--config", config_path});
  EXPECT_EQ(waived["summary"]["files_from_cache"], 4);
  EXPECT_EQ(waived["verdict"]["decision"], "approve") << waived.dump(1);
  size_t waived_count = 0, suppressed_count = 0;
  for (const auto& f : waived["findings"]) {
    waived_count += f["status"] == "waived";
    suppressed_count += f["status"] == "suppressed";
  }
  EXPECT_GE(waived_count, 2u);
  EXPECT_EQ(suppressed_count, 1u);  // the inline directive, cached with the file, still applies
  // Without the waivers the same cached results block again.
  const nlohmann::json again = t.Json({});
  EXPECT_EQ(again["summary"]["files_from_cache"], 4);
  EXPECT_EQ(again["verdict"]["decision"], "block");
}

TEST(Cache, CorruptEntriesAreIgnoredAndRewritten) {
  const CacheTree t;
  const auto plain = t.Scan({"-f", "json"});
  t.Json({});
  const std::vector<fs::path> entries = t.CacheFiles();
  ASSERT_EQ(entries.size(), 4u);
  // Four kinds of damage: empty, truncated, garbage, another file's entry.
  const std::string other = testing::ReadFile(entries[3]);
  const std::string first = testing::ReadFile(entries[0]);
  const std::string damaged[] = {"", first.substr(0, first.size() / 2),
                                 std::string(200, '\x7f') + "9999999999:", other};
  for (size_t i = 0; i < 4; ++i) std::ofstream(entries[i], std::ios::binary) << damaged[i];
  const auto r = t.ScanCached({"-f", "json"});
  EXPECT_EQ(r.exit_code, plain.exit_code) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  // The last entry is intact, so one file may still come from it; none of the damaged ones did.
  EXPECT_EQ(doc["summary"]["files_from_cache"], 1);
  EXPECT_EQ(Normalise(r.out), Normalise(plain.out));
  EXPECT_EQ(t.Json({})["summary"]["files_from_cache"], 4);  // rewritten
}

TEST(Cache, NoSecretReachesTheCache) {
  const CacheTree t;
  const auto r = t.ScanCached({"-f", "json"});
  ASSERT_EQ(r.exit_code, 1);
  ASSERT_NE(r.out.find("github-classic-pat"), std::string::npos) << r.out;
  const std::vector<fs::path> files = t.CacheFiles();
  ASSERT_EQ(files.size(), 4u);
  const std::string tail = t.token().substr(8);  // past the prefix and the 4-character preview
  for (const fs::path& f : files) {
    const std::string bytes = testing::ReadFile(f);
    EXPECT_EQ(bytes.find(tail), std::string::npos) << f;
  }
}

TEST(Cache, ConcurrentRunsShareADirectory) {
  const CacheTree t;
  const auto plain = t.Scan({"-f", "json"});
  std::vector<parsers::ProcessResult> results(4);
  std::vector<std::thread> threads;
  for (auto& result : results)
    threads.emplace_back([&t, &result] { result = t.ScanCached({"-f", "json"}); });
  for (std::thread& thread : threads) thread.join();
  for (const auto& r : results) {
    EXPECT_EQ(r.exit_code, plain.exit_code) << r.err;
    EXPECT_EQ(Normalise(r.out), Normalise(plain.out));
  }
  for (const fs::path& f : t.CacheFiles())
    EXPECT_EQ(f.filename().string().find(".tmp."), std::string::npos) << f;  // all renamed
  EXPECT_EQ(t.CacheFiles().size(), 4u);
}

TEST(Cache, AParseTimeoutIsNeverServedFromTheCache) {
  const CacheTree t;
  std::string code;
  for (int i = 0; i < 40000; ++i)
    code += "value_" + std::to_string(i) + " = compute(" + std::to_string(i) + ", [1, 2, 3])\n";
  t.tree().Write("big.py", code);
  const std::vector<std::string> bounded = {
      "--max-file-size", "10000000", "--parse-timeout", "1", "-f", "json"};
  for (int run = 0; run < 2; ++run) {
    const auto r = t.ScanCached(bounded);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    const nlohmann::json doc = nlohmann::json::parse(r.out);
    EXPECT_EQ(doc["verdict"]["decision"], "error");
    ASSERT_EQ(doc["summary"]["files_scanned"], 5);
    const int from_cache = doc["summary"]["files_from_cache"];
    if (run == 0) {
      EXPECT_EQ(from_cache, 0);
    } else {
      // big.py timed out, so it is scanned again; the files nothing parses (README.md,
      // settings.env) come from the cache. (Under load the 1 ms bound can cut the small
      // parsed files short too, so they may be scanned again as well.)
      EXPECT_LE(from_cache, 4);
      EXPECT_GE(from_cache, 2);
    }
  }
}

TEST(Cache, TheEnvironmentVariableNamesTheDirectoryAndTheFlagWins) {
  const CacheTree t;
  TempDir env_cache;
  auto scan_with_env = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> argv = {"env",
                                     "MERGEGATE_CACHE=" + env_cache.str(),
                                     testing::MergegateBinary(),
                                     "scan",
                                     "-f",
                                     "json",
                                     "--no-builtin",
                                     "-p",
                                     Pack("secrets")};
    argv.insert(argv.end(), extra.begin(), extra.end());
    argv.push_back(".");
    const auto r = parsers::RunProcess(argv, t.tree().str());
    EXPECT_EQ(r.exit_code, 1) << r.err;
    return nlohmann::json::parse(r.out)["summary"]["files_from_cache"];
  };
  EXPECT_EQ(scan_with_env({}), 0);
  EXPECT_EQ(scan_with_env({}), 4);
  EXPECT_EQ(scan_with_env({"--cache", t.cache().str()}), 0);  // the flag's directory is empty
  EXPECT_FALSE(fs::is_empty(t.cache().path()));
}

TEST(Cache, AnUnusableCacheDirectoryIsAnError) {
  const CacheTree t;
  const fs::path file = t.tree().Write("not-a-dir", "x");
  const auto r = t.Scan({"--cache", (file / "sub").string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("cache.open"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace mergegate
