#!/bin/sh
# Times `mergegate diff --base main` for a 50-file change in a generated repository of N files,
# to check that the cost follows the size of the change, not of the repository. User and system
# CPU time are printed with the elapsed time: on a loaded machine they are the steadier measure.
# Usage: scripts/bench-diff.sh MERGEGATE_BINARY FILES [RUNS]
set -eu
bin=$(realpath "$1"); files=$2; runs=${3:-5}
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
cd "$dir"
git init -q -b main .
git config user.name bench; git config user.email bench@localhost
i=0
while [ "$i" -lt "$files" ]; do
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
  n=$((i * (files / 50))); printf 'def added_%s(cmd):\n    return subprocess.run(cmd, shell=True)\n' "$n" >> "pkg$((n / 100))/m$n.py"
  i=$((i + 1))
done
git commit -q -am change
"$bin" diff --base main --format json >/dev/null || true   # warm the page cache
r=0
while [ "$r" -lt "$runs" ]; do
  /usr/bin/time -f "%e s elapsed, %U s user, %S s sys, %M KB max RSS" "$bin" diff --base main --format json -q 2>&1 >/dev/null | tail -1
  r=$((r + 1))
done
echo "files in repo: $(git ls-files | wc -l); findings: $("$bin" diff --base main --format json | grep -c '"rule_id"')"
