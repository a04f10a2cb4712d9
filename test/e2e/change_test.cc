// End-to-end: change-aware commands (diff, history, hooks) on real git repositories.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;
using testing::Git;
using testing::RunMergegate;
using testing::TempDir;

std::string Token(unsigned seed) { return testing::FakeGithubToken("ghp_", seed); }

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

// Runs `git` with the test identity plus `extra` environment (e.g. PATH for hooks).
parsers::ProcessResult GitRaw(const std::vector<std::string>& args, const std::string& cwd) {
  return Git(args, cwd, /*check=*/false);
}

void Commit(const TempDir& repo, const std::string& path, const std::string& content,
            const std::string& message) {
  repo.Write(path, content);
  Git({"add", "--", path}, repo.str());
  Git({"commit", "-q", "-m", message}, repo.str());
}

std::vector<std::pair<std::string, int>> FindingLines(const std::string& json_out) {
  std::vector<std::pair<std::string, int>> out;
  const auto doc = nlohmann::json::parse(json_out);
  for (const auto& f : doc["findings"]) {
    out.emplace_back(f["rule_id"].get<std::string>(), f["start_line"].get<int>());
  }
  return out;
}

// A repository on main whose app.py has an old secret on line 1; branch `feature` adds a new
// one on line 3 and changes nothing else.
struct ScopeRepo {
  TempDir dir;
  ScopeRepo() {
    dir.Write("app.py", "OLD = \"" + Token(1) + "\"\nx = 1\ny = 2\nz = 3\n\n\n\n\n\nw = 4\n");
    testing::InitRepo(dir.str());
    Git({"checkout", "-q", "-b", "feature"}, dir.str());
    Commit(dir, "app.py",
           "OLD = \"" + Token(1) + "\"\nx = 1\nNEW = \"" + Token(2) +
               "\"\ny = 2\nz = 3\n\n\n\n\n\nw = 4\n",
           "add new");
  }
};

TEST(ChangeCli, DiffAddedScopeReportsOnlyAddedLines) {
  ScopeRepo r;
  const auto out = RunMergegate({"diff", "--base", "main", "--format", "json"}, r.dir.str());
  ASSERT_EQ(out.exit_code, 1) << out.err;
  const auto lines = FindingLines(out.out);
  ASSERT_EQ(lines.size(), 1u) << out.out;
  EXPECT_EQ(lines[0].second, 3);
}

TEST(ChangeCli, DiffScopesWidenTheFilter) {
  ScopeRepo r;
  struct Row {
    const char* scope;
    std::vector<int> lines;
  };
  // Line 1 is context of the hunk (3 lines around line 3); the old secret there is not added.
  for (const Row& row :
       {Row{"added", {3}}, Row{"context", {1, 3}}, Row{"file", {1, 3}}, Row{"all", {1, 3}}}) {
    const auto out = RunMergegate(
        {"diff", "--base", "main", "--scope", row.scope, "--format", "json"}, r.dir.str());
    ASSERT_EQ(out.exit_code, 1) << out.err;
    std::vector<int> got;
    for (const auto& [id, line] : FindingLines(out.out)) got.push_back(line);
    EXPECT_EQ(got, row.lines) << row.scope;
  }
}

TEST(ChangeCli, DiffUsesTheMergeBase) {
  ScopeRepo r;
  // main moves on with a secret of its own; feature's diff from main... must not include it.
  Git({"checkout", "-q", "main"}, r.dir.str());
  Commit(r.dir, "main_only.py", "K = \"" + Token(3) + "\"\n", "main secret");
  Git({"checkout", "-q", "feature"}, r.dir.str());
  const auto out = RunMergegate({"diff", "--base", "main", "--format", "json"}, r.dir.str());
  ASSERT_EQ(out.exit_code, 1) << out.err;
  const auto doc = nlohmann::json::parse(out.out);  // the loop must not outlive it
  ASSERT_FALSE(doc["findings"].empty());
  for (const auto& f : doc["findings"]) EXPECT_EQ(f["path"], "app.py");
}

