// `mergegate waivers`: lists the configuration's waivers with their status.
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "common_options.h"
#include "exit_codes.h"
#include "mergegate/filters.h"
#include "mergegate/parsers/walk.h"

namespace fs = std::filesystem;

namespace mergegate::cli {

int RunWaivers(const std::vector<std::string>& args) {
  std::string config_path, format = "text";
  po::options_description desc(
      "Usage: mergegate waivers [--config FILE] [--format text|json]\n\n"
      "Lists the waivers of .mergegate.yaml (discovered from the current directory up to the\n"
      "git root) with their status: active, expiring (within 14 days), expired or malformed.\n"
      "Expired and malformed waivers no longer apply. Exit 0, or 2 on a configuration error.\n\n"
      "Options");
  desc.add_options()("help,h", "show this help")("config", po::value(&config_path),
                                                 "use this configuration file [MERGEGATE_CONFIG]")(
      "format,f", po::value(&format)->default_value("text"), "text or json");
  po::variables_map vm;
  if (!ParseArgs(args, desc, {}, &vm, "waivers")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  if (format != "text" && format != "json") {
    PrintDiagnostics(
        {{"usage.format", "unknown output format '" + format + "'", "", 0, 0, "use text or json"}});
    return kExitError;
  }
  if (config_path.empty() && getenv("MERGEGATE_CONFIG") != nullptr)
    config_path = getenv("MERGEGATE_CONFIG");
  if (config_path.empty()) {
    std::error_code ec;
    const std::string cwd = fs::current_path(ec).string();
    config_path = FindConfigFile(cwd, parsers::GitTopLevel(cwd));
  }
  Config config;
  if (!config_path.empty()) {
    Expected<Config> loaded = LoadConfig(config_path);
    if (!loaded) {
      PrintDiagnostics(loaded.error());
      return kExitError;
    }
    config = std::move(*loaded);
  }
  const auto now = std::chrono::system_clock::now();
  nlohmann::json list = nlohmann::json::array();
  for (const Waiver& w : config.waivers) {
    const WaiverStatus status = EvaluateWaiver(w, now);
    if (format == "json") {
      list.push_back({{"rule", w.rule},
                      {"paths", w.paths},
                      {"reason", w.reason},
                      {"owner", w.owner},
                      {"ticket", w.ticket},
                      {"expires", w.expires},
                      {"status", WaiverStateName(status.state)},
                      {"days_left", status.days_left},
                      {"line", w.line},
                      {"summary", status.summary}});
      continue;
    }
    std::cout << config.path << ":" << w.line << ": " << WaiverStateName(status.state) << "  "
              << w.rule;
    for (const std::string& p : w.paths) std::cout << " " << p;
    std::cout << "  owner " << w.owner << (w.ticket.empty() ? "" : ", ticket " + w.ticket)
              << ", expires " << w.expires << "\n    " << w.reason << "\n";
    if (status.state != WaiverState::kActive) std::cout << "    " << status.summary << "\n";
  }
  if (format == "json") {
    std::cout << list.dump(2) << "\n";
  } else {
    std::cout << config.waivers.size() << " waiver(s)"
              << (config.path.empty() ? " (no configuration file found)" : " in " + config.path)
              << "\n";
  }
  return kExitApprove;
}

}  // namespace mergegate::cli
