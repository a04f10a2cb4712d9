// Metavariable bindings collected while matching one candidate node.
#pragma once

#include <tree_sitter/api.h>

#include <string>
#include <string_view>
#include <vector>

namespace mergegate {

struct Binding {
  std::string name;  // without '$'
  TSNode first{};    // first bound node (null for an empty `$$$` binding)
  TSNode last{};     // last bound node (== first for single nodes)
  std::string text;  // source text, or the qualified segment when bound through an import alias
};

using Bindings = std::vector<Binding>;

inline const Binding* FindBinding(const Bindings& b, std::string_view name) {
  for (const Binding& x : b) {
    if (x.name == name) return &x;
  }
  return nullptr;
}

}  // namespace mergegate
