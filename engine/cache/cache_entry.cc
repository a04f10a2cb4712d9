// Cache entry format: a flat sequence of netstrings ("<length>:<bytes>,"), so any byte string
// (snippets of files that are not UTF-8, say) round-trips exactly and a reader can check every
// length against what is left. Layout:
//   magic, key, has-skip, [skip reason], finding count, per finding: rule id, start line,
//   start column, end line, end column, start byte, end byte, severity, confidence, message,
//   snippet, secret preview, fingerprint, blocking, property count, per property: name, value;
//   suppression count, per directive: line, column, standalone, rule id count, rule ids,
//   reason; then "end" and nothing after it.
#include <charconv>
#include <limits>

#include "mergegate/result_cache.h"

namespace mergegate {
namespace {

constexpr std::string_view kMagic = "mergegate-cache/1";
constexpr std::string_view kEnd = "end";

class Writer {
 public:
  void Put(std::string_view s) {
    out_ += std::to_string(s.size());
    out_ += ':';
    out_ += s;
    out_ += ',';
  }
  void PutInt(int64_t n) { Put(std::to_string(n)); }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads netstrings from untrusted bytes: every call checks what it needs is there.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  std::optional<std::string_view> Get() {
    const size_t colon = in_.find(':', pos_);
    if (colon == std::string_view::npos || colon == pos_ || colon - pos_ > 10) return std::nullopt;
    size_t length = 0;
    const auto [end, ec] = std::from_chars(in_.data() + pos_, in_.data() + colon, length);
    if (ec != std::errc() || end != in_.data() + colon) return std::nullopt;
    const size_t start = colon + 1;
    if (length > in_.size() - start || start + length >= in_.size() || in_[start + length] != ',')
      return std::nullopt;
    pos_ = start + length + 1;
    return in_.substr(start, length);
  }

  template <typename Int>
  std::optional<Int> GetInt(Int min, Int max) {
    const std::optional<std::string_view> s = Get();
    if (!s) return std::nullopt;
    int64_t n = 0;
    const auto [end, ec] = std::from_chars(s->data(), s->data() + s->size(), n);
    if (ec != std::errc() || end != s->data() + s->size() || n < static_cast<int64_t>(min) ||
        n > static_cast<int64_t>(max))
      return std::nullopt;
    return static_cast<Int>(n);
  }

  // A count of records that each take at least one netstring ("0:,"), so it cannot exceed what
  // is left: a corrupt count never makes the reader reserve or loop beyond the input.
  std::optional<size_t> GetCount() { return GetInt<size_t>(0, (in_.size() - pos_) / 3); }

  std::optional<bool> GetBool() {
    const std::optional<int> n = GetInt<int>(0, 1);
    if (!n) return std::nullopt;
    return *n == 1;
  }

