#include "match/match_context.h"

#include "match/import_aliases.h"
#include "match/syntax_helpers.h"

namespace mergegate {

NodeIndex::NodeIndex(TSNode root) {
  TSTreeCursor cursor = ts_tree_cursor_new(root);
  for (;;) {
    const TSNode node = ts_tree_cursor_current_node(&cursor);
    if (ts_node_is_named(node)) {
      by_symbol_[ts_node_symbol(node)].push_back(node);
      all_.push_back(node);
    }
    if (ts_tree_cursor_goto_first_child(&cursor)) continue;
    bool done = false;
    while (!ts_tree_cursor_goto_next_sibling(&cursor)) {
      if (!ts_tree_cursor_goto_parent(&cursor)) {
        done = true;
        break;
      }
    }
    if (done) break;
  }
  ts_tree_cursor_delete(&cursor);
}

const std::vector<TSNode>& NodeIndex::OfSymbol(TSSymbol symbol) const {
  static const std::vector<TSNode> kNone;
  const auto it = by_symbol_.find(symbol);
  return it == by_symbol_.end() ? kNone : it->second;
}

const NodeIndex& MatchContext::index() const {
  if (!index_) index_ = std::make_unique<NodeIndex>(tree_.root());
  return *index_;
}

const AliasTable& MatchContext::aliases() const {
  if (!aliases_)
    aliases_ = std::make_unique<AliasTable>(BuildAliasTable(language_, tree_, index()));
  return *aliases_;
}

const std::vector<TSSymbol>& MatchContext::Symbols(std::string_view type) const {
  auto it = symbols_.find(type);
  if (it == symbols_.end())
    it = symbols_.emplace(std::string(type), SymbolsNamed(language_.grammar(), type)).first;
  return it->second;
}

}  // namespace mergegate
