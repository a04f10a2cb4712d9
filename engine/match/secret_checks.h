// Checks applied to candidate secrets: the global placeholder allowlist (values that are
// obviously not real credentials) and the named validators of `match.validate`.
#pragma once

#include <string_view>
#include <vector>

namespace mergegate {

// True for obvious non-secrets: placeholder words (YOUR_API_KEY, changeme, redacted, …EXAMPLE,
// dummy, sample, xxxxxx, ******), angle-bracket slots (<token>), templates and lookups (${VAR},
// {{ var }}, %(name)s, process.env.X, os.environ[...], getenv), ellipses, runs of one repeated
// character and ascending sequences (abcdefgh, 12345678). Markers are whole words or long
// enough that a random token essentially never contains them by chance.
bool IsPlaceholderSecret(std::string_view secret);

enum class ValidatorResult { kValid, kInvalid, kUnknown };

// The names accepted by `match.validate`, for diagnostics and docs.
const std::vector<std::string_view>& ValidatorNames();
bool KnownValidator(std::string_view name);

// Runs validator `name` over `secret` (`match` is the whole regex match around it). kInvalid
// means the secret cannot be a real credential (not reported); kUnknown means it could not be
// confirmed (reported at low confidence).
ValidatorResult RunValidator(std::string_view name, std::string_view secret,
                             std::string_view match);

}  // namespace mergegate
