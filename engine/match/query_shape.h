// CheckQueryShape: rejects the tree-sitter query shapes that the query parser of tree-sitter 0.25
// (ts_query_new) mishandles instead of rejecting, before ts_query_new sees them. Each is invalid
// or meaningless, and each makes the parser read or write memory it does not own, or leak:
//   - a capture (@name) or `?` right after a group of predicates only: it indexes the pattern's
//     first step, which does not exist (a null write, so a crash, when the query has no step
//     yet; found by fuzz/corpus/query_compile/crash-treesitter-query-ubsan); and `+` or `*`
//     there: the repetition step becomes its own alternative, and ts_query_new loops forever,
//     growing memory;
//   - `+` on a pattern that may match nothing (`(x)*+`, `((x)?)+`): the same endless loop;
//   - an alternative of predicates only (`[(a) (#eq? ...)]`): with `+` the same endless loop,
//     or a crash inside a node;
//   - a field (`name:`) on such a pattern or on a bare predicate: the same out-of-range write;
//   - an unknown field name: tree-sitter rejects it but leaks the field's capture list (found by
//     fuzz/corpus/policy_loader/crash-treesitter-query-leak);
//   - an empty string `""` as a node, or as a predicate argument before any non-empty string in
//     the query: tree-sitter passes a null pointer to strncmp or memcpy (found by query_compile).
// The check follows ts_query__parse_pattern token by token and stops, reporting nothing, where
// tree-sitter would stop with a syntax error of its own (ts_query_new then reports it).
#pragma once

#include <tree_sitter/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mergegate {

struct QueryShapeError {
  uint32_t offset = 0;  // byte offset in the query
  std::string message;
};

// The first shape above in `query` for `language`, or nullopt.
std::optional<QueryShapeError> CheckQueryShape(const TSLanguage* language, std::string_view query);

}  // namespace mergegate
