// Running a helper program (git) with an argument vector: never through a shell, so no
// argument is ever expanded or interpreted.
#pragma once

#include <string>
#include <vector>

namespace mergegate::parsers {

struct ProcessResult {
  int exit_code = -1;  // -1 when the program could not be started or was killed
  std::string out;     // everything written to stdout
  std::string err;     // everything written to stderr
};

// Runs argv[0] (looked up in PATH) with `argv` in `cwd` (empty = current directory), feeding
// `input` on stdin. Blocks until the program exits. Thread-safe.
ProcessResult RunProcess(const std::vector<std::string>& argv, const std::string& cwd,
                         const std::string& input = "");

}  // namespace mergegate::parsers
