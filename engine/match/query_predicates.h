// The text predicates of tree-sitter queries: #eq?, #not-eq?, #match?, #not-match?, #any-of?
// and #not-any-of?, parsed from a compiled query and evaluated here, because the C runtime only
// parses predicates. Also derives each pattern's prefilter literal.
#pragma once

#include <re2/re2.h>
#include <tree_sitter/api.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mergegate/parsers/syntax_tree.h"

namespace mergegate {

struct QueryPredicate {
  enum class Op { kEq, kNotEq, kMatch, kNotMatch, kAnyOf, kNotAnyOf } op = Op::kEq;
  uint32_t capture = 0;
  bool compare_captures = false;  // #eq? @a @b
  uint32_t other_capture = 0;
  std::vector<std::string> values;
  std::unique_ptr<RE2> re;  // #match? / #not-match?
};

// One pattern of a compiled query, as far as matching needs beyond the C runtime.
struct QueryPattern {
  std::vector<QueryPredicate> predicates;
  // A literal the file text must contain for this pattern to match (the longest literal #eq?
  // on a capture every match has); empty when there is none.
  std::string literal;
};

// Parses the predicates of pattern `pattern` of `query` into *out. Returns false and sets
// *error when a predicate is unsupported or malformed, or a regex is invalid.
bool ParsePatternPredicates(const TSQuery* query, uint32_t pattern, QueryPattern* out,
                            std::string* error);

// True when every predicate holds for `match` in `tree`. A predicate on a capture the match does
// not have (an optional capture) holds vacuously.
bool PredicatesHold(const std::vector<QueryPredicate>& predicates, const parsers::SyntaxTree& tree,
                    const TSQueryMatch& match);

// The name of capture `id` of `query`.
std::string_view QueryCaptureName(const TSQuery* query, uint32_t id);

// A short description of a query compilation error.
std::string_view QueryErrorName(TSQueryError error);

}  // namespace mergegate
