// NodeMatcher: structural matching of a compiled PatternNode against a file's syntax tree.
// Node types must agree, leaves compare by text, string literals by content, comments and
// punctuation are ignored, `$$$` spans any run of siblings, keyword arguments match in any
// order, a repeated metavariable must bind equal text, and a qualified pattern name (`mod.fn`)
// also matches a name bound to it by an import alias.
#pragma once

#include "match/bindings.h"
#include "match/code_pattern.h"
#include "match/match_context.h"

namespace mergegate {

class NodeMatcher {
 public:
  explicit NodeMatcher(const MatchContext& ctx) : ctx_(ctx) {}

  // True when `pattern` matches `node`; extends *bindings on success (unchanged on failure).
  bool Match(const PatternNode& pattern, TSNode node, Bindings* bindings) const;

 private:
  bool MatchInPlace(const PatternNode& p, TSNode t, Bindings* b) const;
  bool MatchList(const std::vector<PatternNode>& ps, const std::vector<TSNode>& ts,
                 Bindings* b) const;
  bool MatchSequence(const std::vector<const PatternNode*>& ps, size_t i,
                     const std::vector<TSNode>& ts, size_t j, Bindings* b) const;
  bool MatchThroughAlias(const PatternNode& p, TSNode t, Bindings* b) const;
  bool Bind(const std::string& name, TSNode first, TSNode last, std::string text,
            Bindings* b) const;

  const MatchContext& ctx_;
};

}  // namespace mergegate
