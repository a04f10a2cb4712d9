#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "match/query_bundle.h"
#include "match/regex_matcher.h"
#include "match/secret_checks.h"
#include "mergegate/embedded.h"
#include "mergegate/parsers/language.h"
#include "mergegate/policy.h"
#include "mergegate/util.h"
#include "policy/change_rule_compiler.h"
#include "policy/pattern_rule_compiler.h"
#include "policy/schema_validator.h"
#include "policy/yaml_document.h"

namespace fs = std::filesystem;

namespace mergegate {
namespace {

bool IsFixture(std::string_view name) { return name.find(".fixture.") != std::string_view::npos; }
bool IsYaml(std::string_view name) { return name.ends_with(".yaml") || name.ends_with(".yml"); }

std::vector<std::string> Strings(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  if (j.contains(key)) {
    for (const auto& v : j[key]) out.push_back(v.get<std::string>());
  }
  return out;
}

std::string Str(const nlohmann::json& j, const char* key, std::string fallback = "") {
  return j.contains(key) ? j[key].get<std::string>() : std::move(fallback);
}

// Built-in packs defer compiling regexes and queries to first use; the tests load them eagerly
// (origin "eager:...") to prove they all compile.
bool IsBuiltin(const PolicyFile& file) { return file.origin.starts_with("builtin:"); }

// Compiles one validated rule document. Appends located diagnostics on failure.
std::shared_ptr<const Rule> CompileRule(const YamlDocument& doc, const PolicyFile& file,
                                        Diagnostics* errors) {
  const nlohmann::json& j = doc.json;
  auto error_at = [&](const std::string& pointer, const std::string& message, int extra_line = 0,
                      int column = 0) {
    auto [line, col] = doc.PositionOf(pointer);
    errors->push_back({"policy.compile", "rule '" + Str(j, "id") + "': " + message, file.origin,
                       line + extra_line, column > 0 ? column : col, ""});
  };
  auto rule = std::make_shared<Rule>();
  RuleMeta& m = rule->meta;
  m.id = Str(j, "id");
  m.title = Str(j, "title");
  m.message = Str(j, "message");
  m.help = Str(j, "help");
  m.category = Str(j, "category");
  m.provider = Str(j, "provider");
  m.severity = *ParseSeverity(Str(j, "severity"));
  m.confidence = *ParseConfidence(Str(j, "confidence", "medium"));
  const std::string kind = Str(j, "kind", "code");
  m.kind = kind == "secret"   ? RuleKind::kSecret
           : kind == "change" ? RuleKind::kChange
                              : RuleKind::kCode;
  m.tags = Strings(j, "tags");
  m.owasp = Strings(j, "owasp");
  if (j.contains("cwe")) {
    for (const auto& c : j["cwe"]) m.cwe.push_back(c.get<int>());
  }
  if (j.contains("paths")) {
    m.include_paths = Strings(j["paths"], "include");
    m.exclude_paths = Strings(j["paths"], "exclude");
  }
  m.origin = file.origin;
  m.pack = file.pack;

  std::vector<const parsers::Language*> languages;
  const std::vector<std::string> names = Strings(j, "languages");
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "any" || names[i] == "generic") continue;
    const parsers::Language* lang = parsers::FindLanguage(names[i]);
    if (lang == nullptr) {
      error_at("/languages/" + std::to_string(i), "unknown language '" + names[i] + "'");
      continue;
    }
    languages.push_back(lang);
    m.languages.emplace_back(lang->name);
  }

