// The build step that embeds the built-in packs (engine/policy/prepare_policies_main.cc): a
// broken built-in policy fails the build with a located error instead of shipping.
#include <gtest/gtest.h>

#include "support/test_support.h"

namespace mergegate {
namespace {

using testing::TempDir;

parsers::ProcessResult Prepare(const TempDir& dir) {
  dir.Write("list", "pack/a.yaml;pack/b.yaml");
  return parsers::RunProcess({MERGEGATE_PREPARE_POLICIES, (dir.path() / "out.cc").string(),
                              (dir.path() / "policies").string(), (dir.path() / "list").string()},
                             dir.str());
}

constexpr const char* kRule =
    "id: r\ntitle: t\nmessage: m\nseverity: high\nmatch:\n  regex: 'x'\n  keywords: [x]\n";

TEST(PreparePolicies, EmbedsEveryFileAsJson) {
  TempDir dir;
  dir.Write("policies/pack/a.yaml", kRule);
  std::string second = kRule;
  second.replace(second.find("id: r"), 5, "id: s");
  dir.Write("policies/pack/b.yaml", second);
  const parsers::ProcessResult result = Prepare(dir);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string out = testing::ReadFile(dir.path() / "out.cc");
  EXPECT_NE(out.find("{\"pack/a.yaml\""), std::string::npos) << out;
  EXPECT_NE(out.find(R"("id":"s")"), std::string::npos) << out;
}

TEST(PreparePolicies, ABrokenFileFailsTheBuildWithItsLocation) {
  TempDir dir;
  dir.Write("policies/pack/a.yaml", kRule);
  dir.Write("policies/pack/b.yaml",
            "id: s\ntitle: t\nmessage: m\nseverity: urgent\nmatch:\n"
            "  regex: 'x'\n");
  parsers::ProcessResult result = Prepare(dir);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("policies/pack/b.yaml:4:11: /severity"), std::string::npos)
      << result.err;
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "out.cc"));

  dir.Write("policies/pack/b.yaml", "id: [unclosed\n");
  result = Prepare(dir);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("policies/pack/b.yaml:"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace mergegate
