#include "match/code_pattern.h"

#include <algorithm>

#include "match/metavariables.h"
#include "match/syntax_helpers.h"

namespace mergegate {
namespace {

struct Wrapper {
  std::string_view prefix, suffix;
};

// How a bare snippet becomes a parsable file, tried in order: as written first.
std::vector<Wrapper> WrappersFor(std::string_view language) {
  if (language == "go") return {{"package p\nfunc _() {\n", "\n}"}, {"package p\n", "\n"}};
  if (language == "java") {
    return {{"class _C { void _f() {\n", "\n} }"},
            {"class _C { void _f() {\n", ";\n} }"},
            {"class _C {\n", "\n}"}};
  }
  if (language == "csharp") {
    return {{"", ""},
            {"", ";"},
            {"class _C { void _f() {\n", "\n} }"},
            {"class _C { void _f() {\n", ";\n} }"}};
  }
  if (language == "php") return {{"<?php\n", ""}, {"<?php\n", ";"}};
  return {{"", ""}, {"", ";"}};
}

bool IsPunctuation(std::string_view type) {
  return !type.empty() && std::all_of(type.begin(), type.end(), [](char c) {
    return c == ',' || c == ';' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' ||
           c == '}' || c == '\n' || c == ' ';
  });
}

struct TreeDeleter {
  void operator()(TSTree* t) const { ts_tree_delete(t); }
};

// Where the first syntax error is: the innermost ERROR or MISSING node; inside an ERROR node,
// its last token (usually the one that could not be shifted). Null when there is none.
TSNode FirstError(TSNode node) {
  if (!ts_node_has_error(node) && !ts_node_is_missing(node)) return TSNode{};
  for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
    const TSNode e = FirstError(ts_node_child(node, i));
    if (!ts_node_is_null(e)) return e;
  }
  if (ts_node_is_error(node) && ts_node_child_count(node) > 0)
    return ts_node_child(node, ts_node_child_count(node) - 1);
  return node;
}

class Builder {
 public:
  Builder(std::string_view text, std::vector<std::string>* identifiers)
      : text_(text), identifiers_(identifiers) {}

  PatternNode Build(TSNode node) {
    PatternNode p;
    const std::string_view text = Text(node);
    Placeholder ph;
    if (ParsePlaceholder(text, &ph)) {
      p.kind = ph.multi ? PatternNode::Kind::kMultiMeta : PatternNode::Kind::kMeta;
      p.meta = ph.name;
      return p;
    }
    p.symbol = ts_node_symbol(node);
    p.type = ts_node_type(node);
    if (IsStringType(p.type) && text.find("__mg") == std::string_view::npos &&
        !HasInterpolation(node)) {
      p.text = std::string(StringContent(text));
      p.kind = p.text == "..." ? PatternNode::Kind::kAnyString : PatternNode::Kind::kString;
      return p;
    }
    p.leaf = ts_node_child_count(node) == 0;
    if (p.leaf) {
      p.text = std::string(text);
      if (IsIdentifierType(p.type)) identifiers_->push_back(p.text);
      return p;
    }
    if (p.type == "keyword_argument" || p.type == "pair") {
      TSNode name = Field(node, "name");
      if (ts_node_is_null(name)) name = Field(node, "key");
      if (!ts_node_is_null(name) && !ParsePlaceholder(Text(name), &ph))
        p.keyword = std::string(Text(name));
    }
    if (IsMemberAccessType(p.type)) Dotted(node, &p.dotted);
    if (p.type == "method_invocation" && !ts_node_is_null(Field(node, "object"))) {
      // Java `Runtime.getRuntime()`: the qualified callee, for static-import aliases.
      Dotted(Field(node, "object"), &p.dotted);
      if (!p.dotted.empty()) p.dotted.emplace_back(Text(Field(node, "name")));
    }
    for (const TSNode child : SignificantChildren(node)) p.children.push_back(Build(child));
    return p;
  }

 private:
  std::string_view Text(TSNode node) const {
    return text_.substr(ts_node_start_byte(node),
                        ts_node_end_byte(node) - ts_node_start_byte(node));
  }
  // Segments of a member-access chain; leaves `out` empty when the chain has other nodes.
  void Dotted(TSNode node, std::vector<std::string>* out) {
    Placeholder ph;
    const std::vector<TSNode> kids = NamedChildren(node);
    if (IsMemberAccessType(TypeOf(node)) && kids.size() == 2) {
      Dotted(kids[0], out);
      if (out->empty()) return;
      if (ParsePlaceholder(Text(kids[1]), &ph)) {
        out->push_back("$" + ph.name);
      } else if (IsIdentifierType(TypeOf(kids[1]))) {
        out->emplace_back(Text(kids[1]));
      } else {
        out->clear();
      }
      return;
    }
    if (IsIdentifierType(TypeOf(node)) && !ParsePlaceholder(Text(node), &ph))
      out->emplace_back(Text(node));
  }

