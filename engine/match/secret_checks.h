// Checks applied to candidate secrets: the global placeholder allowlist (values that are
// obviously not real credentials) and named checksum validators for formats that carry one.
#pragma once

#include <string_view>

namespace mergegate {

// True for obvious non-secrets: placeholders (YOUR_API_KEY, <token>, xxxx, changeme),
// interpolations (${VAR}, {{ var }}, %(name)s, process.env.X, os.environ[...]), documentation
// example keys (…EXAMPLE), and runs of one repeated character.
bool IsPlaceholderSecret(std::string_view secret);

enum class ValidatorResult { kValid, kInvalid, kUnknown };

// True when `name` is a known validator ("github-crc32", ...).
bool KnownValidator(std::string_view name);

// Runs validator `name` over `secret`. kInvalid means the secret cannot be a real credential.
ValidatorResult RunValidator(std::string_view name, std::string_view secret);

}  // namespace mergegate
