// Parsing with tree-sitter, bounded in time. A SyntaxTree owns its TSTree; the text it was
// parsed from must outlive it. Parsers are cached per thread, so Parse is thread-safe.
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <memory>
#include <string_view>

#include "mergegate/parsers/language.h"

namespace mergegate::parsers {

class SyntaxTree {
 public:
  SyntaxTree(TSTree* tree, std::string_view text) : tree_(tree, &ts_tree_delete), text_(text) {}
  TSNode root() const { return ts_tree_root_node(tree_.get()); }
  std::string_view text() const { return text_; }
  // The source text covered by `node`.
  std::string_view Text(TSNode node) const {
    return text_.substr(ts_node_start_byte(node),
                        ts_node_end_byte(node) - ts_node_start_byte(node));
  }
  bool HasErrors() const { return ts_node_has_error(root()); }

 private:
  std::unique_ptr<TSTree, void (*)(TSTree*)> tree_;
  std::string_view text_;
};

enum class ParseStatus { kOk, kTimeout, kNoGrammar, kTooLarge };

struct ParseResult {
  ParseStatus status = ParseStatus::kOk;
  std::unique_ptr<SyntaxTree> tree;  // set when status is kOk
};

// Parses `text` as `language`, giving up after `timeout_micros` (0 = no limit).
ParseResult Parse(const Language& language, std::string_view text, uint64_t timeout_micros);

// True when `language`'s grammar ABI is within the range the linked runtime accepts.
bool GrammarAbiSupported(const Language& language);

}  // namespace mergegate::parsers
