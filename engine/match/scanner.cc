#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cassert>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "match/finding_builder.h"
#include "match/keyword_prefilter.h"
#include "match/match_windows.h"
#include "match/query_bundle.h"
#include "match/regex_matcher.h"
#include "match/structural_matcher.h"
#include "mergegate/parsers/language.h"
#include "mergegate/parsers/syntax_tree.h"
#include "mergegate/result_cache.h"
#include "mergegate/scan.h"

namespace mergegate {

// Per language, the rules that can apply, and how regex rules are screened before their own
// regex extracts spans:
//  - rules with keywords: one case-insensitive Aho-Corasick pass over the file (KeywordPrefilter)
//    finds which keywords occur, and where; a rule runs only when one of its keywords does, and
//    then only over the windows its keywords or its secret's runs allow (match_windows.h);
//  - rules without keywords: one RE2::Set pass reports which of them can match.
// Why (measured; docs/secrets.md has the commands): on a copy of /usr/lib/python3.11 and
// /usr/lib/node_modules (59 MB, 2,680 files) with the full secrets pack (337 rules, all with
// keywords), one thread: the keyword pass then regexes took 3.9 s and 24 MB RSS; an RE2::Set
// screen over all rules then the keyword check 41.6 s and 378 MB; the set and the Aho-Corasick
// keyword pass together 45.9 s and 378 MB. Over hundreds of patterns the set's DFA keeps flushing
// its cache (bounded by max_mem), so it is ten times slower than running the few rules whose
// keywords occur. The set stays for keyword-less rules (a handful of code-pattern rules), where
// one pass replaces one per rule; when its DFA runs out of memory every such rule runs.
struct LanguagePlan {
  std::vector<const Rule*> keyword_rules;
  std::vector<std::vector<uint32_t>> keyword_ids;  // per keyword rule, into Plan::keyword_list
  std::vector<const Rule*> unkeyed_rules;
  std::unique_ptr<RE2::Set> unkeyed_set;      // null when RE2 could not build it: then run them all
  std::vector<const Rule*> structural_rules;  // code patterns
  // Raw query rules, compiled together into one bundle when the first file of the language
  // needs it (see query_bundle.h). `queries` is shared so the plan stays movable.
  std::vector<const Rule*> query_rules;
  struct LazyBundle {
    std::once_flag once;
    std::unique_ptr<QueryBundle> bundle;  // null until compiled, or when compiling failed
    std::string error;
  };
  std::shared_ptr<LazyBundle> queries = std::make_shared<LazyBundle>();
};

namespace {

// The plan's query bundle, compiled on first use (thread-safe). Returns nullptr with *error when
// a rule does not compile (a built-in pack's rules are proven to by the tests).
const QueryBundle* QueryBundleFor(const LanguagePlan& plan, const parsers::Language& lang,
                                  std::string* error) {
  LanguagePlan::LazyBundle& lazy = *plan.queries;
  std::call_once(lazy.once, [&] {
    std::vector<const QueryRule*> rules;
    for (const Rule* rule : plan.query_rules) rules.push_back(rule->query.get());
    QueryBundleError failure;
    lazy.bundle = QueryBundle::Compile(lang, rules, &failure);
    if (!lazy.bundle) {
      lazy.error = plan.query_rules[failure.rule]->meta.id + ": " + failure.message +
                   " at query offset " + std::to_string(failure.offset);
    }
  });
  if (!lazy.bundle) *error = lazy.error;
  return lazy.bundle.get();
}

}  // namespace

struct Scanner::Plan {
  std::vector<std::string> keyword_list;  // lower-cased, distinct, over every regex rule
  std::unique_ptr<KeywordPrefilter> keywords;
  std::map<const parsers::Language*, LanguagePlan> by_language;  // key nullptr: unknown language
};

namespace {

std::unique_ptr<RE2::Set> BuildSet(const std::vector<const Rule*>& rules) {
  if (rules.empty()) return nullptr;
  RE2::Options options = MatcherRe2Options();
  options.set_max_mem(256 << 20);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const Rule* rule : rules) {
    if (set->Add(rule->regex->set_pattern(), nullptr) < 0) return nullptr;
  }
  if (!set->Compile()) return nullptr;
  return set;
}

LanguagePlan BuildLanguagePlan(const PolicySet& policies, const parsers::Language* lang,
                               const std::vector<std::string>& keyword_list) {
  LanguagePlan plan;
  const std::string_view name = lang == nullptr ? std::string_view() : lang->name;
  for (const auto& rule : policies.rules()) {
    const auto& langs = rule->meta.languages;
    const bool applies =
        langs.empty() || std::find(langs.begin(), langs.end(), name) != langs.end();
    if (!applies) continue;
    if (rule->regex && rule->regex->spec().keywords.empty()) {
      plan.unkeyed_rules.push_back(rule.get());
    } else if (rule->regex) {
      plan.keyword_rules.push_back(rule.get());
      std::vector<uint32_t> ids;
      for (const std::string& k : rule->regex->spec().keywords) {
        // keyword_list is sorted and holds every rule's keywords.
        const auto it =
            std::lower_bound(keyword_list.begin(), keyword_list.end(), util::AsciiLower(k));
        ids.push_back(static_cast<uint32_t>(it - keyword_list.begin()));
      }
      plan.keyword_ids.push_back(std::move(ids));
    }
    if (lang == nullptr || lang->grammar == nullptr) continue;
    if (rule->structural) plan.structural_rules.push_back(rule.get());
    if (rule->query) plan.query_rules.push_back(rule.get());
  }
  plan.unkeyed_set = BuildSet(plan.unkeyed_rules);
  return plan;
}

bool AnyLiteralPresent(const std::vector<std::string>& literals, std::string_view text) {
  if (literals.empty()) return true;
  return std::any_of(literals.begin(), literals.end(),
                     [&](const std::string& l) { return text.find(l) != std::string_view::npos; });
}

// When a provider rule and a generic rule (tag "generic") report overlapping secrets, keeps only
// the provider's finding: it names the credential and its fix.
void DropGenericDuplicates(std::vector<Finding>* findings) {
  auto is_generic = [](const Finding& f) {
    const auto& tags = f.rule->meta.tags;
    return std::find(tags.begin(), tags.end(), "generic") != tags.end();
  };
  std::vector<std::pair<uint32_t, uint32_t>> specific;
  for (const Finding& f : *findings) {
    if (f.rule->meta.kind == RuleKind::kSecret && !is_generic(f))
      specific.emplace_back(f.span.start_byte, f.span.end_byte);
  }
  if (specific.empty()) return;
  std::erase_if(*findings, [&](const Finding& f) {
    return f.rule->meta.kind == RuleKind::kSecret && is_generic(f) &&
           std::any_of(specific.begin(), specific.end(), [&](const auto& s) {
             return s.first < f.span.end_byte && f.span.start_byte < s.second;
           });
  });
}

}  // namespace

