#include "match/finding_builder.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

namespace mergegate {
namespace {

constexpr size_t kMaxSnippetBytes = 240;

// Collapses whitespace so reformatting does not change a fingerprint.
std::string NormaliseForFingerprint(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

size_t Indent(std::string_view line) {
  size_t n = 0;
  while (n < line.size() && (line[n] == ' ' || line[n] == '\t')) ++n;
  return n;
}

}  // namespace

std::string EnclosingScope(const util::LineIndex& lines, int line) {
  // A definition header: optional modifiers, a definition keyword, then the name (Go methods
  // put the receiver in between).
  static const RE2 kHeader(
      R"(^\s*(?:(?:export|default|public|private|protected|internal|static|async|final|abstract|)"
      R"(override|virtual|pub(?:\([a-z]+\))?|unsafe|extern|sealed|partial|open|data)\s+)*)"
      R"((?:def|class|function\*?|func|fn|struct|interface|module|impl|trait|object|enum|)"
      R"(record|namespace|sub|resource)\s+(?:\([^)]*\)\s*)?([A-Za-z_$][\w$.:]*))");
  constexpr int kMaxLookback = 2000;
  size_t indent = Indent(lines.LineText(line));
  if (indent == 0) return "";
  for (int n = line - 1; n >= 1 && n >= line - kMaxLookback; --n) {
    const std::string_view text = lines.LineText(n);
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const size_t here = Indent(text);
    if (here >= indent) continue;
    indent = here;
    std::string name;
    if (RE2::PartialMatch(text, kHeader, &name)) return name;
    if (indent == 0) break;
  }
  return "";
}

std::string RedactSecret(std::string_view secret) {
  // Key blocks show their armor header (the key type), never key bytes.
  if (secret.starts_with("-----BEGIN ")) {
    const size_t end = secret.find("-----", 11);
    if (end != std::string_view::npos) return util::SanitizeUtf8(secret.substr(0, end + 5)) + "…";
  }
  if (secret.starts_with("PuTTY-User-Key-File-")) {
    const size_t end = secret.find_first_of("\r\n");
    if (end != std::string_view::npos) return util::SanitizeUtf8(secret.substr(0, end)) + "…";
  }
  const size_t shown = secret.size() >= 16 ? 4 : secret.size() >= 8 ? 2 : 0;
  return util::SanitizeUtf8(secret.substr(0, shown)) + "…";
}

Finding BuildFinding(const Rule& rule, std::string_view path, std::string_view text,
                     const util::LineIndex& lines, const MatchRange& range) {
  Finding f;
  f.rule = &rule;
  f.path = std::string(path);
  f.severity = rule.meta.severity;
  f.confidence = range.low_confidence ? Confidence::kLow : rule.meta.confidence;
  f.message = rule.meta.message;
  const bool secret = rule.meta.kind == RuleKind::kSecret;
  // Secrets are located by the secret itself; code findings by the whole match.
  const uint32_t start = secret ? range.secret_start : range.start_byte;
  uint32_t end = secret ? range.secret_end : range.end_byte;
  f.span.start_byte = start;
  f.span.end_byte = end;
  f.span.start_line = lines.Line(start);
  f.span.start_column = lines.Column(start);
  // The end position is exclusive; a match ending with a newline ends on its own line.
  const uint32_t last = end > start ? end - 1 : start;
  f.span.end_line = lines.Line(last);
  f.span.end_column = lines.Column(last) + 1;
  if (end <= start) f.span.end_column = f.span.start_column;

  const std::string_view line = lines.LineText(f.span.start_line);
  std::string snippet;
  const std::string_view secret_text =
      text.substr(range.secret_start, range.secret_end - range.secret_start);
  if (secret) {
    f.secret_preview = RedactSecret(secret_text);
    const uint32_t line_start = lines.LineStart(f.span.start_line);
    const size_t offset = start - line_start;
    const size_t secret_on_line =
        std::min<size_t>(secret_text.size(), line.size() - std::min(offset, line.size()));
    snippet = std::string(line.substr(0, offset)) + f.secret_preview +
              std::string(line.substr(std::min(line.size(), offset + secret_on_line)));
    f.fingerprint = util::Sha256Hex(rule.meta.id + "\n" + f.path + "\n" + std::string(secret_text))
                        .substr(0, 32);
  } else {
    snippet = std::string(line);
    const std::string_view matched =
        text.substr(range.start_byte, range.end_byte - range.start_byte);
    // The enclosing definition keeps identical matches in different functions apart without
    // using line numbers, which change with every unrelated edit above.
    f.fingerprint =
        util::Sha256Hex(rule.meta.id + "\n" + f.path + "\n" + NormaliseForFingerprint(matched) +
                        "\n" + EnclosingScope(lines, f.span.start_line))
            .substr(0, 32);
  }
  if (snippet.size() > kMaxSnippetBytes) snippet.replace(kMaxSnippetBytes, std::string::npos, "…");
  f.snippet = util::SanitizeUtf8(snippet);
  return f;
}

void RedactSnippets(std::string_view text, const util::LineIndex& lines,
                    std::vector<Finding>* findings) {
  struct Mask {
    uint32_t start, end;
    std::string preview;
  };
  std::vector<Mask> masks;
  for (const Finding& f : *findings) {
    if (f.rule->meta.kind == RuleKind::kSecret && f.span.end_byte > f.span.start_byte) {
      masks.push_back({f.span.start_byte, f.span.end_byte, f.secret_preview});
    }
  }
  if (masks.empty()) return;
  std::sort(masks.begin(), masks.end(),
            [](const Mask& a, const Mask& b) { return a.start < b.start; });
  for (Finding& f : *findings) {
    const uint32_t line_start = lines.LineStart(f.span.start_line);
    const std::string_view line = lines.LineText(f.span.start_line);
    const auto line_end = static_cast<uint32_t>(line_start + line.size());
    std::string snippet;
    uint32_t pos = line_start;
    for (const Mask& m : masks) {
      if (m.end <= pos || m.start >= line_end) continue;
      if (m.start > pos) snippet.append(text.substr(pos, m.start - pos));
      snippet += m.start >= line_start ? m.preview : "…";
      pos = std::min(m.end, line_end);
    }
    if (pos < line_end) snippet.append(text.substr(pos, line_end - pos));
    if (snippet.size() > kMaxSnippetBytes)
      snippet.replace(kMaxSnippetBytes, std::string::npos, "…");
    f.snippet = util::SanitizeUtf8(snippet);
  }
}

void DisambiguateFingerprints(std::vector<Finding>* findings) {
  std::map<std::string, int> seen;
  for (Finding& f : *findings) {
    const int n = seen[f.path + "\n" + f.fingerprint]++;
    if (n > 0) f.fingerprint += ":" + std::to_string(n);
  }
}

}  // namespace mergegate
