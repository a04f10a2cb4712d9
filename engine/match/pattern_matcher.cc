#include "match/pattern_matcher.h"

#include <algorithm>

#include "match/syntax_helpers.h"

namespace mergegate {

namespace {

// `any: [A, B]` -> [A, B]; `all: [any: [A, B], C]` (a rule with `any` plus `not-inside`, ...)
// -> [all: [A, C], all: [B, C]]; anything else -> [itself].
std::vector<Formula> SplitAtTopLevelAny(const Formula& f) {
  if (f.op == Formula::Op::kAny) return f.children;
  if (f.op == Formula::Op::kAll) {
    for (size_t i = 0; i < f.children.size(); ++i) {
      if (!HasPositivePattern(f.children[i])) continue;
      if (f.children[i].op != Formula::Op::kAny) break;
      std::vector<Formula> out;
      for (const Formula& branch : f.children[i].children) {
        Formula alternative = f;
        alternative.children[i] = branch;
        out.push_back(std::move(alternative));
      }
      return out;
    }
  }
  return {f};
}

}  // namespace

PatternMatcher::PatternMatcher(PatternRuleSpec spec)
    : spec_(std::move(spec)),
      literals_(RequiredLiterals(spec_.formula)),
      alternatives_(SplitAtTopLevelAny(spec_.formula)) {}

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
  if (alternatives_.size() > 1) {  // branches can share a root type
    std::sort(candidates.begin(), candidates.end(), [](TSNode a, TSNode b) { return a.id < b.id; });
    candidates.erase(std::unique(candidates.begin(), candidates.end(),
                                 [](TSNode a, TSNode b) { return a.id == b.id; }),
                     candidates.end());
  }
  // Each branch of a top-level `any` is tried in turn, so a branch whose bindings fail the
  // constraints or the dataflow check does not hide a later branch that passes them.
  for (const TSNode node : candidates) {
    for (const Formula& alternative : alternatives_) {
      Bindings b;
      if (!EvalInStages(alternative, ctx, node, &b)) continue;
      if (spec_.dataflow) {
        const Binding* sink = FindBinding(b, spec_.dataflow->sink);
        if (sink == nullptr || ts_node_is_null(sink->first) ||
            !DataflowHolds(ctx, sink->first, *spec_.dataflow)) {
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
