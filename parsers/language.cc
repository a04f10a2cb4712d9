#include "mergegate/parsers/language.h"

#include <algorithm>
#include <cctype>
#include <string>

// The grammars' entry points: their names are fixed by each grammar's C code.
// NOLINTBEGIN(readability-identifier-naming)
extern "C" {
const TSLanguage* tree_sitter_python();
const TSLanguage* tree_sitter_javascript();
const TSLanguage* tree_sitter_typescript();
const TSLanguage* tree_sitter_tsx();
const TSLanguage* tree_sitter_go();
const TSLanguage* tree_sitter_java();
const TSLanguage* tree_sitter_ruby();
const TSLanguage* tree_sitter_php();
const TSLanguage* tree_sitter_c_sharp();
const TSLanguage* tree_sitter_bash();
const TSLanguage* tree_sitter_json();
const TSLanguage* tree_sitter_yaml();
const TSLanguage* tree_sitter_hcl();
const TSLanguage* tree_sitter_toml();
}
// NOLINTEND(readability-identifier-naming)

namespace mergegate::parsers {

const std::vector<Language>& Languages() {
  static const std::vector<Language> kLanguages = {
      {"python", {".py", ".pyw", ".pyi"}, {}, {"#"}, tree_sitter_python},
      {"javascript", {".js", ".mjs", ".cjs", ".jsx"}, {}, {"//"}, tree_sitter_javascript},
      {"typescript", {".ts", ".mts", ".cts"}, {}, {"//"}, tree_sitter_typescript},
      {"tsx", {".tsx"}, {}, {"//"}, tree_sitter_tsx},
      {"go", {".go"}, {}, {"//"}, tree_sitter_go},
      {"java", {".java"}, {}, {"//"}, tree_sitter_java},
      {"ruby", {".rb", ".rake", ".gemspec"}, {"Gemfile", "Rakefile"}, {"#"}, tree_sitter_ruby},
      {"php", {".php", ".phtml"}, {}, {"//", "#"}, tree_sitter_php},
      {"csharp", {".cs"}, {}, {"//"}, tree_sitter_c_sharp},
      {"bash", {".sh", ".bash", ".zsh"}, {".bashrc", ".profile"}, {"#"}, tree_sitter_bash},
      {"json", {".json", ".jsonc"}, {}, {"//"}, tree_sitter_json},
      {"yaml", {".yml", ".yaml"}, {}, {"#"}, tree_sitter_yaml},
      {"hcl", {".tf", ".hcl", ".tfvars"}, {}, {"#", "//"}, tree_sitter_hcl},
      {"toml", {".toml"}, {}, {"#"}, tree_sitter_toml},
      {"dockerfile", {".dockerfile"}, {"Dockerfile", "Containerfile"}, {"#"}, nullptr},
  };
  return kLanguages;
}

const Language* FindLanguage(std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kAliases[] = {
      {"py", "python"}, {"js", "javascript"},     {"ts", "typescript"}, {"c#", "csharp"},
      {"cs", "csharp"}, {"sh", "bash"},           {"shell", "bash"},    {"terraform", "hcl"},
      {"tf", "hcl"},    {"docker", "dockerfile"}, {"yml", "yaml"},
  };
  for (const auto& [alias, canonical] : kAliases) {
    if (name == alias) name = canonical;
  }
  for (const Language& lang : Languages()) {
    if (lang.name == name) return &lang;
  }
  return nullptr;
}

const Language* DetectLanguage(std::string_view path) {
  const size_t slash = path.rfind('/');
  const std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  for (const Language& lang : Languages()) {
    for (std::string_view file_name : lang.file_names) {
      if (base == file_name) return &lang;
    }
  }
  // Dockerfile variants such as "Dockerfile.prod" or "prod.Dockerfile".
  if (base.starts_with("Dockerfile.") || base.ends_with(".Dockerfile"))
    return FindLanguage("dockerfile");
  const size_t dot = base.rfind('.');
  if (dot == std::string_view::npos) return nullptr;
  std::string ext(base.substr(dot));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const Language& lang : Languages()) {
    if (std::find(lang.extensions.begin(), lang.extensions.end(), ext) != lang.extensions.end()) {
      return &lang;
    }
  }
  return nullptr;
}

}  // namespace mergegate::parsers
