// CodePattern: a `pattern:` snippet compiled for one language. The snippet is rewritten
// (metavariables -> identifiers), parsed with the language's grammar (inside a wrapper when a
// bare statement does not parse, e.g. Java method bodies) and turned into a PatternNode tree that
// owns its data, so the pattern's parse tree is not kept.
#pragma once

#include <tree_sitter/api.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mergegate/parsers/language.h"

namespace mergegate {

struct PatternNode {
  enum class Kind { kNode, kMeta, kMultiMeta, kString, kAnyString };
  Kind kind = Kind::kNode;
  TSSymbol symbol = 0;
  std::string type;
  std::string meta;                   // metavariable name; empty: anonymous
  std::string text;                   // leaf text, or the content of a string literal
  bool leaf = false;                  // no children at all: compare text
  std::string keyword;                // keyword argument / pair name: matched in any order
  std::vector<std::string> dotted;    // member-access chain ("$F" for a metavariable segment)
  std::vector<PatternNode> children;  // significant children (no comments, no punctuation)
};

class CodePattern {
 public:
  // Compiles `source` for `language`. On failure returns nullopt, with *error and *offset (byte
  // offset in `source`) describing the first problem.
  static std::optional<CodePattern> Compile(std::string_view source,
                                            const parsers::Language& language, std::string* error,
                                            uint32_t* offset);

  const PatternNode& root() const { return root_; }
  // Symbols a matching node can have; empty means any node (a lone metavariable).
  const std::vector<TSSymbol>& candidate_symbols() const { return candidates_; }
  // Identifiers of the pattern (excluding metavariables), longest first: one of them appears in
  // any file the pattern can match (import aliases still name the original).
  const std::vector<std::string>& identifiers() const { return identifiers_; }

 private:
  PatternNode root_;
  std::vector<TSSymbol> candidates_;
  std::vector<std::string> identifiers_;
};

// The children a match compares: not comments, not punctuation such as , ; ( ).
std::vector<TSNode> SignificantChildren(TSNode node);

}  // namespace mergegate
