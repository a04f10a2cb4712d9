// The secrets pack's regex path over real Python: the keyword prefilter alone (one
// Aho-Corasick pass), then the whole scan (prefilter, the regexes of the rules whose keywords
// occur, entropy, allow lists and validators, redaction).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <set>

#include "corpus.h"
#include "match/keyword_prefilter.h"
#include "match/regex_matcher.h"
#include "mergegate/scan.h"
#include "mergegate/util.h"

namespace mergegate::bench {
namespace {

constexpr size_t kCorpusBytes = 8 << 20;

const Corpus& Python() {
  static const Corpus corpus = PythonStdlib(kCorpusBytes);
  return corpus;
}

const Corpus& PythonWithTokens() {
  static const Corpus corpus = WithSecretShapedTokens(PythonStdlib(kCorpusBytes), 4096);
  return corpus;
}

const PolicySet& Secrets() {
  static const std::unique_ptr<PolicySet> set = LoadPack("secrets");
  return *set;
}

void BM_SecretsKeywordPrefilter(benchmark::State& state) {
  std::set<std::string> keywords;
  for (const auto& rule : Secrets().rules()) {
    if (rule->regex == nullptr) continue;
    for (const std::string& k : rule->regex->spec().keywords) keywords.insert(util::AsciiLower(k));
  }
  const KeywordPrefilter prefilter({keywords.begin(), keywords.end()});
  size_t present = 0;
  for (auto _ : state) {
    for (const SourceFile& f : Python().files) {
      const std::vector<bool> found = prefilter.Present(f.text);
      present += static_cast<size_t>(std::count(found.begin(), found.end(), true));
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Python().bytes));
  state.counters["keywords"] = static_cast<double>(prefilter.size());
  state.counters["hits/file"] = static_cast<double>(present) /
                                static_cast<double>(state.iterations() * Python().files.size());
}
BENCHMARK(BM_SecretsKeywordPrefilter)->Unit(benchmark::kMillisecond);

// Arg 0: the standard library as it is (no secrets); arg 1: with a credential-shaped token
// every 4 KiB (corpus.h), so candidates go through the rules' regexes and checks.
void BM_SecretsScan(benchmark::State& state) {
  const Corpus& corpus = state.range(0) == 0 ? Python() : PythonWithTokens();
  const Scanner scanner(Secrets(), {});
  size_t findings = 0;
  for (auto _ : state) {
    findings = 0;
    for (const SourceFile& f : corpus.files)
      findings += scanner.ScanText(f.path, f.text).findings.size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["rules"] = static_cast<double>(Secrets().rules().size());
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["MB"] = static_cast<double>(corpus.bytes) / 1e6;
}
BENCHMARK(BM_SecretsScan)->ArgName("tokens")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mergegate::bench
