// Formula: the combinator tree of a pattern rule (`pattern`, `all`, `any`, `not`, `inside`,
// `not-inside`, `has`, `follows`, `precedes`), evaluated AT a node: a pattern matches the node
// itself, `inside` an ancestor, `has` a descendant, `follows`/`precedes` an earlier/later sibling.
// `all` threads metavariable bindings through its parts in order, so later parts see what
// earlier ones bound (equal names must bind equal text).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "match/bindings.h"
#include "match/code_pattern.h"
#include "match/match_context.h"

namespace mergegate {

struct Formula {
  enum class Op { kPattern, kAll, kAny, kNot, kInside, kNotInside, kHas, kFollows, kPrecedes };
  Op op = Op::kPattern;
  std::map<std::string, CodePattern, std::less<>> patterns;  // kPattern: one per language name
  std::vector<Formula> children;  // kAll/kAny: the parts; the other operators: exactly one
  bool neighbor_only = false;     // `stop-by: neighbor` for inside/has: parent or children only
};

// True when `f` holds at `node`; extends *bindings on success.
bool EvalFormula(const Formula& f, const MatchContext& ctx, TSNode node, Bindings* bindings);

// Nodes where `f` can hold, from the file's node index; false when `f` has no positive pattern
// to start from (the rule compiler rejects such formulas).
bool CandidateNodes(const Formula& f, const MatchContext& ctx, std::vector<TSNode>* out);

// True when `f` has a positive pattern that gives candidates.
bool HasPositivePattern(const Formula& f);

// Identifiers of which one must occur in any file `f` matches; empty when unknown.
std::vector<std::string> RequiredLiterals(const Formula& f);

}  // namespace mergegate
