#include "match/secret_structure.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

#include "match/secret_checks.h"
#include "match/secret_checksums.h"
#include "mergegate/util.h"

namespace mergegate {
namespace {

// Values people put where a password goes when they mean "fill this in".
bool IsWeakPlaceholderWord(std::string_view value) {
  static const std::array<std::string_view, 34> kWords = {
      "password",      "passwd",    "passw0rd",   "secret",     "changeme", "changeit",  "admin",
      "administrator", "root",      "guest",      "test",       "testing",  "default",   "android",
      "none",          "null",      "nil",        "true",       "false",    "undefined", "string",
      "required",      "optional",  "hidden",     "empty",      "pass",     "token",     "apikey",
      "api_key",       "secretkey", "notasecret", "password123"};
  const std::string lower = util::AsciiLower(value);
  return std::find(kWords.begin(), kWords.end(), lower) != kWords.end();
}

}  // namespace

std::optional<std::string> DecodeBase64(std::string_view text) {
  while (!text.empty() && text.back() == '=') text.remove_suffix(1);
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    int v;
    if (c >= 'A' && c <= 'Z') {
      v = c - 'A';
    } else if (c >= 'a' && c <= 'z') {
      v = c - 'a' + 26;
    } else if (c >= '0' && c <= '9') {
      v = c - '0' + 52;
    } else if (c == '+' || c == '-') {
      v = 62;
    } else if (c == '/' || c == '_') {
      v = 63;
    } else {
      return std::nullopt;
    }
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
    }
  }
  return out;
}

bool JwtStructureValid(std::string_view token) {
  const size_t dot = token.find('.');
  if (dot == std::string_view::npos) return false;
  const std::optional<std::string> header = DecodeBase64(token.substr(0, dot));
  if (!header) return false;
  const nlohmann::json parsed = nlohmann::json::parse(*header, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object() || !parsed.contains("alg")) return false;
  // The sample token every JWT debugger and tutorial shows ("John Doe", sub 1234567890).
  const size_t second = token.find('.', dot + 1);
  if (second != std::string_view::npos) {
    const std::optional<std::string> payload =
        DecodeBase64(token.substr(dot + 1, second - dot - 1));
    if (payload && payload->find("\"John Doe\"") != std::string::npos &&
        payload->find("1234567890") != std::string::npos) {
      return false;
    }
  }
  return true;
}

bool UrlPasswordValid(std::string_view password, std::string_view match) {
  if (password.empty() || IsPlaceholderSecret(password) || IsWeakPlaceholderWord(password))
    return false;
  // Templates (${PASS}, [[USER:]PASSWORD@]HOST) and documentation's one- to three-character
  // stand-ins (https://a:b@..., abc:123@...): no credential is that short.
  static const RE2 kTemplate(
      R"(^(?:\$[A-Za-z_{(]|%[A-Za-z_(]|\{|\]|:[A-Za-z_]|\*+$|@[A-Za-z_]+@$))");
  if (password.size() < 4 || RE2::PartialMatch(password, kTemplate)) return false;
  // The user name sits between "://" and the ':' before the password.
  const size_t scheme_end = match.find("://");
  const size_t colon = static_cast<size_t>(password.data() - match.data()) - 1;
  if (scheme_end != std::string_view::npos && colon > scheme_end + 3) {
    const std::string_view user = match.substr(scheme_end + 3, colon - scheme_end - 3);
    if (user == password) return false;
    if (util::AsciiLower(user) == "user" && util::AsciiLower(password) == "pass") return false;
  }
  return true;
}

bool BasicCredentialValid(std::string_view base64) {
  const std::optional<std::string> decoded = DecodeBase64(base64);
  if (!decoded) return false;
  const size_t colon = decoded->find(':');
  if (colon == std::string::npos || colon + 1 >= decoded->size()) return false;
  if (!std::all_of(decoded->begin(), decoded->end(), [](char c) { return c >= 0x20 && c < 0x7f; }))
    return false;
  const std::string_view password = std::string_view(*decoded).substr(colon + 1);
  return !IsPlaceholderSecret(password) && !IsWeakPlaceholderWord(password) &&
         decoded->substr(0, colon) != password;
}

bool Base64PemPrivateKeyValid(std::string_view base64) {
  const std::optional<std::string> decoded = DecodeBase64(base64);
  return decoded && decoded->starts_with("-----BEGIN ") &&
         decoded->find("PRIVATE KEY") != std::string::npos;
}

