#include "policy/pattern_rule_compiler.h"

#include <algorithm>
#include <set>

#include "match/pattern_matcher.h"
#include "match/regex_matcher.h"

namespace mergegate {
namespace {

constexpr std::string_view kFormulaKeys[] = {"pattern",    "all", "any",     "not",     "inside",
                                             "not-inside", "has", "follows", "precedes"};

class Compiler {
 public:
  Compiler(const YamlDocument& doc, const std::string& source, const std::string& origin,
           const std::string& rule_id, const std::vector<const parsers::Language*>& languages,
           Diagnostics* errors)
      : doc_(doc),
        source_(source),
        origin_(origin),
        rule_id_(rule_id),
        languages_(languages),
        errors_(errors) {}

  std::shared_ptr<const StructuralMatcher> Compile() {
    const nlohmann::json& match = doc_.json["match"];
    if (languages_.empty()) {
      Error("/languages", "a pattern rule needs at least one language with a grammar");
      return nullptr;
    }
    for (const parsers::Language* lang : languages_) {
      if (lang->grammar == nullptr) {
        Error("/languages",
              "language '" + std::string(lang->name) + "' has no grammar; use a regex rule");
        return nullptr;
      }
    }
    PatternRuleSpec spec;
    if (!ParseFormula(match, "/match", &spec.formula)) return nullptr;
    if (!HasPositivePattern(spec.formula)) {
      Error("/match",
            "the match needs a positive `pattern` (or any/all of patterns) to start from");
      return nullptr;
    }
    if (match.contains("focus")) {
      spec.focus = Metavariable(match["focus"].get<std::string>(), "/match/focus");
      if (spec.focus.empty()) return nullptr;
    }
    if (match.contains("dataflow")) {
      const nlohmann::json& df = match["dataflow"];
      DataflowSpec d;
      d.sink = Metavariable(df["sink"].get<std::string>(), "/match/dataflow/sink");
      if (d.sink.empty()) return nullptr;
      if (df.contains("sanitizers")) {
        for (const auto& s : df["sanitizers"]) d.sanitizers.push_back(s.get<std::string>());
      }
      std::unique_ptr<RE2> fragment;
      if (!Regex(df, "fragment-regex", "/match/dataflow", &fragment)) return nullptr;
      d.fragment_regex = std::move(fragment);
      std::unique_ptr<RE2> source;
      if (!Regex(df, "source-regex", "/match/dataflow", &source)) return nullptr;
      d.source_regex = std::move(source);
      spec.dataflow = std::move(d);
    }
    if (match.contains("constraints")) {
      for (const auto& [name, c] : match["constraints"].items()) {
        const std::string pointer = "/match/constraints/" + name;
        MetavariableConstraint mc;
        mc.metavar = Metavariable(name.starts_with("$") ? name : "$" + name, pointer);
        if (mc.metavar.empty()) return nullptr;
        if (!Regex(c, "regex", pointer, &mc.regex) ||
            !Regex(c, "not-regex", pointer, &mc.not_regex) ||
            !Regex(c, "string-content", pointer, &mc.string_content)) {
          return nullptr;
        }
        if (c.contains("literal")) mc.literal = c["literal"].get<bool>();
        if (c.contains("pattern")) {
          mc.pattern = std::make_unique<Formula>();
          if (!ParseFormula(c["pattern"], pointer + "/pattern", mc.pattern.get())) return nullptr;
        }
        if (c.contains("not-pattern")) {
          mc.not_pattern = std::make_unique<Formula>();
          if (!ParseFormula(c["not-pattern"], pointer + "/not-pattern", mc.not_pattern.get()))
            return nullptr;
        }
        spec.constraints.push_back(std::move(mc));
      }
    }
    return std::make_shared<PatternMatcher>(std::move(spec));
  }

 private:
  void Error(const std::string& pointer, const std::string& message, int line = 0, int column = 0) {
    auto [l, c] = doc_.PositionOf(pointer);
    errors_->push_back({"policy.compile", "rule '" + rule_id_ + "': " + message, origin_,
                        line > 0 ? line : l, column > 0 ? column : c, ""});
  }

  // "$X" -> "X" when some pattern binds it; reports and returns "" otherwise.
  std::string Metavariable(const std::string& text, const std::string& pointer) {
    std::string name = text.starts_with("$") ? text.substr(1) : text;
    if (bound_.count(name) == 0) {
      Error(pointer, "metavariable '" + text + "' is not bound by any pattern of the rule");
      return "";
    }
    return name;
  }

  bool Regex(const nlohmann::json& c, const char* key, const std::string& pointer,
             std::unique_ptr<RE2>* out) {
    if (!c.contains(key)) return true;
    *out = std::make_unique<RE2>(c[key].get<std::string>(), MatcherRe2Options());
    if ((*out)->ok()) return true;
    Error(pointer + "/" + key, "invalid regex: " + (*out)->error());
    return false;
  }

  static void CollectMetavariables(const PatternNode& p, std::set<std::string>* out) {
    if (!p.meta.empty()) out->insert(p.meta);
    for (const std::string& seg : p.dotted) {
      if (seg.size() > 1 && seg[0] == '$') out->insert(seg.substr(1));
    }
    for (const PatternNode& c : p.children) CollectMetavariables(c, out);
  }