TEST(ChangeCli, CleanDiffApproves) {
  TempDir d;
  d.Write("a.py", "x = 1\n");
  testing::InitRepo(d.str());
  Commit(d, "a.py", "x = 2\n", "edit");
  const auto out = RunMergegate({"diff", "--base", "HEAD~1", "--no-color"}, d.str());
  EXPECT_EQ(out.exit_code, 0) << out.out << out.err;
}

TEST(ChangeCli, PatchFromStdin) {
  ScopeRepo r;
  const auto patch = Git({"diff", "main...feature"}, r.dir.str());
  const auto out =
      RunMergegate({"diff", "--patch", "-", "--format", "json"}, r.dir.str(), patch.out);
  ASSERT_EQ(out.exit_code, 1) << out.err;
  const auto lines = FindingLines(out.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].second, 3);
}

TEST(ChangeCli, PatchOutsideARepositoryUsesThePatchLines) {
  TempDir d;
  const std::string patch =
      "--- /dev/null\n+++ b/conf/app.ini\n@@ -0,0 +1,2 @@\n+a=1\n+token=" + Token(4) + "\n";
  d.Write("p.diff", patch);
  const auto out = RunMergegate(
      {"diff", "--patch", (d.path() / "p.diff").string(), "--format", "json"}, d.str());
  ASSERT_EQ(out.exit_code, 1) << out.err;
  const auto lines = FindingLines(out.out);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].second, 2);
}

TEST(ChangeCli, MalformedAndCombinedPatchesAreLocatedErrors) {
  TempDir d;
  for (const auto& [patch, want] : std::vector<std::pair<std::string, std::string>>{
           {"--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n x\n", "<stdin>:3:"},
           {"diff --cc f\n", "combined"},
           {"--- a/../../etc/x\n+++ b/../../etc/x\n@@ -1 +1 @@\n-a\n+b\n",
            "leaves the repository"}}) {
    const auto out = RunMergegate({"diff", "--patch", "-"}, d.str(), patch);
    EXPECT_EQ(out.exit_code, 2) << patch;
    EXPECT_NE(out.err.find(want), std::string::npos) << out.err;
  }
}

TEST(ChangeCli, StagedScansTheIndex) {
  TempDir d;
  d.Write("a.py", "x = 1\n");
  testing::InitRepo(d.str());
  d.Write("b.py", "T = \"" + Token(5) + "\"\n");
  Git({"add", "b.py"}, d.str());
  d.Write("c.py", "U = \"" + Token(6) + "\"\n");  // not staged: not scanned
  const auto out = RunMergegate({"diff", "--staged", "--format", "json"}, d.str());
  ASSERT_EQ(out.exit_code, 1) << out.err;
  const auto doc = nlohmann::json::parse(out.out);
  ASSERT_EQ(doc["findings"].size(), 1u);
  EXPECT_EQ(doc["findings"][0]["path"], "b.py");
}

TEST(ChangeCli, ChangeRulesJudgeTheChangeSet) {
  TempDir d;
  d.Write("tests/test_a.py", "def test_a():\n    assert f() == 1\n");
  testing::InitRepo(d.str());
  d.Write(".env", "STRIPE=1\n");
  d.Write("tests/test_a.py", "def test_a():\n    f()\n");
  Git({"add", "-A"}, d.str());
  Git({"commit", "-q", "-m", "weaken"}, d.str());
  const auto out = RunMergegate({"diff", "--base", "HEAD~1", "--format", "json"}, d.str());
  ASSERT_EQ(out.exit_code, 1) << out.err;
  std::set<std::string> ids;
  for (const auto& [id, line] : FindingLines(out.out)) ids.insert(id);
  EXPECT_TRUE(ids.contains("gov.secrets.sensitive-file-added"));
  EXPECT_TRUE(ids.contains("gov.tests.assertions-removed"));
}

