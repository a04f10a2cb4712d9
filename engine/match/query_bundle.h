// QueryBundle: every raw tree-sitter query rule of one language compiled into a single query, so
// a file's tree is walked once for all of them (tree-sitter dispatches each node only to the
// patterns that can start at its type) instead of once per rule.
//
// Compiling is costly for large grammars (tree-sitter analyses each pattern against the grammar:
// ~20-40 ms per rule for TypeScript, Ruby or C#), so the scanner compiles a language's bundle
// when the first file of that language needs it: a scan pays only for the languages it meets.
#pragma once

#include <tree_sitter/api.h>

#include <memory>
#include <string>
#include <vector>

#include "match/match_context.h"
#include "match/match_range.h"
#include "match/query_predicates.h"
#include "mergegate/parsers/language.h"

namespace mergegate {

// A `query` rule as written: the query text and the capture to report.
struct QueryRule {
  std::string query;
  std::string report;  // capture to report; empty: "match" when the rule has it, else the first
};

// Why a bundle did not compile: the rule at fault and the byte offset inside its query.
struct QueryBundleError {
  size_t rule = 0;
  uint32_t offset = 0;
  std::string message;
};

class QueryBundle {
 public:
  // Compiles `rules` (indices are kept) for `language`. On failure returns nullptr and fills
  // *error.
  static std::unique_ptr<QueryBundle> Compile(const parsers::Language& language,
                                              const std::vector<const QueryRule*>& rules,
                                              QueryBundleError* error);
  ~QueryBundle();
  QueryBundle(const QueryBundle&) = delete;
  QueryBundle& operator=(const QueryBundle&) = delete;

  // Literals of which one must occur in a file's text for rule `rule` to match; empty when the
  // rule has a pattern without one (then it can match any file).
  const std::vector<std::string>& literals(size_t rule) const { return rules_[rule].literals; }

  // Walks ctx's tree once and appends every match of rule i with wanted[i] to (*out)[i]
  // (out is resized to the rule count).
  void Match(const MatchContext& ctx, const std::vector<bool>& wanted,
             std::vector<std::vector<MatchRange>>* out) const;

 private:
  struct PerRule {
    uint32_t first_pattern = 0;  // patterns [first_pattern, end_pattern) belong to the rule
    uint32_t end_pattern = 0;
    int report_capture = -1;  // -1: the first capture of each match
    std::vector<std::string> literals;
  };
  QueryBundle() = default;

  TSQuery* query_ = nullptr;
  std::vector<PerRule> rules_;
  std::vector<QueryPattern> patterns_;  // by pattern index
  std::vector<uint32_t> rule_of_pattern_;
};

}  // namespace mergegate
