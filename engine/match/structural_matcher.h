// StructuralMatcher: a rule that matches syntax trees (raw tree-sitter queries, and code
// patterns with metavariables). Immutable after compilation; Match is thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "match/match_context.h"
#include "match/match_range.h"

namespace mergegate {

class StructuralMatcher {
 public:
  virtual ~StructuralMatcher() = default;
  // Appends matches of this rule in the file of `ctx` to `out`. Does nothing for a language the
  // matcher was not compiled for.
  virtual void Match(const MatchContext& ctx, std::vector<MatchRange>* out) const = 0;
  // Literals of which at least one must occur in a file's text for any match; empty when the
  // matcher cannot tell (then every file of its languages is parsed).
  virtual const std::vector<std::string>& required_literals() const = 0;
};

}  // namespace mergegate
