// Package manifests and lockfiles: which files they are, and which dependency names the lines
// of a manifest diff declare. Line-based (a diff has no whole document), with the section
// (`[dependencies]`, `"devDependencies": {`, `<dependency>`) tracked through the hunk's lines.
#pragma once

#include <string>
#include <vector>

#include "mergegate/parsers/diff.h"

namespace mergegate {

// True when `path`'s file name is a supported manifest (requirements*.txt, pyproject.toml,
// Pipfile, package.json, go.mod, pom.xml, build.gradle[.kts], Gemfile, Cargo.toml, composer.json).
bool IsManifest(const std::string& path);
// True for a lockfile (package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, uv.lock,
// Pipfile.lock, go.sum, Cargo.lock, Gemfile.lock, composer.lock, ...).
bool IsLockfile(const std::string& path);
// The package ecosystem of a manifest: "pypi", "npm", "composer", "cargo", "go", "rubygems",
// "maven" (pom.xml, build.gradle[.kts]); "" when `path` is not a manifest.
std::string EcosystemOf(const std::string& path);
// The lockfile names that go with a manifest file name (empty when it has none).
std::vector<std::string> LockfilesFor(const std::string& manifest_path);

struct DeclaredDependency {
  std::string name;
  const parsers::DiffLine* line = nullptr;
};

// Dependencies declared on the added (`added` = true) or removed lines of a manifest's diff.
std::vector<DeclaredDependency> DependencyLines(const parsers::FileDiff& file, bool added);

}  // namespace mergegate
