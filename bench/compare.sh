#!/usr/bin/env bash
# Side-by-side benchmark of mergegate against its peers, on corpora every Debian machine has.
# Run on demand (not part of the test suite):   bench/compare.sh [runs] [section...]
# (default 5 runs; sections: python ten secrets jobs go rss, default all).
# Installs what it needs if missing: Debian bandit, ripgrep, golang-src; npm @ast-grep/cli and
# secretlint (into bench/.tools, ignored by git). Prints medians (seconds) and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
shift || true
sections="${*:-python ten secrets jobs go rss}"
want() { [[ " $sections " == *" $1 "* ]]; }
mg="$PWD/build/mergegate"
tools="$PWD/bench/.tools"
work="${BENCH_WORK:-/tmp/mergegate-bench}"
[ -x "$mg" ] || { echo "build mergegate first (scripts/bootstrap.sh)"; exit 2; }

need_apt=()
command -v bandit >/dev/null || need_apt+=(bandit)
command -v rg >/dev/null || need_apt+=(ripgrep)
go_src_dir() { find /usr/lib /usr/share -maxdepth 2 -type d -path '*/go-*/src' 2>/dev/null | head -1; }
[ -n "$(go_src_dir)" ] || need_apt+=(golang-src)
command -v bc >/dev/null || need_apt+=(bc)
python3 -c 'import yaml' 2>/dev/null || need_apt+=(python3-yaml)
if ((${#need_apt[@]})); then apt-get install -y -qq "${need_apt[@]}" >/dev/null; fi
if [ ! -x "$tools/node_modules/.bin/ast-grep" ] || [ ! -x "$tools/node_modules/.bin/secretlint" ]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent \
    @ast-grep/cli@0.51.1 secretlint@13.0.6 @secretlint/secretlint-rule-preset-recommend@13.1.0 >/dev/null
fi
sg="$tools/node_modules/.bin/ast-grep"

# Corpora: copies, so every tool sees the same plain directory (no .gitignore effects).
mkdir -p "$work"
[ -d "$work/python" ] || cp -r /usr/lib/python3.11 "$work/python"
# secretlint never descends into a directory named node_modules (a hard-coded default ignore),
# so the copy renames nested ones: then both tools read exactly the same files.
if [ ! -f "$work/node/.renamed" ]; then
  rm -rf "$work/node" && cp -r /usr/lib/node_modules "$work/node"
  find "$work/node" -depth -type d -name node_modules -execdir mv node_modules node_modules_ \;
  touch "$work/node/.renamed"
fi
go_src=$(go_src_dir)
[ -d "$work/go" ] || cp -r "$go_src" "$work/go"
if [ ! -d "$work/synthetic" ]; then   # 10,000+ files: Python, JS, Go, config; some findings
  mkdir -p "$work/synthetic"
  for d in $(seq 0 99); do
    mkdir -p "$work/synthetic/pkg$d"
    for f in $(seq 0 99); do
      case $((f % 4)) in
        0) printf 'import os\n\ndef handler_%d(x):\n    return os.path.join("/srv", x)\n' "$f" > "$work/synthetic/pkg$d/m$f.py" ;;
        1) printf 'export function f%d(a, b) {\n  return a + b + %d;\n}\n' "$f" "$f" > "$work/synthetic/pkg$d/m$f.js" ;;
        2) printf 'package pkg%d\n\nfunc F%d(a int) int { return a * %d }\n' "$d" "$f" "$f" > "$work/synthetic/pkg$d/m$f.go" ;;
        3) printf 'name: svc%d\nreplicas: %d\nimage: registry.local/app:%d\n' "$f" "$f" "$f" > "$work/synthetic/pkg$d/c$f.yaml" ;;
      esac
    done
  done
  printf 'import subprocess\nsubprocess.run(cmd, shell=True)\n' > "$work/synthetic/pkg7/vuln.py"
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# time_once CMD...: runs CMD once, prints its wall time in seconds.
time_once() {
  local s e
  s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N)
  echo "$e - $s" | bc
}
# time_cmd NAME CMD...: runs CMD $runs times, prints the median wall time in seconds.
time_cmd() {
  local name="$1"; shift
  for _ in $(seq "$runs"); do time_once "$@"; done | median
}
# time_pair A B: runs the functions A and B alternately, $runs times each, and prints their
# median wall times ("A B"). Alternating spreads machine noise evenly over both.
time_pair() {
  local a="" b=""
  for _ in $(seq "$runs"); do
    a+="$(time_once "$1")"$'\n'
    b+="$(time_once "$2")"$'\n'
  done
  echo "$(printf '%s' "$a" | median) $(printf '%s' "$b" | median)"
}
peak_rss_mb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.0f", $1/1024}'; }

