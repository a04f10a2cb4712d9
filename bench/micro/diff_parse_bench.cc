// Unified-diff parsing (what `mergegate diff`, `history` and the hooks read from git) on a
// synthetic git diff with added, deleted, renamed and modified files.
#include <benchmark/benchmark.h>

#include "corpus.h"
#include "mergegate/parsers/diff.h"

namespace mergegate::bench {
namespace {

void BM_DiffParse(benchmark::State& state) {
  const std::string diff = SyntheticDiff(static_cast<size_t>(state.range(0)));
  size_t files = 0;
  for (auto _ : state) {
    Expected<parsers::ParsedDiff> parsed = parsers::ParseUnifiedDiff(diff, "bench");
    if (!parsed) {
      state.SkipWithError("the synthetic diff does not parse");
      break;
    }
    files = parsed->files.size();
    benchmark::DoNotOptimize(parsed);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * diff.size()));
  state.counters["files"] = static_cast<double>(files);
}
BENCHMARK(BM_DiffParse)->Arg(64 << 10)->Arg(4 << 20)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mergegate::bench
