// JSON Schema validation (valijson) of policy and config documents against the schemas
// embedded from schemas/. Immutable after construction; Validate is thread-safe.
#pragma once

#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace mergegate {

struct SchemaError {
  std::string pointer;  // JSON pointer of the offending value ("" = document root)
  std::string message;
};

class SchemaValidator {
 public:
  // `schema_name` is a file under schemas/, e.g. "policy.schema.json". Asserts it is embedded
  // and valid: a broken built-in schema is a bug, not an input error.
  explicit SchemaValidator(const std::string& schema_name);
  ~SchemaValidator();
  // Returns the most specific error per location (valijson also reports every enclosing one).
  std::vector<SchemaError> Validate(const nlohmann::json& document) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mergegate
