#include "match/string_dataflow.h"

#include <algorithm>
#include <cctype>

#include "match/syntax_helpers.h"

namespace mergegate {
namespace {

constexpr int kMaxDepth = 12;

constexpr std::string_view kAssignmentTypes[] = {"assignment",
                                                 "augmented_assignment",
                                                 "variable_declarator",
                                                 "assignment_expression",
                                                 "augmented_assignment_expression",
                                                 "short_var_declaration",
                                                 "assignment_statement",
                                                 "var_spec",
                                                 "operator_assignment",
                                                 "const_spec"};

// Conversions that carry their argument's constness: str(int(x)) is as safe as int(x).
constexpr std::string_view kConversions[] = {
    "str",      "String", "String.valueOf", "strconv.Itoa", "Integer.toString",
    "toString", "to_s",   "strval",         "intval",       "Convert.ToString"};

constexpr std::string_view kScalarTypes[] = {
    "int",   "long", "short",  "byte",    "double", "float",   "boolean", "bool",    "int64",
    "int32", "uint", "uint64", "Integer", "Long",   "decimal", "uint32",  "float64", "Boolean"};

constexpr std::string_view kFormatters[] = {"fmt.Sprintf",   "String.format", "string.Format",
                                            "String.Format", "sprintf",       "vsprintf",
                                            "format",        "String.join"};

struct Assignment {
  uint32_t at;  // byte offset of the assignment
  TSNode value;
  bool append;  // `+=`, `.=`: the old value stays part of the new one
};

bool IsUpperConstant(std::string_view name) {
  bool letter = false;
  for (char c : name) {
    if (std::islower(static_cast<unsigned char>(c)) != 0) return false;
    if (std::isupper(static_cast<unsigned char>(c)) != 0) letter = true;
  }
  return letter && name.size() > 1;
}

TSNode Unwrap(TSNode node) {
  while (!ts_node_is_null(node) &&
         (TypeOf(node) == "parenthesized_expression" || TypeOf(node) == "argument") &&
         ts_node_named_child_count(node) > 0) {
    node = ts_node_named_child(node, ts_node_named_child_count(node) - 1);
  }
  return node;
}

class Tracer {
 public:
  Tracer(const MatchContext& ctx, const DataflowSpec& spec) : ctx_(ctx), spec_(spec) {}

  // String-literal fragments seen while deciding, for DataflowSpec::fragment_regex.
  const std::vector<std::string>& fragments() const { return fragments_; }

  bool Built(TSNode e, int depth) {
    e = Unwrap(e);
    if (ts_node_is_null(e) || depth > kMaxDepth) return false;
    const std::string_view type = TypeOf(e);
    if (IsStringType(type)) {
      fragments_.push_back(Text(e));
      if (type == "concatenated_string") {
        for (const TSNode c : NamedChildren(e)) {
          if (Built(c, depth + 1)) return true;
        }
        return false;
      }
      return InterpolatesNonConstant(e, depth);
    }
    if (IsBinary(e)) {
      const std::string op = Operator(e);
      const TSNode l = Field(e, "left"), r = Field(e, "right");
      if (op == "+" || op == ".") {
        return (Stringish(l, depth + 1) || Stringish(r, depth + 1)) &&
               (NonConstant(l, depth + 1) || NonConstant(r, depth + 1));
      }
      if (op == "%") {
        if (!IsStringType(TypeOf(Unwrap(l)))) return false;
        fragments_.push_back(Text(l));
        return NonConstant(r, depth + 1);
      }
      return false;
    }
    if (IsCall(e)) return FormatsNonConstant(e, depth);
    if (IsIdentifierType(type)) {
      for (const Assignment& a : Reaching(e)) {
        if (Built(a.value, depth + 1) || (a.append && NonConstant(a.value, depth + 1))) return true;
      }
    }
    return false;
  }

