#include "match/node_matcher.h"

#include <algorithm>

#include "match/syntax_helpers.h"

namespace mergegate {

bool NodeMatcher::Match(const PatternNode& pattern, TSNode node, Bindings* bindings) const {
  Bindings trial = *bindings;
  if (!MatchInPlace(pattern, node, &trial)) return false;
  *bindings = std::move(trial);
  return true;
}

bool NodeMatcher::Bind(const std::string& name, TSNode first, TSNode last, std::string text,
                       Bindings* b) const {
  if (name.empty()) return true;
  if (const Binding* old = FindBinding(*b, name)) return old->text == text;
  b->push_back({name, first, last, std::move(text)});
  return true;
}

bool NodeMatcher::MatchInPlace(const PatternNode& p, TSNode t, Bindings* b) const {
  const parsers::SyntaxTree& tree = ctx_.tree();
  switch (p.kind) {
    case PatternNode::Kind::kMeta:
      // C# and PHP wrap each argument in an `argument` node: bind the expression itself.
      if (TypeOf(t) == "argument" && ts_node_named_child_count(t) == 1)
        t = ts_node_named_child(t, 0);
      return Bind(p.meta, t, t, std::string(tree.Text(t)), b);
    case PatternNode::Kind::kMultiMeta:
      return false;  // only meaningful inside a list
    case PatternNode::Kind::kAnyString:
      return IsStringType(TypeOf(t));
    case PatternNode::Kind::kString:
      return IsStringType(TypeOf(t)) && !HasInterpolation(t) &&
             StringContent(tree.Text(t)) == p.text;
    case PatternNode::Kind::kNode:
      break;
  }
  if (ts_node_symbol(t) == p.symbol) {
    if (p.leaf) {
      if (tree.Text(t) == p.text) return true;
    } else {
      Bindings trial = *b;
      if (MatchList(p.children, SignificantChildren(t), &trial)) {
        *b = std::move(trial);
        return true;
      }
    }
  }
  return !p.dotted.empty() && MatchThroughAlias(p, t, b);
}

bool NodeMatcher::MatchList(const std::vector<PatternNode>& ps, const std::vector<TSNode>& ts,
                            Bindings* b) const {
  std::vector<const PatternNode*> positional;
  std::vector<const PatternNode*> keywords;
  bool open_ended = false;
  for (const PatternNode& p : ps) {
    (p.keyword.empty() ? positional : keywords).push_back(&p);
    if (p.kind == PatternNode::Kind::kMultiMeta) open_ended = true;
  }
  if (keywords.empty()) return MatchSequence(positional, 0, ts, 0, b);
  // Keyword arguments: each pattern keyword finds its own target keyword, in any order; the
  // remaining target nodes are matched as a sequence.
  const TSSymbol keyword_symbol = keywords[0]->symbol;
  std::vector<TSNode> rest;
  std::vector<TSNode> target_keywords;
  for (const TSNode t : ts)
    (ts_node_symbol(t) == keyword_symbol ? target_keywords : rest).push_back(t);
  std::vector<bool> used(target_keywords.size(), false);
  for (const PatternNode* k : keywords) {
    bool found = false;
    for (size_t i = 0; i < target_keywords.size() && !found; ++i) {
      if (!used[i] && Match(*k, target_keywords[i], b)) used[i] = found = true;
    }
    if (!found) return false;
  }
  for (size_t i = 0; i < target_keywords.size(); ++i) {
    if (used[i]) continue;
    if (!open_ended) return false;
    rest.push_back(target_keywords[i]);
  }
  std::sort(rest.begin(), rest.end(),
            [](TSNode x, TSNode y) { return ts_node_start_byte(x) < ts_node_start_byte(y); });
  return MatchSequence(positional, 0, rest, 0, b);
}

bool NodeMatcher::MatchSequence(const std::vector<const PatternNode*>& ps, size_t i,
                                const std::vector<TSNode>& ts, size_t j, Bindings* b) const {
  if (i == ps.size()) return j == ts.size();
  const PatternNode& p = *ps[i];
  if (p.kind == PatternNode::Kind::kMultiMeta) {
    for (size_t k = j; k <= ts.size(); ++k) {
      Bindings trial = *b;
      const bool empty = k == j;
      const TSNode first = empty ? TSNode{} : ts[j];
      const TSNode last = empty ? TSNode{} : ts[k - 1];
      std::string text;
      if (!empty) {
        text = std::string(ctx_.tree().text().substr(
            ts_node_start_byte(first), ts_node_end_byte(last) - ts_node_start_byte(first)));
      }
      if (Bind(p.meta, first, last, std::move(text), &trial) &&
          MatchSequence(ps, i + 1, ts, k, &trial)) {
        *b = std::move(trial);
        return true;
      }
    }
    return false;
  }
  if (j == ts.size()) return false;
  Bindings trial = *b;
  if (MatchInPlace(p, ts[j], &trial) && MatchSequence(ps, i + 1, ts, j + 1, &trial)) {
    *b = std::move(trial);
    return true;
  }
  return false;
}

namespace {

struct Segment {
  std::string text;
  TSNode node;
};

// `a.b.c` as segments; empty when `node` is not a plain member-access chain.
std::vector<Segment> TargetSegments(const parsers::SyntaxTree& tree, TSNode node) {
  if (IsIdentifierType(TypeOf(node))) return {{std::string(tree.Text(node)), node}};
  if (!IsMemberAccessType(TypeOf(node))) return {};
  const std::vector<TSNode> kids = NamedChildren(node);
  if (kids.size() != 2 || !IsIdentifierType(TypeOf(kids[1]))) return {};
  std::vector<Segment> out = TargetSegments(tree, kids[0]);
  if (!out.empty()) out.push_back({std::string(tree.Text(kids[1])), kids[1]});
  return out;
}

}  // namespace

bool NodeMatcher::MatchThroughAlias(const PatternNode& p, TSNode t, Bindings* b) const {
  const bool invocation = p.type == "method_invocation";
  if (invocation && (ts_node_symbol(t) != p.symbol || p.children.empty())) return false;
  std::vector<Segment> segments;
  if (invocation) {  // Java: the callee is the object and name fields, not one node
    const TSNode object = Field(t, "object");
    if (!ts_node_is_null(object)) segments = TargetSegments(ctx_.tree(), object);
    if (!ts_node_is_null(object) && segments.empty()) return false;
    const TSNode name = Field(t, "name");
    segments.push_back({std::string(ctx_.tree().Text(name)), name});
  } else {
    segments = TargetSegments(ctx_.tree(), t);
  }
  if (segments.empty()) return false;
  const AliasTable& aliases = ctx_.aliases();
  const auto it = aliases.find(segments[0].text);
  if (it == aliases.end()) return false;
  std::vector<Segment> expanded;
  const std::string& qualified = it->second;
  for (size_t start = 0; start <= qualified.size();) {
    const size_t dot = std::min(qualified.find('.', start), qualified.size());
    expanded.push_back({qualified.substr(start, dot - start), segments[0].node});
    start = dot + 1;
  }
  expanded.insert(expanded.end(), segments.begin() + 1, segments.end());
  if (expanded.size() != p.dotted.size()) return false;
  Bindings trial = *b;
  for (size_t i = 0; i < expanded.size(); ++i) {
    const std::string& want = p.dotted[i];
    if (want.starts_with("$")) {
      if (!Bind(want.substr(1), expanded[i].node, expanded[i].node, expanded[i].text, &trial))
        return false;
    } else if (want != expanded[i].text) {
      return false;
    }
  }
  if (invocation && !MatchInPlace(p.children.back(), Field(t, "arguments"), &trial)) return false;
  *b = std::move(trial);
  return true;
}

}  // namespace mergegate
