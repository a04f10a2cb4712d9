// What a matcher returns for one match, before it becomes a Finding.
#pragma once

#include <cstdint>

namespace mergegate {

struct MatchRange {
  uint32_t start_byte = 0;
  uint32_t end_byte = 0;
  // Secrets: the bytes of the secret itself (inside the match). Equal to start/end otherwise.
  uint32_t secret_start = 0;
  uint32_t secret_end = 0;
  bool low_confidence = false;  // e.g. a checksum that does not verify
};

}  // namespace mergegate
