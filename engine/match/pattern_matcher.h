// PatternMatcher: a `pattern`-style rule (code patterns, combinators, metavariable constraints,
// focus, optional string dataflow). Starts only from candidate nodes of the formula's root
// pattern types, taken from the file's shared node index. Immutable; Match is thread-safe.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "match/formula.h"
#include "match/string_dataflow.h"
#include "match/structural_matcher.h"

namespace mergegate {

// A condition on what a metavariable bound; vacuous when the match did not bind it (e.g. it
// occurs only in another `any` branch).
struct MetavariableConstraint {
  std::string metavar;                  // without '$'
  std::unique_ptr<RE2> regex;           // the bound text must match (partial match)
  std::unique_ptr<RE2> not_regex;       // ... must not match
  std::unique_ptr<RE2> string_content;  // the bound node is a string literal whose content matches
  std::optional<bool> literal;       // the bound node is (true) / is not (false) a constant literal
  std::unique_ptr<Formula> pattern;  // the bound node matches
  std::unique_ptr<Formula> not_pattern;  // ... does not match
};

struct PatternRuleSpec {
  Formula formula;
  std::vector<MetavariableConstraint> constraints;
  std::string focus;  // metavariable whose node is reported; empty: the matched node
  std::optional<DataflowSpec> dataflow;
};

class PatternMatcher final : public StructuralMatcher {
 public:
  explicit PatternMatcher(PatternRuleSpec spec);
  void Match(const MatchContext& ctx, std::vector<MatchRange>* out) const override;
  const std::vector<std::string>& required_literals() const override { return literals_; }

 private:
  bool ConstraintsHold(const MatchContext& ctx, const Bindings& b) const;
  bool EvalInStages(const Formula& f, const MatchContext& ctx, TSNode node, Bindings* b) const;

  PatternRuleSpec spec_;
  std::vector<std::string> literals_;
  // The formula split at its top-level `any` (also one that is the first positive part of a
  // top-level `all`), so each branch is tried with the constraints and dataflow in turn.
  std::vector<Formula> alternatives_;
};

}  // namespace mergegate