  // Taint mode: `e` derives from a source (DataflowSpec::source_regex).
  bool Tainted(TSNode e, int depth) {
    e = Unwrap(e);
    if (ts_node_is_null(e) || depth > kMaxDepth || IsConstantLiteral(e)) return false;
    const std::string_view type = TypeOf(e);
    if (IsStringType(type)) {  // only its interpolated parts can carry a source
      fragments_.push_back(Text(e));
      for (const TSNode c : NamedChildren(e)) {
        if (!IsStringFragment(c) && Tainted(InterpolatedExpression(c), depth + 1)) return true;
      }
      return false;
    }
    if (IsSanitizerCall(e)) return false;
    if (type == "property_identifier" || type == "field_identifier" || type == "type_identifier" ||
        type == "package_identifier") {
      return false;  // a member or type name, not a variable
    }
    if (IsIdentifierType(type)) {
      if (IsUpperConstant(Text(e))) return false;
      if (IsSource(e)) return true;
      const std::vector<Assignment> reaching = Reaching(e);
      if (reaching.empty()) return IsSourceParameter(e);
      return std::any_of(reaching.begin(), reaching.end(),
                         [&](const Assignment& a) { return Tainted(a.value, depth + 1); });
    }
    if (IsSubscript(type) && ts_node_named_child_count(e) > 0) {
      // ALLOWED[key]: an entry of an untainted table, whatever selected it. A source may still
      // start at the subscript itself ($_FILES["f"]["name"]).
      return Tainted(ts_node_named_child(e, 0), depth + 1) || IsSourceAtStart(e);
    }
    for (const TSNode c : NamedChildren(e)) {
      if (Tainted(InterpolatedExpression(c), depth + 1)) return true;
    }
    return IsSource(e) && !ContainsSanitizerCall(e, depth);
  }

  bool NonConstant(TSNode e, int depth) {
    e = Unwrap(e);
    if (ts_node_is_null(e)) return false;
    if (depth > kMaxDepth) return true;
    const std::string_view type = TypeOf(e);
    if (IsConstantLiteral(e)) return false;
    if (type == "true" || type == "false" || type == "none" || type == "null" || type == "nil" ||
        type == "null_literal" || type == "boolean" || type == "undefined" ||
        type == "boolean_literal") {
      return false;
    }
    if (IsIdentifierType(type)) {
      if (IsUpperConstant(ctx_.tree().Text(e))) return false;
      const std::vector<Assignment> reaching = Reaching(e);
      if (reaching.empty()) return !IsScalarParameter(e);  // a parameter or something unknown
      return std::any_of(reaching.begin(), reaching.end(),
                         [&](const Assignment& a) { return NonConstant(a.value, depth + 1); });
    }
    if (IsCall(e)) {
      if (IsSanitizerCall(e)) return false;
      const std::string callee = Callee(e);
      for (std::string_view conv : kConversions) {
        const std::vector<TSNode> args = Arguments(e);
        if ((callee == conv || callee.ends_with("." + std::string(conv))) && !args.empty()) {
          return std::any_of(args.begin(), args.end(),
                             [&](TSNode a) { return NonConstant(a, depth + 1); });
        }
      }
      return true;
    }
    if (IsBinary(e))
      return NonConstant(Field(e, "left"), depth + 1) || NonConstant(Field(e, "right"), depth + 1);
    if (IsStringType(type) || type == "tuple" || type == "list" || type == "array" ||
        type == "expression_list") {
      for (const TSNode c : NamedChildren(e)) {
        if (NonConstant(InterpolatedExpression(c), depth + 1)) return true;
      }
      return false;
    }
    return true;
  }

