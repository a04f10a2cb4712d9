#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <cassert>
#include <map>
#include <thread>

#include "match/finding_builder.h"
#include "match/regex_matcher.h"
#include "match/structural_matcher.h"
#include "mergegate/parsers/language.h"
#include "mergegate/parsers/syntax_tree.h"
#include "mergegate/scan.h"

namespace mergegate {

// Per language, the rules that can apply. Regex rules are first screened together by one
// RE2::Set pass over the file (one DFA walk for all patterns); only rules the set reports run
// their own regex to extract spans. This beat running each regex alone by a wide margin once
// more than a handful of rules apply (see bench/).
struct LanguagePlan {
  std::vector<const Rule*> regex_rules;
  std::unique_ptr<RE2::Set> regex_set;  // null when RE2 could not build it: then run every rule
  std::vector<const Rule*> structural_rules;
  bool needs_lowered_text = false;  // some regex rule has keywords
};

struct Scanner::Plan {
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

LanguagePlan BuildLanguagePlan(const PolicySet& policies, const parsers::Language* lang) {
  LanguagePlan plan;
  const std::string_view name = lang == nullptr ? std::string_view() : lang->name;
  for (const auto& rule : policies.rules()) {
    const auto& langs = rule->meta.languages;
    const bool applies =
        langs.empty() || std::find(langs.begin(), langs.end(), name) != langs.end();
    if (!applies) continue;
    if (rule->regex) {
      plan.regex_rules.push_back(rule.get());
      if (!rule->regex->spec().keywords.empty()) plan.needs_lowered_text = true;
    }
    if (rule->structural && lang != nullptr && lang->grammar != nullptr)
      plan.structural_rules.push_back(rule.get());
  }
  plan.regex_set = BuildSet(plan.regex_rules);
  return plan;
}

bool AnyLiteralPresent(const std::vector<std::string>& literals, std::string_view text) {
  if (literals.empty()) return true;
  return std::any_of(literals.begin(), literals.end(),
                     [&](const std::string& l) { return text.find(l) != std::string_view::npos; });
}

// Replaces every secret found in the file inside every snippet, so one finding's code frame
// cannot show another finding's secret.
void RedactSnippets(std::string_view text, std::vector<Finding>* findings) {
  std::vector<std::pair<std::string, std::string>> secrets;
  for (const Finding& f : *findings) {
    if (f.rule->meta.kind != RuleKind::kSecret) continue;
    std::string s(text.substr(f.span.start_byte, f.span.end_byte - f.span.start_byte));
    const size_t nl = s.find_first_of("\r\n");
    if (nl != std::string::npos) s.resize(nl);
    if (s.size() >= 4) secrets.emplace_back(std::move(s), f.secret_preview);
  }
  for (Finding& f : *findings) {
    for (const auto& [secret, preview] : secrets) {
      for (size_t pos; (pos = f.snippet.find(secret)) != std::string::npos;)
        f.snippet.replace(pos, secret.size(), preview);
    }
  }
}

}  // namespace

Scanner::Scanner(const PolicySet& policies, ScanOptions options)
    : policies_(policies), options_(options), plan_(std::make_unique<Plan>()) {
  plan_->by_language[nullptr] = BuildLanguagePlan(policies, nullptr);
  for (const parsers::Language& lang : parsers::Languages()) {
    plan_->by_language[&lang] = BuildLanguagePlan(policies, &lang);
  }
}

Scanner::~Scanner() = default;

FileScanResult Scanner::ScanText(std::string_view path, std::string_view text) const {
  FileScanResult result;
  const parsers::Language* lang = parsers::DetectLanguage(path);
  const LanguagePlan& plan = plan_->by_language.at(lang);
  const util::LineIndex lines(text);
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
    for (const MatchRange& r : ranges)
      result.findings.push_back(BuildFinding(rule, path, text, lines, r));
    ranges.clear();
  };
  auto applies = [&](const Rule& rule) {
    return options_.ignore_rule_paths || rule.AppliesTo(lang == nullptr ? "" : lang->name, path);
  };

  // Regex rules: one set pass, then each candidate's own regex.
  if (!plan.regex_rules.empty()) {
    std::vector<int> candidates;
    bool screened = false;
    if (plan.regex_set) {
      RE2::Set::ErrorInfo info{};
      screened = plan.regex_set->Match(text, &candidates, &info) || info.kind == RE2::Set::kNoError;
    }
    if (!screened) {  // no set, or its DFA ran out of memory: try every rule
      candidates.resize(plan.regex_rules.size());
      for (size_t i = 0; i < candidates.size(); ++i) candidates[i] = static_cast<int>(i);
    }
    std::sort(candidates.begin(), candidates.end());
    std::string lowered;
    if (plan.needs_lowered_text && !candidates.empty()) lowered = util::AsciiLower(text);
    for (int index : candidates) {
      const Rule& rule = *plan.regex_rules[static_cast<size_t>(index)];
      if (!applies(rule) || !rule.regex->KeywordsPresent(lowered)) continue;
      rule.regex->Find(path, text, &ranges);
      emit(rule);
    }
  }

  // Structural rules: parse once, only when some rule's literal prefilter passes.
  std::vector<const Rule*> structural;
  for (const Rule* rule : plan.structural_rules) {
    if (applies(*rule) && AnyLiteralPresent(rule->structural->required_literals(), text))
      structural.push_back(rule);
  }
  if (!structural.empty()) {
    parsers::ParseResult parsed = parsers::Parse(*lang, text, options_.parse_timeout_micros);
    if (parsed.status != parsers::ParseStatus::kOk) {
      result.incomplete = true;
      result.skip_reason =
          parsed.status == parsers::ParseStatus::kTimeout ? "parse timeout" : "parse failed";
    } else {
      const MatchContext context(*lang, *parsed.tree);  // shared: one node index per file
      for (const Rule* rule : structural) {
        rule->structural->Match(context, &ranges);
        emit(*rule);
      }
    }
  }
  RedactSnippets(text, &result.findings);
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

ScanResults Scanner::ScanFiles(const std::vector<parsers::WalkedFile>& files) const {
  struct Slot {
    FileScanResult result;
    size_t bytes = 0;
    bool read = false;
  };
  std::vector<Slot> slots(files.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
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
      slots[i].result = ScanText(files[i].path, *text);
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
    }
    if (slot.result.skip_reason) out.skipped.push_back({files[i].path, *slot.result.skip_reason});
    for (Finding& f : slot.result.findings) out.findings.push_back(std::move(f));
    for (auto& d : slot.result.suppressions) out.suppressions.push_back(std::move(d));
  }
  std::stable_sort(out.findings.begin(), out.findings.end(), FindingLess);
  return out;
}

}  // namespace mergegate
