// The ref lines git writes on a pre-push hook's stdin, one per pushed ref:
// "<local-ref> SP <local-oid> SP <remote-ref> SP <remote-oid> LF" (githooks(5)). The object ids
// are later passed to git as arguments, so only full hex ids are accepted: a word such as
// "--output=x" must never reach git's command line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mergegate/diagnostic.h"

namespace mergegate::parsers {

struct PushedRef {
  std::string local_ref, local_oid, remote_ref, remote_oid;
};

// Parses the hook's whole stdin. Blank lines are skipped and a trailing CR is ignored. Fails
// with a diagnostic naming the first malformed line (file "<stdin>", its 1-based number): not
// four space-separated words, a ref name with a control character, or an object id that is not 40
// or 64 hex digits.
Expected<std::vector<PushedRef>> ParsePrePushInput(std::string_view text);

}  // namespace mergegate::parsers