printf '%-44s %10s %10s %8s\n' "comparison (median of $runs runs)" "mergegate" "peer" "ratio"
row() { printf '%-44s %10.3f %10.3f %8.3f\n' "$1" "$2" "$3" "$(echo "$2 / $3" | bc -l)"; }

if want python; then
mg_python() { "$mg" scan --pack python -f json "$work/python"; }
bandit_python() { bandit -q -r -f json "$work/python"; }
read -r py_mg py_bandit < <(time_pair mg_python bandit_python)
row "python pack vs bandit (python3.11 stdlib)" "$py_mg" "$py_bandit"
fi
if want ten; then
mg_ten() { "$mg" scan --no-builtin -p bench/mergegate-rules -f json "$work/python"; }
sg_ten() { "$sg" scan -c bench/sgconfig.yml --json "$work/python"; }
read -r ten_mg ten_sg < <(time_pair mg_ten sg_ten)
row "10 equivalent rules vs ast-grep (stdlib)" "$ten_mg" "$ten_sg"
fi
if want secrets; then
printf '{"rules":[{"id":"@secretlint/secretlint-rule-preset-recommend"}]}\n' > "$work/secretlintrc.json"
mg_secrets() { "$mg" scan --pack secrets -f json "$work/node"; }
secretlint_node() {
  (cd "$work/node" && "$tools/node_modules/.bin/secretlint" '**/*' --no-gitignore \
    --secretlintrc "$work/secretlintrc.json" --format json)
}
read -r sec_mg sec_sl < <(time_pair mg_secrets secretlint_node)
row "secrets pack vs secretlint (node_modules)" "$sec_mg" "$sec_sl"
# ripgrep with the same regex set. Exported from the rule files; RE2 accepts \" and \' where
# Rust's regex does not, so they become plain quotes. All 355 in one `rg -f` build a regex over
# rg's size limits and, with the limits raised, ran for minutes without finishing; so rg gets
# its best case, one search per regex (each with its own literal optimisations), -U because
# some patterns span lines. One run: it takes minutes.
python3 - > "$work/secret-regexes.txt" <<'PY'
import glob, yaml
for path in sorted(glob.glob("policies/secrets/*.yaml")):
    regex = (yaml.safe_load(open(path)).get("match") or {}).get("regex")
    if regex:
        print(regex.replace("\n", "").replace('\\"', '"').replace("\\'", "'"))
PY
rg_each() { while IFS= read -r re; do rg -U -c --no-ignore -e "$re" "$work/node" >/dev/null || [ $? -eq 1 ]; done < "$work/secret-regexes.txt"; }
sec_rg=$(runs=1 time_cmd rg rg_each)
row "secrets pack vs ripgrep, same $(wc -l < "$work/secret-regexes.txt") regexes" "$sec_mg" "$sec_rg"
fi
if want jobs; then
mg_jobs1() { "$mg" scan --jobs 1 -f json "$work/synthetic"; }
mg_jobs2() { "$mg" scan --jobs 2 -f json "$work/synthetic"; }
read -r all_j1 all_j2 < <(time_pair mg_jobs1 mg_jobs2)
row "all packs, 10k files: --jobs 2 vs --jobs 1" "$all_j2" "$all_j1"
echo "speed-up with 2 jobs: $(echo "$all_j1 / $all_j2" | bc -l | cut -c1-5)x"
fi
if want go; then
go_all=$(time_cmd go "$mg" scan -f json "$work/go")
echo "all packs over the Go source tree: ${go_all}s"
fi
want rss && echo "peak RSS (MB), all packs over the node_modules corpus: $(peak_rss_mb "$mg" scan -f json "$work/node")"
echo "files: python=$(find "$work/python" -type f | wc -l) node=$(find "$work/node" -type f | wc -l) synthetic=$(find "$work/synthetic" -type f | wc -l)"
