// Diagnostics: input problems (bad YAML, schema violations, invalid regexes or queries,
// unreadable files, malformed diffs) travel as values, never as exceptions. Every layer returns
// them to the CLI, which prints one line per diagnostic and exits 2.
#pragma once

#include <string>
#include <tl/expected.hpp>
#include <vector>

namespace mergegate {

struct Diagnostic {
  std::string code;     // stable short identifier, e.g. "policy.schema", "policy.regex"
  std::string message;  // one sentence, no trailing period needed
  std::string file;     // empty when not tied to a file
  int line = 0;         // 1-based; 0 when unknown
  int column = 0;       // 1-based; 0 when unknown
  std::string hint;     // optional remedy
};

// Formats as "file:line:col: error: message [code]" (omitting unknown parts), one line.
std::string FormatDiagnostic(const Diagnostic& d);

using Diagnostics = std::vector<Diagnostic>;

template <typename T>
using Expected = tl::expected<T, Diagnostics>;

inline tl::unexpected<Diagnostics> Fail(Diagnostic d) {
  return tl::unexpected(Diagnostics{std::move(d)});
}

}  // namespace mergegate
