// MatchContext: one parsed file as every structural rule of its language sees it. The scanner
// builds one per file; the node index and the import-alias table are computed on first use and
// then shared by all rules, so N pattern rules cost one tree walk, not N. Not thread-safe: one
// context belongs to one scanning thread.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "mergegate/parsers/language.h"
#include "mergegate/parsers/syntax_tree.h"

namespace mergegate {

// Every named node of a tree, grouped by grammar symbol, in document order.
class NodeIndex {
 public:
  explicit NodeIndex(TSNode root);
  // Nodes of `symbol`; empty when there are none.
  const std::vector<TSNode>& OfSymbol(TSSymbol symbol) const;
  const std::vector<TSNode>& All() const { return all_; }

 private:
  std::unordered_map<TSSymbol, std::vector<TSNode>> by_symbol_;
  std::vector<TSNode> all_;
};

// Local name -> qualified name ("sh" -> "subprocess.run", "y" -> "yaml") from a file's imports.
using AliasTable = std::map<std::string, std::string, std::less<>>;

class MatchContext {
 public:
  MatchContext(const parsers::Language& language, const parsers::SyntaxTree& tree)
      : language_(language), tree_(tree) {}
  const parsers::Language& language() const { return language_; }
  const parsers::SyntaxTree& tree() const { return tree_; }
  const NodeIndex& index() const;
  const AliasTable& aliases() const;
  // The grammar symbols named `type` (cached per file).
  const std::vector<TSSymbol>& Symbols(std::string_view type) const;

 private:
  const parsers::Language& language_;
  const parsers::SyntaxTree& tree_;
  mutable std::unique_ptr<NodeIndex> index_;
  mutable std::unique_ptr<AliasTable> aliases_;
  mutable std::map<std::string, std::vector<TSSymbol>, std::less<>> symbols_;
};

}  // namespace mergegate