 private:
  static bool IsBinary(TSNode e) {
    const std::string_view t = TypeOf(e);
    return t == "binary_operator" || t == "binary_expression" || t == "binary";
  }
  static bool IsSubscript(std::string_view t) {
    return t == "subscript" || t == "subscript_expression" || t == "index_expression" ||
           t == "array_access" || t == "element_reference" || t == "element_access_expression";
  }
  static bool IsCall(TSNode e) {
    const std::string_view t = TypeOf(e);
    return t == "call" || t == "call_expression" || t == "method_invocation" ||
           t == "invocation_expression" || t == "function_call_expression" ||
           t == "member_call_expression" || t == "scoped_call_expression";
  }
  bool IsSource(TSNode e) const {
    return spec_.source_regex && RE2::PartialMatch(ctx_.tree().Text(e), *spec_.source_regex);
  }
  bool IsSourceAtStart(TSNode e) const {
    const std::string_view text = ctx_.tree().Text(e);
    return spec_.source_regex &&
           spec_.source_regex->Match(text, 0, text.size(), RE2::ANCHOR_START, nullptr, 0);
  }
  bool IsSanitizerCall(TSNode e) const {
    if (!IsCall(e)) return false;
    const std::string callee = Callee(e);
    return std::any_of(spec_.sanitizers.begin(), spec_.sanitizers.end(), [&](const std::string& s) {
      return callee == s || callee.ends_with("." + s);
    });
  }
  bool ContainsSanitizerCall(TSNode e, int depth) const {
    if (IsSanitizerCall(e)) return true;
    if (depth > kMaxDepth) return false;
    for (const TSNode c : NamedChildren(e)) {
      if (ContainsSanitizerCall(c, depth + 1)) return true;
    }
    return false;
  }
  std::string Text(TSNode n) const {
    return ts_node_is_null(n) ? "" : std::string(ctx_.tree().Text(n));
  }
  std::string Operator(TSNode e) const {
    const TSNode op = Field(e, "operator");
    if (!ts_node_is_null(op)) return Text(op);
    for (uint32_t i = 0; i < ts_node_child_count(e); ++i) {
      const TSNode c = ts_node_child(e, i);
      if (!ts_node_is_named(c)) return ts_node_type(c);
    }
    return "";
  }
  std::string Callee(TSNode call) const {
    const TSNode fn = Field(call, "function");
    if (!ts_node_is_null(fn)) return Text(fn);
    TSNode name = Field(call, "name");
    if (ts_node_is_null(name)) name = Field(call, "method");
    TSNode object = Field(call, "object");
    if (ts_node_is_null(object)) object = Field(call, "receiver");
    if (ts_node_is_null(object)) object = Field(call, "scope");
    return ts_node_is_null(object) ? Text(name) : Text(object) + "." + Text(name);
  }
  std::vector<TSNode> Arguments(TSNode call) const {
    std::vector<TSNode> out;
    for (const TSNode a : NamedChildren(Field(call, "arguments"))) out.push_back(Unwrap(a));
    return out;
  }
  // The expression inside an interpolation node (f"{x}" -> x); other nodes unchanged.
  static TSNode InterpolatedExpression(TSNode part) {
    const std::string_view t = TypeOf(part);
    if ((t == "interpolation" || t == "template_substitution") &&
        ts_node_named_child_count(part) > 0) {
      return ts_node_named_child(part, 0);
    }
    return part;
  }
  // A literal piece of a string node (not an interpolated expression).
  static bool IsStringFragment(TSNode part) {
    const std::string_view t = TypeOf(part);
    return t == "string_content" || t == "string_fragment" || t == "string_start" ||
           t == "string_end" || t == "escape_sequence" || t == "string_literal_content" ||
           t == "interpolated_string_text";
  }
  bool InterpolatesNonConstant(TSNode str, int depth) {
    if (!HasInterpolation(str)) return false;
    for (const TSNode c : NamedChildren(str)) {
      if (IsStringFragment(c)) continue;
      if (NonConstant(InterpolatedExpression(c), depth + 1)) return true;
    }
    return false;
  }
  bool FormatsNonConstant(TSNode call, int depth) {
    const std::string callee = Callee(call);
    const std::vector<TSNode> args = Arguments(call);
    bool formatter = false;
    size_t first_value = 1;
    const TSNode fn = Field(call, "function");
    if (callee.ends_with(".format") && !ts_node_is_null(fn) &&
        IsStringType(TypeOf(Unwrap(Field(fn, "object"))))) {
      formatter = true;  // "...{}".format(x): every argument is a value
      first_value = 0;
    }
    for (std::string_view f : kFormatters) {
      if (callee == f) formatter = true;
    }
    if (!formatter) return false;
    fragments_.push_back(Text(first_value == 0 ? Field(fn, "object")
                              : args.empty()   ? TSNode{}
                                               : args[0]));
    for (size_t i = first_value; i < args.size(); ++i) {
      if (NonConstant(args[i], depth + 1)) return true;
    }
    return false;
  }
  bool Stringish(TSNode e, int depth) {
    e = Unwrap(e);
    if (ts_node_is_null(e)) return false;
    if (IsStringType(TypeOf(e))) {
      fragments_.push_back(Text(e));
      return true;
    }
    if (Built(e, depth)) return true;
    if (IsBinary(e))
      return Stringish(Field(e, "left"), depth + 1) || Stringish(Field(e, "right"), depth + 1);
    if (IsIdentifierType(TypeOf(e))) {
      for (const Assignment& a : Reaching(e)) {
        if (IsStringType(TypeOf(Unwrap(a.value)))) {
          fragments_.push_back(Text(a.value));
          return true;
        }
      }
    }
    return false;
  }

