#!/usr/bin/env bash
# Sets up a Debian 12 machine for mergegate and builds it; idempotent (installs only what is
# missing). Run as root (or with sudo available) on a fresh machine.
#
#   scripts/bootstrap.sh          install dependencies, configure, build build/mergegate
#   scripts/bootstrap.sh --demo   ... then run the gate on examples/vulnerable-app (exits 1: block)
#   scripts/bootstrap.sh --test   ... then run the whole test suite (ctest), then build the asan
#                                 preset and run the suite again under ASan+UBSan
#                                 (scripts/test-asan.sh); this is .ci/run
#   scripts/bootstrap.sh --asan   ... only the ASan+UBSan suite
#
# PRESET selects the CMake preset (default: ci = optimised, asserts on, warnings as errors).
set -euo pipefail
cd "$(dirname "$0")/.."

mode="${1:-build}"
preset="${PRESET:-ci}"

packages=(
  build-essential cmake ninja-build pkg-config git ccache nodejs npm
  libre2-dev libyaml-cpp-dev nlohmann-json3-dev libvalijson-dev
  libboost-program-options-dev libgtest-dev libexpected-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine may already carry a newer Node.js outside apt (e.g. /usr/local/bin/node): keep it.
if command -v node >/dev/null && command -v npm >/dev/null; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"
if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# tree-sitter runtime and grammars, pinned in package-lock.json; reinstall only when it changed.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s <(sed -n '/"packages"/,$p' package-lock.json | grep -v '"": {' ) <(sed -n '/"packages"/,$p' node_modules/.package-lock.json | grep -v '"": {') 2>/dev/null; then
  npm ci --ignore-scripts --no-audit --no-fund
fi

# Test-only tools (Microsoft's SARIF multitool, which validates our SARIF against GitHub's
# ingestion rules), pinned in tools/package-lock.json and installed apart from the grammars so
# their lockfile is untouched. --ignore-scripts skips the package's chmod, so it is done here.
if ! cmp -s tools/package-lock.json tools/node_modules/.mergegate-installed-lock.json 2>/dev/null; then
  npm ci --prefix tools --ignore-scripts --no-audit --no-fund
  cp tools/package-lock.json tools/node_modules/.mergegate-installed-lock.json
fi
chmod u+x tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"

case "$mode" in
  build) ;;
  --demo)
    echo
    echo "\$ build/mergegate scan examples/vulnerable-app"
    exec build/mergegate scan examples/vulnerable-app ;;
  --test)
    ctest --preset "$preset" -j "$(nproc)"
    exec scripts/test-asan.sh ;;
  --asan)
    exec scripts/test-asan.sh ;;
  *) echo "usage: $0 [--demo|--test|--asan]" >&2; exit 2 ;;
esac
