// Sharding: splits a scan over N processes (CI matrix jobs, Kubernetes Indexed Jobs) by a
// stable hash of each path, so every file lands in exactly one shard whatever the machine.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace mergegate {

struct Shard {
  int index = 0;  // 0-based
  int count = 1;
};

// Parses "I/N" with 1 <= I <= N (1-based, as users count shards). Sets *error on failure.
std::optional<Shard> ParseShardSpec(std::string_view spec, std::string* error);

// Reads the shard from CI environment variables, first match wins:
//   JOB_COMPLETION_INDEX (0-based) with `shard_count` (Kubernetes Indexed Jobs),
//   CI_NODE_INDEX / CI_NODE_TOTAL (GitLab, 1-based), BUILDKITE_PARALLEL_JOB / _COUNT (0-based),
//   CIRCLE_NODE_INDEX / CIRCLE_NODE_TOTAL (0-based).
// Returns nullopt when none is set; sets *error (and returns nullopt) when one is malformed.
std::optional<Shard> ShardFromEnvironment(const std::function<const char*(const char*)>& get_env,
                                          std::optional<int> shard_count, std::string* error);

// True when `path` belongs to `shard` (FNV-1a 64 of the path, modulo count). Thread-safe.
bool InShard(std::string_view path, const Shard& shard);

}  // namespace mergegate
