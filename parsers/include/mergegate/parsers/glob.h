// Path globs as users write them in policies and config: `*` matches within one path segment,
// `**` across segments, `?` one character, `[abc]` a class. A glob without '/' matches the base
// name anywhere in the tree (as in .gitignore); a trailing '/' matches a directory prefix.
#pragma once

#include <string_view>

namespace mergegate::parsers {

// True when `path` ('/'-separated, relative) matches `glob`. Pure function, thread-safe.
bool GlobMatch(std::string_view glob, std::string_view path);

}  // namespace mergegate::parsers