std::multiset<std::string> RuleIds(const std::string& json_out) {
  std::multiset<std::string> ids;
  for (const auto& [id, line] : FindingLines(json_out)) ids.insert(id);
  return ids;
}

// The `dep (name)` details of the gov.deps.new-dependency findings.
std::set<std::string> NewDependencies(const std::string& json_out) {
  std::set<std::string> names;
  const auto doc = nlohmann::json::parse(json_out);
  for (const auto& f : doc["findings"]) {
    if (f["rule_id"] != "gov.deps.new-dependency") continue;
    const std::string m = f["message"];
    names.insert(m.substr(m.rfind('(') + 1, m.size() - m.rfind('(') - 2));
  }
  return names;
}

TEST(ChangeCli, SourceWithoutTestsIsOffByDefaultAndOnWhenConfigured) {
  TempDir d;
  d.Write("src/app.py", "def total(xs):\n    return sum(xs)\n");
  d.Write("tests/test_app.py", "def test_total():\n    assert total([1]) == 1\n");
  testing::InitRepo(d.str());
  Commit(d, "src/app.py", "def total(xs):\n    return sum(x for x in xs if x)\n", "untested");
  const std::vector<std::string> args = {"diff", "--base", "HEAD~1", "--format", "json"};
  const std::string rule = "gov.tests.source-without-tests";

  const auto off = RunMergegate(args, d.str());
  ASSERT_EQ(off.exit_code, 0) << off.err;
  EXPECT_FALSE(RuleIds(off.out).contains(rule)) << off.out;

  d.Write(".mergegate.yaml", "change:\n  require_tests: true\n");
  const auto on = RunMergegate(args, d.str());
  ASSERT_EQ(on.exit_code, 0) << on.err;  // medium: reported, below the default block_on
  const auto doc = nlohmann::json::parse(on.out);
  ASSERT_EQ(RuleIds(on.out).count(rule), 1u) << on.out;
  for (const auto& f : doc["findings"]) {
    if (f["rule_id"] == rule) {
      EXPECT_EQ(f["path"], "src/app.py");
    }
  }
  auto blocking = args;
  blocking.insert(blocking.end(), {"--fail-on", "medium"});
  EXPECT_EQ(RunMergegate(blocking, d.str()).exit_code, 1);

  // The same kind of change with a test added passes.
  Git({"checkout", "-q", "-b", "tested"}, d.str());
  d.Write("src/app.py", "def total(xs):\n    return sum(x for x in xs if x is not None)\n");
  d.Write("tests/test_app.py",
          "def test_total():\n    assert total([1]) == 1\n    assert total([None]) == 0\n");
  Git({"add", "src/app.py", "tests/test_app.py"}, d.str());
  Git({"commit", "-q", "-m", "tested"}, d.str());
  const auto tested = RunMergegate(args, d.str());
  ASSERT_EQ(tested.exit_code, 0) << tested.err;
  EXPECT_FALSE(RuleIds(tested.out).contains(rule)) << tested.out;
}

