// Merging SARIF logs from sharded runs (`mergegate merge`): one run per tool and category,
// rules unioned, results de-duplicated by fingerprint, and the verdict recomputed with the same
// threshold an unsharded run would use.
#pragma once

#include <string>
#include <vector>

#include "mergegate/diagnostic.h"
#include "mergegate/report.h"

namespace mergegate {

struct SarifInput {
  std::string name;  // shown in diagnostics (the file path)
  std::string text;  // the SARIF JSON
};

struct SarifMergeResult {
  std::string log;  // the merged SARIF 2.1.0 document
  Verdict verdict;
  size_t results = 0;     // after de-duplication
  size_t duplicates = 0;  // results dropped as already present
  size_t runs = 0;
};

// Merges `inputs`. A finding blocks when it is not suppressed and its severity (the
// "mergegate/severity" property, else derived from the SARIF level) is at or above `fail_on`;
// any input whose invocation did not succeed makes the verdict an error. Fails with a located
// diagnostic on malformed input (invalid JSON, not SARIF 2.1.0).
Expected<SarifMergeResult> MergeSarif(const std::vector<SarifInput>& inputs, Severity fail_on);

}  // namespace mergegate
