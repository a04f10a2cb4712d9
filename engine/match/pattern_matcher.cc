#include "match/pattern_matcher.h"

#include <algorithm>

#include "match/syntax_helpers.h"

namespace mergegate {

PatternMatcher::PatternMatcher(PatternRuleSpec spec)
    : spec_(std::move(spec)), literals_(RequiredLiterals(spec_.formula)) {}

bool PatternMatcher::ConstraintsHold(const MatchContext& ctx, const Bindings& b) const {
  for (const MetavariableConstraint& c : spec_.constraints) {
    const Binding* bound = FindBinding(b, c.metavar);
    if (bound == nullptr) continue;  // bound only in another `any` branch
    if (c.regex && !RE2::PartialMatch(bound->text, *c.regex)) return false;
    if (c.not_regex && RE2::PartialMatch(bound->text, *c.not_regex)) return false;
    const bool single = !ts_node_is_null(bound->first) && ts_node_eq(bound->first, bound->last);
    if (c.literal && (single && IsConstantLiteral(bound->first)) != *c.literal) return false;
    if (c.string_content) {
      if (!single || !IsStringType(TypeOf(bound->first)) || HasInterpolation(bound->first))
        return false;
      if (!RE2::PartialMatch(StringContent(ctx.tree().Text(bound->first)), *c.string_content))
        return false;
    }
    if (c.pattern || c.not_pattern) {
      Bindings scratch;
      if (c.pattern && !(single && EvalFormula(*c.pattern, ctx, bound->first, &scratch)))
        return false;
      if (c.not_pattern && single && EvalFormula(*c.not_pattern, ctx, bound->first, &scratch))
        return false;
    }
  }
  return true;
}

// Evaluates the positive parts of `f` first, then the constraints on what they bound, and only
// then the other parts (`inside`, `has`, `not`, ...), which can walk large subtrees.
bool PatternMatcher::EvalInStages(const Formula& f, const MatchContext& ctx, TSNode node,
                                  Bindings* b) const {
  if (f.op != Formula::Op::kAll) return EvalFormula(f, ctx, node, b) && ConstraintsHold(ctx, *b);
  size_t i = 0;
  for (; i < f.children.size() && HasPositivePattern(f.children[i]); ++i) {
    if (!EvalFormula(f.children[i], ctx, node, b)) return false;
  }
  if (!ConstraintsHold(ctx, *b)) return false;
  for (; i < f.children.size(); ++i) {
    if (!EvalFormula(f.children[i], ctx, node, b)) return false;
  }
  return ConstraintsHold(ctx, *b);
}

void PatternMatcher::Match(const MatchContext& ctx, std::vector<MatchRange>* out) const {
  std::vector<TSNode> candidates;
  CandidateNodes(spec_.formula, ctx, &candidates);
  if (spec_.formula.op == Formula::Op::kAny) {  // branches can share a root type
    std::sort(candidates.begin(), candidates.end(), [](TSNode a, TSNode b) { return a.id < b.id; });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](TSNode a, TSNode b) { return a.id == b.id; }),
                     candidates.end());
  }
  // The branches of a top-level `any` are tried one by one, so a branch whose bindings fail
  // the constraints or the dataflow check does not hide a later branch that passes them.
  std::vector<const Formula*> alternatives;
  if (spec_.formula.op == Formula::Op::kAny) {
    for (const Formula& f : spec_.formula.children) alternatives.push_back(&f);
  } else {
    alternatives.push_back(&spec_.formula);
  }
  for (const TSNode node : candidates) {
    for (const Formula* alternative : alternatives) {
      Bindings b;
      if (!EvalInStages(*alternative, ctx, node, &b)) continue;
      if (spec_.dataflow) {
        const Binding* sink = FindBinding(b, spec_.dataflow->sink);
        if (sink == nullptr || ts_node_is_null(sink->first) ||
            !IsBuiltFromNonConstant(ctx, sink->first, *spec_.dataflow)) {
          continue;
        }
      }
      TSNode first = node, last = node;
      if (!spec_.focus.empty()) {
        const Binding* focus = FindBinding(b, spec_.focus);
        if (focus == nullptr || ts_node_is_null(focus->first)) continue;
        first = focus->first;
        last = focus->last;
      }
      MatchRange r;
      r.start_byte = r.secret_start = ts_node_start_byte(first);
      r.end_byte = r.secret_end = ts_node_end_byte(last);
      out->push_back(r);
      break;
    }
  }
}

}  // namespace mergegate
