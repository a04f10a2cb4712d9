#include "match/syntax_helpers.h"

#include <algorithm>
#include <string>

namespace mergegate {
namespace {

bool OneOf(std::string_view type, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), type) != names.end();
}

}  // namespace

std::vector<TSNode> NamedChildren(TSNode node) {
  std::vector<TSNode> out;
  if (ts_node_is_null(node)) return out;  // an absent field: no children
  const uint32_t n = ts_node_named_child_count(node);
  out.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    const TSNode child = ts_node_named_child(node, i);
    if (!ts_node_is_extra(child)) out.push_back(child);
  }
  return out;
}

std::vector<TSSymbol> SymbolsNamed(const TSLanguage* grammar, std::string_view type) {
  std::vector<TSSymbol> out;
  const uint32_t count = ts_language_symbol_count(grammar);
  for (uint32_t s = 0; s < count; ++s) {
    const auto symbol = static_cast<TSSymbol>(s);
    if (ts_language_symbol_type(grammar, symbol) == TSSymbolTypeRegular &&
        type == ts_language_symbol_name(grammar, symbol)) {
      out.push_back(symbol);
    }
  }
  return out;
}

bool IsIdentifierType(std::string_view type) {
  return OneOf(type, {"identifier", "property_identifier", "field_identifier", "type_identifier",
                      "package_identifier", "shorthand_property_identifier", "constant", "name",
                      "variable_name", "simple_identifier"});
}

bool IsStringType(std::string_view type) {
  return OneOf(type,
               {"string", "template_string", "interpreted_string_literal", "raw_string_literal",
                "string_literal", "encapsed_string", "verbatim_string_literal",
                "interpolated_string_expression", "raw_string", "concatenated_string"});
}

bool IsNumberType(std::string_view type) {
  return OneOf(type, {"integer", "float", "number", "int_literal", "float_literal",
                      "decimal_integer_literal", "decimal_floating_point_literal",
                      "hex_integer_literal", "integer_literal", "real_literal"});
}

bool IsMemberAccessType(std::string_view type) {
  return OneOf(type, {"attribute", "member_expression", "selector_expression", "field_access",
                      "scoped_identifier", "member_access_expression", "scope_resolution",
                      "qualified_name"});
}

bool IsFunctionType(std::string_view type) {
  return OneOf(type, {"function_definition", "function_declaration", "method_declaration",
                      "function_expression", "arrow_function", "method_definition", "func_literal",
                      "constructor_declaration", "method", "singleton_method", "lambda",
                      "generator_function_declaration", "local_function_statement",
                      "anonymous_function", "anonymous_function_creation_expression",
                      "lambda_expression", "method_declaration", "function_item"});
}

std::string_view StringContent(std::string_view literal) {
  const size_t open = literal.find_first_of("\"'`");
  if (open == std::string_view::npos) return literal;
  const char q = literal[open];
  const size_t close = literal.find_last_of(q);
  if (close == open) return literal;
  size_t n = 1;  // quote run at the start: 1, or 3 for triple-quoted strings
  if (close - open >= 5 && literal.substr(open, 3) == std::string(3, q)) n = 3;
  if (close + 1 < open + 2 * n) return {};
  return literal.substr(open + n, close + 1 - n - (open + n));
}

bool HasInterpolation(TSNode node) {
  const std::string_view type = TypeOf(node);
  if (!IsStringType(type)) return false;
  for (const TSNode child : NamedChildren(node)) {
    const std::string_view ct = TypeOf(child);
    if (ct == "interpolation" || ct == "template_substitution" || ct == "expansion" ||
        ct == "command_substitution" || ct == "simple_expansion" || ct == "variable_name" ||
        ct == "member_access_expression" || ct == "subscript_expression" ||
        ct == "dynamic_variable_name") {
      return true;
    }
  }
  return false;
}

bool IsConstantLiteral(TSNode node) {
  const std::string_view type = TypeOf(node);
  if (IsNumberType(type)) return true;
  if (!IsStringType(type)) return false;
  if (type == "concatenated_string") {
    for (const TSNode child : NamedChildren(node)) {
      if (!IsConstantLiteral(child)) return false;
    }
    return true;
  }
  return !HasInterpolation(node);
}

}  // namespace mergegate
