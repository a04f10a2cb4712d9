// `mergegate rules list|explain`: what the gate checks, from the loaded policies.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "common_options.h"
#include "exit_codes.h"

namespace mergegate::cli {

int RunRules(const std::vector<std::string>& args) {
  PolicyOptions policy_options;
  std::string action, format = "text";
  std::vector<std::string> rest;
  po::options_description desc(
      "Usage: mergegate rules list [--format text|json] | mergegate rules explain RULE-ID\n\n"
      "Lists the loaded rules, or shows one rule's description and help.\n\nOptions");
  desc.add_options()("help,h", "show this help")(
      "format,f", po::value(&format)->default_value("text"), "text or json")(
      "action", po::value(&action), "list or explain")("rest", po::value(&rest)->composing(),
                                                       "rule id");
  AddPolicyOptions(&desc, &policy_options);
  po::positional_options_description positional;
  positional.add("action", 1).add("rest", -1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, "rules")) return kExitError;
  if (vm.count("help") || action.empty()) {
    std::cout << desc << "\n";
    return vm.count("help") ? kExitApprove : kExitError;
  }
  std::optional<PolicySet> policies = LoadSelectedPolicies(policy_options, Config{});
  if (!policies) return kExitError;

  if (action == "list") {
    if (format == "json") {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& r : policies->rules()) {
        out.push_back({{"id", r->meta.id},
                       {"title", r->meta.title},
                       {"severity", SeverityName(r->meta.severity)},
                       {"confidence", ConfidenceName(r->meta.confidence)},
                       {"kind", RuleKindName(r->meta.kind)},
                       {"pack", r->meta.pack},
                       {"languages", r->meta.languages},
                       {"cwe", r->meta.cwe},
                       {"tags", r->meta.tags}});
      }
      std::cout << out.dump(2) << "\n";
    } else if (format == "text") {
      for (const auto& r : policies->rules()) {
        std::cout << r->meta.id << "  " << SeverityName(r->meta.severity) << "  " << r->meta.pack
                  << "  " << r->meta.title << "\n";
      }
      std::cout << policies->rules().size() << " rule(s)\n";
    } else {
      std::cerr << "mergegate rules: unknown format '" << format << "' (text or json)\n";
      return kExitError;
    }
    return kExitApprove;
  }
  if (action == "explain") {
    if (rest.size() != 1) {
      std::cerr << "mergegate rules explain: give exactly one rule id\n";
      return kExitError;
    }
    const Rule* r = policies->Find(rest[0]);
    if (r == nullptr) {
      std::cerr << "mergegate rules explain: no rule with id '" << rest[0]
                << "' (see mergegate rules list)\n";
      return kExitError;
    }
    const RuleMeta& m = r->meta;
    std::cout << m.id << ": " << m.title << "\n\n"
              << "severity: " << SeverityName(m.severity)
              << "   confidence: " << ConfidenceName(m.confidence)
              << "   kind: " << RuleKindName(m.kind) << "   pack: " << m.pack << "\n";
    if (!m.languages.empty()) {
      std::cout << "languages:";
      for (const auto& l : m.languages) std::cout << " " << l;
      std::cout << "\n";
    }
    if (!m.cwe.empty()) {
      std::cout << "cwe:";
      for (int c : m.cwe) std::cout << " CWE-" << c;
      std::cout << "\n";
    }
    std::cout << "\n" << m.message << "\n";
    if (!m.help.empty()) std::cout << "\n" << m.help << (m.help.ends_with('\n') ? "" : "\n");
    std::cout << "\nsource: " << m.origin << "\n";
    return kExitApprove;
  }
  std::cerr << "mergegate rules: unknown action '" << action << "' (list or explain)\n";
  return kExitError;
}

}  // namespace mergegate::cli
