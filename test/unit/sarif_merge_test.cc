// MergeSarif on well-formed logs and on the malformed shapes fuzzing produced: every input is
// either merged with a verdict or refused with a diagnostic, never a crash.
#include "mergegate/sarif_merge.h"

#include <gtest/gtest.h>

#include <optional>

namespace mergegate {
namespace {

std::string Log(const std::string& runs) {
  return R"({"version": "2.1.0", "runs": [)" + runs + "]}";
}

const std::string kRun =
    R"({"tool": {"driver": {"name": "mergegate", "rules": [{"id": "r1"}]}},
        "invocations": [{"executionSuccessful": true}],
        "results": [{"ruleId": "r1", "level": "error",
                     "locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.py"},
                                                         "region": {"startLine": 3}}}]}]})";

struct Case {
  const char* name;
  std::vector<std::string> logs;
  Severity fail_on;
  const char* error_code;  // nullptr: merges
  Decision decision;       // when it merges
  size_t results;          // when it merges
};

const Case kCases[] = {
    {"one_high_finding_blocks", {Log(kRun)}, Severity::kHigh, nullptr, Decision::kBlock, 1},
    {"below_threshold_approves", {Log(kRun)}, Severity::kCritical, nullptr, Decision::kApprove, 1},
    {"duplicate_across_shards",
     {Log(kRun), Log(kRun)},
     Severity::kHigh,
     nullptr,
     Decision::kBlock,
     1},
    {"failed_invocation_is_error",
     {Log(
         R"({"tool": {"driver": {"name": "t"}}, "invocations": [{"executionSuccessful": false}]})")},
     Severity::kHigh,
     nullptr,
     Decision::kError,
     0},
    // Found by fuzzing: a run without tool.driver asserted inside nlohmann::json.
    {"run_without_tool", {Log("{}")}, Severity::kHigh, "merge.sarif", Decision::kError, 0},
    {"tool_not_an_object",
     {Log(R"({"tool": "x"})")},
     Severity::kHigh,
     "merge.sarif",
     Decision::kError,
     0},
    {"run_not_an_object", {Log("7")}, Severity::kHigh, "merge.sarif", Decision::kError, 0},
    {"version_not_a_string",
     {R"({"version": 2, "runs": []})"},
     Severity::kHigh,
     "merge.sarif",
     Decision::kError,
     0},
    {"invalid_json", {"{\"version\": "}, Severity::kHigh, "merge.json", Decision::kError, 0},
    {"odd_field_types_still_merge",
     {Log(R"({"tool": {"driver": {"name": "t", "rules": "no"}},
              "results": [{"ruleId": 5, "level": 7, "locations": [{"physicalLocation": 5}],
                           "properties": {"mergegate/severity": 3, "mergegate/blocking": "no"}}]})")},
     Severity::kMedium,
     nullptr,
     Decision::kBlock,
     1},
    {"invocation_not_an_object",
     {Log(R"({"tool": {"driver": {"name": "t"}}, "invocations": [1]})")},
     Severity::kHigh,
     "merge.sarif",
     Decision::kError,
     0},
};

class SarifMergeTest : public ::testing::TestWithParam<Case> {};

TEST_P(SarifMergeTest, MergesOrRefuses) {
  const Case& c = GetParam();
  std::vector<SarifInput> inputs;
  for (size_t i = 0; i < c.logs.size(); ++i)
    inputs.push_back({"in" + std::to_string(i) + ".sarif", c.logs[i]});
  const Expected<SarifMergeResult> merged = MergeSarif(inputs, c.fail_on);
  if (c.error_code != nullptr) {
    ASSERT_FALSE(merged.has_value());
    EXPECT_EQ(merged.error().front().code, c.error_code) << merged.error().front().message;
    EXPECT_EQ(merged.error().front().file, "in0.sarif");
    return;
  }
  ASSERT_TRUE(merged.has_value()) << merged.error().front().message;
  EXPECT_EQ(merged->verdict.decision, c.decision);
  EXPECT_EQ(merged->results, c.results);
}

INSTANTIATE_TEST_SUITE_P(All, SarifMergeTest, ::testing::ValuesIn(kCases),
                         [](const auto& p) { return std::string(p.param.name); });

}  // namespace
}  // namespace mergegate
