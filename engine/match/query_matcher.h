// QueryMatcher: a raw tree-sitter query, compiled once per language, with the text predicates
// #eq?, #not-eq?, #match?, #not-match?, #any-of? (and #not-any-of?) evaluated here, because the
// C runtime only parses predicates.
//
// Compiling a query is costly for large grammars (tree-sitter analyses every pattern against the
// grammar: ~20-40 ms per rule for TypeScript, Ruby or C#), so a lazy matcher compiles each
// language on first use: a scan pays only for the languages its files are written in, and the
// workers compile in parallel. The built-in packs are lazy; their queries are proven to compile
// by the tests, which load the same files eagerly.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "match/structural_matcher.h"
#include "mergegate/diagnostic.h"

namespace mergegate {

class QueryMatcher final : public StructuralMatcher {
 public:
  // A matcher for `query` in each of `languages`, reporting capture `report` (empty: the
  // capture named "match" if present, else each pattern's first capture). Unless `lazy`, every
  // language is compiled now: on failure returns nullptr and fills *error, with *offset the byte
  // offset in `query` where compilation failed.
  static std::shared_ptr<const QueryMatcher> Compile(
      const std::string& query, const std::string& report,
      const std::vector<const parsers::Language*>& languages, bool lazy, std::string* error,
      uint32_t* offset);
  ~QueryMatcher() override;

  void Match(const MatchContext& ctx, std::vector<MatchRange>* out) const override;
  const std::vector<std::string>* Prepare(const parsers::Language& language,
                                          std::string* error) const override;

 private:
  struct Predicate;
  struct Compiled;
  // One language's compilation, done at most once.
  struct PerLanguage {
    const parsers::Language* language = nullptr;
    mutable std::once_flag once;
    mutable std::unique_ptr<Compiled> compiled;  // null until compiled, or when it failed
    mutable std::string error;
    mutable uint32_t error_offset = 0;
  };
  QueryMatcher() = default;
  static std::unique_ptr<Compiled> CompileFor(const parsers::Language& language,
                                              const std::string& query, const std::string& report,
                                              std::string* error, uint32_t* offset);
  const Compiled* Ready(const PerLanguage& entry) const;
  bool PredicatesHold(const Compiled& c, const parsers::SyntaxTree& tree,
                      const TSQueryMatch& match) const;

  std::string query_;
  std::string report_;
  std::map<std::string_view, std::unique_ptr<PerLanguage>> by_language_;
};

}  // namespace mergegate
