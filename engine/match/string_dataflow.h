// Local, intra-procedural dataflow for injection sinks: is an expression a string BUILT from a
// non-constant part? Recognised builders: concatenation (`+`, PHP `.`), interpolation
// (f-strings, template literals, "#{}", "$x", $"{x}"), `%` formatting, `"...".format(...)`,
// `String.format`, `fmt.Sprintf`, `string.Format`, `sprintf`. A local variable is followed
// through its assignments (and `+=` / `.=` appends) earlier in the same function. Literals,
// UPPER_CASE constants, variables assigned only constants, and calls to the rule's sanitizers
// are constant, and so are parameters declared with a numeric or boolean type. Bounded depth;
// no calls are followed.
//
// With a source regex the question becomes taint: does the sink argument derive from a source
// (an expression whose text matches, e.g. `request.args[...]`, or a parameter whose declaration
// matches, e.g. `@RequestParam String name`)? Values flow through local assignments, builders,
// and the arguments and receivers of any call except the rule's sanitizers.
#pragma once

#include <re2/re2.h>

#include <memory>
#include <string>
#include <vector>

#include "match/match_context.h"

namespace mergegate {

struct DataflowSpec {
  std::string sink;                     // metavariable bound to the sink argument
  std::vector<std::string> sanitizers;  // callee names whose result counts as constant
  // When set, some string-literal fragment of the built value must match (e.g. SQL keywords),
  // so `log.execute("user " + name)` is not taken for a query.
  std::shared_ptr<const RE2> fragment_regex;
  // When set, the sink must derive from an expression or parameter declaration matching it
  // (taint mode) instead of being a built string.
  std::shared_ptr<const RE2> source_regex;
};

// True when the rule's dataflow condition holds for `expr` (a sink argument): without a source
// regex, `expr` is a string built from a non-constant part; with one, `expr` derives from a
// source. Either way some literal fragment seen must match the fragment regex when it is set.
bool DataflowHolds(const MatchContext& ctx, TSNode expr, const DataflowSpec& spec);

}  // namespace mergegate
