#include "mergegate/shard.h"

#include <charconv>
#include <cstdint>

namespace mergegate {
namespace {

std::optional<int> ParseInt(std::string_view s) {
  int value = 0;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || ptr != s.data() + s.size() || s.empty()) return std::nullopt;
  return value;
}

// Builds a shard from an index and a total read from the environment.
std::optional<Shard> FromPair(const char* index_name, const char* index_text,
                              const char* total_name, const char* total_text, bool one_based,
                              std::string* error) {
  const std::optional<int> index = index_text ? ParseInt(index_text) : std::nullopt;
  const std::optional<int> total = total_text ? ParseInt(total_text) : std::nullopt;
  if (!index || !total || *total < 1) {
    *error = std::string(index_name) + "/" + total_name + " must be integers (got '" +
             (index_text ? index_text : "") + "', '" + (total_text ? total_text : "") + "')";
    return std::nullopt;
  }
  const int zero_based = one_based ? *index - 1 : *index;
  if (zero_based < 0 || zero_based >= *total) {
    *error =
        std::string(index_name) + "=" + index_text + " is outside 0.." + std::to_string(*total);
    return std::nullopt;
  }
  return Shard{zero_based, *total};
}

}  // namespace

std::optional<Shard> ParseShardSpec(std::string_view spec, std::string* error) {
  const size_t slash = spec.find('/');
  const std::optional<int> i =
      slash == std::string_view::npos ? std::nullopt : ParseInt(spec.substr(0, slash));
  const std::optional<int> n =
      slash == std::string_view::npos ? std::nullopt : ParseInt(spec.substr(slash + 1));
  if (!i || !n || *n < 1 || *i < 1 || *i > *n) {
    *error = "--shard takes I/N with 1 <= I <= N, got '" + std::string(spec) + "'";
    return std::nullopt;
  }
  return Shard{*i - 1, *n};
}

std::optional<Shard> ShardFromEnvironment(const std::function<const char*(const char*)>& get_env,
                                          std::optional<int> shard_count, std::string* error) {
  if (const char* k8s = get_env("JOB_COMPLETION_INDEX")) {
    if (!shard_count) {
      *error = "JOB_COMPLETION_INDEX is set: give the number of shards with --shard-count";
      return std::nullopt;
    }
    const std::string total = std::to_string(*shard_count);
    return FromPair("JOB_COMPLETION_INDEX", k8s, "--shard-count", total.c_str(), false, error);
  }
  struct Source {
    const char* index;
    const char* total;
    bool one_based;
  };
  static const Source kSources[] = {
      {"CI_NODE_INDEX", "CI_NODE_TOTAL", true},
      {"BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT", false},
      {"CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", false},
  };
  for (const Source& s : kSources) {
    const char* index = get_env(s.index);
    if (index != nullptr)
      return FromPair(s.index, index, s.total, get_env(s.total), s.one_based, error);
  }
  return std::nullopt;
}

bool InShard(std::string_view path, const Shard& shard) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : path) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return static_cast<int>(hash % static_cast<uint64_t>(shard.count)) == shard.index;
}

}  // namespace mergegate
