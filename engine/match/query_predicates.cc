#include "match/query_predicates.h"

#include <algorithm>

#include "match/regex_matcher.h"

namespace mergegate {
namespace {

std::string_view StringValue(const TSQuery* q, uint32_t id) {
  uint32_t len = 0;
  const char* s = ts_query_string_value_for_id(q, id, &len);
  return {s, len};
}

bool ParseOp(std::string_view name, QueryPredicate::Op* op) {
  using Op = QueryPredicate::Op;
  static constexpr std::pair<std::string_view, Op> kOps[] = {
      {"eq?", Op::kEq},        {"not-eq?", Op::kNotEq},
      {"match?", Op::kMatch},  {"not-match?", Op::kNotMatch},
      {"any-of?", Op::kAnyOf}, {"not-any-of?", Op::kNotAnyOf}};
  for (const auto& [n, o] : kOps) {
    if (n == name) {
      *op = o;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view QueryCaptureName(const TSQuery* query, uint32_t id) {
  uint32_t len = 0;
  const char* name = ts_query_capture_name_for_id(query, id, &len);
  return {name, len};
}

std::string_view QueryErrorName(TSQueryError error) {
  switch (error) {
    case TSQueryErrorSyntax:
      return "syntax error";
    case TSQueryErrorNodeType:
      return "unknown node type";
    case TSQueryErrorField:
      return "unknown field";
    case TSQueryErrorCapture:
      return "unknown capture";
    case TSQueryErrorStructure:
      return "impossible pattern structure";
    case TSQueryErrorLanguage:
      return "language mismatch";
    default:
      return "invalid query";
  }
}

bool ParsePatternPredicates(const TSQuery* query, uint32_t pattern, QueryPattern* out,
                            std::string* error) {
  uint32_t step_count = 0;
  const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(query, pattern, &step_count);
  for (uint32_t i = 0; i < step_count;) {
    uint32_t end = i;
    while (end < step_count && steps[end].type != TSQueryPredicateStepTypeDone) ++end;
    // steps[i] is the operator name; steps[i+1..end) its arguments.
    const std::string_view op = StringValue(query, steps[i].value_id);
    QueryPredicate pred;
    if (!ParseOp(op, &pred.op)) {
      *error = "unsupported predicate #" + std::string(op);
      return false;
    }
    if (end - i < 3 || steps[i + 1].type != TSQueryPredicateStepTypeCapture) {
      *error = "predicate #" + std::string(op) + " needs a capture and a value";
      return false;
    }
    pred.capture = steps[i + 1].value_id;
    for (uint32_t a = i + 2; a < end; ++a) {
      if (steps[a].type == TSQueryPredicateStepTypeCapture) {
        pred.compare_captures = true;
        pred.other_capture = steps[a].value_id;
      } else {
        pred.values.emplace_back(StringValue(query, steps[a].value_id));
      }
    }
    if (pred.op == QueryPredicate::Op::kMatch || pred.op == QueryPredicate::Op::kNotMatch) {
      if (pred.values.size() != 1) {
        *error = "#" + std::string(op) + " takes one regex";
        return false;
      }
      pred.re = std::make_unique<RE2>(pred.values[0], MatcherRe2Options());
      if (!pred.re->ok()) {
        *error = "invalid regex in #" + std::string(op) + ": " + pred.re->error();
        return false;
      }
    }
    // A literal #eq? on a capture every match has (quantifier One: not inside an alternative or
    // an optional) must occur in the file text: a sound prefilter for this pattern.
    if (pred.op == QueryPredicate::Op::kEq && !pred.compare_captures &&
        ts_query_capture_quantifier_for_id(query, pattern, pred.capture) == TSQuantifierOne &&
        pred.values[0].size() > out->literal.size()) {
      out->literal = pred.values[0];
    }
    out->predicates.push_back(std::move(pred));
    i = end + 1;
  }
  return true;
}

bool PredicatesHold(const std::vector<QueryPredicate>& predicates, const parsers::SyntaxTree& tree,
                    const TSQueryMatch& match) {
  auto capture_text = [&](uint32_t capture, std::string_view* text) {
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      if (match.captures[i].index == capture) {
        *text = tree.Text(match.captures[i].node);
        return true;
      }
    }
    return false;
  };
  using Op = QueryPredicate::Op;
  for (const QueryPredicate& pred : predicates) {
    std::string_view text;
    if (!capture_text(pred.capture, &text)) continue;  // optional capture absent: vacuously true
    bool holds = true;
    switch (pred.op) {
      case Op::kEq:
      case Op::kNotEq: {
        std::string_view other;
        const bool equal = pred.compare_captures
                               ? capture_text(pred.other_capture, &other) && other == text
                               : text == pred.values[0];
        holds = (pred.op == Op::kEq) == equal;
        break;
      }
      case Op::kMatch:
      case Op::kNotMatch:
        holds = RE2::PartialMatch(text, *pred.re) == (pred.op == Op::kMatch);
        break;
      case Op::kAnyOf:
      case Op::kNotAnyOf: {
        const bool any =
            std::find(pred.values.begin(), pred.values.end(), text) != pred.values.end();
        holds = any == (pred.op == Op::kAnyOf);
        break;
      }
    }
    if (!holds) return false;
  }
  return true;
}

}  // namespace mergegate
