// Structured checks for credentials whose shape a regex cannot confirm alone: decoded JWT
// headers, URL userinfo, docker `auth` values, base64-wrapped PEM keys, HTTP Basic credentials and
// the values of generic `password = ...` assignments. Each returns true when `secret` (the rule's
// secret group; `match` is the whole regex match around it) still looks like a real credential.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mergegate {

// Decodes standard or URL-safe base64 (padding optional). nullopt on any invalid character.
std::optional<std::string> DecodeBase64(std::string_view text);

// A JWS/JWE: the first dot-separated segment decodes to a JSON object with an "alg" member, and
// the token is not one of the JWT debuggers' well-known samples.
bool JwtStructureValid(std::string_view token);

// The password of a `scheme://user:password@host` URL (`match`): not a placeholder, not a
// template, not equal to the user name.
bool UrlPasswordValid(std::string_view password, std::string_view match);

// A docker config.json `auth` value or an HTTP Basic credential: base64 of `user:password` with a
// non-empty password that is not a placeholder.
bool BasicCredentialValid(std::string_view base64);

// A base64-wrapped PEM block (kubeconfig client-key-data, ...) that holds a private key.
bool Base64PemPrivateKeyValid(std::string_view base64);

// A base64 value in a Kubernetes Secret's `data:`: it decodes to printable text that is itself a
// secret (passes GenericSecretValueValid) or a PEM private key; certificates and public keys are
// not secrets.
bool Base64TextSecretValid(std::string_view base64);

// A base64 PKCS#12 (PFX) keystore: DER `SEQUENCE { INTEGER 3, ... }` (RFC 7292's version v3).
bool Pkcs12DerValid(std::string_view base64);

// The value of a generic secret or password assignment: not a reference, template, path, URL
// without credentials, identifier-like word, UUID, hex digest or lockfile integrity hash.
bool GenericSecretValueValid(std::string_view value);

// GenericSecretValueValid, and, when `value` stands unquoted in `match` (the assignment around
// it), not a variable named for a credential: `PrivateKey: testP256PrivateKey` in Go refers to a
// key, while `"testP256PrivateKey"` in quotes would be the literal itself.
bool GenericAssignmentValid(std::string_view value, std::string_view match);

}  // namespace mergegate
