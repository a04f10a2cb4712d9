// Metavariables in code patterns. `$X` (one node), `$$$ARGS` / `$$$` (zero or more nodes), `$_`
// (one node, not bound) and the Semgrep ellipsis `...` (as `$$$`) are rewritten into
// identifiers every grammar accepts (`__mgv_X`, `__mgm_ARGS`), so the pattern parses with the
// target language's own grammar; the pattern compiler then recognises those identifiers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mergegate {

struct RewrittenPattern {
  std::string text;
  std::vector<uint32_t> origin;  // origin[i]: offset in the original pattern of text[i]
};

RewrittenPattern RewriteMetavariables(std::string_view pattern);

struct Placeholder {
  std::string name;  // without '$'; empty for `$_`, `$$$` and `...` (match, never bind)
  bool multi = false;
};

// Recognises a rewritten metavariable; `text` may end with ';' (statement position).
bool ParsePlaceholder(std::string_view text, Placeholder* out);

}  // namespace mergegate
