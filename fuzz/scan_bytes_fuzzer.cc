// Fuzzes scanning: arbitrary bytes scanned as each supported language with every built-in rule.
// The first byte picks the language (a file extension); the rest is the file content. Inputs
// over 64 KiB are rejected: matching cost is linear, so size only slows the fuzzer.
#include <cstdint>
#include <memory>
#include <string>

#include "mergegate/parsers/language.h"
#include "mergegate/scan.h"

namespace {

const mergegate::Scanner& BuiltinScanner() {
  static const auto* policies =
      new mergegate::PolicySet(*mergegate::LoadPolicies(mergegate::BuiltinPolicyFiles()));
  static const auto* scanner = new mergegate::Scanner(*policies, {});
  return *scanner;
}

}  // namespace

// Loads the built-in rules once, before fuzzing starts: compiling them is a one-time cost that
// took longer than libFuzzer's per-input -timeout under ASan, on the first input.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  BuiltinScanner();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 64 * 1024) return -1;
  const auto& languages = mergegate::parsers::Languages();
  const auto& lang = languages[data[0] % languages.size()];
  const std::string path = "fuzz" + std::string(lang.extensions.empty() ? "" : lang.extensions[0]) +
                           (lang.extensions.empty() ? "/Dockerfile" : "");
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  const mergegate::FileScanResult result = BuiltinScanner().ScanText(path, text);
  for (const auto& f : result.findings) {
    // Spans stay inside the file and in order.
    if (f.span.end_byte > text.size() || f.span.start_byte > f.span.end_byte ||
        f.span.start_line < 1)
      __builtin_trap();
  }
  return 0;
}
