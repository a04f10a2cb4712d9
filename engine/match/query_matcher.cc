#include "match/query_matcher.h"

#include <algorithm>

#include "match/regex_matcher.h"

namespace mergegate {

struct QueryMatcher::Predicate {
  enum class Op { kEq, kNotEq, kMatch, kNotMatch, kAnyOf, kNotAnyOf } op;
  uint32_t capture = 0;
  bool compare_captures = false;  // #eq? @a @b
  uint32_t other_capture = 0;
  std::vector<std::string> values;
  std::unique_ptr<RE2> re;
};

struct QueryMatcher::Compiled {
  TSQuery* query = nullptr;
  std::vector<std::vector<Predicate>> predicates;  // per pattern index
  int report_capture = -1;                         // -1: first capture of each match
  std::vector<std::string> literals;               // one must occur for any match; empty: any
  ~Compiled() {
    if (query != nullptr) ts_query_delete(query);
  }
};

QueryMatcher::~QueryMatcher() = default;

namespace {

const std::vector<std::string> kNoLiterals;

std::string_view CaptureName(const TSQuery* q, uint32_t id) {
  uint32_t len = 0;
  const char* name = ts_query_capture_name_for_id(q, id, &len);
  return {name, len};
}

std::string_view StringValue(const TSQuery* q, uint32_t id) {
  uint32_t len = 0;
  const char* s = ts_query_string_value_for_id(q, id, &len);
  return {s, len};
}

std::string_view ErrorName(TSQueryError e) {
  switch (e) {
    case TSQueryErrorSyntax:
      return "syntax error";
    case TSQueryErrorNodeType:
      return "unknown node type";
    case TSQueryErrorField:
      return "unknown field";
    case TSQueryErrorCapture:
      return "unknown capture";
    case TSQueryErrorStructure:
      return "impossible pattern structure";
    case TSQueryErrorLanguage:
      return "language mismatch";
    default:
      return "invalid query";
  }
}

}  // namespace

std::unique_ptr<QueryMatcher::Compiled> QueryMatcher::CompileFor(const parsers::Language& language,
                                                                 const std::string& query,
                                                                 const std::string& report,
                                                                 std::string* error,
                                                                 uint32_t* offset) {
  const parsers::Language* lang = &language;
  bool every_pattern_has_literal = true;
  auto c = std::make_unique<Compiled>();
  TSQueryError err = TSQueryErrorNone;
  c->query = ts_query_new(lang->grammar(), query.data(), static_cast<uint32_t>(query.size()),
                          offset, &err);
  if (c->query == nullptr) {
    *error = std::string(ErrorName(err)) + " in query for " + std::string(lang->name);
    return nullptr;
  }
  const uint32_t captures = ts_query_capture_count(c->query);
  const std::string wanted = report.empty() ? "match" : report;
  for (uint32_t i = 0; i < captures; ++i) {
    if (CaptureName(c->query, i) == wanted) c->report_capture = static_cast<int>(i);
  }
  if (!report.empty() && c->report_capture < 0) {
    *error = "report capture @" + report + " is not in the query";
    *offset = 0;
    return nullptr;
  }
  const uint32_t patterns = ts_query_pattern_count(c->query);
  c->predicates.resize(patterns);
  for (uint32_t p = 0; p < patterns; ++p) {
    uint32_t step_count = 0;
    const TSQueryPredicateStep* steps = ts_query_predicates_for_pattern(c->query, p, &step_count);
    std::string pattern_literal;
    for (uint32_t i = 0; i < step_count;) {
      uint32_t end = i;
      while (end < step_count && steps[end].type != TSQueryPredicateStepTypeDone) ++end;
      // steps[i] is the operator name; steps[i+1..end) its arguments.
      const std::string_view op = StringValue(c->query, steps[i].value_id);
      Predicate pred{};
      if (op == "eq?")
        pred.op = Predicate::Op::kEq;
      else if (op == "not-eq?")
        pred.op = Predicate::Op::kNotEq;
      else if (op == "match?")
        pred.op = Predicate::Op::kMatch;
      else if (op == "not-match?")
        pred.op = Predicate::Op::kNotMatch;
      else if (op == "any-of?")
        pred.op = Predicate::Op::kAnyOf;
      else if (op == "not-any-of?")
        pred.op = Predicate::Op::kNotAnyOf;
      else {
        *error = "unsupported predicate #" + std::string(op);
        *offset = 0;
        return nullptr;
      }
      if (end - i < 3 || steps[i + 1].type != TSQueryPredicateStepTypeCapture) {
        *error = "predicate #" + std::string(op) + " needs a capture and a value";
        *offset = 0;
        return nullptr;
      }
      pred.capture = steps[i + 1].value_id;
      for (uint32_t a = i + 2; a < end; ++a) {
        if (steps[a].type == TSQueryPredicateStepTypeCapture) {
          pred.compare_captures = true;
          pred.other_capture = steps[a].value_id;
        } else {
          pred.values.emplace_back(StringValue(c->query, steps[a].value_id));
        }
      }
      if (pred.op == Predicate::Op::kMatch || pred.op == Predicate::Op::kNotMatch) {
        if (pred.values.size() != 1) {
          *error = "#" + std::string(op) + " takes one regex";
          *offset = 0;
          return nullptr;
        }
        pred.re = std::make_unique<RE2>(pred.values[0], MatcherRe2Options());
        if (!pred.re->ok()) {
          *error = "invalid regex in #" + std::string(op) + ": " + pred.re->error();
          *offset = 0;
          return nullptr;
        }
      }
      // A literal #eq? on a capture every match has (quantifier One: not inside an alternative
      // or an optional) must occur in the file text: a sound prefilter for this pattern.
      if (pred.op == Predicate::Op::kEq && !pred.compare_captures &&
          ts_query_capture_quantifier_for_id(c->query, p, pred.capture) == TSQuantifierOne &&
          pred.values[0].size() > pattern_literal.size()) {
        pattern_literal = pred.values[0];
      }
      c->predicates[p].push_back(std::move(pred));
      i = end + 1;
    }
    // The file must contain a required literal of at least one pattern; a pattern without one
    // could match any file, so then no prefilter is possible.
    if (pattern_literal.empty()) {
      every_pattern_has_literal = false;
    } else {
      c->literals.push_back(pattern_literal);
    }
  }
  if (!every_pattern_has_literal) c->literals.clear();
  std::sort(c->literals.begin(), c->literals.end());
  c->literals.erase(std::unique(c->literals.begin(), c->literals.end()), c->literals.end());
  return c;
}

std::shared_ptr<const QueryMatcher> QueryMatcher::Compile(
    const std::string& query, const std::string& report,
    const std::vector<const parsers::Language*>& languages, bool lazy, std::string* error,
    uint32_t* offset) {
  std::shared_ptr<QueryMatcher> m(new QueryMatcher());
  m->query_ = query;
  m->report_ = report;
  for (const parsers::Language* lang : languages) {
    if (lang->grammar == nullptr) {
      *error = "language '" + std::string(lang->name) + "' has no grammar; use a regex rule";
      *offset = 0;
      return nullptr;
    }
    auto entry = std::make_unique<PerLanguage>();
    entry->language = lang;
    if (!lazy && m->Ready(*entry) == nullptr) {
      *error = entry->error;
      *offset = entry->error_offset;
      return nullptr;
    }
    m->by_language_[lang->name] = std::move(entry);
  }
  return m;
}

const QueryMatcher::Compiled* QueryMatcher::Ready(const PerLanguage& entry) const {
  std::call_once(entry.once, [&] {
    entry.compiled =
        CompileFor(*entry.language, query_, report_, &entry.error, &entry.error_offset);
  });
  return entry.compiled.get();
}

const std::vector<std::string>* QueryMatcher::Prepare(const parsers::Language& language,
                                                      std::string* error) const {
  const auto it = by_language_.find(language.name);
  if (it == by_language_.end()) return &kNoLiterals;
  const Compiled* c = Ready(*it->second);
  if (c == nullptr) {
    *error = it->second->error;
    return nullptr;
  }
  return &c->literals;
}

bool QueryMatcher::PredicatesHold(const Compiled& c, const parsers::SyntaxTree& tree,
                                  const TSQueryMatch& match) const {
  auto capture_text = [&](uint32_t capture, std::string_view* text) {
    for (uint16_t i = 0; i < match.capture_count; ++i) {
      if (match.captures[i].index == capture) {
        *text = tree.Text(match.captures[i].node);
        return true;
      }
    }
    return false;
  };
  for (const Predicate& pred : c.predicates[match.pattern_index]) {
    std::string_view text;
    if (!capture_text(pred.capture, &text)) continue;  // optional capture absent: vacuously true
    bool holds = true;
    switch (pred.op) {
      case Predicate::Op::kEq:
      case Predicate::Op::kNotEq: {
        std::string_view other;
        bool equal;
        if (pred.compare_captures) {
          equal = capture_text(pred.other_capture, &other) && other == text;
        } else {
          equal = text == pred.values[0];
        }
        holds = (pred.op == Predicate::Op::kEq) == equal;
        break;
      }
      case Predicate::Op::kMatch:
      case Predicate::Op::kNotMatch:
        holds = RE2::PartialMatch(text, *pred.re) == (pred.op == Predicate::Op::kMatch);
        break;
      case Predicate::Op::kAnyOf:
      case Predicate::Op::kNotAnyOf: {
        const bool any =
            std::find(pred.values.begin(), pred.values.end(), text) != pred.values.end();
        holds = any == (pred.op == Predicate::Op::kAnyOf);
        break;
      }
    }
    if (!holds) return false;
  }
  return true;
}

void QueryMatcher::Match(const MatchContext& ctx, std::vector<MatchRange>* out) const {
  const parsers::SyntaxTree& tree = ctx.tree();
  const auto it = by_language_.find(ctx.language().name);
  if (it == by_language_.end()) return;
  const Compiled* compiled = Ready(*it->second);
  if (compiled == nullptr) return;  // Prepare reported the error
  const Compiled& c = *compiled;
  TSQueryCursor* cursor = ts_query_cursor_new();
  ts_query_cursor_exec(cursor, c.query, tree.root());
  TSQueryMatch match;
  while (ts_query_cursor_next_match(cursor, &match)) {
    if (match.capture_count == 0 || !PredicatesHold(c, tree, match)) continue;
    TSNode node = match.captures[0].node;
    if (c.report_capture >= 0) {
      bool found = false;
      for (uint16_t i = 0; i < match.capture_count; ++i) {
        if (match.captures[i].index == static_cast<uint32_t>(c.report_capture)) {
          node = match.captures[i].node;
          found = true;
        }
      }
      if (!found) continue;
    }
    MatchRange r;
    r.start_byte = r.secret_start = ts_node_start_byte(node);
    r.end_byte = r.secret_end = ts_node_end_byte(node);
    out->push_back(r);
  }
  ts_query_cursor_delete(cursor);
}

}  // namespace mergegate
