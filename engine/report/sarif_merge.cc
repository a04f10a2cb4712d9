#include "mergegate/sarif_merge.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace mergegate {
namespace {

using nlohmann::json;

// 1-based line and column of byte `offset` in `text`.
std::pair<int, int> LineColumn(const std::string& text, size_t offset) {
  int line = 1, column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return {line, column};
}

// `j[key]` when `j` is an object holding `key`, else null. Input logs are untrusted: a const
// operator[] on a missing key is undefined behaviour (an assertion in nlohmann::json).
const json& Field(const json& j, const char* key) {
  static const json kNull;
  if (!j.is_object()) return kNull;
  const auto it = j.find(key);
  return it == j.end() ? kNull : *it;
}

// The string at `j[key]`, or `fallback` when absent or not a string.
std::string Str(const json& j, const char* key, const std::string& fallback = "") {
  const json& v = Field(j, key);
  return v.is_string() ? v.get<std::string>() : fallback;
}

Severity ResultSeverity(const json& result) {
  if (auto s = ParseSeverity(Str(Field(result, "properties"), "mergegate/severity"))) return *s;
  const std::string level = Str(result, "level", "warning");
  return level == "error"     ? Severity::kHigh
         : level == "warning" ? Severity::kMedium
                              : Severity::kLow;
}

// Identity of a result across shards: rule, location and fingerprint.
std::string ResultKey(const json& result) {
  std::string key = Str(result, "ruleId");
  const json& locations = Field(result, "locations");
  if (locations.is_array() && !locations.empty()) {
    const json& loc = Field(locations[0], "physicalLocation");
    const json& region = Field(loc, "region");
    key += "\n" + Str(Field(loc, "artifactLocation"), "uri") + "\n" +
           Field(region, "startLine").dump() + ":" + Field(region, "startColumn").dump();
  }
  if (result.contains("fingerprints")) key += "\n" + result["fingerprints"].dump();
  return key;
}

std::string RunKey(const json& run) {
  std::string key = Str(Field(Field(run, "tool"), "driver"), "name");
  if (run.contains("automationDetails")) key += "\n" + Str(run["automationDetails"], "id");
  return key;
}

}  // namespace

Expected<SarifMergeResult> MergeSarif(const std::vector<SarifInput>& inputs, Severity fail_on) {
  std::vector<std::string> order;  // run keys in first-seen order
  std::map<std::string, json> merged_runs;
  std::map<std::string, std::set<std::string>> seen_results;
  std::map<std::string, std::map<std::string, int>> rule_index;  // run key -> rule id -> index
  SarifMergeResult out;
  bool all_succeeded = true;
  for (const SarifInput& input : inputs) {
    json log;
    try {
      log = json::parse(input.text);
    } catch (const json::parse_error& e) {
      const auto [line, column] = LineColumn(input.text, e.byte > 0 ? e.byte - 1 : 0);
      return Fail(
          {"merge.json", std::string("invalid JSON: ") + e.what(), input.name, line, column, ""});
    }
    if (!log.is_object() || Str(log, "version") != "2.1.0" || !log.contains("runs") ||
        !log["runs"].is_array()) {
      return Fail({"merge.sarif",
                   "not a SARIF 2.1.0 log (needs version \"2.1.0\" and a runs array)", input.name,
                   0, 0, ""});
    }
    try {
      for (const json& run : log["runs"]) {
        if (!run.is_object() || !Field(Field(run, "tool"), "driver").is_object()) {
          return Fail(
              {"merge.sarif", "malformed SARIF: a run without tool.driver", input.name, 0, 0, ""});
        }
        const std::string key = RunKey(run);
        auto [it, inserted] = merged_runs.emplace(key, run);
        json& target = it->second;
        if (inserted) {
          order.push_back(key);
          target["results"] = json::array();
          target["tool"]["driver"]["rules"] = json::array();
          target["invocations"] = json::array();
        }
        json& rules = target["tool"]["driver"]["rules"];
        const json& source_rules = Field(run["tool"]["driver"], "rules");
        for (size_t i = 0; source_rules.is_array() && i < source_rules.size(); ++i) {
          const std::string id = Str(source_rules[i], "id");
          if (!rule_index[key].contains(id)) {
            rule_index[key][id] = static_cast<int>(rules.size());
            rules.push_back(source_rules[i]);
          }
        }
        for (const json& invocation : run.value("invocations", json::array())) {
          all_succeeded = all_succeeded && invocation.value("executionSuccessful", false);
          target["invocations"].push_back(invocation);
        }
        for (json result : run.value("results", json::array())) {
          if (!seen_results[key].insert(ResultKey(result)).second) {
            ++out.duplicates;
            continue;
          }
          const std::string id = Str(result, "ruleId");
          if (rule_index[key].contains(id)) result["ruleIndex"] = rule_index[key][id];
          target["results"].push_back(std::move(result));
        }
      }
    } catch (const json::exception& e) {
      return Fail(
          {"merge.sarif", std::string("malformed SARIF: ") + e.what(), input.name, 0, 0, ""});
    }
  }

  size_t blocking = 0;
  json runs = json::array();
  for (const std::string& key : order) {
    json& run = merged_runs[key];
    for (const json& result : run["results"]) {
      ++out.results;
      const bool suppressed = result.contains("suppressions") && !result["suppressions"].empty();
      // Warn-mode findings (config overrides) are reported but never block.
      const bool warn_only = Field(Field(result, "properties"), "mergegate/blocking") == false;
      if (!suppressed && !warn_only && ResultSeverity(result) >= fail_on) ++blocking;
    }
    runs.push_back(std::move(run));
  }
  Verdict& v = out.verdict;
  if (!all_succeeded) {
    v = {Decision::kError, {"a merged run did not complete successfully"}, 2};
  } else if (blocking > 0) {
    v = {Decision::kBlock,
         {std::to_string(blocking) + " finding(s) at or above " +
          std::string(SeverityName(fail_on))},
         1};
  } else {
    v = {Decision::kApprove,
         {"no open finding at or above " + std::string(SeverityName(fail_on))},
         0};
  }
  for (json& run : runs) {
    run["properties"]["mergegate/verdict"] = DecisionName(v.decision);
    run["properties"]["mergegate/exitCode"] = v.exit_code;
    run["properties"]["mergegate/reasons"] = v.reasons;
    run["properties"]["mergegate/mergedFrom"] = inputs.size();
  }
  out.runs = runs.size();
  const json log = {
      {"$schema",
       "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
       "sarif-schema-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", runs},
  };
  out.log = log.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  return out;
}

}  // namespace mergegate
