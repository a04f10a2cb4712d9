// Fuzzes the pre-push stdin parser (`mergegate hook run pre-push`). Rejects inputs over 16 KiB:
// git writes one short line per pushed ref, and the parser is a single pass over the lines.
#include <cstdint>
#include <string_view>

#include "mergegate/parsers/pre_push.h"

namespace {

bool IsHexId(const std::string& s) {
  return (s.size() == 40 || s.size() == 64) &&
         s.find_first_not_of("0123456789abcdefABCDEF") == std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16 * 1024) return -1;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto refs = mergegate::parsers::ParsePrePushInput(text);
  if (!refs) {
    if (refs.error().empty() || refs.error()[0].line < 1) __builtin_trap();
    return 0;
  }
  // Only full object ids reach git's command line; ref names hold no separator or control
  // character.
  for (const auto& r : *refs) {
    if (!IsHexId(r.local_oid) || !IsHexId(r.remote_oid)) __builtin_trap();
    for (const std::string* ref : {&r.local_ref, &r.remote_ref}) {
      if (ref->empty()) __builtin_trap();
      for (const char c : *ref) {
        if (c == ' ' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) __builtin_trap();
      }
    }
  }
  return 0;
}
