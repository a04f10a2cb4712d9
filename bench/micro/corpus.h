// Inputs for the micro-benchmarks: real files every Debian machine with Python 3.11 has, and
// deterministic synthetic sources, diffs and policy sets, so runs are comparable across machines.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "mergegate/policy.h"

namespace mergegate::bench {

struct SourceFile {
  std::string path;  // as a scan would report it (decides the language)
  std::string text;
};

struct Corpus {
  std::vector<SourceFile> files;
  size_t bytes = 0;
};

// The *.py files of /usr/lib/python3.11 in sorted order, up to about `max_bytes` (files over
// 1 MiB skipped, as a default scan would). Falls back to SyntheticCorpus("python", ...) when the
// directory is missing, and says so on stderr.
Corpus PythonStdlib(size_t max_bytes);

// About `bytes` of generated source in `language` ("python", "javascript", "go", "java"):
// functions built from a fixed set of statement templates (calls, string building, loops,
// conditionals, and now and then a construct the built-in rules look for), the same on every
// run. Files of about 16 KiB each.
Corpus SyntheticCorpus(const std::string& language, size_t bytes);

// `corpus` with a generated credential-shaped assignment (AWS key id, GitHub token, Slack bot
// token, Stripe key: random characters, so none is real or even valid) appended to every file
// once per `every_bytes`, so the secrets benchmarks also measure candidates, checks and findings.
Corpus WithSecretShapedTokens(Corpus corpus, size_t every_bytes);

// A unified diff (git format) of about `bytes`: modified, added, deleted and renamed files with
// several hunks each, the same on every run.
std::string SyntheticDiff(size_t bytes);

// The built-in pack named `pack`, loaded and compiled; aborts when it cannot be.
std::unique_ptr<PolicySet> LoadPack(const std::string& pack);

}  // namespace mergegate::bench