  std::string_view text_;
  std::vector<std::string>* identifiers_;
};

// The deepest named node starting at `start` and ending in [end, end_with_semicolons], or null.
TSNode NodeSpanning(TSNode root, uint32_t start, uint32_t end, uint32_t end_with_semicolons) {
  TSNode best{};
  TSNode node = root;
  for (;;) {
    const uint32_t node_end = ts_node_end_byte(node);
    if (ts_node_start_byte(node) == start && node_end >= end && node_end <= end_with_semicolons)
      best = node;
    TSNode next{};
    for (uint32_t i = 0; i < ts_node_named_child_count(node); ++i) {
      const TSNode c = ts_node_named_child(node, i);
      if (ts_node_start_byte(c) <= start && ts_node_end_byte(c) >= end) {
        next = c;
        break;
      }
    }
    if (ts_node_is_null(next)) return best;
    node = next;
  }
}

}  // namespace

std::vector<TSNode> SignificantChildren(TSNode node) {
  std::vector<TSNode> out;
  const uint32_t n = ts_node_child_count(node);
  for (uint32_t i = 0; i < n; ++i) {
    const TSNode c = ts_node_child(node, i);
    if (ts_node_is_extra(c) || (!ts_node_is_named(c) && IsPunctuation(ts_node_type(c)))) continue;
    out.push_back(c);
  }
  return out;
}

std::optional<CodePattern> CodePattern::Compile(std::string_view source,
                                                const parsers::Language& language,
                                                std::string* error, uint32_t* offset) {
  const RewrittenPattern rewritten = RewriteMetavariables(source);
  size_t begin = rewritten.text.find_first_not_of(" \t\r\n");
  size_t end = rewritten.text.find_last_not_of(" \t\r\n;");
  const size_t end_with_semicolons = rewritten.text.find_last_not_of(" \t\r\n") + 1;
  if (begin == std::string::npos || end == std::string::npos || end < begin) {
    *error = "empty pattern";
    *offset = 0;
    return std::nullopt;
  }
  ++end;
  std::unique_ptr<TSParser, void (*)(TSParser*)> parser(ts_parser_new(), &ts_parser_delete);
  ts_parser_set_language(parser.get(), language.grammar());
  std::string first_error;
  uint32_t first_offset = 0;
  for (const Wrapper& w : WrappersFor(language.name)) {
    const std::string text = std::string(w.prefix) + rewritten.text + std::string(w.suffix);
    std::unique_ptr<TSTree, TreeDeleter> tree(ts_parser_parse_string(
        parser.get(), nullptr, text.data(), static_cast<uint32_t>(text.size())));
    if (!tree) continue;
    const TSNode root = ts_tree_root_node(tree.get());
    const TSNode bad = FirstError(root);
    if (!ts_node_is_null(bad)) {
      if (first_error.empty()) {
        const uint32_t at = ts_node_start_byte(bad) >= w.prefix.size()
                                ? ts_node_start_byte(bad) - static_cast<uint32_t>(w.prefix.size())
                                : 0;
        first_offset = at < rewritten.origin.size() ? rewritten.origin[at]
                                                    : static_cast<uint32_t>(source.size());
        first_error =
            std::string("pattern does not parse as ") + std::string(language.name) +
            (ts_node_is_missing(bad) ? " (missing " + std::string(ts_node_type(bad)) + ")" : "");
      }
      continue;
    }
    const auto p = static_cast<uint32_t>(w.prefix.size());
    const TSNode node =
        NodeSpanning(root, p + static_cast<uint32_t>(begin), p + static_cast<uint32_t>(end),
                     p + static_cast<uint32_t>(end_with_semicolons));
    if (ts_node_is_null(node)) {
      if (first_error.empty()) {
        first_error =
            "pattern must be one expression, statement or declaration (use all/follows for "
            "sequences)";
        first_offset = 0;
      }
      continue;
    }
    CodePattern out;
    Builder builder(text, &out.identifiers_);
    out.root_ = builder.Build(node);
    if (out.root_.kind == PatternNode::Kind::kMultiMeta) {
      *error = "a pattern cannot be only `$$$` or `...`";
      *offset = 0;
      return std::nullopt;
    }
    if (out.root_.kind != PatternNode::Kind::kMeta) {
      out.candidates_.push_back(out.root_.symbol);
      // A qualified name written `mod.fn` also matches a bare imported alias `fn`.
      if (!out.root_.dotted.empty()) {
        for (const TSSymbol s : SymbolsNamed(language.grammar(), "identifier"))
          out.candidates_.push_back(s);
      }
      // Strings are compared by content across the language's string node types.
      if (out.root_.kind == PatternNode::Kind::kString ||
          out.root_.kind == PatternNode::Kind::kAnyString) {
        out.candidates_.clear();
      }
    }
    std::sort(out.identifiers_.begin(), out.identifiers_.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
  }
  *error = first_error.empty() ? "pattern does not parse" : first_error;
  *offset = first_offset;
  return std::nullopt;
}

}  // namespace mergegate
