// QueryMatcher: a raw tree-sitter query, compiled once per language, with the text predicates
// #eq?, #not-eq?, #match?, #not-match?, #any-of? (and #not-any-of?) evaluated here, because the
// C runtime only parses predicates.
#pragma once

#include <re2/re2.h>

#include <map>
#include <memory>
#include <string>

#include "match/structural_matcher.h"
#include "mergegate/diagnostic.h"

namespace mergegate {

class QueryMatcher final : public StructuralMatcher {
 public:
  // Compiles `query` for each of `languages`, reporting capture `report` (empty: the capture
  // named "match" if present, else each pattern's first capture). On failure returns nullptr
  // and fills *error; *offset is the byte offset in `query` where compilation failed.
  static std::shared_ptr<const QueryMatcher> Compile(
      const std::string& query, const std::string& report,
      const std::vector<const parsers::Language*>& languages, std::string* error, uint32_t* offset);
  ~QueryMatcher() override;

  void Match(const MatchContext& ctx, std::vector<MatchRange>* out) const override;
  const std::vector<std::string>& required_literals() const override { return literals_; }

 private:
  struct Predicate;
  struct Compiled;
  QueryMatcher() = default;
  bool PredicatesHold(const Compiled& c, const parsers::SyntaxTree& tree,
                      const TSQueryMatch& match) const;

  std::map<std::string_view, std::unique_ptr<Compiled>> by_language_;
  std::vector<std::string> literals_;
};

}  // namespace mergegate
