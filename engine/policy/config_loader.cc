#include <filesystem>
#include <fstream>
#include <sstream>

#include "mergegate/config.h"
#include "policy/schema_validator.h"
#include "policy/yaml_document.h"

namespace fs = std::filesystem;

namespace mergegate {

std::string FindConfigFile(const std::string& start_dir, const std::string& stop_dir) {
  std::error_code ec;
  fs::path dir = fs::weakly_canonical(fs::absolute(start_dir, ec), ec);
  if (!fs::is_directory(dir, ec)) dir = dir.parent_path();
  const fs::path stop =
      stop_dir.empty() ? fs::path() : fs::weakly_canonical(fs::absolute(stop_dir, ec), ec);
  while (!dir.empty()) {
    for (const char* name : {".mergegate.yaml", ".mergegate.yml"}) {
      if (fs::is_regular_file(dir / name, ec)) return (dir / name).string();
    }
    if (dir == stop || dir == dir.parent_path()) break;
    dir = dir.parent_path();
  }
  return "";
}

Expected<Config> LoadConfig(const std::string& path) {
  static const SchemaValidator validator("config.schema.json");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail({"config.read", "cannot read configuration file", path, 0, 0, ""});
  std::ostringstream text;
  text << in.rdbuf();
  Expected<YamlDocument> doc = ParseYamlDocument(text.str(), path);
  if (!doc) return tl::unexpected(doc.error());
  Config config;
  config.path = path;
  if (doc->json.is_null()) return config;  // an empty file means all defaults
  Diagnostics errors;
  for (const SchemaError& e : validator.Validate(doc->json)) {
    auto [line, col] = doc->PositionOf(e.pointer);
    errors.push_back({"config.schema",
                      (e.pointer.empty() ? "document" : e.pointer) + ": " + e.message, path, line,
                      col, ""});
  }
  if (!errors.empty()) return tl::unexpected(errors);
  const nlohmann::json& j = doc->json;
  if (j.contains("block_on")) config.block_on = ParseSeverity(j["block_on"].get<std::string>());
  if (j.contains("exclude")) config.exclude = j["exclude"].get<std::vector<std::string>>();
  if (j.contains("max_file_size")) config.max_file_size = j["max_file_size"].get<uint64_t>();
  if (j.contains("packs")) config.packs = j["packs"].get<std::vector<std::string>>();
  if (j.contains("policies")) {
    const fs::path base = fs::path(path).parent_path();
    for (const auto& p : j["policies"])
      config.policies.push_back((base / p.get<std::string>()).string());
  }
  return config;
}

}  // namespace mergegate
