#include "change/manifest_deps.h"

#include <re2/re2.h>

#include <algorithm>
#include <map>

#include "mergegate/parsers/glob.h"
#include "mergegate/util.h"

namespace mergegate {
namespace {

enum class Format { kNone, kRequirements, kJson, kToml, kGoMod, kGemfile, kPom, kGradle };

std::string BaseName(const std::string& path) {
  const size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

Format FormatOf(const std::string& path) {
  const std::string name = BaseName(path);
  if (parsers::GlobMatch("requirements*.txt", name) || parsers::GlobMatch("requirements*.in", name))
    return Format::kRequirements;
  if (name == "package.json" || name == "composer.json") return Format::kJson;
  if (name == "pyproject.toml" || name == "Pipfile" || name == "Cargo.toml") return Format::kToml;
  if (name == "go.mod") return Format::kGoMod;
  if (name == "Gemfile") return Format::kGemfile;
  if (name == "pom.xml") return Format::kPom;
  if (name == "build.gradle" || name == "build.gradle.kts") return Format::kGradle;
  return Format::kNone;
}

bool IsDependencySection(Format format, const std::string& name, const std::string& section) {
  if (format == Format::kJson) {
    static const char* kJson[] = {"dependencies",         "devDependencies", "peerDependencies",
                                  "optionalDependencies", "require",         "require-dev"};
    return std::find(std::begin(kJson), std::end(kJson), section) != std::end(kJson);
  }
  if (name == "Pipfile") return section == "packages" || section == "dev-packages";
  // Cargo: [dependencies], [dev-dependencies], [target.'cfg'.dependencies]; Poetry:
  // [tool.poetry.dependencies], [tool.poetry.group.dev.dependencies].
  return section.ends_with("dependencies") && section != "project.optional-dependencies";
}

struct Line {
  const parsers::DiffLine* line;
  bool selected;  // an added (or removed) line we are extracting from; else context
};

}  // namespace

bool IsManifest(const std::string& path) { return FormatOf(path) != Format::kNone; }

bool IsLockfile(const std::string& path) {
  static const char* kLocks[] = {"package-lock.json", "npm-shrinkwrap.json", "yarn.lock",
                                 "pnpm-lock.yaml",    "poetry.lock",         "uv.lock",
                                 "pdm.lock",          "Pipfile.lock",        "go.sum",
                                 "Cargo.lock",        "Gemfile.lock",        "composer.lock"};
  const std::string name = BaseName(path);
  return std::find(std::begin(kLocks), std::end(kLocks), name) != std::end(kLocks);
}

std::string EcosystemOf(const std::string& path) {
  const std::string name = BaseName(path);
  switch (FormatOf(path)) {
    case Format::kRequirements:
      return "pypi";
    case Format::kJson:
      return name == "package.json" ? "npm" : "composer";
    case Format::kToml:
      return name == "Cargo.toml" ? "cargo" : "pypi";
    case Format::kGoMod:
      return "go";
    case Format::kGemfile:
      return "rubygems";
    case Format::kPom:
    case Format::kGradle:
      return "maven";
    case Format::kNone:
      break;
  }
  return "";
}

std::vector<std::string> LockfilesFor(const std::string& manifest_path) {
  const std::string name = BaseName(manifest_path);
  if (name == "package.json")
    return {"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml"};
  if (name == "composer.json") return {"composer.lock"};
  if (name == "pyproject.toml") return {"poetry.lock", "uv.lock", "pdm.lock"};
  if (name == "Pipfile") return {"Pipfile.lock"};
  if (name == "Cargo.toml") return {"Cargo.lock"};
  if (name == "go.mod") return {"go.sum"};
  if (name == "Gemfile") return {"Gemfile.lock"};
  return {};
}

std::vector<DeclaredDependency> DependencyLines(const parsers::FileDiff& file, bool added) {
  const std::string path = file.path();
  const Format format = FormatOf(path);
  const std::string name = BaseName(path);
  std::vector<DeclaredDependency> out;
  if (format == Format::kNone) return out;

  // The file's lines in patch order: context plus the side we extract from.
  std::vector<Line> lines;
  for (const auto& l : file.context) lines.push_back({&l, false});
  for (const auto& l : added ? file.added : file.removed) lines.push_back({&l, true});
  std::sort(lines.begin(), lines.end(),
            [](const Line& a, const Line& b) { return a.line->patch_line < b.line->patch_line; });

  static const RE2 kReq(R"(^\s*([A-Za-z0-9][A-Za-z0-9._-]*))");
  static const RE2 kJsonSection(R"re(^\s*"([^"]+)"\s*:\s*\{)re");
  static const RE2 kJsonClose(R"(^\s*\})");
  static const RE2 kJsonEntry(R"re(^\s*"([^"]+)"\s*:\s*"([^"]*)")re");
  static const RE2 kVersionish(
      R"(^([~^<>=*]|\d|latest$|npm:|git|file:|https?:|github:|workspace:))");
  static const RE2 kTomlHeader(R"(^\s*\[+\s*([^\]]+?)\s*\]+)");
  static const RE2 kTomlKey(R"re(^\s*"?([A-Za-z0-9][A-Za-z0-9_.-]*)"?\s*=)re");
  static const RE2 kTomlArrayStart(R"(^\s*([A-Za-z0-9_-]+)\s*=\s*\[)");
  static const RE2 kQuotedName(R"re("([A-Za-z0-9][A-Za-z0-9._-]*))re");
  static const RE2 kGoRequire(R"(^\s*(?:require\s+)?([A-Za-z0-9][^\s()]*)\s+v\d\S*(\s*//.*)?$)");
  static const RE2 kGem(R"re(^\s*gem\s+['"]([^'"]+)['"])re");
  static const RE2 kPomArtifact(R"(<artifactId>\s*([^<\s]+)\s*</artifactId>)");
  static const RE2 kPomGroup(R"(<groupId>\s*([^<\s]+)\s*</groupId>)");
  static const RE2 kGradle(
      R"re(^\s*(?:implementation|api|compileOnly|runtimeOnly|testImplementation|testRuntimeOnly|annotationProcessor|kapt|ksp|classpath)\s*\(?\s*['"]([^:'"]+:[^:'"]+))re");

  std::string section;  // "" = unknown (the hunk starts mid-file)
  bool in_array = false, in_pom_dependency = false, pom_known = false;
  std::string pom_group;  // the <groupId> of the current <dependency>, named with its artifact
  for (const Line& l : lines) {
    const std::string& text = l.line->text;
    for (const auto& h : file.hunks) {
      if (h.patch_line == l.line->patch_line - 1) {  // a hunk starts: its section is unknown
        section.clear();
        in_array = pom_known = false;
      }
    }
    std::string dep, value, header;
    switch (format) {
      case Format::kRequirements:
        if (l.selected && !text.empty() && text[0] != '#' && text[0] != '-' &&
            RE2::PartialMatch(text, kReq, &dep)) {
          out.push_back({util::AsciiLower(dep), l.line});
        }
        break;
      case Format::kJson:
        if (RE2::PartialMatch(text, kJsonSection, &header)) {
          section = header;
        } else if (RE2::PartialMatch(text, kJsonClose)) {
          section = "-";  // known: not inside a dependency block
        } else if (l.selected && RE2::PartialMatch(text, kJsonEntry, &dep, &value)) {
          const bool in_deps = section.empty() ? RE2::PartialMatch(value, kVersionish)
                                               : IsDependencySection(format, name, section);
          if (in_deps && dep != "php" && !dep.starts_with("ext-")) out.push_back({dep, l.line});
        }
        break;
      case Format::kToml:
        if (RE2::PartialMatch(text, kTomlHeader, &header)) {
          section = header;
          in_array = false;
        } else if (RE2::PartialMatch(text, kTomlArrayStart, &header)) {
          in_array = (section == "project" && header == "dependencies") ||
                     section == "project.optional-dependencies";
          if (in_array && l.selected) {
            re2::StringPiece rest(text);
            rest.remove_prefix(text.find('[') + 1);
            while (RE2::FindAndConsume(&rest, kQuotedName, &dep))
              out.push_back({util::AsciiLower(dep), l.line});
          }
          if (text.find(']', text.find('[') + 1) != std::string::npos) in_array = false;
        } else if (in_array) {
          if (l.selected && RE2::PartialMatch(text, kQuotedName, &dep))
            out.push_back({util::AsciiLower(dep), l.line});
          if (text.find(']') != std::string::npos) in_array = false;
        } else if (l.selected && RE2::PartialMatch(text, kTomlKey, &dep) && dep != "python" &&
                   !section.empty() && IsDependencySection(format, name, section)) {
          out.push_back({dep, l.line});
        }
        break;
      case Format::kGoMod:
        if (l.selected && RE2::PartialMatch(text, kGoRequire, &dep)) out.push_back({dep, l.line});
        break;
      case Format::kGemfile:
        if (l.selected && RE2::PartialMatch(text, kGem, &dep)) out.push_back({dep, l.line});
        break;
      case Format::kPom:
        if (text.find("<dependency>") != std::string::npos) {
          in_pom_dependency = pom_known = true;
          pom_group.clear();
        } else if (text.find("</dependency>") != std::string::npos) {
          in_pom_dependency = false;
          pom_known = true;
        } else if (in_pom_dependency && RE2::PartialMatch(text, kPomGroup, &header)) {
          pom_group = header;
        } else if (l.selected && (in_pom_dependency || !pom_known) &&
                   RE2::PartialMatch(text, kPomArtifact, &dep)) {
          if (!pom_group.empty()) dep = std::string(pom_group).append(":").append(dep);
          out.push_back({dep, l.line});
        }
        break;
      case Format::kGradle:
        if (l.selected && RE2::PartialMatch(text, kGradle, &dep)) out.push_back({dep, l.line});
        break;
      case Format::kNone:
        break;
    }
  }
  return out;
}

}  // namespace mergegate