TEST(ChangeCli, ConfigAllowlistsDependenciesAndSetsTheSizeLimit) {
  TempDir d;
  d.Write("package.json", "{\n  \"dependencies\": {\n    \"react\": \"18.0.0\"\n  }\n}\n");
  d.Write("requirements.txt", "flask==3.0\n");
  d.Write("src/app.py", "x = 1\n");
  testing::InitRepo(d.str());
  d.Write("package.json",
          "{\n  \"dependencies\": {\n    \"react\": \"18.0.0\",\n    \"@types/node\": "
          "\"20.0.0\",\n    \"left-padx\": \"1.0.0\"\n  }\n}\n");
  d.Write("requirements.txt", "flask==3.0\nrequests==2.32\n");
  d.Write("src/app.py", "x = 1\ny = 2\nz = 3\n");
  Git({"add", "-A"}, d.str());
  Git({"commit", "-q", "-m", "deps"}, d.str());
  const std::vector<std::string> args = {"diff", "--base", "HEAD~1", "--format", "json"};
  struct Row {
    std::string config;
    std::set<std::string> dependencies;
    bool too_large;
  };
  const Row rows[] = {
      {"", {"@types/node", "left-padx", "requests"}, false},
      {"change:\n  allow_dependencies:\n    npm: [\"@types/*\"]\n    pypi: [requests]\n",
       {"left-padx"},
       false},
      {"change:\n  allow_dependencies:\n    any: [\"left-*\", requests]\n", {"@types/node"}, false},
      // package.json: 1 line rewritten (2) and 2 added; requirements.txt 1; src/app.py 2: 7.
      {"change:\n  max_changed_lines: 6\n", {"@types/node", "left-padx", "requests"}, true},
      {"change:\n  max_changed_lines: 7\n", {"@types/node", "left-padx", "requests"}, false},
  };
  for (const Row& row : rows) {
    d.Write(".mergegate.yaml", row.config);
    const auto out = RunMergegate(args, d.str());
    ASSERT_NE(out.exit_code, 2) << row.config << out.err;
    EXPECT_EQ(NewDependencies(out.out), row.dependencies) << row.config;
    EXPECT_EQ(RuleIds(out.out).contains("gov.change.too-large"), row.too_large) << row.config;
  }
}

TEST(ChangeCli, ChangeConfigProblemsAreLocated) {
  TempDir d;
  d.Write("a.py", "x = 1\n");
  testing::InitRepo(d.str());
  const std::pair<std::string, std::string> rows[] = {
      {"change:\n  require_test: true\n", ".mergegate.yaml:2:3"},
      {"change:\n  require_tests: yes-please\n", ".mergegate.yaml:2:18"},
      {"change:\n  max_changed_lines: many\n", ".mergegate.yaml:2:22"},
      {"change:\n  max_changed_lines: 0\n", ".mergegate.yaml:2:22"},
      {"change:\n  allow_dependencies:\n    crates: [serde]\n", ".mergegate.yaml:3:5"},
      {"change:\n  allow_dependencies:\n    npm: react\n", ".mergegate.yaml:3:10"},
      {"change: [require_tests]\n", ".mergegate.yaml:1:9"},
  };
  for (const auto& [config, where] : rows) {
    d.Write(".mergegate.yaml", config);
    const auto out = RunMergegate({"diff", "--base", "HEAD"}, d.str());
    EXPECT_EQ(out.exit_code, 2) << config;
    EXPECT_NE(out.err.find(where), std::string::npos) << config << out.err;
  }
}

TEST(ChangeCli, HistoryFindsASecretAddedThenRemoved) {
  TempDir d;
  d.Write("README.md", "hello\n");
  testing::InitRepo(d.str());
  Commit(d, "cfg.py", "TOKEN = \"" + Token(7) + "\"\n", "add token");
  const std::string leaked = Trim(Git({"rev-parse", "HEAD"}, d.str()).out);
  Git({"rm", "-q", "cfg.py"}, d.str());
  Git({"commit", "-q", "-m", "remove token"}, d.str());
  ASSERT_EQ(RunMergegate({"scan", "."}, d.str()).exit_code, 0);  // the tree is clean now
  const auto out = RunMergegate({"history", "--format", "json"}, d.str());
  ASSERT_EQ(out.exit_code, 1) << out.err;
  const auto doc = nlohmann::json::parse(out.out);
  ASSERT_EQ(doc["findings"].size(), 1u) << out.out;
  const auto& props = doc["findings"][0]["properties"];
  EXPECT_EQ(props["commit"], leaked);
  EXPECT_EQ(props["author"], "Test Author");
  EXPECT_FALSE(props["date"].get<std::string>().empty());
  const auto text = RunMergegate({"history", "--no-color"}, d.str());
  EXPECT_NE(text.out.find("commit " + leaked + " by Test Author"), std::string::npos) << text.out;
  // --since the leaking commit excludes it; --max-commits 1 only sees the removal.
  EXPECT_EQ(RunMergegate({"history", "--since", leaked}, d.str()).exit_code, 0);
  EXPECT_EQ(RunMergegate({"history", "--max-commits", "1"}, d.str()).exit_code, 0);
}

