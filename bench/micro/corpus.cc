#include "corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <random>
#include <sstream>

namespace fs = std::filesystem;

namespace mergegate::bench {
namespace {

constexpr size_t kFileBytes = 16 << 10;

// Statement templates: $V a local, $A/$B parameters, $N a number, $W a word. The last entry of
// each list is a construct built-in rules look for; it is picked one time in 16.
struct LanguageTemplates {
  std::string extension;
  std::string file_header;
  std::string function_open;  // $F the function name
  std::string function_close;
  std::string indent;
  std::vector<std::string> statements;
  std::vector<std::string> findings;
  std::string file_close;
};

const LanguageTemplates& Templates(const std::string& language) {
  static const LanguageTemplates python{
      ".py",
      "import hashlib\nimport logging\nimport subprocess\n\nlogger = logging.getLogger(__name__)\n"
      "\n",
      "\ndef $F($A, $B):\n",
      "    return $V\n",
      "    ",
      {"$V = $A + $N\n", "$V = [x * $N for x in range($B) if x % 3]\n",
       "logger.info(\"value %s for %s\", $V, \"$W\")\n", "$V = {\"$W\": $A, \"n\": $N}\n",
       "$V = \"$W-\" + str($A)\n", "$V = sorted($B, key=lambda item: item.$W)\n",
       "$V = self.$W($A, timeout=$N)\n"},
      {"subprocess.call($A, shell=True)\n", "$V = eval($B)\n", "$V = hashlib.md5($A).hexdigest()\n",
       "cursor.execute(\"SELECT * FROM $W WHERE id = \" + $A)\n"},
      ""};
  static const LanguageTemplates javascript{
      ".js",
      "'use strict';\nconst childProcess = require('child_process');\n"
      "const crypto = require('crypto');\n\n",
      "\nfunction $F($A, $B) {\n",
      "  return $V;\n}\n",
      "  ",
      {"const $V = $A + $N;\n", "const $V = $B.filter((x) => x % $N).map((x) => x * 2);\n",
       "console.log(`value ${$A} for $W`);\n", "const $V = { $W: $A, n: $N };\n",
       "const $V = '$W-' + String($A);\n", "const $V = await fetch('/api/$W/' + $A);\n",
       "if ($A > $N) { throw new Error('$W'); }\n"},
      {"const $V = eval($B);\n", "document.body.innerHTML = $A;\n",
       "childProcess.exec('ls ' + $A);\n", "const $V = crypto.createHash('md5').update($A);\n"},
      ""};
  static const LanguageTemplates go{
      ".go",
      "package gen\n\nimport (\n\t\"crypto/md5\"\n\t\"database/sql\"\n\t\"fmt\"\n"
      "\t\"os/exec\"\n)\n\nvar db *sql.DB\n",
      "\nfunc $F($A int, $B string) int {\n\t$V := $A\n",
      "\treturn $V\n}\n",
      "\t",
      {"$V = $A + $N\n", "fmt.Println(\"value\", $V, \"$W\")\n",
       "for i := 0; i < $N; i++ {\n\t\t$V += len($B) * i\n\t}\n",
       "if $V > $N {\n\t\t$V -= $A\n\t}\n", "_ = fmt.Sprintf(\"$W-%d\", $A)\n",
       "_ = map[string]int{\"$W\": $A, \"n\": $N}\n"},
      {"_ = exec.Command(\"sh\", \"-c\", $B).Run()\n", "_ = md5.Sum([]byte($B))\n",
       "_, _ = db.Query(\"SELECT * FROM $W WHERE id = \" + $B)\n"},
      ""};
  static const LanguageTemplates java{
      ".java",
      "package gen;\n\nimport java.security.MessageDigest;\nimport java.sql.Statement;\n"
      "import java.util.List;\n\npublic class $C {\n  private Statement stmt;\n",
      "\n  public int $F(int $A, String $B) throws Exception {\n    int $V = $A;\n",
      "    return $V;\n  }\n",
      "    ",
      {"$V = $A + $N;\n", "System.out.println(\"value \" + $V + \" $W\");\n",
       "for (int i = 0; i < $N; i++) {\n      $V += $B.length() * i;\n    }\n",
       "if ($V > $N) {\n      $V -= $A;\n    }\n", "String s$N = String.format(\"$W-%d\", $A);\n",
       "List<String> l$N = List.of(\"$W\", $B);\n"},
      {"Runtime.getRuntime().exec($B);\n", "MessageDigest.getInstance(\"MD5\");\n",
       "stmt.executeQuery(\"SELECT * FROM $W WHERE id = \" + $B);\n"},
      "}\n"};
  if (language == "python") return python;
  if (language == "javascript") return javascript;
  if (language == "go") return go;
  if (language == "java") return java;
  std::cerr << "no synthetic templates for " << language << "\n";
  std::abort();
}

std::string Substitute(std::string s,
                       const std::vector<std::pair<std::string, std::string>>& vars) {
  for (const auto& [name, value] : vars) {
    for (size_t pos = 0; (pos = s.find(name, pos)) != std::string::npos; pos += value.size())
      s.replace(pos, name.size(), value);
  }
  return s;
}

const std::vector<std::string>& Words() {
  static const std::vector<std::string> words = {
      "account", "billing", "cache",   "delta",  "engine", "filter", "gateway", "handler",
      "index",   "journal", "kernel",  "ledger", "member", "node",   "order",   "payload",
      "queue",   "record",  "session", "token",  "user",   "value",  "widget",  "zone"};
  return words;
}

}  // namespace

Corpus SyntheticCorpus(const std::string& language, size_t bytes) {
  const LanguageTemplates& t = Templates(language);
  std::mt19937 rng(20261127);
  auto pick = [&](const std::vector<std::string>& v) -> const std::string& {
    return v[rng() % v.size()];
  };
  Corpus corpus;
  for (int file = 0; corpus.bytes < bytes; ++file) {
    const std::string klass = "Gen" + std::to_string(file);
    std::string text = Substitute(t.file_header, {{"$C", klass}});
    for (int fn = 0; text.size() < kFileBytes; ++fn) {
      const std::string name = pick(Words()) + "_" + std::to_string(fn);
      const std::vector<std::pair<std::string, std::string>> vars = {
          {"$F", name},
          {"$V", "v" + std::to_string(fn)},
          {"$A", "a" + std::to_string(fn)},
          {"$B", "b" + std::to_string(fn)},
          {"$N", std::to_string(rng() % 1000)},
          {"$W", pick(Words())}};
      text += Substitute(t.function_open, vars);
      const int statements = 4 + static_cast<int>(rng() % 8);
      for (int s = 0; s < statements; ++s) {
        const std::string& statement = rng() % 16 == 0 ? pick(t.findings) : pick(t.statements);
        text += t.indent + Substitute(statement, vars);
      }
      text += Substitute(t.function_close, vars);
    }
    text += t.file_close;
    corpus.bytes += text.size();
    corpus.files.push_back({"src/" + klass + t.extension, std::move(text)});
  }
  return corpus;
}

Corpus PythonStdlib(size_t max_bytes) {
  const fs::path root = "/usr/lib/python3.11";
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    std::cerr << root << " is missing: using synthetic Python instead\n";
    return SyntheticCorpus("python", max_bytes);
  }
  std::vector<fs::path> paths;
  for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->is_regular_file(ec) && !it->is_symlink(ec) && it->path().extension() == ".py")
      paths.push_back(it->path());
  }
  std::sort(paths.begin(), paths.end());
  Corpus corpus;
  for (const fs::path& p : paths) {
    if (corpus.bytes >= max_bytes) break;
    if (fs::file_size(p, ec) > (1 << 20) || ec) continue;
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    corpus.bytes += text.size();
    corpus.files.push_back({fs::relative(p, root).string(), std::move(text)});
  }
  return corpus;
}