bool Base64TextSecretValid(std::string_view base64) {
  std::optional<std::string> decoded = DecodeBase64(base64);
  if (!decoded) return false;
  while (!decoded->empty() && (decoded->back() == '\n' || decoded->back() == '\r'))
    decoded->pop_back();
  const bool printable = std::all_of(decoded->begin(), decoded->end(), [](char c) {
    return (c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t';
  });
  if (!printable || decoded->empty()) return false;
  if (decoded->starts_with("-----BEGIN ")) return decoded->find("PRIVATE KEY") != std::string::npos;
  return GenericSecretValueValid(*decoded);
}

bool Pkcs12DerValid(std::string_view base64) {
  // Only the DER header matters: decode a short prefix (whole base64 quanta).
  const std::optional<std::string> head = DecodeBase64(base64.substr(0, 16));
  if (!head || head->size() < 7) return false;
  const auto byte = [&](size_t i) { return static_cast<unsigned char>((*head)[i]); };
  // SEQUENCE with a long-form length of 1 or 2 bytes, then INTEGER 3.
  if (byte(0) != 0x30) return false;
  const size_t at = byte(1) == 0x82 ? 4 : byte(1) == 0x81 ? 3 : 0;
  return at != 0 && byte(at) == 0x02 && byte(at + 1) == 0x01 && byte(at + 2) == 0x03;
}

bool GenericSecretValueValid(std::string_view value) {
  if (value.size() < 6 || IsPlaceholderSecret(value) || IsWeakPlaceholderWord(value)) return false;
  // A token with a checksummed prefix is the provider rule's to judge: a bad checksum is no secret.
  static const RE2 kGithubLike(R"(^(?:gh[pousr]|npm)_[A-Za-z0-9]{36}$)");
  if (RE2::FullMatch(value, kGithubLike)) return GithubChecksumValid(value);
  if (value.starts_with("glsa_")) return GrafanaChecksumValid(value);
  // Type names in declarations (password: String!, token: Optional[str]).
  static const RE2 kTypeName(
      R"((?i)^(?:string|str|int|integer|bool|boolean|text|number|bytes|secretstr|securestring|char\[\])[!?]?$)");
  if (RE2::FullMatch(value, kTypeName)) return false;
  const std::string lower = util::AsciiLower(value);
  // References, templates and encrypted-at-rest values.
  static const RE2 kReference(
      R"(^(?:[$%@&*!:]|enc\[|arn:|data:|file:|vault:|sha(?:1|256|384|512)-)|\$\{|\{\{|#\{|%\(|\{\d*\}|%[sd])");
  if (RE2::PartialMatch(lower, kReference)) return false;
  // An expression after a string that ends at the name: "PWD="+dir, "token="+cfg.token.
  static const RE2 kConcatenation(R"(^\+[ \t]*[A-Za-z_][A-Za-z0-9_.]*$)");
  if (RE2::FullMatch(value, kConcatenation)) return false;
  // File paths and URLs (URLs with credentials are the url-credentials rule's job).
  static const RE2 kPath(
      R"(^(?:\.{0,2}/|~/|[a-z]:\\)|://|\.(?:pem|key|crt|cer|json|txt|ya?ml|p12|pfx|jks|env|cfg|conf|ini|xml|der|pub)$)");
  if (RE2::PartialMatch(lower, kPath)) return false;
  // UUIDs, hex digests (hashes, ids), numbers and versions.
  static const RE2 kHashLike(
      R"(^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32,}|v?[0-9._-]+)$)");
  if (RE2::FullMatch(lower, kHashLike)) return false;
  // Identifiers: dotted references (config.api_key; a C++ scope counts as a dot:
  // token_type::uninitialized), ENV_VAR_NAMES, snake_case (a reserved prefix allowed:
  // _S_token_subexpr_begin) / kebab-case / camelCase words, acronyms included (testRSAPrivateKey,
  // getHTTPClient). Real secrets mix digits or symbols into letters; random letters rarely keep
  // every lower-case run two letters long (about 4 % of 16-letter strings do).
  static const RE2 kDotted(R"(^[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|::)[A-Za-z_][A-Za-z0-9_]*)+$)");
  static const RE2 kEnvName(R"(^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$)");
  static const RE2 kWords(
      R"(^_*(?:[A-Za-z]_)?[a-z]+(?:[_-][a-z]+)+$|^[a-z]+(?:[A-Z][a-z]+)+$|^(?:[A-Z][a-z]+){2,}$|)"
      R"(^[a-z]{2,}(?:[A-Z]+[a-z]{2,})+[A-Z]*$)");
  // Plain words (credentials, Secret, MYTOKEN1): identifiers or dictionary words, not keys.
  static const RE2 kPlainWord(R"(^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)[0-9]{0,2}$)");
  // A trailing ':' ends a label or a host in a URL template, not a secret.
  const std::string_view word = value.substr(0, value.find_last_not_of(':') + 1);
  if (RE2::FullMatch(word, kDotted) || RE2::FullMatch(word, kEnvName) ||
      RE2::FullMatch(word, kWords) || RE2::FullMatch(word, kPlainWord)) {
    return false;
  }
  // Base64 of a sentence ("not my real password") is documentation, not a key; base64 of a
  // placeholder word (a Kubernetes Secret's `password: Y2hhbmdlbWU=`) is no secret either.
  if (value.size() % 4 == 0) {
    const std::optional<std::string> decoded = DecodeBase64(value);
    if (decoded && std::all_of(decoded->begin(), decoded->end(),
                               [](char c) { return c >= 0x20 && c < 0x7f; })) {
      if (decoded->find(' ') != std::string::npos || IsPlaceholderSecret(*decoded) ||
          IsWeakPlaceholderWord(*decoded))
        return false;
    }
  }
  return true;
}

bool GenericAssignmentValid(std::string_view value, std::string_view match) {
  if (!GenericSecretValueValid(value)) return false;
  const bool inside = value.data() > match.data() && value.data() <= match.data() + match.size();
  const bool quoted =
      inside && std::string_view("\"'`").find(value.data()[-1]) != std::string_view::npos;
  static const RE2 kCredentialVariable(
      R"(^[A-Za-z_][A-Za-z0-9_]*(?:[a-z0-9](?:Key|Secret|Token|Password|Credentials?)|)"
      R"(_(?:key|secret|token|password|credentials?)|_(?:KEY|SECRET|TOKEN|PASSWORD|CREDENTIALS?))$)");
  return quoted || !RE2::FullMatch(value, kCredentialVariable);
}

}  // namespace mergegate