// A work repository with a bare remote, main pushed, and the pre-push hook installed.
struct PushRepo {
  TempDir remote_dir, work;
  std::string remote;
  explicit PushRepo(const std::string& object_format = "sha1") {
    remote = (remote_dir.path() / "remote.git").string();
    Git({"init", "-q", "--bare", "--object-format=" + object_format, "-b", "main", remote},
        remote_dir.str());
    Git({"init", "-q", "--object-format=" + object_format, "-b", "main"}, work.str());
    Commit(work, "README.md", "hello\n", "initial");
    Git({"remote", "add", "origin", remote}, work.str());
    Git({"push", "-q", "origin", "main"}, work.str());
    const auto install = RunMergegate({"hook", "install", "--pre-push"}, work.str());
    EXPECT_EQ(install.exit_code, 0) << install.err;
  }
  std::string RemoteRef(const std::string& ref) const {
    return Trim(GitRaw({"rev-parse", "--verify", "-q", ref}, remote).out);
  }
};

TEST(Hooks, PushAddingASecretIsRejectedAndTheRemoteUnchanged) {
  PushRepo r;
  const std::string before = r.RemoteRef("main");
  Commit(r.work, "app.py", "T = \"" + Token(8) + "\"\n", "leak");
  const auto push = GitRaw({"push", "origin", "main"}, r.work.str());
  EXPECT_NE(push.exit_code, 0);
  EXPECT_NE(push.err.find("push blocked"), std::string::npos) << push.err;
  EXPECT_NE(push.err.find("github-classic-pat"), std::string::npos) << push.err;
  EXPECT_NE(push.err.find("mergegate: ignore["), std::string::npos) << push.err;
  EXPECT_NE(push.err.find("--no-verify"), std::string::npos) << push.err;
  EXPECT_EQ(r.RemoteRef("main"), before);
}

TEST(Hooks, CleanPushGoesThrough) {
  PushRepo r;
  Commit(r.work, "app.py", "x = 1\n", "clean");
  const auto push = GitRaw({"push", "origin", "main"}, r.work.str());
  EXPECT_EQ(push.exit_code, 0) << push.err;
  EXPECT_EQ(r.RemoteRef("main"), Trim(Git({"rev-parse", "HEAD"}, r.work.str()).out));
}

TEST(Hooks, NewBranchScansOnlyCommitsTheRemoteLacks) {
  PushRepo r;
  // An old secret already on the remote's main is not the new branch's doing.
  Git({"push", "-q", "--no-verify", "origin", "main"}, r.work.str());
  Commit(r.work, "old.py", "T = \"" + Token(9) + "\"\n", "old leak");
  Git({"push", "-q", "--no-verify", "origin", "main"}, r.work.str());
  Git({"fetch", "-q", "origin"}, r.work.str());
  Git({"checkout", "-q", "-b", "clean-branch"}, r.work.str());
  Commit(r.work, "a.py", "x = 1\n", "clean");
  EXPECT_EQ(GitRaw({"push", "origin", "clean-branch"}, r.work.str()).exit_code, 0);
  Git({"checkout", "-q", "-b", "dirty-branch"}, r.work.str());
  Commit(r.work, "b.py", "S = \"" + Token(10) + "\"\n", "leak");
  const auto push = GitRaw({"push", "origin", "dirty-branch"}, r.work.str());
  EXPECT_NE(push.exit_code, 0);
  EXPECT_NE(push.err.find("b.py"), std::string::npos) << push.err;
  EXPECT_EQ(push.err.find("old.py"), std::string::npos) << push.err;
  EXPECT_TRUE(r.RemoteRef("dirty-branch").empty());
}

