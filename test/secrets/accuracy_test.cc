// Accuracy of the built-in secrets pack on the labelled corpus test/secrets/corpus/*.tsv.
//
// Corpus format: one case per line, four tab-separated fields:
//   TP|TN  <expected rule id (TP) or a short category (TN)>  <file name hint>  <text>
// The file name hint (e.g. config.py, .npmrc) is the path the text is scanned as: its extension
// or name sets the language and rule path filters apply to it. In <text>, "\n" and "\t" stand for
// a newline and a tab and "\\" for a backslash, so multi-line cases fit on one line. Lines that
// are empty or start with '#' are comments. A TP counts as found when its expected rule reports
// anything in the case; a TN is a false positive when any secret rule reports anything.
//
// The test prints recall, the false-positive rate, the corpus size and every miss, and enforces
// recall >= 97% and false positives <= 2%.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "mergegate/policy.h"
#include "mergegate/scan.h"
#include "support/test_support.h"

namespace mergegate {
namespace {

namespace fs = std::filesystem;

struct Case {
  bool positive = false;
  std::string label, file_hint, text, origin;
};

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char c = s[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<Case> LoadCorpus(std::vector<std::string>* errors) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(testing::SourceDir() + "/test/secrets/corpus")) {
    if (entry.path().extension() == ".tsv") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<Case> cases;
  for (const fs::path& file : files) {
    std::ifstream in(file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> fields;
      std::stringstream ss(line);
      for (std::string f; std::getline(ss, f, '\t');) fields.push_back(f);
      const std::string origin = file.filename().string() + ":" + std::to_string(n);
      if (fields.size() != 4 || (fields[0] != "TP" && fields[0] != "TN")) {
        errors->push_back(origin + ": expected 4 tab-separated fields starting with TP or TN");
        continue;
      }
      cases.push_back({fields[0] == "TP", fields[1], fields[2], Unescape(fields[3]), origin});
    }
  }
  return cases;
}

TEST(SecretsAccuracy, RecallAndFalsePositiveRateOnTheLabelledCorpus) {
  std::vector<PolicyFile> files;
  for (PolicyFile& f : BuiltinPolicyFiles()) {
    if (f.pack == "secrets") files.push_back(std::move(f));
  }
  auto policies = LoadPolicies(files);
  ASSERT_TRUE(policies.has_value());
  const Scanner scanner(*policies, {});

  std::vector<std::string> errors;
  const std::vector<Case> cases = LoadCorpus(&errors);
  for (const std::string& e : errors) ADD_FAILURE() << e;

  int tp = 0, tp_found = 0, tn = 0, tn_flagged = 0;
  std::set<std::string> kinds;
  std::vector<std::string> misses;
  for (const Case& c : cases) {
    const FileScanResult result = scanner.ScanText(c.file_hint, c.text);
    std::set<std::string> fired;
    for (const Finding& f : result.findings) fired.insert(f.rule->meta.id);
    std::string fired_list;
    for (const std::string& id : fired) fired_list += (fired_list.empty() ? "" : ",") + id;
    if (c.positive) {
      ++tp;
      kinds.insert(c.label);
      if (policies->Find(c.label) == nullptr)
        ADD_FAILURE() << c.origin << ": unknown rule id " << c.label;
      if (fired.contains(c.label)) {
        ++tp_found;
      } else {
        misses.push_back("missed   " + c.origin + " " + c.label + " (" + c.file_hint +
                         ") fired: [" + fired_list + "]");
      }
    } else {
      ++tn;
      if (!fired.empty()) {
        ++tn_flagged;
        misses.push_back("false+   " + c.origin + " " + c.label + " (" + c.file_hint +
                         ") fired: [" + fired_list + "]");
      }
    }
  }
  // The corpus itself must stay large and varied enough for the figures to mean something.
  EXPECT_GE(tp, 400);
  EXPECT_GE(tn, 200);
  EXPECT_GE(kinds.size(), 80u);
  const double recall = static_cast<double>(tp_found) / tp;
  const double fp_rate = static_cast<double>(tn_flagged) / tn;
  std::cout << "secrets corpus: " << tp << " positives over " << kinds.size() << " kinds, " << tn
            << " negatives\n"
            << "recall " << tp_found << "/" << tp << " = " << recall * 100 << "%, false positives "
            << tn_flagged << "/" << tn << " = " << fp_rate * 100 << "%\n";
  for (const std::string& m : misses) std::cout << "  " << m << "\n";
  EXPECT_GE(recall, 0.97);
  EXPECT_LE(fp_rate, 0.02);
}

}  // namespace
}  // namespace mergegate
