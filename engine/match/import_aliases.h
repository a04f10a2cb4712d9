// Import resolution for qualified-name matching: which local names a file's imports bind, and
// to what. Python (`import yaml as y`, `from subprocess import run as sh`), JavaScript and
// TypeScript (`require` incl. destructuring, `import` default/namespace/named), Go (renamed
// imports) and Java (static imports). Module-level only, no cross-file resolution.
#pragma once

#include "match/match_context.h"

namespace mergegate {

AliasTable BuildAliasTable(const parsers::Language& language, const parsers::SyntaxTree& tree,
                           const NodeIndex& index);

}  // namespace mergegate