TEST(Hooks, DeletedBranchAndMultiRefPush) {
  PushRepo r;
  Git({"branch", "gone"}, r.work.str());
  Git({"push", "-q", "origin", "gone"}, r.work.str());
  const auto del = GitRaw({"push", "origin", "--delete", "gone"}, r.work.str());
  EXPECT_EQ(del.exit_code, 0) << del.err;
  EXPECT_TRUE(r.RemoteRef("gone").empty());

  Git({"checkout", "-q", "-b", "one"}, r.work.str());
  Commit(r.work, "one.py", "x = 1\n", "clean");
  Git({"checkout", "-q", "-b", "two", "main"}, r.work.str());
  Commit(r.work, "two.py", "S = \"" + Token(11) + "\"\n", "leak");
  const auto push = GitRaw({"push", "origin", "one", "two"}, r.work.str());
  EXPECT_NE(push.exit_code, 0);
  EXPECT_TRUE(r.RemoteRef("one").empty());  // git aborts the whole push
  EXPECT_TRUE(r.RemoteRef("two").empty());
  EXPECT_EQ(GitRaw({"push", "origin", "one"}, r.work.str()).exit_code, 0);
}

TEST(Hooks, RootCommitOfANewRemoteScansAllItsFiles) {
  TempDir remote_dir, work;
  const std::string remote = (remote_dir.path() / "r.git").string();
  Git({"init", "-q", "--bare", "-b", "main", remote}, remote_dir.str());
  Git({"init", "-q", "-b", "main"}, work.str());
  work.Write("k.py", "K = \"" + Token(12) + "\"\n");
  Git({"add", "k.py"}, work.str());
  Git({"commit", "-q", "-m", "root"}, work.str());
  Git({"remote", "add", "origin", remote}, work.str());
  ASSERT_EQ(RunMergegate({"hook", "install", "--pre-push"}, work.str()).exit_code, 0);
  const auto push = GitRaw({"push", "origin", "main"}, work.str());
  EXPECT_NE(push.exit_code, 0);
  EXPECT_NE(push.err.find("k.py"), std::string::npos) << push.err;
}

TEST(Hooks, Sha256Repository) {
  PushRepo r("sha256");
  Git({"checkout", "-q", "-b", "feature"}, r.work.str());
  Commit(r.work, "app.py", "T = \"" + Token(13) + "\"\n", "leak");
  const std::string head = Trim(Git({"rev-parse", "HEAD"}, r.work.str()).out);
  ASSERT_EQ(head.size(), 64u);
  const auto push = GitRaw({"push", "origin", "feature"}, r.work.str());  // zero oid: 64 zeros
  EXPECT_NE(push.exit_code, 0);
  EXPECT_NE(push.err.find("app.py"), std::string::npos) << push.err;
  const auto diff = RunMergegate({"diff", "--base", "main", "--format", "json"}, r.work.str());
  EXPECT_EQ(diff.exit_code, 1) << diff.err;
  EXPECT_EQ(FindingLines(diff.out).size(), 1u);
}