// cppcheck-suppress passedByValue ; ScanOptions is a small trivially copyable struct
Scanner::Scanner(const PolicySet& policies, ScanOptions options)
    : options_(options), plan_(std::make_unique<Plan>()) {
  std::set<std::string> distinct;
  for (const auto& rule : policies.rules()) {
    if (!rule->regex) continue;
    for (const std::string& k : rule->regex->spec().keywords) distinct.insert(util::AsciiLower(k));
  }
  plan_->keyword_list.assign(distinct.begin(), distinct.end());
  plan_->keywords = std::make_unique<KeywordPrefilter>(plan_->keyword_list);
  plan_->by_language[nullptr] = BuildLanguagePlan(policies, nullptr, plan_->keyword_list);
  for (const parsers::Language& lang : parsers::Languages()) {
    plan_->by_language[&lang] = BuildLanguagePlan(policies, &lang, plan_->keyword_list);
  }
}

Scanner::~Scanner() = default;

FileScanResult Scanner::ScanText(std::string_view path, std::string_view text) const {
  FileScanResult result;
  const parsers::Language* lang = parsers::DetectLanguage(path);
  const LanguagePlan& plan = plan_->by_language.at(lang);
  std::optional<util::LineIndex> lines;  // built on the first finding: most files have none
  std::vector<MatchRange> ranges;
  auto emit = [&](const Rule& rule) {
    std::sort(ranges.begin(), ranges.end(), [](const MatchRange& a, const MatchRange& b) {
      return std::tie(a.start_byte, a.end_byte) < std::tie(b.start_byte, b.end_byte);
    });
    ranges.erase(std::unique(ranges.begin(), ranges.end(),
                             [](const MatchRange& a, const MatchRange& b) {
                               return a.start_byte == b.start_byte && a.end_byte == b.end_byte;
                             }),
                 ranges.end());
    for (const MatchRange& r : ranges) {
      if (!lines) lines.emplace(text);
      result.findings.push_back(BuildFinding(rule, path, text, *lines, r));
    }
    ranges.clear();
  };
  auto applies = [&](const Rule& rule) {
    return options_.ignore_rule_paths || rule.AppliesTo(lang == nullptr ? "" : lang->name, path);
  };

  // A regex whose deferred compile failed leaves the file incomplete: fail closed.
  auto find_regex = [&](const Rule& rule, const RegexMatcher::KeywordStarts* starts) {
    std::string error;
    if (!rule.regex->Find(path, text, starts, &ranges, &error))
      result.skip_reason = std::string(kRuleCompileFailed) + ": " + rule.meta.id + ": " + error;
    emit(rule);
  };
  // Regex rules with keywords: one keyword pass, then the rules whose keywords occur. The pass
  // also records where keywords begin, so that the regexes search only windows around them or
  // around the runs their secrets need (match_windows.h; the same cost as whole-text searches
  // on small files, measured, and far less on large ones).
  if (!plan.keyword_rules.empty()) {
    const bool windowed = !HasAsciiFoldingRunes(text);
    std::vector<std::vector<uint32_t>> starts;
    const std::vector<bool> present = plan_->keywords->Present(text, windowed ? &starts : nullptr);
    RegexMatcher::KeywordStarts rule_starts;
    for (size_t i = 0; i < plan.keyword_rules.size(); ++i) {
      const Rule& rule = *plan.keyword_rules[i];
      const auto& ids = plan.keyword_ids[i];
      if (!std::any_of(ids.begin(), ids.end(), [&](uint32_t k) { return present[k]; }) ||
          !applies(rule))
        continue;
      if (!windowed) {
        find_regex(rule, nullptr);
        continue;
      }
      rule_starts.clear();
      for (uint32_t k : ids) rule_starts.push_back(&starts[k]);
      find_regex(rule, &rule_starts);
    }
  }
  // Regex rules without keywords: one set pass, then the candidates' own regexes.
  if (!plan.unkeyed_rules.empty()) {
    std::vector<int> candidates;
    bool screened = false;
    if (plan.unkeyed_set) {
      RE2::Set::ErrorInfo info{};
      screened =
          plan.unkeyed_set->Match(text, &candidates, &info) || info.kind == RE2::Set::kNoError;
    }
    if (!screened) {  // no set, or its DFA ran out of memory: try every rule
      candidates.resize(plan.unkeyed_rules.size());
      for (size_t i = 0; i < candidates.size(); ++i) candidates[i] = static_cast<int>(i);
    }
    std::sort(candidates.begin(), candidates.end());
    for (int index : candidates) {
      const Rule& rule = *plan.unkeyed_rules[static_cast<size_t>(index)];
      if (!applies(rule)) continue;
      find_regex(rule, nullptr);
    }
  }

  // Structural rules: parse once, only when some rule's literal prefilter passes.
  std::vector<const Rule*> structural;
  for (const Rule* rule : plan.structural_rules) {
    if (applies(*rule) && AnyLiteralPresent(rule->structural->required_literals(), text))
      structural.push_back(rule);
  }
  const QueryBundle* bundle = nullptr;
  std::vector<bool> wanted_queries(plan.query_rules.size());
  if (!plan.query_rules.empty()) {
    std::string error;
    bundle = QueryBundleFor(plan, *lang, &error);
    if (bundle == nullptr) {  // the scan of this file is incomplete: fail closed
      result.skip_reason = std::string(kRuleCompileFailed) + ": " + error;
    } else {
      for (size_t i = 0; i < plan.query_rules.size(); ++i) {
        wanted_queries[i] =
            applies(*plan.query_rules[i]) && AnyLiteralPresent(bundle->literals(i), text);
      }
    }
  }
  const bool any_query =
      std::find(wanted_queries.begin(), wanted_queries.end(), true) != wanted_queries.end();
  if (!structural.empty() || any_query) {
    parsers::ParseResult parsed = parsers::Parse(*lang, text, options_.parse_timeout_micros);
    if (parsed.status != parsers::ParseStatus::kOk) {
      result.skip_reason = std::string(
          parsed.status == parsers::ParseStatus::kTimeout ? kParseTimeout : kParseFailed);
    } else {
      const MatchContext context(*lang, *parsed.tree);  // shared: one node index per file
      if (any_query) {
        std::vector<std::vector<MatchRange>> per_rule;
        bundle->Match(context, wanted_queries, &per_rule);
        for (size_t i = 0; i < per_rule.size(); ++i) {
          ranges = std::move(per_rule[i]);
          emit(*plan.query_rules[i]);
        }
      }
      for (const Rule* rule : structural) {
        rule->structural->Match(context, &ranges);
        emit(*rule);
      }
    }
  }
  DropGenericDuplicates(&result.findings);
  if (lines) RedactSnippets(text, *lines, &result.findings);
  if (!result.findings.empty()) {
    const std::vector<std::string> hashes = util::GithubLineHashes(text);
    for (Finding& f : result.findings) {
      const auto line = static_cast<size_t>(f.span.start_line);
      if (line >= 1 && line <= hashes.size())
        f.properties["primaryLocationLineHash"] = hashes[line - 1];
    }
  }
  std::sort(result.findings.begin(), result.findings.end(), FindingLess);
  DisambiguateFingerprints(&result.findings);
  result.suppressions = FindSuppressionDirectives(path, text);
  return result;
}

