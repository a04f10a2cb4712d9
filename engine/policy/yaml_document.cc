#include "policy/yaml_document.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace mergegate {
namespace {

std::string EscapePointerToken(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

nlohmann::json ScalarToJson(const YAML::Node& node) {
  const std::string& s = node.Scalar();
  if (node.Tag() == "!") return s;  // quoted: always a string
  static const RE2 kInt("[-+]?[0-9]+");
  static const RE2 kFloat("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+|[0-9]+)([eE][-+]?[0-9]+)?");
  if (s == "true" || s == "True" || s == "TRUE") return true;
  if (s == "false" || s == "False" || s == "FALSE") return false;
  if (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL") return nullptr;
  if (RE2::FullMatch(s, kInt) && s.size() < 18) return std::stoll(s);
  if (RE2::FullMatch(s, kFloat) && s.size() < 30) return std::stod(s);
  return s;
}

struct Converter {
  YamlDocument* doc;
  std::string origin;
  Diagnostics* errors;

  nlohmann::json Convert(const YAML::Node& node, const std::string& pointer, int depth) {
    doc->positions[pointer] = {node.Mark().line + 1, node.Mark().column + 1};
    if (depth > 64) {
      errors->push_back({"yaml.depth", "nesting deeper than 64 levels", origin,
                         node.Mark().line + 1, node.Mark().column + 1, ""});
      return nullptr;
    }
    switch (node.Type()) {
      case YAML::NodeType::Scalar:
        return ScalarToJson(node);
      case YAML::NodeType::Sequence: {
        nlohmann::json arr = nlohmann::json::array();
        size_t i = 0;
        for (const YAML::Node& item : node)
          arr.push_back(Convert(item, pointer + "/" + std::to_string(i++), depth + 1));
        return arr;
      }
      case YAML::NodeType::Map: {
        nlohmann::json obj = nlohmann::json::object();
        for (const auto& kv : node) {
          if (!kv.first.IsScalar()) {
            errors->push_back({"yaml.key", "mapping keys must be plain strings", origin,
                               kv.first.Mark().line + 1, kv.first.Mark().column + 1, ""});
            continue;
          }
          const std::string key = kv.first.Scalar();
          if (obj.contains(key)) {
            errors->push_back({"yaml.duplicate-key", "duplicate key '" + key + "'", origin,
                               kv.first.Mark().line + 1, kv.first.Mark().column + 1, ""});
            continue;
          }
          obj[key] = Convert(kv.second, pointer + "/" + EscapePointerToken(key), depth + 1);
        }
        return obj;
      }
      default:
        return nullptr;
    }
  }
};

// Byte offset of the first byte that does not start a valid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t len = c < 0x80           ? 1
                       : (c >> 5) == 0x6  ? 2
                       : (c >> 4) == 0xE  ? 3
                       : (c >> 3) == 0x1E ? 4
                                          : 0;
    if (len == 0 || i + len > s.size()) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return i;
    }
    i += len;
  }
  return std::string::npos;
}

}  // namespace

std::pair<int, int> YamlDocument::PositionOf(std::string pointer) const {
  while (true) {
    const auto it = positions.find(pointer);
    if (it != positions.end()) return it->second;
    const size_t slash = pointer.rfind('/');
    if (slash == std::string::npos) return {0, 0};
    pointer.resize(slash);
  }
}

Expected<YamlDocument> ParseYamlDocument(const std::string& text, const std::string& origin) {
  // Policies and configuration are UTF-8 text. Rejecting anything else here also keeps invalid
  // sequences away from valijson, whose UTF-8 length count reads out of bounds on them.
  if (const size_t bad = FirstInvalidUtf8(text); bad != std::string::npos) {
    const std::string before = text.substr(0, bad);
    const size_t nl = before.rfind('\n');
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const int column = 1 + static_cast<int>(nl == std::string::npos ? bad : bad - nl - 1);
    return Fail({"yaml.encoding", "invalid UTF-8 (policy and config files must be UTF-8 text)",
                 origin, line, column, ""});
  }
  YamlDocument doc;
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    return Fail({"yaml.syntax", e.msg, origin, e.mark.line + 1, e.mark.column + 1, ""});
  } catch (const std::exception& e) {
    return Fail({"yaml.syntax", e.what(), origin, 0, 0, ""});
  }
  Diagnostics errors;
  Converter converter{&doc, origin, &errors};
  try {
    doc.json = converter.Convert(root, "", 0);
  } catch (const std::exception& e) {
    errors.push_back({"yaml.syntax", e.what(), origin, 0, 0, ""});
  }
  if (!errors.empty()) return tl::unexpected(errors);
  return doc;
}

}  // namespace mergegate