TEST(Hooks, PrePushProtocolLines) {
  PushRepo r;
  const std::string head = Trim(Git({"rev-parse", "HEAD"}, r.work.str()).out);
  const std::string zero40(40, '0');
  struct Row {
    std::string input;
    int exit_code;
  };
  struct Bad {
    std::string input, location;  // location: "<stdin>:line:column" the error names
  };
  for (const Row& row :
       std::vector<Row>{{"(delete) " + zero40 + " refs/heads/x " + head + "\n", 0},
                        {"refs/heads/main " + head + " refs/heads/main " + head + "\n", 0},
                        {"refs/heads/main " + head + " refs/heads/main " + head + "\r\n\n", 0},
                        {"", 0}}) {
    const auto out =
        RunMergegate({"hook", "run", "pre-push", "origin", r.remote}, r.work.str(), row.input);
    EXPECT_EQ(out.exit_code, row.exit_code) << row.input << out.err;
  }
  // Malformed lines stop the push with one located line; an object id that is not hex (here
  // one git would read as an option) never reaches git's command line.
  const std::string ok = "refs/heads/main " + head + " refs/heads/main " + head + "\n";
  for (const Bad& bad : std::vector<Bad>{
           {"refs/heads/main " + head + "\n", "<stdin>:1:1:"},
           {ok + "a b c d e\n", "<stdin>:2:1:"},
           {"   \n", "<stdin>:1:1:"},
           {"refs/heads/main --output=/tmp/x refs/heads/main " + head + "\n", "<stdin>:1:17:"},
           {"refs/heads/main " + head + " refs/heads/main " + head.substr(0, 39) + "\n",
            "<stdin>:1:"},
           {"refs/heads/main " + head + " refs/heads/main " + std::string(40, 'G') + "\n",
            "<stdin>:1:"},
           {std::string("\0\xff\xfe junk\n", 10), "<stdin>:1:1:"}}) {
    const auto out =
        RunMergegate({"hook", "run", "pre-push", "origin", r.remote}, r.work.str(), bad.input);
    EXPECT_EQ(out.exit_code, 2) << bad.input << out.err;
    EXPECT_NE(out.err.find(bad.location), std::string::npos) << out.err;
    EXPECT_NE(out.err.find("[hook.input]"), std::string::npos) << out.err;
  }
}

// A shallow clone lacks the commits before its boundary: history scans the oldest commit it has
// whole (so what that tree holds is still found), and says the rest was not scanned; a base
// the clone does not have is a clear error.
TEST(ChangeCli, ShallowCloneHistoryIsScannedAndSaysItIsCutShort) {
  TempDir src;
  src.Write("README.md", "hello\n");
  testing::InitRepo(src.str());
  Commit(src, "old.py", "T = \"" + Token(14) + "\"\n", "old leak");
  Git({"rm", "-q", "old.py"}, src.str());
  Git({"commit", "-q", "-m", "remove old leak"}, src.str());
  Commit(src, "new.py", "S = \"" + Token(15) + "\"\n", "new leak");
  TempDir parent;
  Git({"clone", "-q", "--depth", "1", "file://" + src.str(), "shallow"}, parent.str());
  const std::string shallow = (parent.path() / "shallow").string();
  ASSERT_EQ(Trim(Git({"rev-parse", "--is-shallow-repository"}, shallow).out), "true");

  const auto cut = RunMergegate({"history", "--format", "json"}, shallow);
  ASSERT_EQ(cut.exit_code, 1) << cut.err;
  const auto doc = nlohmann::json::parse(cut.out);
  ASSERT_EQ(doc["findings"].size(), 1u) << cut.out;
  EXPECT_EQ(doc["findings"][0]["path"], "new.py");
  ASSERT_EQ(doc["notices"].size(), 1u) << cut.out;
  EXPECT_NE(doc["notices"][0].get<std::string>().find("shallow clone"), std::string::npos);
  // The full repository has both leaks and no such notice.
  const auto full =
      nlohmann::json::parse(RunMergegate({"history", "--format", "json"}, src.str()).out);
  EXPECT_EQ(full["findings"].size(), 2u);
  EXPECT_TRUE(full["notices"].empty());

  const auto diff = RunMergegate({"diff", "--base", "HEAD~1"}, shallow);
  EXPECT_EQ(diff.exit_code, 2);
  EXPECT_NE(diff.err.find("unknown revision 'HEAD~1'"), std::string::npos) << diff.err;
  EXPECT_EQ(std::count(diff.err.begin(), diff.err.end(), '\n'), 1) << diff.err;
}

