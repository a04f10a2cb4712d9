#!/bin/sh
# Times `mergegate diff --base main` for a 50-file change in generated repositories of each
# given size, to check that the cost follows the size of the change, not of the repository.
# Runs alternate between the repositories (so machine noise hits all sizes alike) and the
# medians are printed with the ratio of each size to the first. User and system CPU time are
# printed per run too: on a loaded machine they are the steadier measure.
# Usage: scripts/bench-diff.sh MERGEGATE_BINARY "FILES..." [RUNS]   e.g. ... "1000 10000" 7
set -eu
bin=$(realpath "$1"); sizes=$2; runs=${3:-5}
top=$(mktemp -d); trap 'rm -rf "$top"' EXIT

make_repo() {  # make_repo DIR FILES
  mkdir -p "$1" && cd "$1"
  git init -q -b main .
  git config user.name bench; git config user.email bench@localhost
  i=0
  while [ "$i" -lt "$2" ]; do
    d=pkg$((i / 100)); mkdir -p "$d"
    {
      echo "import os"; echo "import subprocess"; echo
      j=0; while [ "$j" -lt 12 ]; do
        echo "def f_${i}_${j}(x):"; echo "    return os.path.join(str(x), \"$j\")"; j=$((j + 1))
      done
    } > "$d/m$i.py"
    i=$((i + 1))
  done
  git add -A >/dev/null && git commit -q -m base
  git checkout -q -b change
  i=0
  while [ "$i" -lt 50 ]; do
    n=$((i * ($2 / 50)))
    printf 'def added_%s(cmd):\n    return subprocess.run(cmd, shell=True)\n' "$n" >> "pkg$((n / 100))/m$n.py"
    i=$((i + 1))
  done
  git commit -q -am change
  "$bin" diff --base main --format json >/dev/null || true   # warm the page cache
  echo "$2 files: $(git ls-files | wc -l) in the repository, $("$bin" diff --base main --format json | grep -c '"rule_id"') findings"
}

for n in $sizes; do (make_repo "$top/$n" "$n"); done
r=0
while [ "$r" -lt "$runs" ]; do
  for n in $sizes; do
    (cd "$top/$n" && /usr/bin/time -f "%e %U %S" "$bin" diff --base main --format json -q 2>&1 >/dev/null |
      tail -1 | sed "s/^/$n /") >> "$top/times"
  done
  r=$((r + 1))
done
awk '{ printf "%s files: %s s elapsed, %s s user, %s s sys\n", $1, $2, $3, $4 }' "$top/times"
first=""
for n in $sizes; do
  median=$(awk -v n="$n" '$1 == n { print $2 }' "$top/times" | sort -n |
    awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')
  [ -n "$first" ] || first=$median
  echo "median $n files: $median s (ratio to the first size: $(echo "$median / $first" | bc -l | cut -c1-5))"
done
