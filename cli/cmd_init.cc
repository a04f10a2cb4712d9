// `mergegate init [DIR]`: writes a commented starter .mergegate.yaml; never overwrites.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "common_options.h"
#include "exit_codes.h"

namespace fs = std::filesystem;

namespace mergegate::cli {

int RunInit(const std::vector<std::string>& args) {
  std::string dir = ".";
  po::options_description desc(
      "Usage: mergegate init [DIR]\n\n"
      "Writes a commented starter .mergegate.yaml into DIR (default: the current directory).\n"
      "Refuses to overwrite an existing .mergegate.yaml or .mergegate.yml.\n\nOptions");
  desc.add_options()("help,h", "show this help")("dir", po::value(&dir), "target directory");
  po::positional_options_description positional;
  positional.add("dir", 1);
  po::variables_map vm;
  if (!ParseArgs(args, desc, positional, &vm, "init")) return kExitError;
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kExitApprove;
  }
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    PrintDiagnostics({{"init.dir", "not a directory", dir, 0, 0, ""}});
    return kExitError;
  }
  for (const char* name : {".mergegate.yaml", ".mergegate.yml"}) {
    if (fs::exists(fs::path(dir) / name, ec)) {
      PrintDiagnostics({{"init.exists", "a configuration already exists; not overwriting it",
                         (fs::path(dir) / name).string(), 0, 0, ""}});
      return kExitError;
    }
  }
  const fs::path path = fs::path(dir) / ".mergegate.yaml";
  std::ofstream out(path, std::ios::binary);
  out << StarterConfig();
  if (!out.good()) {
    PrintDiagnostics({{"init.write", "cannot write the configuration", path.string(), 0, 0, ""}});
    return kExitError;
  }
  std::cout << "wrote " << path.string() << "\n";
  return kExitApprove;
}

}  // namespace mergegate::cli
