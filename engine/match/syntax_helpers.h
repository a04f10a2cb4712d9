// Small tree-sitter conveniences shared by the pattern matcher, alias resolution and dataflow.
#pragma once

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

#include "mergegate/parsers/syntax_tree.h"

namespace mergegate {

inline std::string_view TypeOf(TSNode node) { return ts_node_type(node); }
inline TSNode Field(TSNode node, std::string_view name) {
  return ts_node_child_by_field_name(node, name.data(), static_cast<uint32_t>(name.size()));
}
std::vector<TSNode> NamedChildren(TSNode node);
// Every symbol of `grammar` named `type` (a name can have several symbols through aliases).
std::vector<TSSymbol> SymbolsNamed(const TSLanguage* grammar, std::string_view type);

// Node kinds, recognised by type name across the supported grammars.
bool IsIdentifierType(std::string_view type);
bool IsStringType(std::string_view type);
bool IsNumberType(std::string_view type);
bool IsMemberAccessType(std::string_view type);
bool IsFunctionType(std::string_view type);

// The characters of a string literal between its quotes (prefixes such as f, b, r, @, $ dropped).
std::string_view StringContent(std::string_view literal);
// True when `node` is a string literal with an interpolated part (f-string, template, "#{}").
bool HasInterpolation(TSNode node);
// True for a constant literal: a number, or a string without interpolation.
bool IsConstantLiteral(TSNode node);

}  // namespace mergegate