  const nlohmann::json& match = j["match"];
  if (match.contains("change")) {
    const bool ok = CompileChangeMatch(
        doc, rule.get(), [&](const std::string& p, const std::string& msg) { error_at(p, msg); });
    return ok ? rule : nullptr;
  }
  if (m.kind == RuleKind::kChange) {
    error_at("/match", "a change rule needs 'match.change'");
    return nullptr;
  }
  const bool has_regex = match.contains("regex"), has_query = match.contains("query");
  const bool has_pattern = IsPatternMatch(match);
  if (int{has_regex} + int{has_query} + int{has_pattern} != 1) {
    error_at("/match", "match needs exactly one of 'regex', 'query' or a pattern formula");
    return nullptr;
  }
  if (has_pattern) {
    rule->structural = CompilePatternMatch(doc, file.text, file.origin, m.id, languages, errors);
    if (!rule->structural) return nullptr;
  } else if (has_regex) {
    RegexSpec spec;
    spec.regex = match["regex"].get<std::string>();
    if (match.contains("secret-group")) spec.secret_group = match["secret-group"].get<int>();
    spec.keywords = Strings(match, "keywords");
    if (match.contains("entropy")) spec.min_entropy = match["entropy"].get<double>();
    spec.validator = Str(match, "validate");
    if (!spec.validator.empty() && !KnownValidator(spec.validator)) {
      error_at("/match/validate", "unknown validator '" + spec.validator + "'");
      return nullptr;
    }
    if (match.contains("allow")) {
      const auto& allow = match["allow"];
      spec.allow_secrets = Strings(allow, "secrets");
      spec.allow_lines = Strings(allow, "lines");
      spec.allow_paths = Strings(allow, "paths");
      spec.stopwords = Strings(allow, "stopwords");
    }
    spec.is_secret = m.kind == RuleKind::kSecret;
    std::string field, message;
    // Like queries below: built-in regexes compile on first use, a user's now (located errors).
    rule->regex = RegexMatcher::Compile(spec, IsBuiltin(file), &field, &message);
    if (!rule->regex) {
      error_at("/match/" + field, "invalid regex: " + message);
      return nullptr;
    }
  } else {
    if (languages.empty()) {
      error_at("/languages", "a query rule needs at least one language with a grammar");
      return nullptr;
    }
    auto query = std::make_shared<QueryRule>();
    query->query = match["query"].get<std::string>();
    query->report = Str(match, "report");
    // The scanner compiles the built-in packs' queries lazily, per language (query_bundle.h); a
    // user's query is compiled now, for each language, so its errors are located at load.
    const bool builtin = IsBuiltin(file);
    for (const parsers::Language* lang : languages) {
      if (lang->grammar == nullptr) {
        error_at("/languages",
                 "language '" + std::string(lang->name) + "' has no grammar; use a regex rule");
        return nullptr;
      }
      QueryBundleError failure;
      if (builtin || QueryBundle::Compile(*lang, {query.get()}, &failure)) continue;
      // Point at the offending byte inside a block scalar: its line is relative to the query.
      const std::string before =
          query->query.substr(0, std::min<size_t>(failure.offset, query->query.size()));
      const int lines_in = static_cast<int>(std::count(before.begin(), before.end(), '\n'));
      const size_t last_nl = before.rfind('\n');
      const int column =
          static_cast<int>(last_nl == std::string::npos ? before.size()
                                                        : before.size() - last_nl - 1) +
          1;
      error_at("/match/query",
               failure.message + " at query offset " + std::to_string(failure.offset),
               lines_in > 0 ? lines_in + 1 : 0, lines_in > 0 ? column : 0);
      return nullptr;
    }
    rule->query = std::move(query);
  }
  return rule;
}

}  // namespace

std::vector<PolicyFile> BuiltinPolicyFiles() {
  std::vector<PolicyFile> files;
  for (const embedded::File& f : embedded::policies()) {
    const size_t slash = f.path.find('/');
    files.push_back({"builtin:" + std::string(f.path),
                     std::string(f.path.substr(0, slash == std::string_view::npos ? 0 : slash)),
                     std::string(f.data), /*prepared=*/true});
  }
  return files;
}

std::vector<std::string> BuiltinPackNames() {
  std::set<std::string> names;
  for (const PolicyFile& f : BuiltinPolicyFiles()) names.insert(f.pack);
  return {names.begin(), names.end()};
}

Expected<std::vector<PolicyFile>> ReadPolicyDir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Fail({"policy.dir", "not a directory", dir, 0, 0, ""});
  std::vector<fs::path> paths;
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_regular_file(ec) && IsYaml(name) && !IsFixture(name)) paths.push_back(it->path());
  }
  if (ec) return Fail({"policy.dir", "cannot read directory: " + ec.message(), dir, 0, 0, ""});
  std::sort(paths.begin(), paths.end());
  std::vector<PolicyFile> files;
  for (const fs::path& p : paths) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return Fail({"policy.read", "cannot read policy file", p.string(), 0, 0, ""});
    std::ostringstream text;
    text << in.rdbuf();
    const fs::path parent = p.parent_path();
    files.push_back({p.string(), parent.filename().string(), text.str()});
  }
  return files;
}

