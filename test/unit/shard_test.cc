#include "mergegate/shard.h"

#include <gtest/gtest.h>

#include <map>

namespace mergegate {
namespace {

TEST(ParseShardSpec, AcceptsOneBasedAndRejectsNonsense) {
  std::string error;
  auto s = ParseShardSpec("2/4", &error);
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->index, 1);
  EXPECT_EQ(s->count, 4);
  for (const char* bad : {"0/4", "5/4", "1/0", "a/b", "3", "", "1/2/3", "-1/2"}) {
    error.clear();
    EXPECT_FALSE(ParseShardSpec(bad, &error).has_value()) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

TEST(ShardFromEnvironment, ReadsEachCiConvention) {
  struct Case {
    std::map<std::string, std::string> env;
    std::optional<int> count;
    int index, total;
  } cases[] = {
      {{{"JOB_COMPLETION_INDEX", "0"}}, 3, 0, 3},
      {{{"CI_NODE_INDEX", "2"}, {"CI_NODE_TOTAL", "5"}}, std::nullopt, 1, 5},  // GitLab is 1-based
      {{{"BUILDKITE_PARALLEL_JOB", "3"}, {"BUILDKITE_PARALLEL_JOB_COUNT", "4"}},
       std::nullopt,
       3,
       4},
      {{{"CIRCLE_NODE_INDEX", "0"}, {"CIRCLE_NODE_TOTAL", "2"}}, std::nullopt, 0, 2},
  };
  for (const Case& c : cases) {
    std::string error;
    auto get = [&](const char* name) -> const char* {
      auto it = c.env.find(name);
      return it == c.env.end() ? nullptr : it->second.c_str();
    };
    auto s = ShardFromEnvironment(get, c.count, &error);
    ASSERT_TRUE(s.has_value()) << error;
    EXPECT_EQ(s->index, c.index);
    EXPECT_EQ(s->count, c.total);
  }
}

TEST(ShardFromEnvironment, ErrorsAndAbsence) {
  std::string error;
  EXPECT_FALSE(ShardFromEnvironment([](const char*) -> const char* { return nullptr; },
                                    std::nullopt, &error));
  EXPECT_TRUE(error.empty());
  auto k8s_without_count = [](const char* n) -> const char* {
    return std::string(n) == "JOB_COMPLETION_INDEX" ? "1" : nullptr;
  };
  EXPECT_FALSE(ShardFromEnvironment(k8s_without_count, std::nullopt, &error));
  EXPECT_NE(error.find("--shard-count"), std::string::npos);
  error.clear();
  auto out_of_range = [](const char* n) -> const char* {
    return std::string(n) == "CI_NODE_INDEX"   ? "7"
           : std::string(n) == "CI_NODE_TOTAL" ? "3"
                                               : nullptr;
  };
  EXPECT_FALSE(ShardFromEnvironment(out_of_range, std::nullopt, &error));
  EXPECT_FALSE(error.empty());
}

TEST(InShard, EveryPathInExactlyOneShardAndStable) {
  for (int n : {1, 2, 3, 7}) {
    std::map<int, int> per_shard;
    for (int p = 0; p < 500; ++p) {
      const std::string path =
          "src/dir" + std::to_string(p % 13) + "/file" + std::to_string(p) + ".py";
      int owners = 0;
      for (int i = 0; i < n; ++i) {
        if (InShard(path, {i, n})) {
          ++owners;
          ++per_shard[i];
        }
      }
      EXPECT_EQ(owners, 1) << path;
    }
    if (n > 1) {
      for (int i = 0; i < n; ++i)
        EXPECT_GT(per_shard[i], 500 / n / 2) << "shard " << i << " of " << n;  // roughly balanced
    }
  }
  // Stable across runs and machines: FNV-1a 64 of "a.py" is 0x6ada76827a118dc1, which is 1 mod 4.
  EXPECT_TRUE(InShard("a.py", {1, 4}));
  EXPECT_FALSE(InShard("a.py", {0, 4}));
}

}  // namespace
}  // namespace mergegate
