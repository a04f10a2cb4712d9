// Policy loading: YAML rule files -> schema check (valijson, schemas/policy.schema.json) ->
// compiled, immutable Rules. All diagnostics of all files are collected; a PolicySet is only
// returned when every file loaded cleanly (a broken policy never turns into a partial load).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "mergegate/diagnostic.h"
#include "mergegate/rule.h"

namespace mergegate {

struct PolicyFile {
  std::string origin;     // shown in diagnostics: a path, or "builtin:<pack>/<file>"
  std::string pack;       // pack name
  std::string text;       // YAML, or JSON when `prepared`
  bool prepared = false;  // a built-in file the build parsed and schema-checked into JSON
};

class PolicySet {
 public:
  explicit PolicySet(std::vector<std::shared_ptr<const Rule>> rules);
  const std::vector<std::shared_ptr<const Rule>>& rules() const { return rules_; }
  // Returns the rule with `id`, or nullptr.
  const Rule* Find(std::string_view id) const;
  // A stable digest (hex SHA-256) of every rule's source, for decision logs and caches.
  const std::string& digest() const { return digest_; }
  void set_digest(std::string d) { digest_ = std::move(d); }

 private:
  std::vector<std::shared_ptr<const Rule>> rules_;
  std::string digest_;
};

// The built-in packs embedded in the binary, as policy files.
std::vector<PolicyFile> BuiltinPolicyFiles();
// Names of the built-in packs ("secrets", "python", ...), sorted.
std::vector<std::string> BuiltinPackNames();

// Reads every *.yaml / *.yml under `dir` (recursively, skipping fixtures `*.fixture.*`).
// Fails with a diagnostic when `dir` cannot be read.
Expected<std::vector<PolicyFile>> ReadPolicyDir(const std::string& dir);

// Parses, validates and compiles `files` on up to `threads` threads (0: one per core). Fails with
// every diagnostic found (YAML syntax, schema, regex, query, duplicate ids), each located at
// file:line:col.
Expected<PolicySet> LoadPolicies(const std::vector<PolicyFile>& files, int threads = 0);

}  // namespace mergegate
