#include "match/secret_checks.h"

#include <re2/re2.h>

#include <string>

#include "match/secret_checksums.h"
#include "match/secret_structure.h"
#include "mergegate/util.h"

namespace mergegate {
namespace {

bool AllSameChar(std::string_view s) {
  return s.size() >= 4 && s.find_first_not_of(s[0]) == std::string_view::npos;
}

// Eight or more consecutive characters that step by +1 (abcdefgh, 12345678, ABCDEFGH).
bool HasAscendingRun(std::string_view s) {
  size_t run = 1;
  for (size_t i = 1; i < s.size(); ++i) {
    run =
        (std::isalnum(static_cast<unsigned char>(s[i])) != 0 && s[i] == s[i - 1] + 1) ? run + 1 : 1;
    if (run >= 8) return true;
  }
  return false;
}

ValidatorResult FromBool(bool valid) {
  return valid ? ValidatorResult::kValid : ValidatorResult::kInvalid;
}

// GitLab's routable tokens carry a CRC32 whose exact input the public docs do not pin down, so
// a mismatch lowers confidence instead of dropping the token; legacy tokens have no checksum.
ValidatorResult GitlabValidator(std::string_view token) {
  if (token.find('.') == std::string_view::npos) return ValidatorResult::kValid;
  return GitlabChecksumValid(token) ? ValidatorResult::kValid : ValidatorResult::kUnknown;
}

struct Validator {
  std::string_view name;
  ValidatorResult (*run)(std::string_view secret, std::string_view match);
};

const std::vector<Validator>& Validators() {
  static const std::vector<Validator> kValidators = {
      {"github-crc32",
       [](std::string_view s, std::string_view) { return FromBool(GithubChecksumValid(s)); }},
      {"grafana-crc32",
       [](std::string_view s, std::string_view) { return FromBool(GrafanaChecksumValid(s)); }},
      {"gitlab-crc32", [](std::string_view s, std::string_view) { return GitlabValidator(s); }},
      {"bech32",
       [](std::string_view s, std::string_view) { return FromBool(Bech32ChecksumValid(s)); }},
      {"base58check",
       [](std::string_view s, std::string_view) { return FromBool(Base58CheckValid(s)); }},
      {"jwt", [](std::string_view s, std::string_view) { return FromBool(JwtStructureValid(s)); }},
      {"url-credentials",
       [](std::string_view s, std::string_view m) { return FromBool(UrlPasswordValid(s, m)); }},
      {"basic-credentials",
       [](std::string_view s, std::string_view) { return FromBool(BasicCredentialValid(s)); }},
      {"base64-private-key",
       [](std::string_view s, std::string_view) { return FromBool(Base64PemPrivateKeyValid(s)); }},
      {"base64-secret-text",
       [](std::string_view s, std::string_view) { return FromBool(Base64TextSecretValid(s)); }},
      {"pkcs12-der",
       [](std::string_view s, std::string_view) { return FromBool(Pkcs12DerValid(s)); }},
      {"generic-secret", [](std::string_view s,
                            std::string_view m) { return FromBool(GenericAssignmentValid(s, m)); }},
  };
  return kValidators;
}

}  // namespace

bool IsPlaceholderSecret(std::string_view secret) {
  if (secret.empty() || AllSameChar(secret)) return true;
  // A value whose second half is one repeated character, e.g. "sk_live_00000000".
  if (secret.size() >= 8 && AllSameChar(secret.substr(secret.size() / 2))) return true;
  if (HasAscendingRun(secret)) return true;
  // Marker words. Each is long enough (or delimited) that a random token does not contain it by
  // chance; short words such as "todo" or "test" are deliberately absent.
  static const RE2 kMarkers(
      R"((?i)example|placeholder|changeme|change_me|replace_?me|redacted|dummy|sample|your[_-]|yourapi|)"
      R"(insert[_-]|_here\b|fake[_-]|x{6}|\*{4}|\.\.\.|…|)"
      // Templates, interpolations and environment lookups.
      R"(\$\{|\{\{|\$\(|%\([A-Za-z_]+\)s|process\.env|os\.environ|getenv|ENV\[|)"
      // An angle-bracket slot such as <token> or <your-api-key>, also HTML-escaped.
      R"(<[A-Za-z][A-Za-z _.-]*>|&lt;[A-Za-z][A-Za-z _.-]*&gt;)");
  return RE2::PartialMatch(secret, kMarkers);
}

const std::vector<std::string_view>& ValidatorNames() {
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    for (const Validator& v : Validators()) names.push_back(v.name);
    return names;
  }();
  return kNames;
}

bool KnownValidator(std::string_view name) {
  for (const Validator& v : Validators()) {
    if (v.name == name) return true;
  }
  return false;
}

ValidatorResult RunValidator(std::string_view name, std::string_view secret,
                             std::string_view match) {
  for (const Validator& v : Validators()) {
    if (v.name == name) return v.run(secret, match);
  }
  return ValidatorResult::kUnknown;
}

}  // namespace mergegate
