#include "match/query_bundle.h"

#include <algorithm>

#include "match/query_shape.h"

namespace mergegate {
namespace {

// The id of capture `name` if some pattern in [first, end) uses it, else -1.
int CaptureInPatterns(const TSQuery* query, std::string_view name, uint32_t first, uint32_t end) {
  for (uint32_t id = 0; id < ts_query_capture_count(query); ++id) {
    if (QueryCaptureName(query, id) != name) continue;
    for (uint32_t p = first; p < end; ++p) {
      if (ts_query_capture_quantifier_for_id(query, p, id) != TSQuantifierZero)
        return static_cast<int>(id);
    }
  }
  return -1;
}

}  // namespace

QueryBundle::~QueryBundle() {
  if (query_ != nullptr) ts_query_delete(query_);
}

std::unique_ptr<QueryBundle> QueryBundle::Compile(const parsers::Language& language,
                                                  const std::vector<const QueryRule*>& rules,
                                                  QueryBundleError* error) {
  std::unique_ptr<QueryBundle> bundle(new QueryBundle());
  std::string source;
  std::vector<uint32_t> starts;  // each rule's first byte in `source`
  for (const QueryRule* rule : rules) {
    starts.push_back(static_cast<uint32_t>(source.size()));
    source += rule->query;
    source += '\n';
  }
  auto rule_at = [&](uint32_t offset) {
    return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                               starts.begin()) -
           1;
  };
  auto fail = [&](size_t rule, uint32_t offset, std::string message) {
    *error = {rule, offset, std::move(message)};
    return nullptr;
  };
  if (rules.empty()) return bundle;
  for (size_t r = 0; r < rules.size(); ++r) {  // shapes tree-sitter would mishandle
    if (auto shape = CheckQueryShape(language.grammar(), rules[r]->query))
      return fail(r, shape->offset, shape->message + " in query for " + std::string(language.name));
  }

  uint32_t offset = 0;
  TSQueryError err = TSQueryErrorNone;
  bundle->query_ = ts_query_new(language.grammar(), source.data(),
                                static_cast<uint32_t>(source.size()), &offset, &err);
  if (bundle->query_ == nullptr) {
    const size_t rule = rule_at(offset);
    return fail(rule, offset - starts[rule],
                std::string(QueryErrorName(err)) + " in query for " + std::string(language.name));
  }
  const TSQuery* q = bundle->query_;
  const uint32_t pattern_count = ts_query_pattern_count(q);
  bundle->patterns_.resize(pattern_count);
  bundle->rule_of_pattern_.resize(pattern_count);
  bundle->rules_.resize(rules.size());
  for (uint32_t p = 0; p < pattern_count; ++p) {
    bundle->rule_of_pattern_[p] =
        static_cast<uint32_t>(rule_at(ts_query_start_byte_for_pattern(q, p)));
  }
  for (size_t r = 0; r < rules.size(); ++r) {
    PerRule& per = bundle->rules_[r];
    const auto [first, end] =
        std::equal_range(bundle->rule_of_pattern_.begin(), bundle->rule_of_pattern_.end(), r);
    per.first_pattern = static_cast<uint32_t>(first - bundle->rule_of_pattern_.begin());
    per.end_pattern = static_cast<uint32_t>(end - bundle->rule_of_pattern_.begin());
    const std::string& report = rules[r]->report;
    per.report_capture =
        CaptureInPatterns(q, report.empty() ? "match" : report, per.first_pattern, per.end_pattern);
    if (!report.empty() && per.report_capture < 0)
      return fail(r, 0, "report capture @" + report + " is not in the query");
    bool every_pattern_has_literal = per.first_pattern < per.end_pattern;
    for (uint32_t p = per.first_pattern; p < per.end_pattern; ++p) {
      QueryPattern& pattern = bundle->patterns_[p];
      std::string message;
      if (!ParsePatternPredicates(q, p, &pattern, &message)) return fail(r, 0, message);
      // The file must contain a required literal of at least one pattern; a pattern without one
      // could match any file, so then no prefilter is possible.
      if (pattern.literal.empty()) every_pattern_has_literal = false;
      per.literals.push_back(pattern.literal);
    }
    if (!every_pattern_has_literal) per.literals.clear();
    std::sort(per.literals.begin(), per.literals.end());
    per.literals.erase(std::unique(per.literals.begin(), per.literals.end()), per.literals.end());
  }
  return bundle;
}

void QueryBundle::Match(const MatchContext& ctx, const std::vector<bool>& wanted,
                        std::vector<std::vector<MatchRange>>* out) const {
  out->resize(rules_.size());
  if (query_ == nullptr) return;
  const parsers::SyntaxTree& tree = ctx.tree();
  TSQueryCursor* cursor = ts_query_cursor_new();
  ts_query_cursor_exec(cursor, query_, tree.root());
  TSQueryMatch match;
  while (ts_query_cursor_next_match(cursor, &match)) {
    const uint32_t rule = rule_of_pattern_[match.pattern_index];
    if (!wanted[rule] || match.capture_count == 0 ||
        !PredicatesHold(patterns_[match.pattern_index].predicates, tree, match))
      continue;
    const int report = rules_[rule].report_capture;
    TSNode node = match.captures[0].node;
    if (report >= 0) {
      bool found = false;
      for (uint16_t i = 0; i < match.capture_count; ++i) {
        if (match.captures[i].index == static_cast<uint32_t>(report)) {
          node = match.captures[i].node;
          found = true;
        }
      }
      if (!found) continue;
    }
    MatchRange r;
    r.start_byte = r.secret_start = ts_node_start_byte(node);
    r.end_byte = r.secret_end = ts_node_end_byte(node);
    (*out)[rule].push_back(r);
  }
  ts_query_cursor_delete(cursor);
}

}  // namespace mergegate