ScanResults Scanner::ScanFiles(const std::vector<parsers::WalkedFile>& files,
                               const ResultCache* cache) const {
  struct Slot {
    FileScanResult result;
    size_t bytes = 0;
    bool read = false;
    bool cached = false;
  };
  std::vector<Slot> slots(files.size());
  // Languages whose query bundle the files need: workers compile those first, side by side,
  // rather than one worker compiling while the others wait for it on their first file. (Not
  // with a cache: most files may come from it, and a bundle is compiled only if one does not.)
  std::vector<const parsers::Language*> bundles;
  for (size_t i = 0; cache == nullptr && i < files.size(); ++i) {
    const parsers::Language* lang = parsers::DetectLanguage(files[i].path);
    if (lang != nullptr && !plan_->by_language.at(lang).query_rules.empty() &&
        std::find(bundles.begin(), bundles.end(), lang) == bundles.end())
      bundles.push_back(lang);
  }
  std::atomic<size_t> next_bundle{0};
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t b; (b = next_bundle.fetch_add(1)) < bundles.size();) {
      std::string error;  // a failure is reported by every file of the language
      QueryBundleFor(plan_->by_language.at(bundles[b]), *bundles[b], &error);
    }
    for (size_t i; (i = next.fetch_add(1)) < files.size();) {
      std::string reason;
      std::optional<std::string> text =
          ReadSourceFile(files[i].fs_path, options_.max_file_bytes, &reason);
      if (!text) {
        slots[i].result.skip_reason = reason;
        continue;
      }
      slots[i].read = true;
      slots[i].bytes = text->size();
      if (cache == nullptr) {
        slots[i].result = ScanText(files[i].path, *text);
        continue;
      }
      const std::string sha = util::Sha256Hex(*text);
      if (std::optional<FileScanResult> hit = cache->Load(files[i].path, sha)) {
        slots[i].result = std::move(*hit);
        slots[i].cached = true;
        continue;
      }
      slots[i].result = ScanText(files[i].path, *text);
      cache->Store(files[i].path, sha, slots[i].result);
    }
  };
  int jobs =
      options_.jobs > 0 ? options_.jobs : static_cast<int>(std::thread::hardware_concurrency());
  jobs = std::clamp(jobs, 1, static_cast<int>(std::max<size_t>(1, files.size())));
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(worker);
  worker();
  for (std::thread& t : threads) t.join();

  ScanResults out;
  for (size_t i = 0; i < files.size(); ++i) {
    Slot& slot = slots[i];
    if (slot.read) {
      ++out.files_scanned;
      out.bytes_scanned += slot.bytes;
      if (slot.cached) ++out.files_from_cache;
    }
    if (slot.result.skip_reason) out.skipped.push_back({files[i].path, *slot.result.skip_reason});
    for (Finding& f : slot.result.findings) out.findings.push_back(std::move(f));
    for (auto& d : slot.result.suppressions) out.suppressions.push_back(std::move(d));
  }
  std::stable_sort(out.findings.begin(), out.findings.end(), FindingLess);
  return out;
}

}  // namespace mergegate
