// StructuralMatcher: a rule that matches syntax trees (tree-sitter queries today; code patterns
// with metavariables build on the same interface). Immutable after compilation; Match is
// thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "match/match_range.h"
#include "mergegate/parsers/language.h"
#include "mergegate/parsers/syntax_tree.h"

namespace mergegate {

class StructuralMatcher {
 public:
  virtual ~StructuralMatcher() = default;
  // Appends matches of this rule in `tree` (parsed as `language`) to `out`. Does nothing for a
  // language the matcher was not compiled for.
  virtual void Match(const parsers::Language& language, const parsers::SyntaxTree& tree,
                     std::vector<MatchRange>* out) const = 0;
  // Literals of which at least one must occur in a file's text for any match; empty when the
  // matcher cannot tell (then every file of its languages is parsed).
  virtual const std::vector<std::string>& required_literals() const = 0;
};

}  // namespace mergegate
