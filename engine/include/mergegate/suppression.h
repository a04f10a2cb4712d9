// Inline suppression directives: `mergegate: ignore[rule-id,...] reason` in a line comment of the
// file's language. The scanner collects them per file (they need the file text); the filter in
// engine/filter/suppressions.cc applies them to findings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mergegate {

struct SuppressionDirective {
  std::string path;                   // repository-relative, as in findings
  int line = 0;                       // 1-based line of the comment
  int column = 0;                     // 1-based column of "mergegate:"
  bool standalone = false;            // the comment is alone on its line: it covers the next line
  std::vector<std::string> rule_ids;  // empty when none was given (a problem)
  std::string reason;                 // trimmed; empty when none was given
};

// Finds every directive in `text` (the file at `path`), using the line-comment syntax of the
// file's language ('#' and '//' when the language is unknown). Only a comment whose text starts
// with "mergegate:" followed by "ignore" counts; a substring elsewhere never does. Markdown and
// reStructuredText files (documentation) have none.
std::vector<SuppressionDirective> FindSuppressionDirectives(std::string_view path,
                                                            std::string_view text);

}  // namespace mergegate