// A detached HEAD (as CI checkouts often are) is gated like a branch.
TEST(ChangeCli, DetachedHeadIsGatedLikeABranch) {
  ScopeRepo r;
  Git({"checkout", "-q", "--detach", "feature"}, r.dir.str());
  ASSERT_EQ(Trim(Git({"rev-parse", "--abbrev-ref", "HEAD"}, r.dir.str()).out), "HEAD");
  const auto diff = RunMergegate({"diff", "--base", "main", "--format", "json"}, r.dir.str());
  ASSERT_EQ(diff.exit_code, 1) << diff.err;
  EXPECT_EQ(FindingLines(diff.out),
            (std::vector<std::pair<std::string, int>>{{"github-classic-pat", 3}}));
  EXPECT_EQ(nlohmann::json::parse(diff.out)["branch"], "");
  const auto history = RunMergegate({"history", "--format", "json"}, r.dir.str());
  EXPECT_EQ(history.exit_code, 1) << history.err;
  EXPECT_EQ(nlohmann::json::parse(history.out)["findings"].size(), 2u);
  EXPECT_EQ(RunMergegate({"scan", "."}, r.dir.str()).exit_code, 1);
}

TEST(Hooks, PreCommitBlocksAStagedSecret) {
  TempDir d;
  d.Write("a.py", "x = 1\n");
  testing::InitRepo(d.str());
  ASSERT_EQ(RunMergegate({"hook", "install", "--pre-commit"}, d.str()).exit_code, 0);
  const std::string before = Trim(Git({"rev-parse", "HEAD"}, d.str()).out);
  d.Write("b.py", "T = \"" + Token(14) + "\"\n");
  Git({"add", "b.py"}, d.str());
  const auto commit = GitRaw({"commit", "-m", "leak"}, d.str());
  EXPECT_NE(commit.exit_code, 0);
  EXPECT_NE(commit.err.find("commit blocked"), std::string::npos) << commit.err;
  EXPECT_EQ(Trim(Git({"rev-parse", "HEAD"}, d.str()).out), before);
  d.Write("b.py", "x = 2\n");
  Git({"add", "b.py"}, d.str());
  EXPECT_EQ(GitRaw({"commit", "-q", "-m", "clean"}, d.str()).exit_code, 0);
}

TEST(Hooks, InstallNeverOverwritesSilentlyAndHonoursHooksPath) {
  TempDir d;
  testing::InitRepo(d.str());
  Git({"config", "core.hooksPath", "custom-hooks"}, d.str());
  const fs::path hook = d.path() / "custom-hooks" / "pre-commit";
  d.Write("custom-hooks/pre-commit",
          "#!/bin/sh\necho theirs > \"$(git rev-parse --show-toplevel)/ran\"\n");
  fs::permissions(hook, fs::perms::owner_all);
  const auto refused = RunMergegate({"hook", "install", "--pre-commit"}, d.str());
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("--chain"), std::string::npos) << refused.err;
  EXPECT_NE(testing::ReadFile(hook).find("theirs"), std::string::npos);

  ASSERT_EQ(RunMergegate({"hook", "install", "--pre-commit", "--chain"}, d.str()).exit_code, 0);
  EXPECT_NE(testing::ReadFile(hook).find("mergegate-hook"), std::string::npos);
  d.Write("a.py", "x = 1\n");
  Git({"add", "a.py"}, d.str());
  EXPECT_EQ(GitRaw({"commit", "-q", "-m", "clean"}, d.str()).exit_code, 0);
  EXPECT_TRUE(fs::exists(d.path() / "ran"));  // the chained hook ran

  ASSERT_EQ(RunMergegate({"hook", "uninstall", "--pre-commit"}, d.str()).exit_code, 0);
  EXPECT_NE(testing::ReadFile(hook).find("theirs"), std::string::npos);
  EXPECT_FALSE(fs::exists(d.path() / "custom-hooks" / "pre-commit.pre-mergegate"));
}

}  // namespace
}  // namespace mergegate
