// Result cache layout: DIR/<first 32 hex of the scan digest>/<2 hex>/<hex SHA-256 of the key>,
// the key being "<digest>\n<path>\n<content SHA-256>" (stored in the entry and compared on load,
// so a truncated prefix or a hash collision of entry names can never serve another file).
#include "mergegate/result_cache.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "mergegate/util.h"

namespace fs = std::filesystem;

namespace mergegate {
namespace {

// Bumped whenever the entry format or what an entry means changes.
constexpr std::string_view kFormat = "mergegate result cache 1";
// An entry larger than this is not one the engine wrote (findings are bounded per file).
constexpr std::uintmax_t kMaxEntryBytes = 64u << 20;

std::string EntryKey(std::string_view digest, std::string_view path, std::string_view sha) {
  std::string key;
  key.reserve(digest.size() + path.size() + sha.size() + 2);
  key.append(digest).append("\n").append(path).append("\n").append(sha);
  return key;
}

// True for results whose skip status the file's content alone decides. A parse timeout depends
// on the machine's load, so such a result is scanned again next time.
bool Deterministic(const FileScanResult& result) {
  return !result.skip_reason || *result.skip_reason == "parse failed";
}

}  // namespace

ResultCache::ResultCache(const PolicySet& policies, std::string digest, std::string dir)
    : policies_(&policies), digest_(std::move(digest)), dir_(std::move(dir)) {}

Expected<ResultCache> ResultCache::Open(const std::string& dir, const PolicySet& policies,
                                        const ScanOptions& options, std::string_view engine_id) {
  std::string inputs(kFormat);
  inputs.append("\nengine ").append(engine_id);
  inputs.append("\npolicies ").append(policies.digest());
  inputs.append("\nmax-file-bytes ").append(std::to_string(options.max_file_bytes));
  inputs.append("\nignore-rule-paths ").append(options.ignore_rule_paths ? "1" : "0");
  std::string digest = util::Sha256Hex(inputs);
  const fs::path digest_dir = fs::path(dir) / digest.substr(0, 32);
  std::error_code ec;
  fs::create_directories(digest_dir, ec);
  if (ec || !fs::is_directory(digest_dir, ec)) {
    return tl::unexpected(Diagnostics{{"cache.open", "cannot create the cache directory", dir, 0, 0,
                                       "give --cache a writable directory"}});
  }
  return ResultCache(policies, std::move(digest), digest_dir.string());
}

std::string ResultCache::EntryPath(std::string_view path, std::string_view content_sha256) const {
  const std::string name = util::Sha256Hex(EntryKey(digest_, path, content_sha256));
  return dir_ + "/" + name.substr(0, 2) + "/" + name;
}

std::optional<FileScanResult> ResultCache::Load(std::string_view path,
                                                std::string_view content_sha256) const {
  const std::string entry = EntryPath(path, content_sha256);
  std::error_code ec;
  const std::uintmax_t size = fs::file_size(entry, ec);
  if (ec || size > kMaxEntryBytes) return std::nullopt;
  std::ifstream in(entry, std::ios::binary);
  if (!in) return std::nullopt;
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) return std::nullopt;
  return DecodeCacheEntry(bytes, EntryKey(digest_, path, content_sha256), path, *policies_);
}

void ResultCache::Store(std::string_view path, std::string_view content_sha256,
                        const FileScanResult& result) const {
  if (!Deterministic(result)) return;
  const std::string entry = EntryPath(path, content_sha256);
  const std::string bytes = EncodeCacheEntry(EntryKey(digest_, path, content_sha256), result);
  std::error_code ec;
  fs::create_directories(fs::path(entry).parent_path(), ec);
  // A name no other writer uses (process, thread, sequence), renamed over the entry at the end:
  // readers see the old entry or the new one, never a part.
  static std::atomic<uint64_t> sequence{0};
  std::ostringstream temp;
  temp << entry << ".tmp." << ::getpid() << "." << std::this_thread::get_id() << "."
       << sequence.fetch_add(1);
  {
    std::ofstream out(temp.str(), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      fs::remove(temp.str(), ec);
      return;
    }
  }
  fs::rename(temp.str(), entry, ec);
  if (ec) fs::remove(temp.str(), ec);
}

}  // namespace mergegate