  // Assignments to the variable `ident` that reach it: the last plain assignment before it in
  // the same function, and every append after that one.
  std::vector<Assignment> Reaching(TSNode ident) {
    const std::string name = Text(ident);
    TSNode scope = ts_node_parent(ident);
    while (!ts_node_is_null(scope) && !IsFunctionType(TypeOf(scope))) scope = ts_node_parent(scope);
    if (ts_node_is_null(scope)) scope = ctx_.tree().root();
    const uint32_t from = ts_node_start_byte(scope), before = ts_node_start_byte(ident);
    std::vector<Assignment> all;
    for (std::string_view type : kAssignmentTypes) {
      for (const TSSymbol s : ctx_.Symbols(type)) {
        for (const TSNode node : ctx_.index().OfSymbol(s)) {
          const uint32_t at = ts_node_start_byte(node);
          if (at < from || ts_node_end_byte(node) > before) continue;
          Collect(node, name, &all);
        }
      }
    }
    std::sort(all.begin(), all.end(),
              [](const Assignment& a, const Assignment& b) { return a.at < b.at; });
    size_t last_plain = 0;
    for (size_t i = 0; i < all.size(); ++i) {
      if (!all[i].append) last_plain = i;
    }
    return {all.begin() + static_cast<std::ptrdiff_t>(last_plain), all.end()};
  }

  void Collect(TSNode node, const std::string& name, std::vector<Assignment>* out) const {
    TSNode left = Field(node, "left");
    if (ts_node_is_null(left)) left = Field(node, "name");
    TSNode right = Field(node, "right");
    if (ts_node_is_null(right)) right = Field(node, "value");
    if (ts_node_is_null(left)) return;
    if (ts_node_is_null(right)) {  // C#: name = value without a field name
      const std::vector<TSNode> kids = NamedChildren(node);
      if (kids.size() >= 2 && ts_node_eq(kids[0], left)) right = kids.back();
    }
    if (ts_node_is_null(right)) return;
    bool append = TypeOf(node).find("augmented") != std::string_view::npos ||
                  TypeOf(node) == "operator_assignment";
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      const std::string_view t = ts_node_type(ts_node_child(node, i));
      if (t == "+=" || t == ".=") append = true;
    }
    const auto at = ts_node_start_byte(node);
    if (TypeOf(left) == "expression_list") {  // Go: a, b := x, y
      const std::vector<TSNode> ls = NamedChildren(left);
      const std::vector<TSNode> rs =
          TypeOf(right) == "expression_list" ? NamedChildren(right) : std::vector<TSNode>{right};
      for (size_t i = 0; i < ls.size() && i < rs.size(); ++i) {
        if (Text(ls[i]) == name) out->push_back({at, rs[i], append});
      }
      return;
    }
    if (TypeOf(left) == "object_pattern" || TypeOf(left) == "array_pattern") {
      // JS destructuring, `const { next } = req.query`: the name takes a part of the value.
      if (BindsName(left, name, 0)) out->push_back({at, right, append});
      return;
    }
    if (TypeOf(right) == "expression_list" && ts_node_named_child_count(right) == 1)
      right = ts_node_named_child(right, 0);
    if (Text(left) == name) out->push_back({at, right, append});
  }

