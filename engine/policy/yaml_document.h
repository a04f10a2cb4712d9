// A YAML document converted to JSON for schema validation, remembering where each value came
// from so schema and compile errors point at file:line:col.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "mergegate/diagnostic.h"

namespace mergegate {

// The implicit move is noexcept; clang-tidy sees a throw in json_value(value_t), which
// nlohmann::json's move calls only with value_t::null, which does not throw.
// NOLINTNEXTLINE(bugprone-exception-escape)
struct YamlDocument {
  nlohmann::json json;
  std::map<std::string, std::pair<int, int>> positions;  // JSON pointer -> (line, column), 1-based

  // Position of `pointer`, or of its nearest ancestor that has one.
  std::pair<int, int> PositionOf(std::string pointer) const;
};

// Parses one YAML document. Scalars become JSON numbers/booleans/null by YAML 1.2 core-schema
// rules unless quoted. Fails with a located diagnostic on a syntax error or duplicate key.
Expected<YamlDocument> ParseYamlDocument(const std::string& text, const std::string& origin);

}  // namespace mergegate
