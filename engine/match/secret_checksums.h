// Offline checksum validators for token formats that carry one (see docs/rule-format.md,
// `validate:`). Each returns true when the checksum embedded in `token` verifies.
#pragma once

#include <cstdint>
#include <string_view>

namespace mergegate {

// CRC-32 (IEEE 802.3 / zlib polynomial).
uint32_t Crc32(std::string_view data);

// GitHub (ghp_ gho_ ghu_ ghs_ ghr_) and npm (npm_) tokens: <prefix>_<30 random><6 base62 CRC32
// of the 30 random characters, left-padded with '0'>.
bool GithubChecksumValid(std::string_view token);

// Grafana service-account tokens: glsa_<32 b62>_<8 hex>, the hex being the CRC32 of
// "glsa_<32 b62>" written as little-endian bytes.
bool GrafanaChecksumValid(std::string_view token);

// GitLab routable tokens: <prefix><payload>.[<2 version>.]<2 base36 length><7 base36 CRC32>.
// The CRC covers the token text before it (with or without the prefix: both are accepted).
bool GitlabChecksumValid(std::string_view token);

// Bech32 (BIP-173) strings such as age secret keys: <hrp>1<data><6 checksum>.
bool Bech32ChecksumValid(std::string_view text);

// Base58Check (Bitcoin WIF keys, BIP-32 extended keys): the last 4 decoded bytes are the first
// 4 bytes of SHA-256(SHA-256(payload)).
bool Base58CheckValid(std::string_view text);

}  // namespace mergegate
