// Structural scanning per language: the tree-sitter parse alone, then a whole scan with the
// language's built-in pack (literal prefilter, parse, the node index, every matcher, plus the
// pack's regex rules). Python runs on the standard library and on synthetic code; JavaScript,
// Go and Java on synthetic code (corpus.h), so every machine measures the same input.
#include <benchmark/benchmark.h>

#include <map>
#include <string>

#include "corpus.h"
#include "mergegate/parsers/language.h"
#include "mergegate/parsers/syntax_tree.h"
#include "mergegate/scan.h"

namespace mergegate::bench {
namespace {

constexpr size_t kCorpusBytes = 2 << 20;

struct Input {
  const char* label;
  const char* language;
  bool stdlib;  // the Python standard library instead of synthetic code
};

constexpr Input kInputs[] = {
    {"python-stdlib", "python", true},
    {"python", "python", false},
    {"javascript", "javascript", false},
    {"go", "go", false},
    {"java", "java", false},
};

const Corpus& CorpusFor(const Input& input) {
  static std::map<std::string, Corpus> corpora;  // benchmarks run one at a time
  auto it = corpora.find(input.label);
  if (it == corpora.end()) {
    it = corpora
             .emplace(input.label, input.stdlib ? PythonStdlib(kCorpusBytes)
                                                : SyntheticCorpus(input.language, kCorpusBytes))
             .first;
  }
  return it->second;
}

void BM_Parse(benchmark::State& state, Input input) {
  const Corpus& corpus = CorpusFor(input);
  const parsers::Language* lang = parsers::FindLanguage(input.language);
  size_t failed = 0, with_errors = 0;
  for (auto _ : state) {
    with_errors = 0;
    for (const SourceFile& f : corpus.files) {
      const parsers::ParseResult r = parsers::Parse(*lang, f.text, 0);
      failed += r.status != parsers::ParseStatus::kOk;
      with_errors += r.tree != nullptr && r.tree->HasErrors();
    }
  }
  if (failed > 0) state.SkipWithError("a file did not parse");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["files"] = static_cast<double>(corpus.files.size());
  // Synthetic sources are meant to be valid: error recovery would make the rate meaningless.
  state.counters["with_errors"] = static_cast<double>(with_errors);
}

void BM_ParseMatch(benchmark::State& state, Input input) {
  const Corpus& corpus = CorpusFor(input);
  const std::unique_ptr<PolicySet> pack = LoadPack(input.language);
  const Scanner scanner(*pack, {});
  // One untimed pass: whatever the scanner prepares on first use is not part of the rate.
  for (const SourceFile& f : corpus.files)
    benchmark::DoNotOptimize(scanner.ScanText(f.path, f.text));
  size_t findings = 0, incomplete = 0;
  for (auto _ : state) {
    findings = 0;
    for (const SourceFile& f : corpus.files) {
      const FileScanResult r = scanner.ScanText(f.path, f.text);
      findings += r.findings.size();
      incomplete += r.skip_reason.has_value();
    }
  }
  if (incomplete > 0) state.SkipWithError("a file's scan was cut short");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["rules"] = static_cast<double>(pack->rules().size());
  state.counters["findings"] = static_cast<double>(findings);
}

[[maybe_unused]] const bool kRegistered = [] {
  for (const Input& input : kInputs) {
    benchmark::RegisterBenchmark((std::string("BM_Parse/") + input.label).c_str(), BM_Parse, input)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((std::string("BM_ParseMatch/") + input.label).c_str(),
                                 BM_ParseMatch, input)
        ->Unit(benchmark::kMillisecond);
  }
  return true;
}();

}  // namespace
}  // namespace mergegate::bench
