// Rules: the immutable, compiled form of one policy YAML file. A Rule is built once by the
// policy loader (engine/policy) and then shared read-only by every scanning thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "mergegate/severity.h"

namespace mergegate {

class RegexMatcher;       // engine/match/regex_matcher.h
class StructuralMatcher;  // engine/match/structural_matcher.h
struct QueryRule;         // engine/match/query_bundle.h
class ChangeMatcher;      // engine/change/change_matcher.h

enum class RuleKind {
  kCode,    // insecure code pattern: regex or structural match over a file
  kSecret,  // credential: regex match whose secret is redacted and hashed
  kChange,  // judges a change set (files added, lines removed, ...); see engine/match
};

std::string_view RuleKindName(RuleKind k);

struct RuleMeta {
  std::string id;        // unique across all loaded packs, e.g. "aws-access-key-id"
  std::string title;     // short human name
  std::string message;   // what a finding says
  std::string help;      // markdown: why it matters, how to fix, safe example
  std::string category;  // e.g. "secrets", "injection", "crypto"
  std::string provider;  // secrets: the issuing service, e.g. "GitHub"
  Severity severity = Severity::kMedium;
  Confidence confidence = Confidence::kMedium;
  RuleKind kind = RuleKind::kCode;
  std::vector<std::string> languages;      // language names; empty means every text file
  std::vector<std::string> include_paths;  // globs; empty means all paths
  std::vector<std::string> exclude_paths;  // globs
  std::vector<int> cwe;
  std::vector<std::string> owasp;
  std::vector<std::string> tags;
  std::string origin;  // where it was loaded from: a path, or "builtin:<pack>/<file>"
  std::string pack;    // pack name: the directory holding the rule file
};

// One compiled rule. Exactly one of regex / structural (a code pattern) / query (a raw
// tree-sitter query, which the scanner compiles per language with the others) is set for file
// rules; change rules (kind kChange) set only `change`.
struct Rule {
  RuleMeta meta;
  std::shared_ptr<const RegexMatcher> regex;
  std::shared_ptr<const StructuralMatcher> structural;
  std::shared_ptr<const QueryRule> query;
  std::shared_ptr<const ChangeMatcher> change;

  // True when the rule applies to a file of `language` (empty = unknown language) at `path`.
  bool AppliesTo(std::string_view language, std::string_view path) const;
};

}  // namespace mergegate
