#include "policy/schema_validator.h"

#include <cassert>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "mergegate/embedded.h"

namespace mergegate {

struct SchemaValidator::Impl {
  valijson::Schema schema;
};

SchemaValidator::SchemaValidator(const std::string& schema_name) : impl_(std::make_unique<Impl>()) {
  std::string_view text;
  for (const embedded::File& f : embedded::schemas()) {
    if (f.path == schema_name) text = f.data;
  }
  assert(!text.empty() && "schema not embedded");
  const nlohmann::json schema_json = nlohmann::json::parse(text);
  valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
  valijson::adapters::NlohmannJsonAdapter adapter(schema_json);
  parser.populateSchema(adapter, impl_->schema);
}

SchemaValidator::~SchemaValidator() = default;

std::vector<SchemaError> SchemaValidator::Validate(const nlohmann::json& document) const {
  // One validator per thread: it caches the schema's compiled `pattern` regexes across calls.
  thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter adapter(document);
  std::vector<SchemaError> errors;
  if (validator.validate(impl_->schema, adapter, &results)) return errors;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    std::string pointer;
    for (const std::string& part : error.context) {
      if (part == "<root>") continue;
      // valijson writes "[name]" for properties and "[0]" for items.
      std::string token = part.size() >= 2 && part.front() == '[' && part.back() == ']'
                              ? part.substr(1, part.size() - 2)
                              : part;
      if (token.size() >= 2 && token.front() == '"' && token.back() == '"')
        token = token.substr(1, token.size() - 2);
      pointer += "/" + token;
    }
    errors.push_back({pointer, error.description});
  }
  // Keep the deepest error per location chain: drop errors whose pointer is a strict prefix of
  // another's (they only say "a child failed").
  std::vector<SchemaError> specific;
  for (const SchemaError& e : errors) {
    bool ancestor = false;
    for (const SchemaError& other : errors) {
      if (other.pointer.size() > e.pointer.size() &&
          other.pointer.compare(0, e.pointer.size(), e.pointer) == 0 &&
          other.pointer[e.pointer.size()] == '/') {
        ancestor = true;
        break;
      }
    }
    bool duplicate = false;
    for (const SchemaError& s : specific)
      duplicate = duplicate || (s.pointer == e.pointer && s.message == e.message);
    if (!ancestor && !duplicate) specific.push_back(e);
  }
  return specific;
}

}  // namespace mergegate