namespace {

// One policy file, parsed, validated and compiled.
struct LoadedFile {
  std::shared_ptr<const Rule> rule;  // null when the file has errors
  Diagnostics errors;
  std::pair<int, int> id_position{0, 0};
};

// A built-in file as the build left it: JSON already checked against the schema, so it needs
// neither YAML parsing nor validation (no positions either: a built-in rule has no errors).
Expected<YamlDocument> ParsePreparedDocument(const std::string& json, const std::string& origin) {
  YamlDocument doc;
  doc.json = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (doc.json.is_discarded())
    return Fail({"policy.embedded", "corrupt embedded policy", origin, 0, 0, ""});
  return doc;
}

LoadedFile LoadFile(const PolicyFile& file, const SchemaValidator& validator) {
  LoadedFile out;
  Expected<YamlDocument> doc = file.prepared ? ParsePreparedDocument(file.text, file.origin)
                                             : ParseYamlDocument(file.text, file.origin);
  if (!doc) {
    out.errors = doc.error();
    return out;
  }
  const std::vector<SchemaError> schema_errors =
      file.prepared ? std::vector<SchemaError>{} : validator.Validate(doc->json);
  for (const SchemaError& e : schema_errors) {
    auto [line, col] = doc->PositionOf(e.pointer);
    const std::string where = e.pointer.empty() ? "document" : e.pointer;
    out.errors.push_back({"policy.schema", where + ": " + e.message, file.origin, line, col, ""});
  }
  if (!schema_errors.empty()) return out;
  out.rule = CompileRule(*doc, file, &out.errors);
  out.id_position = doc->PositionOf("/id");
  return out;
}

// Loads every file on a few threads (parsing YAML and compiling regexes is most of a scan's
// start-up, and start-up is serial time for every worker); results stay in file order.
std::vector<LoadedFile> LoadFiles(const std::vector<PolicyFile>& files,
                                  const SchemaValidator& validator, int max_threads) {
  std::vector<LoadedFile> loaded(files.size());
  constexpr size_t kFilesPerThread = 32;  // below this a thread costs more than it saves
  const size_t cap = max_threads > 0 ? static_cast<size_t>(max_threads)
                                     : std::max(1u, std::thread::hardware_concurrency());
  const size_t threads = std::clamp<size_t>(files.size() / kFilesPerThread, 1, cap);
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next.fetch_add(1)) < files.size();)
      loaded[i] = LoadFile(files[i], validator);
  };
  std::vector<std::thread> pool;
  for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  return loaded;
}

}  // namespace

Expected<PolicySet> LoadPolicies(const std::vector<PolicyFile>& files, int threads) {
  static const SchemaValidator validator("policy.schema.json");
  Diagnostics errors;
  std::vector<std::shared_ptr<const Rule>> rules;
  std::map<std::string, std::string> origin_of_id;
  std::string digest_input;
  std::vector<LoadedFile> loaded = LoadFiles(files, validator, threads);
  for (size_t i = 0; i < files.size(); ++i) {
    const PolicyFile& file = files[i];
    LoadedFile& one = loaded[i];
    errors.insert(errors.end(), one.errors.begin(), one.errors.end());
    if (!one.rule) continue;
    const auto [it, inserted] = origin_of_id.emplace(one.rule->meta.id, file.origin);
    if (!inserted) {
      errors.push_back({"policy.duplicate-id",
                        "rule id '" + one.rule->meta.id + "' is already defined in " + it->second,
                        file.origin, one.id_position.first, one.id_position.second, ""});
      continue;
    }
    digest_input += file.origin + "\n" + file.text + "\n";
    rules.push_back(std::move(one.rule));
  }
  if (!errors.empty()) return tl::unexpected(errors);
  PolicySet set(std::move(rules));
  set.set_digest(util::Sha256Hex(digest_input));
  return set;
}

}  // namespace mergegate
