// Sharded scans plus `mergegate merge` give exactly the findings and verdict of one run.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "support/test_support.h"

namespace mergegate {
namespace {

using testing::RunMergegate;
using testing::TempDir;

using ResultKey = std::tuple<std::string, std::string, int, std::string>;

std::multiset<ResultKey> Results(const nlohmann::json& sarif) {
  std::multiset<ResultKey> out;
  for (const auto& run : sarif["runs"]) {
    for (const auto& r : run["results"]) {
      const auto& loc = r["locations"][0]["physicalLocation"];
      out.insert({r["ruleId"], loc["artifactLocation"]["uri"], loc["region"]["startLine"],
                  r["fingerprints"].dump()});
    }
  }
  return out;
}

void MakeTree(const TempDir& dir) {
  for (int i = 0; i < 40; ++i) {
    const std::string n = std::to_string(i);
    if (i % 3 == 0)
      dir.Write("svc" + n + "/run.py",
                "import subprocess\nsubprocess.run(cmd" + n + ", shell=True)\n");
    if (i % 4 == 0) dir.Write("web" + n + "/x.js", "const v = eval(req.query.q" + n + ");\n");
    dir.Write("lib" + n + "/ok.py", "print(" + n + ")\n");
  }
  dir.Write("conf/keys.env", "AWS_ACCESS_KEY_ID=AKIAZ7QD3NWX4PL2MV5R\n");
}

TEST(ShardMerge, ShardsPlusMergeEqualOneUnshardedRun) {
  TempDir tree;
  MakeTree(tree);
  TempDir out;
  const std::string whole = (out.path() / "whole.sarif").string();
  const auto single = RunMergegate({"scan", "-f", "sarif", "-o", whole, "."}, tree.str());
  ASSERT_EQ(single.exit_code, 1) << single.err;
  const auto expected = Results(nlohmann::json::parse(testing::ReadFile(whole)));
  ASSERT_GE(expected.size(), 20u);

  for (int n : {1, 2, 3, 5}) {
    std::vector<std::string> merge_args = {"merge"};
    size_t shard_total = 0;
    for (int i = 1; i <= n; ++i) {
      const std::string part =
          (out.path() / ("n" + std::to_string(n) + "-" + std::to_string(i) + ".sarif")).string();
      const auto r = RunMergegate({"scan", "--shard", std::to_string(i) + "/" + std::to_string(n),
                                   "-f", "sarif", "-o", part, "."},
                                  tree.str());
      ASSERT_NE(r.exit_code, 2) << r.err;
      shard_total += Results(nlohmann::json::parse(testing::ReadFile(part))).size();
      merge_args.push_back(part);
    }
    EXPECT_EQ(shard_total, expected.size())
        << n << " shards: each file is scanned by exactly one shard";
    const std::string merged_path =
        (out.path() / ("merged" + std::to_string(n) + ".sarif")).string();
    merge_args.insert(merge_args.end(), {"-o", merged_path});
    const auto merged = RunMergegate(merge_args, tree.str());
    EXPECT_EQ(merged.exit_code, single.exit_code) << n << ": " << merged.err;
    const auto sarif = nlohmann::json::parse(testing::ReadFile(merged_path));
    EXPECT_EQ(Results(sarif), expected) << n << " shards";
    // One run per category (code, secrets), as in the unsharded log.
    EXPECT_EQ(sarif["runs"].size(), nlohmann::json::parse(testing::ReadFile(whole))["runs"].size());
    EXPECT_EQ(sarif["runs"][0]["properties"]["mergegate/verdict"], "block");
    testing::ExpectValidSarif(sarif);
  }
}

TEST(ShardMerge, MergeDeduplicatesAndRecomputesVerdict) {
  TempDir tree;
  tree.Write("a.py", "import subprocess\nsubprocess.run(x, shell=True)\n");
  TempDir out;
  const std::string a = (out.path() / "a.sarif").string();
  ASSERT_EQ(RunMergegate({"scan", "-f", "sarif", "-o", a, "."}, tree.str()).exit_code, 1);
  // The same log twice: duplicates dropped; a stricter threshold than the finding approves.
  const auto twice =
      RunMergegate({"merge", a, a, "-o", (out.path() / "m.sarif").string()}, tree.str());
  EXPECT_EQ(twice.exit_code, 1);
  EXPECT_NE(twice.err.find("1 duplicate(s) dropped"), std::string::npos) << twice.err;
  EXPECT_EQ(
      RunMergegate({"merge", a, "--fail-on", "critical", "-o", (out.path() / "m2.sarif").string()},
                   tree.str())
          .exit_code,
      0);
}

TEST(ShardMerge, BadInputsAreLocatedErrors) {
  TempDir dir;
  dir.Write("bad.sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ oops ]\n}\n");
  dir.Write("notsarif.json", "{\"hello\": 1}\n");
  const auto bad = RunMergegate({"merge", "bad.sarif"}, dir.str());
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad.sarif:3:"), std::string::npos) << bad.err;
  const auto notsarif = RunMergegate({"merge", "notsarif.json"}, dir.str());
  EXPECT_EQ(notsarif.exit_code, 2);
  EXPECT_NE(notsarif.err.find("not a SARIF 2.1.0 log"), std::string::npos);
  EXPECT_EQ(RunMergegate({"merge", "missing.sarif"}, dir.str()).exit_code, 2);
  EXPECT_EQ(RunMergegate({"scan", "--shard", "9/2", "."}, dir.str()).exit_code, 2);
}

}  // namespace
}  // namespace mergegate
