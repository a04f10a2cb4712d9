#!/usr/bin/env bash
# Static analysis of mergegate's own C++ (engine/, parsers/, cli/): clang-tidy with the repo's
# .clang-tidy, then cppcheck. Exits non-zero when either reports anything. Not part of CI (it
# takes several minutes on 2 cores); run it before sending a change.
#
#   scripts/lint.sh                 uses build/compile_commands.json (configures `dev` if absent)
#   BUILD_DIR=build-asan JOBS=4 scripts/lint.sh
#
# A cppcheck finding that is wrong is suppressed where it occurs, with the reason:
#   // cppcheck-suppress <id> ; <why>
set -euo pipefail
cd "$(dirname "$0")/.."

build="${BUILD_DIR:-build}"
jobs="${JOBS:-2}"
if [ ! -f "$build/compile_commands.json" ]; then
  [ "$build" = build ] || { echo "lint: no $build/compile_commands.json" >&2; exit 2; }
  cmake --preset dev >/dev/null
fi
# The embedded policy/grammar sources are generated into the build tree; build them first so
# every translation unit can be parsed.
cmake --build "$build" -j "$jobs" >/dev/null

status=0
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

echo "lint: clang-tidy (engine/ parsers/ cli/)"
# The compile database is gcc's: clang does not know some of its -Wno-* flags.
run-clang-tidy -quiet -p "$build" -j "$jobs" -extra-arg=-Wno-unknown-warning-option \
  "^$PWD/(engine|parsers|cli)/.*\.cc$" >"$log" 2>&1 || status=1
# Debian's run-clang-tidy always passes --use-color: drop the colour codes so the grep sees each
# diagnostic (otherwise warnings pass unseen whenever no file fails outright).
sed -i 's/\x1b\[[0-9;]*m//g' "$log"
if grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error):' "$log"; then
  status=1
elif [ "$status" -ne 0 ]; then
  cat "$log"  # clang-tidy itself failed (e.g. a file it could not parse)
fi

echo "lint: cppcheck"
# Only the project's own sources: not the tree-sitter grammars (node_modules), not generated
# files in the build tree, not tests, fuzz targets or benchmarks. (-i takes paths relative to
# the repository: cppcheck 2.10 ignores absolute ones for --project entries.)
cppcheck --project="$build/compile_commands.json" --enable=warning,performance,portability \
  --inline-suppr --error-exitcode=1 --quiet -j "$jobs" \
  -i node_modules -i "$build" -i test -i fuzz -i bench \
  --template='{file}:{line}:{column}: {severity}: {message} [{id}]' || status=1

[ "$status" -eq 0 ] && echo "lint: clean"
exit "$status"
