#include "match/formula.h"

#include <algorithm>

#include "match/node_matcher.h"

namespace mergegate {
namespace {

bool AnyDescendant(const Formula& f, const MatchContext& ctx, TSNode node, bool neighbor_only,
                   Bindings* b) {
  const uint32_t n = ts_node_named_child_count(node);
  for (uint32_t i = 0; i < n; ++i) {
    const TSNode c = ts_node_named_child(node, i);
    if (ts_node_is_extra(c)) continue;
    if (EvalFormula(f, ctx, c, b)) return true;
    if (!neighbor_only && AnyDescendant(f, ctx, c, false, b)) return true;
  }
  return false;
}

bool AnySibling(const Formula& f, const MatchContext& ctx, TSNode node, bool before, Bindings* b) {
  // An expression that is a whole statement (`close(f)` in `close(f);`) has the statement's
  // siblings.
  for (TSNode p = ts_node_parent(node); !ts_node_is_null(p) && ts_node_named_child_count(p) == 1 &&
                                        ts_node_start_byte(p) == ts_node_start_byte(node);
       p = ts_node_parent(p)) {
    node = p;
  }
  for (TSNode s = before ? ts_node_prev_named_sibling(node) : ts_node_next_named_sibling(node);
       !ts_node_is_null(s);
       s = before ? ts_node_prev_named_sibling(s) : ts_node_next_named_sibling(s)) {
    if (ts_node_is_extra(s)) continue;
    // Try the sibling statement and the expression it wraps (`open(f)` in `open(f);`).
    for (TSNode n = s; !ts_node_is_null(n);
         n = ts_node_named_child_count(n) == 1 ? ts_node_named_child(n, 0) : TSNode{}) {
      if (EvalFormula(f, ctx, n, b)) return true;
    }
  }
  return false;
}

bool Inside(const Formula& f, const MatchContext& ctx, TSNode node, bool neighbor_only,
            Bindings* b) {
  for (TSNode p = ts_node_parent(node); !ts_node_is_null(p); p = ts_node_parent(p)) {
    if (EvalFormula(f, ctx, p, b)) return true;
    if (neighbor_only) break;
  }
  return false;
}

}  // namespace

bool EvalFormula(const Formula& f, const MatchContext& ctx, TSNode node, Bindings* bindings) {
  Bindings trial = *bindings;
  bool holds = false;
  switch (f.op) {
    case Formula::Op::kPattern: {
      const auto it = f.patterns.find(ctx.language().name);
      holds = it != f.patterns.end() && NodeMatcher(ctx).Match(it->second.root(), node, &trial);
      break;
    }
    case Formula::Op::kAll:
      holds = std::all_of(f.children.begin(), f.children.end(),
                          [&](const Formula& c) { return EvalFormula(c, ctx, node, &trial); });
      break;
    case Formula::Op::kAny:
      holds = std::any_of(f.children.begin(), f.children.end(),
                          [&](const Formula& c) { return EvalFormula(c, ctx, node, &trial); });
      break;
    case Formula::Op::kNot: {
      Bindings scratch = trial;
      holds = !EvalFormula(f.children[0], ctx, node, &scratch);
      break;
    }
    case Formula::Op::kInside:
      holds = Inside(f.children[0], ctx, node, f.neighbor_only, &trial);
      break;
    case Formula::Op::kNotInside: {
      Bindings scratch = trial;
      holds = !Inside(f.children[0], ctx, node, f.neighbor_only, &scratch);
      break;
    }
    case Formula::Op::kHas:
      holds = AnyDescendant(f.children[0], ctx, node, f.neighbor_only, &trial);
      break;
    case Formula::Op::kFollows:
    case Formula::Op::kPrecedes:
      holds = AnySibling(f.children[0], ctx, node, f.op == Formula::Op::kFollows, &trial);
      break;
  }
  if (holds) *bindings = std::move(trial);
  return holds;
}

bool HasPositivePattern(const Formula& f) {
  switch (f.op) {
    case Formula::Op::kPattern:
      return true;
    case Formula::Op::kAny:
      return !f.children.empty() &&
             std::all_of(f.children.begin(), f.children.end(), HasPositivePattern);
    case Formula::Op::kAll:
      return std::any_of(f.children.begin(), f.children.end(), HasPositivePattern);
    default:
      return false;
  }
}

bool CandidateNodes(const Formula& f, const MatchContext& ctx, std::vector<TSNode>* out) {
  switch (f.op) {
    case Formula::Op::kPattern: {
      const auto it = f.patterns.find(ctx.language().name);
      if (it == f.patterns.end()) return true;  // not compiled for this language: no candidates
      const std::vector<TSSymbol>& symbols = it->second.candidate_symbols();
      if (symbols.empty()) {
        out->insert(out->end(), ctx.index().All().begin(), ctx.index().All().end());
        return true;
      }
      for (const TSSymbol s : symbols) {
        const std::vector<TSNode>& nodes = ctx.index().OfSymbol(s);
        out->insert(out->end(), nodes.begin(), nodes.end());
      }
      return true;
    }
    case Formula::Op::kAny:
      for (const Formula& c : f.children) {
        if (!CandidateNodes(c, ctx, out)) return false;
      }
      return true;
    case Formula::Op::kAll:
      for (const Formula& c : f.children) {
        if (HasPositivePattern(c)) return CandidateNodes(c, ctx, out);
      }
      return false;
    default:
      return false;
  }
}

std::vector<std::string> RequiredLiterals(const Formula& f) {
  std::vector<std::string> out;
  switch (f.op) {
    case Formula::Op::kPattern:
      for (const auto& [language, pattern] : f.patterns) {
        if (pattern.identifiers().empty()) return {};
        out.push_back(pattern.identifiers().front());
      }
      break;
    case Formula::Op::kAny:
      for (const Formula& c : f.children) {
        std::vector<std::string> part = RequiredLiterals(c);
        if (part.empty()) return {};
        out.insert(out.end(), part.begin(), part.end());
      }
      break;
    case Formula::Op::kAll:
      for (const Formula& c : f.children) {
        out = RequiredLiterals(c);
        if (!out.empty()) break;
      }
      break;
    default:
      break;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace mergegate