Corpus WithSecretShapedTokens(Corpus corpus, size_t every_bytes) {
  std::mt19937 rng(99);
  auto random = [&](const std::string& alphabet, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += alphabet[rng() % alphabet.size()];
    return s;
  };
  const std::string upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  const std::string alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const std::string digits = "0123456789";
  corpus.bytes = 0;
  int n = 0;
  for (SourceFile& f : corpus.files) {
    const size_t count = 1 + f.text.size() / every_bytes;
    for (size_t i = 0; i < count; ++i, ++n) {
      std::string token;
      switch (n % 4) {
        case 0:
          token = "AKIA" + random(upper, 16);
          break;
        case 1:
          token = "ghp" + std::string("_") + random(alnum, 36);
          break;
        case 2:
          token = "xoxb-" + random(digits, 12) + "-" + random(digits, 13) + "-" + random(alnum, 24);
          break;
        default:
          token = "sk_" + std::string("live_") + random(alnum, 24);
      }
      f.text += "\nSERVICE_CREDENTIAL_" + std::to_string(n) + " = \"" + token + "\"\n";
    }
    corpus.bytes += f.text.size();
  }
  return corpus;
}

std::string SyntheticDiff(size_t bytes) {
  std::mt19937 rng(7);
  auto line = [&](int n) {
    return "    value_" + std::to_string(n) + " = compute(" + std::to_string(rng() % 1000) +
           ", \"" + Words()[rng() % Words().size()] + "\")\n";
  };
  std::string out;
  for (int file = 0; out.size() < bytes; ++file) {
    const std::string path =
        "src/pkg" + std::to_string(file % 50) + "/mod" + std::to_string(file) + ".py";
    std::ostringstream index;
    index << std::hex << std::setfill('0') << "index " << std::setw(7) << (rng() & 0xfffffff)
          << ".." << std::setw(7) << (rng() & 0xfffffff) << " 100644\n";
    switch (file % 8) {
      case 0: {  // a new file
        const int n = 20 + static_cast<int>(rng() % 40);
        out += "diff --git a/" + path + " b/" + path + "\nnew file mode 100644\n" +
               "index 0000000..1234567\n--- /dev/null\n+++ b/" + path + "\n@@ -0,0 +1," +
               std::to_string(n) + " @@\n";
        for (int i = 0; i < n; ++i) out += "+" + line(i);
        break;
      }
      case 1: {  // a deleted file
        const int n = 10 + static_cast<int>(rng() % 20);
        out += "diff --git a/" + path + " b/" + path + "\ndeleted file mode 100644\n" +
               "index 1234567..0000000\n--- a/" + path + "\n+++ /dev/null\n@@ -1," +
               std::to_string(n) + " +0,0 @@\n";
        for (int i = 0; i < n; ++i) out += "-" + line(i);
        break;
      }
      case 2:  // a pure rename
        out += "diff --git a/" + path + " b/" + path + ".moved\nsimilarity index 100%\n" +
               "rename from " + path + "\nrename to " + path + ".moved\n";
        break;
      default: {  // a modified file: hunks of 3 context, 2 removed, 3 added, 3 context lines
        out += "diff --git a/" + path + " b/" + path + "\n" + index.str() + "--- a/" + path +
               "\n+++ b/" + path + "\n";
        int old_line = 1 + static_cast<int>(rng() % 20);
        int new_line = old_line;
        const int hunks = 2 + static_cast<int>(rng() % 4);
        for (int h = 0; h < hunks; ++h) {
          out += "@@ -" + std::to_string(old_line) + ",8 +" + std::to_string(new_line) +
                 ",9 @@ def handler_" + std::to_string(h) + "(request):\n";
          for (int i = 0; i < 3; ++i) out += " " + line(i);
          for (int i = 0; i < 2; ++i) out += "-" + line(i);
          for (int i = 0; i < 3; ++i) out += "+" + line(i);
          for (int i = 0; i < 3; ++i) out += " " + line(i);
          old_line += 8 + 10 + static_cast<int>(rng() % 30);
          new_line = old_line + h + 1;
        }
      }
    }
  }
  return out;
}

std::unique_ptr<PolicySet> LoadPack(const std::string& pack) {
  std::vector<PolicyFile> files;
  for (PolicyFile& f : BuiltinPolicyFiles())
    if (f.pack == pack) files.push_back(std::move(f));
  Expected<PolicySet> set = LoadPolicies(files);
  if (files.empty() || !set) {
    std::cerr << "cannot load the built-in pack " << pack << "\n";
    std::abort();
  }
  return std::make_unique<PolicySet>(std::move(*set));
}

}  // namespace mergegate::bench
