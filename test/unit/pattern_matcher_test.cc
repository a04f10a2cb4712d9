// The pattern rule language: metavariables, ellipsis, keyword arguments, combinators,
// constraints, focus, import aliases and string dataflow, each as a table of small programs.
#include <gtest/gtest.h>

#include <set>

#include "match/structural_matcher.h"
#include "mergegate/scan.h"

namespace mergegate {
namespace {

std::string RuleYaml(const std::string& language, const std::string& match) {
  return "id: p\ntitle: t\nmessage: m\nseverity: high\nlanguages: [" + language + "]\nmatch:\n" +
         match;
}

// Lines (1-based, unique) where a one-rule pattern policy reports in `code`.
std::vector<int> Lines(const std::string& language, const std::string& match,
                       const std::string& path, const std::string& code) {
  auto set = LoadPolicies({{"p.yaml", "test", RuleYaml(language, match)}});
  EXPECT_TRUE(set.has_value()) << (set ? "" : FormatDiagnostic(set.error()[0]));
  if (!set) return {{-1}};
  Scanner scanner(*set, {});
  std::set<int> lines;
  for (const Finding& f : scanner.ScanText(path, code).findings) lines.insert(f.span.start_line);
  return {lines.begin(), lines.end()};
}

struct Case {
  const char* name;
  const char* language;
  const char* match;  // the YAML under `match:`, indented by two spaces
  const char* path;
  const char* code;
  std::vector<int> lines;
};

class PatternCase : public ::testing::TestWithParam<Case> {};

TEST_P(PatternCase, ReportsExpectedLines) {
  const Case& c = GetParam();
  EXPECT_EQ(Lines(c.language, c.match, c.path, c.code), c.lines) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Structure, PatternCase,
    ::testing::Values(Case{"metavariable_one_node",
                           "python",
                           "  pattern: foo($X)\n",
                           "a.py",
                           "foo(a)\nfoo(a, b)\nbar(a)\nfoo()\n",
                           {1}},
                      Case{"multi_metavariable",
                           "python",
                           "  pattern: foo($$$ARGS)\n",
                           "a.py",
                           "foo()\nfoo(a, b)\nbar()\n",
                           {1, 2}},
                      Case{"ellipsis_in_arguments",
                           "python",
                           "  pattern: foo(..., 1)\n",
                           "a.py",
                           "foo(1)\nfoo(a, 1)\nfoo(1, a)\n",
                           {1, 2}},
                      Case{"anonymous_metavariable",
                           "python",
                           "  pattern: foo($_, $_)\n",
                           "a.py",
                           "foo(a, b)\nfoo(a)\n",
                           {1}},
                      Case{"keyword_arguments_any_order",
                           "python",
                           "  pattern: f(a=1, b=2)\n",
                           "a.py",
                           "f(b=2, a=1)\nf(a=1)\nf(a=1, b=2, c=3)\n",
                           {1}},
                      Case{"keyword_with_ellipsis",
                           "python",
                           "  pattern: f(..., b=2)\n",
                           "a.py",
                           "f(x, a=1, b=2)\nf(b=2)\nf(c=1)\n",
                           {1, 2}},
                      Case{"repeated_metavariable_binds_equal_text",
                           "python",
                           "  pattern: $X == $X\n",
                           "a.py",
                           "a == a\na == b\n",
                           {1}},
                      Case{"string_literals_compare_by_content",
                           "python",
                           "  pattern: open(\"x\")\n",
                           "a.py",
                           "open('x')\nopen('y')\n",
                           {1}},
                      Case{"string_ellipsis",
                           "python",
                           "  pattern: open(\"...\")\n",
                           "a.py",
                           "open('x')\nopen(y)\n",
                           {1}},
                      Case{"comments_ignored",
                           "python",
                           "  pattern: foo(a, b)\n",
                           "a.py",
                           "foo(a,  # note\n    b)\nfoo(a)\n",
                           {1}},
                      Case{"dotted_with_metavariable",
                           "python",
                           "  pattern: subprocess.$F(..., shell=True)\n",
                           "a.py",
                           "import subprocess\nsubprocess.run(c, "
                           "shell=True)\nsubprocess.run(c)\nos.run(c, shell=True)\n",
                           {2}},
                      Case{"statement_pattern_with_body",
                           "python",
                           "  pattern: |\n    def $F(...):\n        ...\n",
                           "a.py",
                           "def a(x):\n    return x\nclass C:\n    pass\n",
                           {1}},
                      Case{"javascript_object_keys_any_order",
                           "javascript",
                           "  pattern: 'f({..., shell: true})'\n",
                           "a.js",
                           "f({ cwd: d, shell: true });\nf({ shell: false });\n",
                           {1}},
                      Case{"go_wrapped_in_function",
                           "go",
                           "  pattern: exec.Command(\"sh\", \"-c\", $X)\n",
                           "a.go",
                           "package p\nfunc f() {\n\texec.Command(\"sh\", \"-c\", "
                           "x)\n\texec.Command(\"ls\", x)\n}\n",
                           {3}},
                      Case{"java_wrapped_in_method",
                           "java",
                           "  pattern: $S.executeQuery($Q)\n",
                           "A.java",
                           "class A { void f() {\n  s.executeQuery(q);\n  s.close();\n} }\n",
                           {2}},
                      Case{"php_metavariables",
                           "php",
                           "  pattern: $DB->query($Q)\n",
                           "a.php",
                           "<?php\n$db->query($sql);\n$db->close();\n",
                           {2}}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Combinators, PatternCase,
    ::testing::Values(
        Case{"any",
             "python",
             "  any:\n    - foo($X)\n    - bar($X)\n",
             "a.py",
             "foo(1)\nbar(2)\nbaz(3)\n",
             {1, 2}},
        Case{"all_with_not",
             "python",
             "  all:\n    - foo($X)\n    - not: foo(1)\n",
             "a.py",
             "foo(1)\nfoo(2)\n",
             {2}},
        Case{"keys_in_one_object_are_all",
             "python",
             "  pattern: foo($X)\n  not: foo(1)\n",
             "a.py",
             "foo(1)\nfoo(2)\n",
             {2}},
        Case{"inside",
             "python",
             "  pattern: eval($X)\n  inside: |\n    def $F(...):\n        ...\n",
             "a.py",
             "eval(a)\ndef g():\n    eval(b)\n",
             {3}},
        Case{"not_inside",
             "python",
             "  pattern: eval($X)\n  not-inside: |\n    def $F(...):\n        ...\n",
             "a.py",
             "eval(a)\ndef g():\n    eval(b)\n",
             {1}},
        Case{"has_any_depth",
             "python",
             "  pattern: '[$$$A]'\n  has: '1'\n",
             "a.py",
             "[1, 2]\n[[1]]\n[2]\n",
             {1, 2}},
        Case{"has_stop_by_neighbor",
             "python",
             "  pattern: '[$$$A]'\n  has:\n    pattern: '1'\n    stop-by: neighbor\n",
             "a.py",
             "x = [1, 2]\ny = [[3, (1 + 2)]]\n",
             {1}},
        Case{"inside_stop_by_neighbor",
             "python",
             "  pattern: a\n  inside:\n    pattern: foo($$$A)\n    stop-by: neighbor\n",
             "a.py",
             "foo(a)\n",
             {}},
        Case{"inside_any_depth",
             "python",
             "  pattern: a\n  inside: foo($$$A)\n",
             "a.py",
             "foo(a)\nbar(a)\n",
             {1}},
        Case{"follows",
             "python",
             "  pattern: close($X)\n  follows: open($X)\n",
             "a.py",
             "open(a)\nclose(a)\nclose(b)\n",
             {2}},
        Case{"precedes",
             "python",
             "  pattern: open($X)\n  precedes: close($X)\n",
             "a.py",
             "open(a)\nopen(b)\nclose(a)\n",
             {1}}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Constraints, PatternCase,
    ::testing::Values(
        Case{"regex",
             "python",
             "  pattern: $F(1)\n  constraints:\n    $F: {regex: '^ev'}\n",
             "a.py",
             "eval(1)\nfoo(1)\n",
             {1}},
        Case{"not_regex",
             "python",
             "  pattern: $F(1)\n  constraints:\n    F: {not-regex: '^ev'}\n",
             "a.py",
             "eval(1)\nfoo(1)\n",
             {2}},
        Case{"literal_false",
             "python",
             "  pattern: eval($X)\n  constraints:\n    $X: {literal: false}\n",
             "a.py",
             "eval('1')\neval(x)\neval(f'{x}')\neval(3)\n",
             {2, 3}},
        Case{"literal_true",
             "python",
             "  pattern: eval($X)\n  constraints:\n    $X: {literal: true}\n",
             "a.py",
             "eval('1')\neval(x)\neval(3)\n",
             {1, 3}},
        Case{"string_content",
             "python",
             "  pattern: open($P)\n  constraints:\n    $P: {string-content: '^/etc/'}\n",
             "a.py",
             "open('/etc/passwd')\nopen('/tmp/x')\nopen(etc)\n",
             {1}},
        Case{"pattern",
             "python",
             "  pattern: f($X)\n  constraints:\n    $X: {pattern: $A + $B}\n",
             "a.py",
             "f(a + b)\nf(a)\n",
             {1}},
        Case{"not_pattern",
             "python",
             "  pattern: f($X)\n  constraints:\n    $X: {not-pattern: $A + $B}\n",
             "a.py",
             "f(a + b)\nf(a)\n",
             {2}},
        Case{"any_branches_with_own_constraints",
             "python",
             "  any:\n    - a.$F($X)\n    - b.$G($X)\n  constraints:\n    $F: {regex: '^x$'}\n    "
             "$G: {regex: '^y$'}\n",
             "a.py",
             "a.x(1)\na.y(1)\nb.y(1)\nb.x(1)\n",
             {1, 3}}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

INSTANTIATE_TEST_SUITE_P(
    Aliases, PatternCase,
    ::testing::Values(
        Case{"python_import_as",
             "python",
             "  pattern: yaml.load($X)\n",
             "a.py",
             "import yaml as y\ny.load(s)\nz.load(s)\n",
             {2}},
        Case{"python_from_import_as",
             "python",
             "  pattern: subprocess.run($X)\n",
             "a.py",
             "from subprocess import run as sh\nsh(c)\nrun(c)\n",
             {2}},
        Case{"python_from_import",
             "python",
             "  pattern: pickle.loads($X)\n",
             "a.py",
             "from pickle import loads\nloads(b)\n",
             {2}},
        Case{"javascript_require_destructuring",
             "javascript",
             "  pattern: child_process.exec($X)\n",
             "a.js",
             "const { exec, spawn: sp } = require('child_process');\nexec(c);\nother.exec(c);\n",
             {2}},
        Case{"javascript_require_renamed_destructuring",
             "javascript",
             "  pattern: child_process.spawn($X)\n",
             "a.js",
             "const { spawn: sp } = require('node:child_process');\nsp(c);\n",
             {2}},
        Case{"javascript_import_named_alias",
             "javascript",
             "  pattern: child_process.exec($X)\n",
             "a.mjs",
             "import { exec as run } from 'child_process';\nrun(c);\n",
             {2}},
        Case{"javascript_import_namespace",
             "typescript",
             "  pattern: child_process.exec($X)\n",
             "a.ts",
             "import * as cp from 'child_process';\ncp.exec(c);\n",
             {2}},
        Case{"go_renamed_import",
             "go",
             "  pattern: exec.Command($$$A)\n",
             "a.go",
             "package p\nimport osexec \"os/exec\"\nfunc f() {\n\tosexec.Command(\"ls\")\n}\n",
             {4}},
        Case{"java_static_import",
             "java",
             "  pattern: Runtime.getRuntime().exec($X)\n",
             "A.java",
             "import static java.lang.Runtime.getRuntime;\nclass A { void f() {\n  "
             "getRuntime().exec(c);\n} }\n",
             {3}},
        Case{"no_alias_no_match",
             "python",
             "  pattern: yaml.load($X)\n",
             "a.py",
             "import json as y\ny.load(s)\n",
             {}}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

constexpr const char* kSqlSink =
    "  pattern: $C.execute($Q)\n  dataflow:\n    sink: $Q\n    sanitizers: [int]\n";

INSTANTIATE_TEST_SUITE_P(
    Dataflow, PatternCase,
    ::testing::Values(
        Case{"fstring_variable",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    q = f\"SELECT {n}\"\n    c.execute(q)\n",
             {3}},
        Case{"concatenation",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    c.execute(\"SELECT \" + n)\n",
             {2}},
        Case{"percent_and_format",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    c.execute(\"SELECT %s\" % n)\n    c.execute(\"SELECT "
             "{}\".format(n))\n",
             {2, 3}},
        Case{"append",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    q = \"SELECT 1\"\n    q += n\n    c.execute(q)\n",
             {4}},
        Case{"constants_are_not_tainted",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    t = \"users\"\n    c.execute(\"SELECT * FROM \" + t)\n    "
             "c.execute(\"SELECT 1\")\n"
             "    c.execute(f\"SELECT {LIMIT}\")\n",
             {}},
        Case{"sanitizer",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    c.execute(\"SELECT %d\" % int(n))\n",
             {}},
        Case{"parameterised",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    c.execute(\"SELECT ?\", (n,))\n",
             {}},
        Case{"other_function_not_followed",
             "python",
             kSqlSink,
             "a.py",
             "def g(n):\n    q = f\"SELECT {n}\"\ndef f(c):\n    q = \"SELECT 1\"\n    "
             "c.execute(q)\n",
             {}},
        Case{"reassigned_to_constant",
             "python",
             kSqlSink,
             "a.py",
             "def f(c, n):\n    q = f\"SELECT {n}\"\n    q = \"SELECT 1\"\n    c.execute(q)\n",
             {}},
        Case{"template_literal",
             "javascript",
             "  pattern: $C.query($Q)\n  dataflow: {sink: $Q}\n",
             "a.js",
             "function f(c, n) {\n  const q = `SELECT ${n}`;\n  c.query(q);\n  c.query(`SELECT "
             "1`);\n}\n",
             {3}},
        Case{"go_sprintf",
             "go",
             "  pattern: $DB.Query($Q)\n  dataflow: {sink: $Q}\n",
             "a.go",
             "package p\nfunc f(db *sql.DB, n string, id int) {\n\tq := fmt.Sprintf(\"SELECT %s\", "
             "n)\n\tdb.Query(q)\n"
             "\tdb.Query(fmt.Sprintf(\"SELECT %d\", id))\n}\n",
             {4}},
        Case{"java_plus_equals",
             "java",
             "  pattern: $S.executeQuery($Q)\n  dataflow: {sink: $Q}\n",
             "A.java",
             "class A { void f(String n) {\n  String q = \"SELECT 1\";\n  q += n;\n  "
             "s.executeQuery(q);\n} }\n",
             {4}},
        Case{"fragment_regex",
             "python",
             "  pattern: $C.execute($Q)\n  dataflow:\n    sink: $Q\n    fragment-regex: "
             "'(?i)select'\n",
             "a.py",
             "def f(c, n):\n    c.execute(\"SELECT \" + n)\n    c.execute(\"job \" + n)\n",
             {2}}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

// A top-level `any` combined with another key: a branch that matches structurally but fails a
// constraint must not hide a later branch.
INSTANTIATE_TEST_SUITE_P(
    AnyWithOtherKeys, PatternCase,
    ::testing::Values(Case{"constraint_fails_first_branch",
                           "python",
                           "  any:\n    - $F($X)\n    - g.h($X)\n  not-inside: 'def skip(): ...'\n"
                           "  constraints:\n    $F: {regex: '^f$'}\n",
                           "a.py",
                           "f(1)\ng.h(2)\nk(3)\n",
                           {1, 2}}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

constexpr const char* kPySourceSink =
    "  pattern: open($P)\n  dataflow:\n    sink: $P\n    sanitizers: [basename]\n"
    "    source-regex: '\\brequest\\.args'\n";

INSTANTIATE_TEST_SUITE_P(
    SourceDataflow, PatternCase,
    ::testing::Values(
        Case{"inline_source",
             "python",
             kPySourceSink,
             "a.py",
             "def f():\n    open(request.args[\"f\"])\n    open(\"request.args\")\n",
             {2}},
        Case{"through_variables_calls_and_fstrings",
             "python",
             kPySourceSink,
             "a.py",
             "def f():\n    n = request.args.get(\"f\")\n    p = os.path.join(BASE, n)\n"
             "    open(p)\n    open(f\"/srv/{n.strip()}\")\n",
             {4, 5}},
        Case{"sanitised_or_not_a_source",
             "python",
             kPySourceSink,
             "a.py",
             "def f(n):\n    m = os.path.basename(request.args[\"f\"])\n    open(m)\n"
             "    open(n)\n    open(BASE + os.path.basename(request.args[\"g\"]))\n"
             "    open(request_args)\n",
             {}},
        Case{"js_destructuring",
             "javascript",
             "  pattern: res.redirect($U)\n  dataflow:\n    sink: $U\n"
             "    source-regex: '\\breq\\.query\\b'\n",
             "a.js",
             "function f(req, res) {\n  const { next, other: alias } = req.query;\n"
             "  res.redirect(next);\n  res.redirect(alias);\n  const { home } = config;\n"
             "  res.redirect(home);\n}\n",
             {3, 4}},
        Case{"ruby_method_without_parameters",
             "ruby",
             "  pattern: redirect_to($U)\n  dataflow:\n    sink: $U\n    source-regex: '^params'\n",
             "a.rb",
             "def show\n  redirect_to target\n  redirect_to params[:next]\nend\n",
             {3}},
        Case{"reassigned_to_constant",
             "python",
             kPySourceSink,
             "a.py",
             "def f():\n    n = request.args[\"f\"]\n    n = \"index.html\"\n    open(n)\n",
             {}},
        Case{"go_source",
             "go",
             "  pattern: os.Open($P)\n  dataflow:\n    sink: $P\n    sanitizers: [filepath.Base]\n"
             "    source-regex: 'URL\\.Query\\(\\)'\n",
             "a.go",
             "package p\nfunc f(w http.ResponseWriter, r *http.Request) {\n"
             "\tname := r.URL.Query().Get(\"f\")\n\tos.Open(filepath.Join(dir, name))\n"
             "\tos.Open(filepath.Join(dir, filepath.Base(name)))\n\tos.Open(dir)\n}\n",
             {4}},
        Case{"java_annotated_parameter",
             "java",
             "  pattern: new File($B, $P)\n  dataflow:\n    sink: $P\n"
             "    source-regex: '@RequestParam|getParameter\\('\n",
             "A.java",
             "class A {\n  void f(@RequestParam String name, String other) {\n"
             "    File a = new File(DIR, name);\n    File b = new File(DIR, other);\n"
             "    String q = req.getParameter(\"n\");\n    File c = new File(DIR, q.trim());\n"
             "  }\n}\n",
             {3, 6}}),
    [](const ::testing::TestParamInfo<Case>& p) { return std::string(p.param.name); });

TEST(PatternFocus, ReportsTheFocusedMetavariable) {
  auto set = LoadPolicies(
      {{"p.yaml", "test", RuleYaml("python", "  pattern: foo($A, $B)\n  focus: $B\n")}});
  ASSERT_TRUE(set.has_value());
  Scanner scanner(*set, {});
  const auto findings = scanner.ScanText("a.py", "x = foo(aa, bbb)\n").findings;
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].span.start_column, 13);
  EXPECT_EQ(findings[0].span.end_column, 16);
}

TEST(PatternPrefilter, DerivesRequiredIdentifiers) {
  auto set = LoadPolicies(
      {{"p.yaml", "test", RuleYaml("python", "  pattern: subprocess.$F(..., shell=True)\n")}});
  ASSERT_TRUE(set.has_value());
  const auto& literals = set->rules()[0]->structural->required_literals();
  ASSERT_EQ(literals.size(), 1u);
  EXPECT_EQ(literals[0], "subprocess");
}

struct ErrorCase {
  const char* name;
  const char* language;
  const char* match;
  int line;
  int column;
  const char* contains;
};

class PatternErrors : public ::testing::TestWithParam<ErrorCase> {};

// The rule header takes 6 lines, so `match:` is line 6 and its first key line 7.
TEST_P(PatternErrors, AreLocatedAndNameTheRule) {
  const ErrorCase& c = GetParam();
  auto set = LoadPolicies({{"bad.yaml", "test", RuleYaml(c.language, c.match)}});
  ASSERT_FALSE(set.has_value()) << c.name;
  const Diagnostic& d = set.error().front();
  EXPECT_EQ(d.file, "bad.yaml");
  EXPECT_EQ(d.line, c.line) << FormatDiagnostic(d);
  EXPECT_EQ(d.column, c.column) << FormatDiagnostic(d);
  EXPECT_NE(d.message.find("rule 'p'"), std::string::npos) << FormatDiagnostic(d);
  EXPECT_NE(FormatDiagnostic(d).find(c.contains), std::string::npos) << FormatDiagnostic(d);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PatternErrors,
    ::testing::Values(
        ErrorCase{"unparsable_pattern", "python", "  pattern: foo(a, ]\n", 7, 19, "does not parse"},
        ErrorCase{"unparsable_block_pattern", "python", "  pattern: |\n    foo(a)\n    bar(]\n", 9,
                  9, "does not parse"},
        ErrorCase{"bad_constraint_regex", "python",
                  "  pattern: f($X)\n  constraints:\n    $X: {regex: 'a(b'}\n", 9, 17,
                  "invalid regex"},
        ErrorCase{"unknown_focus", "python", "  pattern: f($X)\n  focus: $Y\n", 8, 10, "$Y"},
        ErrorCase{"unknown_dataflow_sink", "python", "  pattern: f($X)\n  dataflow: {sink: $Q}\n",
                  8, 20, "$Q"},
        ErrorCase{"no_positive_pattern", "python", "  not: f($X)\n", 7, 3, "positive"},
        ErrorCase{"sequence_pattern", "python", "  pattern: |\n    a = 1\n    b = 2\n", 8, 5,
                  "one expression"},
        ErrorCase{"pattern_and_query", "python", "  pattern: f($X)\n  query: '(call) @match'\n", 7,
                  3, "exactly one"}),
    [](const ::testing::TestParamInfo<ErrorCase>& p) { return std::string(p.param.name); });

}  // namespace
}  // namespace mergegate
