// Baselines: a JSON file of accepted findings, matched by rule id + path + fingerprint (which
// ignores line numbers, so unrelated edits that move code keep matching).
#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <tuple>

#include "mergegate/filters.h"

namespace mergegate {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;

Key KeyOf(const BaselineEntry& e) { return {e.rule_id, e.path, e.fingerprint}; }

}  // namespace

Expected<std::vector<BaselineEntry>> LoadBaseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail({"baseline.read", "cannot read baseline file", path, 0, 0, ""});
  std::ostringstream text;
  text << in.rdbuf();
  const nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
  auto malformed = [&](const std::string& why) {
    return Fail({"baseline.format", "not a mergegate baseline: " + why, path, 0, 0,
                 "create one with `mergegate baseline create`"});
  };
  if (doc.is_discarded()) return malformed("invalid JSON");
  if (!doc.is_object() || doc.value("version", 0) != 1 || !doc.contains("findings") ||
      !doc["findings"].is_array()) {
    return malformed("expected {\"version\": 1, \"findings\": [...]}");
  }
  std::vector<BaselineEntry> entries;
  for (size_t i = 0; i < doc["findings"].size(); ++i) {
    const nlohmann::json& f = doc["findings"][i];
    if (!f.is_object() || !f.contains("rule_id") || !f["rule_id"].is_string() ||
        !f.contains("path") || !f["path"].is_string() || !f.contains("fingerprint") ||
        !f["fingerprint"].is_string()) {
      return malformed("findings[" + std::to_string(i) + "] needs rule_id, path, fingerprint");
    }
    entries.push_back(
        {f["rule_id"], f["path"], f["fingerprint"],
         f.contains("line") && f["line"].is_number_integer() ? f["line"].get<int>() : 0});
  }
  return entries;
}

std::string BaselineJson(const std::vector<Finding>& findings, const std::string& tool_version) {
  std::vector<BaselineEntry> entries;
  for (const Finding& f : findings) {
    if (f.status == FindingStatus::kOpen || f.status == FindingStatus::kBaselined)
      entries.push_back({f.rule->meta.id, f.path, f.fingerprint, f.span.start_line});
  }
  std::sort(entries.begin(), entries.end(), [](const BaselineEntry& a, const BaselineEntry& b) {
    return std::tie(a.path, a.rule_id, a.fingerprint) < std::tie(b.path, b.rule_id, b.fingerprint);
  });
  nlohmann::json list = nlohmann::json::array();
  for (const BaselineEntry& e : entries) {
    list.push_back({{"rule_id", e.rule_id},
                    {"path", e.path},
                    {"fingerprint", e.fingerprint},
                    {"line", e.line}});
  }
  const nlohmann::json doc = {
      {"version", 1}, {"tool", "mergegate"}, {"tool_version", tool_version}, {"findings", list}};
  return doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::vector<BaselineEntry> ApplyBaseline(const std::vector<BaselineEntry>& baseline,
                                         std::vector<Finding>* findings) {
  std::set<Key> recorded, used;
  for (const BaselineEntry& e : baseline) recorded.insert(KeyOf(e));
  for (Finding& f : *findings) {
    if (f.status != FindingStatus::kOpen) continue;
    const Key key{f.rule->meta.id, f.path, f.fingerprint};
    if (!recorded.contains(key)) continue;
    f.status = FindingStatus::kBaselined;
    f.status_reason = "recorded in the baseline";
    used.insert(key);
  }
  std::vector<BaselineEntry> stale;
  for (const BaselineEntry& e : baseline) {
    if (!used.contains(KeyOf(e))) stale.push_back(e);
  }
  return stale;
}

}  // namespace mergegate
