#!/usr/bin/env bash
# Google Benchmark micro-benchmarks of the hot paths (bench/micro/): the secrets pack's regex
# path per MB, parse and parse+match per MB for Python, JavaScript, Go and Java with each
# language's built-in pack, and unified-diff parsing per MB.
# Run on demand:   bench/micro.sh [google-benchmark flags]   e.g. --benchmark_filter=Diff
# Installs libbenchmark-dev (Debian) when missing, builds in build-bench/ with the dev preset's
# compiler flags (so ccache reuses the dev build's objects) and runs the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! dpkg -s libbenchmark-dev >/dev/null 2>&1; then apt-get install -y -qq libbenchmark-dev >/dev/null; fi
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$PWD")}"
cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMERGEGATE_WERROR=ON \
  -DMERGEGATE_BUILD_TESTS=OFF -DMERGEGATE_BENCH=ON >/dev/null
cmake --build build-bench -j"${JOBS:-2}" --target mergegate_micro_bench
build-bench/mergegate_micro_bench --benchmark_min_time="${MIN_TIME:-0.5}" "$@"
