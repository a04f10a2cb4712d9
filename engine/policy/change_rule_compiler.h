// Compiles the `match.change` block of a `kind: change` rule (see docs/rule-format.md).
#pragma once

#include <functional>
#include <string>

#include "mergegate/rule.h"
#include "policy/yaml_document.h"

namespace mergegate {

// Reports an error at a JSON pointer of the rule document.
using ErrorAt = std::function<void(const std::string& pointer, const std::string& message)>;

// Sets rule->change from the validated document. Returns false after reporting via `error_at`.
bool CompileChangeMatch(const YamlDocument& doc, Rule* rule, const ErrorAt& error_at);

}  // namespace mergegate
