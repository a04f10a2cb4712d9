// Files compiled into the binary by cmake/Embed.cmake: the built-in policy packs and the schemas.
#pragma once

#include <string_view>
#include <vector>

namespace mergegate::embedded {

struct File {
  std::string_view
      path;  // relative to the embedded directory, e.g. "secrets/aws-access-key-id.yaml"
  std::string_view data;  // contents; lives for the whole program
};

// Named like the data they return (Google style for accessors); the generated embed sources
// define them.
// NOLINTNEXTLINE(readability-identifier-naming)
const std::vector<File>& policies();  // policies/**/*.yaml except fixtures
// NOLINTNEXTLINE(readability-identifier-naming)
const std::vector<File>& schemas();  // schemas/*.json

}  // namespace mergegate::embedded
