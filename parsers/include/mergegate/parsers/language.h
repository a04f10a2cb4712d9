// The language table: the one list of languages mergegate understands. Adding a language means
// pinning its npm grammar in package.json, adding a mergegate_grammar() line in
// cmake/Grammars.cmake and one row in language.cc, plus a smoke file in test/smoke/.
#pragma once

#include <string_view>
#include <vector>

struct TSLanguage;

namespace mergegate::parsers {

struct Language {
  std::string_view name;                        // canonical, lower case: "python", "csharp", ...
  std::vector<std::string_view> extensions;     // with the dot: ".py"
  std::vector<std::string_view> file_names;     // exact base names: "Dockerfile", "Gemfile"
  std::vector<std::string_view> line_comments;  // comment starters: "#", "//"
  const TSLanguage* (*grammar)();               // nullptr for line-oriented languages (Dockerfile)
};

// Every supported language, in a fixed order. Thread-safe (immutable after first use).
const std::vector<Language>& Languages();

// Returns the language named `name` (also accepting aliases such as "js", "ts", "py",
// "terraform", "shell"), or nullptr.
const Language* FindLanguage(std::string_view name);

// Returns the language of `path` from its base name or extension, or nullptr when unknown.
const Language* DetectLanguage(std::string_view path);

}  // namespace mergegate::parsers