  bool AtEnd() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
};

void PutFinding(const Finding& f, Writer* w) {
  w->Put(f.rule->meta.id);
  for (const int64_t n :
       {int64_t{f.span.start_line}, int64_t{f.span.start_column}, int64_t{f.span.end_line},
        int64_t{f.span.end_column}, int64_t{f.span.start_byte}, int64_t{f.span.end_byte}})
    w->PutInt(n);
  w->Put(SeverityName(f.severity));
  w->Put(ConfidenceName(f.confidence));
  w->Put(f.message);
  w->Put(f.snippet);
  w->Put(f.secret_preview);
  w->Put(f.fingerprint);
  w->PutInt(f.blocking ? 1 : 0);
  w->PutInt(static_cast<int64_t>(f.properties.size()));
  for (const auto& [name, value] : f.properties) {
    w->Put(name);
    w->Put(value);
  }
}

std::optional<Finding> GetFinding(Reader* r, std::string_view path, const PolicySet& policies) {
  Finding f;
  const std::optional<std::string_view> id = r->Get();
  if (!id || (f.rule = policies.Find(*id)) == nullptr) return std::nullopt;
  f.path = std::string(path);
  constexpr int kMaxInt = std::numeric_limits<int>::max();
  constexpr uint32_t kMaxByte = std::numeric_limits<uint32_t>::max();
  const auto start_line = r->GetInt<int>(0, kMaxInt);
  const auto start_column = r->GetInt<int>(0, kMaxInt);
  const auto end_line = r->GetInt<int>(0, kMaxInt);
  const auto end_column = r->GetInt<int>(0, kMaxInt);
  const auto start_byte = r->GetInt<uint32_t>(0, kMaxByte);
  const auto end_byte = r->GetInt<uint32_t>(0, kMaxByte);
  if (!start_line || !start_column || !end_line || !end_column || !start_byte || !end_byte)
    return std::nullopt;
  f.span = {*start_line, *start_column, *end_line, *end_column, *start_byte, *end_byte};
  const auto severity = r->Get();
  const auto confidence = r->Get();
  if (!severity || !confidence) return std::nullopt;
  const std::optional<Severity> s = ParseSeverity(*severity);
  const std::optional<Confidence> c = ParseConfidence(*confidence);
  if (!s || !c) return std::nullopt;
  f.severity = *s;
  f.confidence = *c;
  for (std::string* field : {&f.message, &f.snippet, &f.secret_preview, &f.fingerprint}) {
    const std::optional<std::string_view> v = r->Get();
    if (!v) return std::nullopt;
    *field = std::string(*v);
  }
  const std::optional<bool> blocking = r->GetBool();
  const std::optional<size_t> properties = r->GetCount();
  if (!blocking || !properties) return std::nullopt;
  f.blocking = *blocking;
  for (size_t i = 0; i < *properties; ++i) {
    const auto name = r->Get();
    const auto value = r->Get();
    if (!name || !value) return std::nullopt;
    f.properties[std::string(*name)] = std::string(*value);
  }
  return f;
}

void PutSuppression(const SuppressionDirective& d, Writer* w) {
  w->PutInt(d.line);
  w->PutInt(d.column);
  w->PutInt(d.standalone ? 1 : 0);
  w->PutInt(static_cast<int64_t>(d.rule_ids.size()));
  for (const std::string& id : d.rule_ids) w->Put(id);
  w->Put(d.reason);
}

std::optional<SuppressionDirective> GetSuppression(Reader* r, std::string_view path) {
  SuppressionDirective d;
  d.path = std::string(path);
  const auto line = r->GetInt<int>(0, std::numeric_limits<int>::max());
  const auto column = r->GetInt<int>(0, std::numeric_limits<int>::max());
  const auto standalone = r->GetBool();
  const auto ids = r->GetCount();
  if (!line || !column || !standalone || !ids) return std::nullopt;
  d.line = *line;
  d.column = *column;
  d.standalone = *standalone;
  for (size_t i = 0; i < *ids; ++i) {
    const auto id = r->Get();
    if (!id) return std::nullopt;
    d.rule_ids.emplace_back(*id);
  }
  const auto reason = r->Get();
  if (!reason) return std::nullopt;
  d.reason = std::string(*reason);
  return d;
}

}  // namespace

std::string EncodeCacheEntry(std::string_view key, const FileScanResult& result) {
  Writer w;
  w.Put(kMagic);
  w.Put(key);
  w.PutInt(result.skip_reason ? 1 : 0);
  if (result.skip_reason) w.Put(*result.skip_reason);
  w.PutInt(static_cast<int64_t>(result.findings.size()));
  for (const Finding& f : result.findings) PutFinding(f, &w);
  w.PutInt(static_cast<int64_t>(result.suppressions.size()));
  for (const SuppressionDirective& d : result.suppressions) PutSuppression(d, &w);
  w.Put(kEnd);
  return w.Take();
}

std::optional<FileScanResult> DecodeCacheEntry(std::string_view bytes, std::string_view key,
                                               std::string_view path, const PolicySet& policies) {
  Reader r(bytes);
  if (r.Get() != kMagic || r.Get() != key) return std::nullopt;
  FileScanResult result;
  const std::optional<bool> skipped = r.GetBool();
  if (!skipped) return std::nullopt;
  if (*skipped) {
    const std::optional<std::string_view> reason = r.Get();
    if (!reason) return std::nullopt;
    result.skip_reason = std::string(*reason);
  }
  const std::optional<size_t> findings = r.GetCount();
  if (!findings) return std::nullopt;
  for (size_t i = 0; i < *findings; ++i) {
    std::optional<Finding> f = GetFinding(&r, path, policies);
    if (!f) return std::nullopt;
    result.findings.push_back(std::move(*f));
  }
  const std::optional<size_t> suppressions = r.GetCount();
  if (!suppressions) return std::nullopt;
  for (size_t i = 0; i < *suppressions; ++i) {
    std::optional<SuppressionDirective> d = GetSuppression(&r, path);
    if (!d) return std::nullopt;
    result.suppressions.push_back(std::move(*d));
  }
  if (r.Get() != kEnd || !r.AtEnd()) return std::nullopt;
  return result;
}

}  // namespace mergegate
