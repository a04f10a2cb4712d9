// Local, intra-procedural dataflow for injection sinks: is an expression a string BUILT from a
// non-constant part? Recognised builders: concatenation (`+`, PHP `.`), interpolation
// (f-strings, template literals, "#{}", "$x", $"{x}"), `%` formatting, `"...".format(...)`,
// `String.format`, `fmt.Sprintf`, `string.Format`, `sprintf`. A local variable is followed
// through its assignments (and `+=` / `.=` appends) earlier in the same function. Literals,
// UPPER_CASE constants, variables assigned only constants, and calls to the rule's sanitizers
// are constant, and so are parameters declared with a numeric or boolean type. Bounded depth;
// no calls are followed.
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
};

// True when `expr` (a sink argument) is a string built from a non-constant part.
bool IsBuiltFromNonConstant(const MatchContext& ctx, TSNode expr, const DataflowSpec& spec);

}  // namespace mergegate
