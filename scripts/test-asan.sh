#!/usr/bin/env bash
# Builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer, no recovery) into
# build-asan/ and runs the whole test suite under it; the e2e tests run build-asan/mergegate.
# Any sanitizer report (including a leak) fails the test that triggered it. Called by
# `scripts/bootstrap.sh --test` (CI); run it alone after bootstrap has installed the tools.
set -euo pipefail
cd "$(dirname "$0")/.."

# Every report aborts (SIGABRT) instead of exiting with a status: mergegate's own exit codes are
# 0/1/2, so a sanitizer exit status of 1 would read as "block" in an e2e test that expects a
# block; an abort reads as a crash and fails every test. detect_leaks is LeakSanitizer (on by
# default on x86_64 Linux; explicit so a platform default cannot turn it off).
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:disable_coredump=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:abort_on_error=1}"

cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan -j "$(nproc)"
