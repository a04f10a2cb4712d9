#!/usr/bin/env bash
# Benchmarks mergegate's secrets pack against secretlint (recommended preset) and ripgrep running
# the pack's own regexes, on the same tree: a copy of the Python standard library and the npm
# package tree shipped with the machine. Not part of the test suite.
#
# Usage: bench/secrets.sh [RUNS] [POLICY_DIR]
#   RUNS        runs per tool (default 3); the table shows medians
#   POLICY_DIR  secrets rules to use (default: the built-in `secrets` pack; its regexes are read
#               from policies/secrets/ for ripgrep)
# Needs build/mergegate. Installs ripgrep (Debian) and secretlint (npm, into bench/.tools) when
# missing. Scratch data lives under ${BENCH_DIR:-/tmp/mergegate-bench}.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUNS=${1:-3}
POLICY_DIR=${2:-}
WORK=${BENCH_DIR:-/tmp/mergegate-bench}
TOOLS="$ROOT/bench/.tools"
MG="$ROOT/build/mergegate"
JOBS=$(nproc)

[[ -x "$MG" ]] || { echo "build/mergegate is missing: build first" >&2; exit 2; }
if ! command -v rg >/dev/null; then
  apt-get update -qq && apt-get install -y -qq ripgrep >/dev/null
fi
if [[ ! -x "$TOOLS/node_modules/.bin/secretlint" ]]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent \
    secretlint@13.0.6 @secretlint/secretlint-rule-preset-recommend@13.0.7 >/dev/null
fi

# The corpus: real code, copied so every tool sees the same files. The npm tree is renamed so
# that no tool skips it for being called node_modules.
CORPUS="$WORK/corpus"
if [[ ! -d "$CORPUS" ]]; then
  mkdir -p "$CORPUS"
  cp -r "$(ls -d /usr/lib/python3.[0-9]* | sort -V | tail -1)" "$CORPUS/python"
  cp -r /usr/lib/node_modules "$CORPUS/npm-tree"
  find "$CORPUS" -name __pycache__ -prune -exec rm -rf {} +
fi

# mergegate: only the secrets pack, from the binary or from POLICY_DIR.
if [[ -n "$POLICY_DIR" ]]; then
  MG_ARGS=(--no-builtin -p "$POLICY_DIR")
  RULE_DIR="$POLICY_DIR"
else
  printf 'version: 1\npacks: [secrets]\n' > "$WORK/mergegate.yaml"
  MG_ARGS=(--config "$WORK/mergegate.yaml")
  RULE_DIR="$ROOT/policies/secrets"
fi
# ripgrep: the same regexes, one per line (-U lets multi-line key blocks match).
# RE2 accepts escaped quotes (\" \' \`) that Rust's regex rejects: they are unescaped.
python3 - "$RULE_DIR" "$WORK/patterns.txt" <<'PY'
import pathlib, re, sys, yaml
out = []
for f in sorted(pathlib.Path(sys.argv[1]).glob("*.yaml")):
    if ".fixture." in f.name:
        continue
    rule = yaml.safe_load(f.read_text())
    regex = rule.get("match", {}).get("regex")
    if rule.get("kind") == "secret" and regex:
        out.append("(?m)" + re.sub(r'(?<!\\)\\(["\'`])', r"\1", regex))
pathlib.Path(sys.argv[2]).write_text("\n".join(out) + "\n")
PY
echo "rules: $(wc -l < "$WORK/patterns.txt") regexes; corpus: $(du -sh "$CORPUS" | cut -f1), $(find "$CORPUS" -type f | wc -l) files; $JOBS threads"

SL_CONFIG="$WORK/secretlintrc.json"
echo '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}' > "$SL_CONFIG"

# run NAME CMD...: RUNS timed runs; records wall and CPU seconds.
declare -A WALL CPU
run() {
  local name=$1; shift
  local walls=() cpus=()
  for ((i = 0; i < RUNS; i++)); do
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" >"$WORK/$name.out" 2>&1 || true
    read -r e u s < <(tail -1 "$WORK/time.txt")  # "Command exited with ..." may come first
    walls+=("$e"); cpus+=("$(python3 -c "print($u + $s)")")
  done
  WALL[$name]=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
  CPU[$name]=$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n "$(( (RUNS + 1) / 2 ))p")
}

cd "$CORPUS"
run mergegate "$MG" scan . "${MG_ARGS[@]}" -j "$JOBS" --format json -o "$WORK/mergegate.json"
run secretlint "$TOOLS/node_modules/.bin/secretlint" --secretlintrc "$SL_CONFIG" --format json "**/*"
# One rg process with every regex combined is the like-for-like run. Its regex engine can need
# minutes and gigabytes on a large alternation, so it is stopped after RG_TIMEOUT seconds.
run ripgrep timeout "${RG_TIMEOUT:-120}" rg -U -c --no-ignore --hidden --max-filesize 1M -j "$JOBS" --regex-size-limit 2G --dfa-size-limit 2G \
  -f "$WORK/patterns.txt" .

findings=$(python3 -c "import json; print(len(json.load(open('$WORK/mergegate.json'))['findings']))")
printf '\n%-11s %10s %10s %14s %14s\n' tool "wall s" "cpu s" "wall vs mg" "cpu vs mg"
for t in mergegate secretlint ripgrep; do
  printf '%-11s %10s %10s %13sx %13sx\n' "$t" "${WALL[$t]}" "${CPU[$t]}" \
    "$(python3 -c "print(round(${WALL[$t]} / max(${WALL[mergegate]}, 0.01), 2))")" \
    "$(python3 -c "print(round(${CPU[$t]} / max(${CPU[mergegate]}, 0.01), 2))")"
done
echo "(medians of $RUNS runs; mergegate raised $findings findings; ripgrep matching lines per file are in"
echo " $WORK/ripgrep.out; a ripgrep time equal to RG_TIMEOUT=${RG_TIMEOUT:-120} s means it was stopped unfinished)"
