#include "mergegate/parsers/syntax_tree.h"

#include <chrono>
#include <limits>

namespace mergegate::parsers {
namespace {

struct ParserDeleter {
  void operator()(TSParser* p) const { ts_parser_delete(p); }
};

struct Deadline {
  std::chrono::steady_clock::time_point at;
};

bool PastDeadline(TSParseState* state) {
  const auto* deadline = static_cast<const Deadline*>(state->payload);
  return std::chrono::steady_clock::now() > deadline->at;
}

// Hands tree-sitter the rest of the buffer from `byte_index` in one chunk.
const char* ReadChunk(void* payload, uint32_t byte_index, TSPoint /*position*/,
                      uint32_t* bytes_read) {
  const auto* text = static_cast<const std::string_view*>(payload);
  if (byte_index >= text->size()) {
    *bytes_read = 0;
    return "";
  }
  *bytes_read = static_cast<uint32_t>(text->size() - byte_index);
  return text->data() + byte_index;
}

}  // namespace

ParseResult Parse(const Language& language, std::string_view text, uint64_t timeout_micros) {
  ParseResult result;
  if (language.grammar == nullptr) {
    result.status = ParseStatus::kNoGrammar;
    return result;
  }
  if (text.size() > std::numeric_limits<uint32_t>::max()) {
    result.status = ParseStatus::kTooLarge;
    return result;
  }
  thread_local std::unique_ptr<TSParser, ParserDeleter> parser(ts_parser_new());
  ts_parser_reset(parser.get());
  ts_parser_set_language(parser.get(), language.grammar());

  Deadline deadline{std::chrono::steady_clock::now() + std::chrono::microseconds(timeout_micros)};
  TSParseOptions options{};
  if (timeout_micros > 0) {
    options.payload = &deadline;
    options.progress_callback = &PastDeadline;
  }
  TSInput input{};
  input.payload = &text;
  input.encoding = TSInputEncodingUTF8;
  input.read = &ReadChunk;
  TSTree* tree = ts_parser_parse_with_options(parser.get(), nullptr, input, options);
  if (tree == nullptr) {  // cancelled by the deadline
    result.status = ParseStatus::kTimeout;
    return result;
  }
  result.tree = std::make_unique<SyntaxTree>(tree, text);
  return result;
}

bool GrammarAbiSupported(const Language& language) {
  if (language.grammar == nullptr) return true;
  const uint32_t abi = ts_language_abi_version(language.grammar());
  return abi >= TREE_SITTER_MIN_COMPATIBLE_LANGUAGE_VERSION && abi <= TREE_SITTER_LANGUAGE_VERSION;
}

}  // namespace mergegate::parsers
