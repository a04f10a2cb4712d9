#include "match/import_aliases.h"

#include "match/syntax_helpers.h"

namespace mergegate {
namespace {

class AliasBuilder {
 public:
  AliasBuilder(const parsers::Language& language, const parsers::SyntaxTree& tree,
               const NodeIndex& index)
      : grammar_(language.grammar()), tree_(tree), index_(index) {}

  // Calls `fn` on every node of type `type`.
  template <typename Fn>
  void ForEach(std::string_view type, Fn fn) {
    for (const TSSymbol s : SymbolsNamed(grammar_, type)) {
      for (const TSNode node : index_.OfSymbol(s)) fn(node);
    }
  }
  std::string Text(TSNode node) const {
    return ts_node_is_null(node) ? "" : std::string(tree_.Text(node));
  }
  void Add(const std::string& local, const std::string& qualified) {
    if (!local.empty() && !qualified.empty() && local != qualified)
      table_.emplace(local, qualified);
  }
  AliasTable Take() { return std::move(table_); }

 private:
  const TSLanguage* grammar_;
  const parsers::SyntaxTree& tree_;
  const NodeIndex& index_;
  AliasTable table_;
};

void PythonAliases(AliasBuilder* b) {
  b->ForEach("aliased_import", [&](TSNode node) {
    if (TypeOf(ts_node_parent(node)) == "import_statement")
      b->Add(b->Text(Field(node, "alias")), b->Text(Field(node, "name")));
  });
  b->ForEach("import_from_statement", [&](TSNode node) {
    const std::string module = b->Text(Field(node, "module_name"));
    if (module.empty() || module[0] == '.') return;  // relative imports name project code
    const TSNode module_node = Field(node, "module_name");
    for (const TSNode child : NamedChildren(node)) {
      if (ts_node_eq(child, module_node)) continue;
      if (TypeOf(child) == "dotted_name") b->Add(b->Text(child), module + "." + b->Text(child));
      if (TypeOf(child) == "aliased_import") {
        b->Add(b->Text(Field(child, "alias")), module + "." + b->Text(Field(child, "name")));
      }
    }
  });
}

// "node:child_process" and "child_process" name the same module.
std::string ModuleName(std::string_view literal) {
  std::string m(StringContent(literal));
  if (m.starts_with("node:")) m.erase(0, 5);
  return m;
}

// `require("m")` -> "m"; `require("m").x` -> "m.x"; anything else -> "".
std::string RequiredModule(AliasBuilder* b, TSNode value) {
  if (ts_node_is_null(value)) return "";
  if (TypeOf(value) == "member_expression") {
    const std::string base = RequiredModule(b, Field(value, "object"));
    return base.empty() ? "" : base + "." + b->Text(Field(value, "property"));
  }
  if (TypeOf(value) != "call_expression" || b->Text(Field(value, "function")) != "require")
    return "";
  const std::vector<TSNode> args = NamedChildren(Field(value, "arguments"));
  return args.size() == 1 && IsStringType(TypeOf(args[0])) ? ModuleName(b->Text(args[0])) : "";
}

void JavaScriptAliases(AliasBuilder* b) {
  b->ForEach("variable_declarator", [&](TSNode node) {
    const std::string module = RequiredModule(b, Field(node, "value"));
    if (module.empty()) return;
    const TSNode name = Field(node, "name");
    if (TypeOf(name) == "identifier") b->Add(b->Text(name), module);
    if (TypeOf(name) != "object_pattern") return;
    for (const TSNode prop : NamedChildren(name)) {
      if (TypeOf(prop) == "shorthand_property_identifier_pattern")
        b->Add(b->Text(prop), module + "." + b->Text(prop));
      if (TypeOf(prop) == "pair_pattern") {
        b->Add(b->Text(Field(prop, "value")), module + "." + b->Text(Field(prop, "key")));
      }
    }
  });
  b->ForEach("import_statement", [&](TSNode node) {
    const TSNode source = Field(node, "source");
    if (ts_node_is_null(source)) return;
    const std::string module = ModuleName(b->Text(source));
    for (const TSNode child : NamedChildren(node)) {
      if (TypeOf(child) != "import_clause") continue;
      for (const TSNode part : NamedChildren(child)) {
        if (TypeOf(part) == "identifier") b->Add(b->Text(part), module);
        if (TypeOf(part) == "namespace_import") {
          for (const TSNode id : NamedChildren(part)) b->Add(b->Text(id), module);
        }
        if (TypeOf(part) != "named_imports") continue;
        for (const TSNode spec : NamedChildren(part)) {
          const std::string name = b->Text(Field(spec, "name"));
          const TSNode alias = Field(spec, "alias");
          b->Add(ts_node_is_null(alias) ? name : b->Text(alias),
                 std::string(module).append(".").append(name));
        }
      }
    }
  });
}

void GoAliases(AliasBuilder* b) {
  b->ForEach("import_spec", [&](TSNode node) {
    const TSNode name = Field(node, "name");
    if (ts_node_is_null(name) || TypeOf(name) != "package_identifier") return;
    const std::string path(StringContent(b->Text(Field(node, "path"))));
    b->Add(b->Text(name), path.substr(path.rfind('/') + 1));
  });
}

void JavaAliases(AliasBuilder* b) {
  b->ForEach("import_declaration", [&](TSNode node) {
    bool is_static = false;
    for (uint32_t i = 0; i < ts_node_child_count(node); ++i) {
      if (TypeOf(ts_node_child(node, i)) == "static") is_static = true;
    }
    const std::vector<TSNode> parts = NamedChildren(node);
    if (!is_static || parts.empty() || TypeOf(parts[0]) != "scoped_identifier") return;
    // import static java.lang.Runtime.getRuntime; -> getRuntime means Runtime.getRuntime
    const TSNode scope = Field(parts[0], "scope");
    const std::string member = b->Text(Field(parts[0], "name"));
    const std::string owner =
        TypeOf(scope) == "scoped_identifier" ? b->Text(Field(scope, "name")) : b->Text(scope);
    b->Add(member, owner + "." + member);
  });
}

}  // namespace

AliasTable BuildAliasTable(const parsers::Language& language, const parsers::SyntaxTree& tree,
                           const NodeIndex& index) {
  AliasBuilder b(language, tree, index);
  const std::string_view name = language.name;
  if (name == "python") PythonAliases(&b);
  if (name == "javascript" || name == "typescript" || name == "tsx") JavaScriptAliases(&b);
  if (name == "go") GoAliases(&b);
  if (name == "java") JavaAliases(&b);
  return b.Take();
}

}  // namespace mergegate
