// Compiles the pattern-language keys of a rule's `match` block (`pattern`, combinators,
// `constraints`, `focus`, `dataflow`) into a PatternMatcher. Kept apart from policy_loader.cc so
// the loader only dispatches on the match kind.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <vector>

#include "match/structural_matcher.h"
#include "mergegate/diagnostic.h"
#include "mergegate/parsers/language.h"
#include "policy/yaml_document.h"

namespace mergegate {

// True when `match` uses the pattern language (any formula key is present).
bool IsPatternMatch(const nlohmann::json& match);

// Compiles `doc`'s /match for `languages`. On failure returns nullptr and appends diagnostics
// located at file:line:col (inside a pattern: the offending character), naming rule `rule_id`.
std::shared_ptr<const StructuralMatcher> CompilePatternMatch(
    const YamlDocument& doc, const std::string& source, const std::string& origin,
    const std::string& rule_id, const std::vector<const parsers::Language*>& languages,
    Diagnostics* errors);

}  // namespace mergegate
