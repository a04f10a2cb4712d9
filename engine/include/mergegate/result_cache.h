// Result cache (`mergegate scan --cache DIR`): the raw scan result of each file (findings before
// any exception is applied, inline suppression directives, and a deterministic skip status)
// stored on disk, so re-scanning an unchanged tree only reads and hashes the files.
//
// An entry is found by the file's reported path and the SHA-256 of its content, inside the
// directory of one scan digest (rules, engine identity and the options that change findings);
// another digest never sees it. Entries are written to a temporary file then renamed, so runs
// and shards sharing DIR never read a half-written entry. An entry that is unreadable, corrupt
// or stored for another key is ignored (the file is scanned again and the entry rewritten).
// Entries hold only what findings hold: positions, redacted snippets and previews, fingerprints;
// never a secret.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "mergegate/diagnostic.h"
#include "mergegate/policy.h"
#include "mergegate/scan.h"

namespace mergegate {

class ResultCache {
 public:
  // Opens (creating when missing) the cache under `dir` for scans of `policies` with `options`
  // by the engine `engine_id` (its version and build: a rebuilt engine must not reuse results).
  // Fails with a diagnostic when the directory cannot be created. `policies` must outlive it.
  static Expected<ResultCache> Open(const std::string& dir, const PolicySet& policies,
                                    const ScanOptions& options, std::string_view engine_id);

  // The stored result for the file reported as `path` whose content hashes to `content_sha256`,
  // or nullopt (none, unreadable, corrupt, stored for another key, or naming an unknown rule).
  // Thread-safe.
  std::optional<FileScanResult> Load(std::string_view path, std::string_view content_sha256) const;

  // Stores `result` for that key, atomically. Results a time bound cut short are not stored
  // (the next run scans the file again). Failures to write are ignored: the cache only ever
  // saves work. Thread-safe, also across processes sharing the directory.
  void Store(std::string_view path, std::string_view content_sha256,
             const FileScanResult& result) const;

  // Hex SHA-256 of everything results depend on besides the file: the policy digest, the engine
  // identity, the cache format and the scan options that change findings.
  const std::string& digest() const { return digest_; }

 private:
  ResultCache(const PolicySet& policies, std::string digest, std::string dir);
  std::string EntryPath(std::string_view path, std::string_view content_sha256) const;

  const PolicySet* policies_;
  std::string digest_;
  std::string dir_;  // DIR/<digest prefix>
};

// Encodes a file's scan result as a cache entry for `key` (digest, path and content hash).
std::string EncodeCacheEntry(std::string_view key, const FileScanResult& result);

// Decodes an entry written by EncodeCacheEntry. Returns nullopt unless `bytes` is a complete,
// well-formed entry for exactly `key` whose rule ids all name rules of `policies`. Findings get
// `path`. Never trusts lengths or counts it reads.
std::optional<FileScanResult> DecodeCacheEntry(std::string_view bytes, std::string_view key,
                                               std::string_view path, const PolicySet& policies);

}  // namespace mergegate