  // Locates byte `offset` of the pattern at `pointer` in the YAML source, for error messages.
  std::pair<int, int> Locate(const std::string& pointer, const std::string& pattern,
                             uint32_t offset) const {
    auto [line, col] = doc_.PositionOf(pointer);
    const std::string before = pattern.substr(0, std::min<size_t>(offset, pattern.size()));
    const auto lines_in = static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const size_t nl = before.rfind('\n');
    const auto col_in_line =
        static_cast<int>(nl == std::string::npos ? before.size() : before.size() - nl - 1);
    if (pattern.find('\n') == std::string::npos) return {line, col + col_in_line};
    // A block scalar: its text starts on the line after the key; add that line's indentation.
    const int target = line + 1 + lines_in;
    size_t start = 0;
    for (int l = 1; l < target && start != std::string::npos; ++l) {
      start = source_.find('\n', start);
      if (start != std::string::npos) ++start;
    }
    int indent = 0;
    while (start != std::string::npos && start + static_cast<size_t>(indent) < source_.size() &&
           source_[start + static_cast<size_t>(indent)] == ' ') {
      ++indent;
    }
    return {target, indent + col_in_line + 1};
  }

  bool CompilePattern(const std::string& text, const std::string& pointer, Formula* f) {
    f->op = Formula::Op::kPattern;
    for (const parsers::Language* lang : languages_) {
      std::string message;
      uint32_t offset = 0;
      std::optional<CodePattern> p = CodePattern::Compile(text, *lang, &message, &offset);
      if (!p) {
        auto [line, col] = Locate(pointer, text, offset);
        Error(pointer, message, line, col);
        return false;
      }
      CollectMetavariables(p->root(), &bound_);
      f->patterns.emplace(std::string(lang->name), std::move(*p));
    }
    return true;
  }

  Formula::Op OpOf(std::string_view key) {
    if (key == "all") return Formula::Op::kAll;
    if (key == "any") return Formula::Op::kAny;
    if (key == "not") return Formula::Op::kNot;
    if (key == "inside") return Formula::Op::kInside;
    if (key == "not-inside") return Formula::Op::kNotInside;
    if (key == "has") return Formula::Op::kHas;
    if (key == "follows") return Formula::Op::kFollows;
    if (key == "precedes") return Formula::Op::kPrecedes;
    return Formula::Op::kPattern;
  }

  // One key of a formula object: `pattern: ...`, `any: [...]`, `inside: {...}`, ...
  bool ParseKey(const std::string& key, const nlohmann::json& value, const std::string& pointer,
                Formula* f) {
    if (key == "pattern") return CompilePattern(value.get<std::string>(), pointer, f);
    f->op = OpOf(key);
    if (f->op == Formula::Op::kAll || f->op == Formula::Op::kAny) {
      for (size_t i = 0; i < value.size(); ++i) {
        f->children.emplace_back();
        if (!ParseFormula(value[i], pointer + "/" + std::to_string(i), &f->children.back()))
          return false;
      }
      if (f->op == Formula::Op::kAll)
        std::stable_partition(f->children.begin(), f->children.end(), HasPositivePattern);
      return true;
    }
    f->neighbor_only =
        value.is_object() && value.contains("stop-by") && value["stop-by"] == "neighbor";
    f->children.emplace_back();
    return ParseFormula(value, pointer, &f->children.back());
  }

  // A formula: a pattern string, or an object whose formula keys all must hold (positive
  // patterns first, so the others see their bindings).
  bool ParseFormula(const nlohmann::json& j, const std::string& pointer, Formula* f) {
    if (j.is_string()) return CompilePattern(j.get<std::string>(), pointer, f);
    std::vector<std::string> keys;
    for (std::string_view k : kFormulaKeys) {
      if (j.contains(std::string(k))) keys.emplace_back(k);
    }
    if (keys.empty()) {
      Error(pointer,
            "expected a pattern or one of "
            "pattern/all/any/not/inside/not-inside/has/follows/precedes");
      return false;
    }
    if (keys.size() == 1) return ParseKey(keys[0], j[keys[0]], pointer + "/" + keys[0], f);
    f->op = Formula::Op::kAll;
    for (const std::string& k : keys) {
      f->children.emplace_back();
      std::string child = pointer;
      child.append("/").append(k);
      if (!ParseKey(k, j[k], child, &f->children.back())) return false;
    }
    std::stable_partition(f->children.begin(), f->children.end(), HasPositivePattern);
    return true;
  }

  const YamlDocument& doc_;
  const std::string& source_;
  const std::string& origin_;
  const std::string& rule_id_;
  const std::vector<const parsers::Language*>& languages_;
  Diagnostics* errors_;
  std::set<std::string> bound_;
};

}  // namespace

bool IsPatternMatch(const nlohmann::json& match) {
  return std::any_of(std::begin(kFormulaKeys), std::end(kFormulaKeys),
                     [&](std::string_view k) { return match.contains(std::string(k)); });
}

std::shared_ptr<const StructuralMatcher> CompilePatternMatch(
    const YamlDocument& doc, const std::string& source, const std::string& origin,
    const std::string& rule_id, const std::vector<const parsers::Language*>& languages,
    Diagnostics* errors) {
  return Compiler(doc, source, origin, rule_id, languages, errors).Compile();
}

}  // namespace mergegate