  // True when a destructuring pattern binds `name` (`{ a, b: name }`, `[name]`, `{ name = 1 }`).
  bool BindsName(TSNode n, const std::string& name, int depth) const {
    if (ts_node_is_null(n) || depth > kMaxDepth) return false;
    const std::string_view t = TypeOf(n);
    if (t == "identifier" || t == "shorthand_property_identifier_pattern") return Text(n) == name;
    if (t == "pair_pattern") return BindsName(Field(n, "value"), name, depth + 1);
    if (t == "object_assignment_pattern" || t == "assignment_pattern")
      return BindsName(Field(n, "left"), name, depth + 1);
    for (const TSNode c : NamedChildren(n)) {
      if (BindsName(c, name, depth + 1)) return true;
    }
    return false;
  }

  // True when `ident` names a parameter of its function whose declaration matches the source
  // regex (`@RequestParam String name`, `[FromQuery] string url`).
  bool IsSourceParameter(TSNode ident) const {
    const TSNode param = ParameterDeclaration(ident);
    return !ts_node_is_null(param) && IsSource(param);
  }

  // The declaration of the parameter named like `ident` in its enclosing function, or null.
  TSNode ParameterDeclaration(TSNode ident) const {
    const std::string name = Text(ident);
    TSNode fn = ts_node_parent(ident);
    while (!ts_node_is_null(fn) && !IsFunctionType(TypeOf(fn))) fn = ts_node_parent(fn);
    if (ts_node_is_null(fn)) return TSNode{};
    const TSNode params = Field(fn, "parameters");  // absent for `def show` in Ruby
    if (ts_node_is_null(params)) return TSNode{};
    for (const TSNode param : NamedChildren(params)) {
      TSNode pname = Field(param, "name");
      if (ts_node_is_null(pname) && ts_node_named_child_count(param) > 0)
        pname = ts_node_named_child(param, 0);
      if (Text(pname) == name) return param;
    }
    return TSNode{};
  }

  // True when `ident` names a parameter of its function declared with a numeric/boolean type
  // (`int limit`, `limit: int`, `id int64`).
  bool IsScalarParameter(TSNode ident) const {
    const TSNode param = ParameterDeclaration(ident);
    if (ts_node_is_null(param)) return false;
    const std::string type = Text(Field(param, "type"));
    return std::any_of(std::begin(kScalarTypes), std::end(kScalarTypes),
                       [&](std::string_view scalar) { return type == scalar; });
  }

  const MatchContext& ctx_;
  const DataflowSpec& spec_;
  std::vector<std::string> fragments_;
};

}  // namespace

bool DataflowHolds(const MatchContext& ctx, TSNode expr, const DataflowSpec& spec) {
  Tracer tracer(ctx, spec);
  if (!(spec.source_regex ? tracer.Tainted(expr, 0) : tracer.Built(expr, 0))) return false;
  if (!spec.fragment_regex) return true;
  const std::vector<std::string>& fragments = tracer.fragments();
  return std::any_of(fragments.begin(), fragments.end(), [&](const std::string& f) {
    return RE2::PartialMatch(f, *spec.fragment_regex);
  });
}

}  // namespace mergegate
