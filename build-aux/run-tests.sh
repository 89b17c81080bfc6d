#!/usr/bin/env bash
# Sets everything up on Debian 12, builds with -Dwerror=true and runs the
# whole test suite headless (Xvfb + a private D-Bus session), then the same
# suite again under AddressSanitizer/LeakSanitizer, the non-GUI tests under
# valgrind (definite leaks fail), checks that clang builds it warning-free,
# and runs each libFuzzer target for a fixed number of inputs from a fixed
# seed on a copy of its seed corpus.
# Ends with one line "N passed, N failed" counted from meson's test logs
# and the fuzz runs.  Each stage prints how long it took.
#
# Skip a stage with AWC_SKIP_ASAN=1, AWC_SKIP_VALGRIND=1, AWC_SKIP_CLANG=1
# or AWC_SKIP_FUZZ=1.  Fuzzing: AWC_FUZZ_RUNS inputs per target [200000],
# capped at AWC_FUZZ_SECONDS [60]; AWC_FUZZ_SEED [1] (0 = a random seed, to
# explore; CI keeps the fixed seed so that a verdict does not depend on luck).
set -uo pipefail
cd "$(dirname "$0")/.."

./build-aux/setup-debian.sh || exit 1

stage_start=$SECONDS
stage_done () {
  echo "run-tests: stage $1: $((SECONDS - stage_start)) s"
  stage_start=$SECONDS
}

run_suite () {
  local dir=$1; shift
  rm -rf "$dir"
  meson setup "$dir" -Dwerror=true "$@" >"$dir.setup.log" 2>&1 \
    || { cat "$dir.setup.log"; return 1; }
  meson compile -C "$dir" || return 1
  # The default test setup wraps each test in its own xvfb-run and
  # dbus-run-session (see meson.build).
  meson test -C "$dir" --print-errorlogs --num-processes 2 \
    --setup "${AWC_TEST_SETUP:-xvfb}"
}

rc=0
run_suite build || rc=1
stage_done "gcc build + tests"
if [ "${AWC_SKIP_ASAN:-0}" != 1 ]; then
  AWC_TEST_SETUP=asan run_suite build-asan -Db_sanitize=address,undefined -Db_lundef=false || rc=1
  stage_done "ASan/UBSan tests"
fi

# The non-GUI tests (suite 'core', see tests/meson.build) under valgrind
# on the gcc build: errors and definite leaks fail (the 'valgrind' setup
# in meson.build).  GUI tests are left out: with Mesa, valgrind is unusable.
if [ "${AWC_SKIP_VALGRIND:-0}" != 1 ]; then
  if command -v valgrind >/dev/null && [ -d build ]; then
    meson test -C build --print-errorlogs --num-processes 2 --no-rebuild \
      --setup valgrind --suite core || rc=1
  else
    echo "run-tests: valgrind stage skipped (no valgrind or no build)"
  fi
  stage_done "valgrind (non-GUI tests)"
fi

# The code must also build warning-free with clang (issue 2); compile only.
if [ "${AWC_SKIP_CLANG:-0}" != 1 ] && command -v clang >/dev/null; then
  rm -rf build-clang
  if CC=clang meson setup build-clang -Dwerror=true >build-clang.setup.log 2>&1 \
     && meson compile -C build-clang >build-clang.log 2>&1; then
    echo "clang -Dwerror=true build: OK"
  else
    tail -n 40 build-clang.setup.log build-clang.log
    echo "clang -Dwerror=true build: FAILED"
    rc=1
  fi
  stage_done "clang build"
fi

# libFuzzer targets (tests/fuzz/): each runs AWC_FUZZ_RUNS inputs from
# AWC_FUZZ_SEED on a copy of its seed corpus (so the repository is not modified) plus its
# kept crashers; a crash, leak or UB report fails the run.
fuzz_results=build-fuzz/fuzz-results.json
rm -f "$fuzz_results"
if [ "${AWC_SKIP_FUZZ:-0}" != 1 ]; then
  probe=$(mktemp -d)
  printf 'int LLVMFuzzerTestOneInput (const char *d, unsigned long n) { return 0; }\n' >"$probe/probe.c"
  if ! command -v clang >/dev/null \
     || ! clang -fsanitize=fuzzer "$probe/probe.c" -o "$probe/probe" >/dev/null 2>&1; then
    echo "run-tests: fuzz stage skipped: needs clang and libclang-rt-14-dev (libFuzzer)"
  else
    rm -rf build-fuzz
    targets=()
    for f in tests/fuzz/fuzz-*.c; do
      targets+=("$(basename "$f" .c)")
    done
    if CC=clang meson setup build-fuzz -Dwerror=true -Dfuzzers=true \
         -Db_sanitize=address,undefined -Db_lundef=false >build-fuzz.setup.log 2>&1 \
       && meson compile -C build-fuzz "${targets[@]/#/tests/fuzz/}" >build-fuzz.log 2>&1; then
      for t in "${targets[@]}"; do
        work=$(mktemp -d)
        mkdir "$work/corpus" "$work/artifacts"
        cp tests/fuzz/corpus/"$t"/* "$work/corpus/" 2>/dev/null
        dirs=("$work/corpus")
        [ -d tests/fuzz/regressions/"$t" ] && dirs+=(tests/fuzz/regressions/"$t")
        if ASAN_OPTIONS=intercept_tls_get_addr=0:detect_leaks=1 \
           UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
           build-fuzz/tests/fuzz/"$t" -seed="${AWC_FUZZ_SEED:-1}" -runs="${AWC_FUZZ_RUNS:-200000}" \
             -max_total_time="${AWC_FUZZ_SECONDS:-60}" -timeout=10 \
             -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$work/artifacts/" \
             "${dirs[@]}" >"$work/log" 2>&1; then
          result=OK
          echo "fuzz $t: OK, $(grep -E '^#[0-9]+' "$work/log" | tail -n 1)"
        else
          result=FAIL
          grep -v -E '^(#[0-9]+|INFO:)' "$work/log" | tail -n 60
          mkdir -p build-fuzz/artifacts
          cp "$work"/artifacts/* build-fuzz/artifacts/ 2>/dev/null
          echo "fuzz $t: FAILED (inputs kept in build-fuzz/artifacts/)"
          rc=1
        fi
        printf '{"name": "%s", "result": "%s"}\n' "$t" "$result" >>"$fuzz_results"
        rm -rf "$work"
      done
    else
      tail -n 40 build-fuzz.setup.log build-fuzz.log 2>/dev/null
      echo "run-tests: fuzz build FAILED"
      printf '{"name": "fuzz-build", "result": "FAIL"}\n' >>"$fuzz_results"
      rc=1
    fi
  fi
  rm -rf "$probe"
  stage_done "fuzz targets"
fi

python3 - build/meson-logs/testlog-xvfb.json build-asan/meson-logs/testlog-asan.json \
  build/meson-logs/testlog-valgrind.json "$fuzz_results" <<'PY'
import collections, json, os, sys
c = collections.Counter()
for path in sys.argv[1:]:
    if os.path.exists(path):
        for line in open(path):
            c[json.loads(line)["result"]] += 1
ok = c["OK"] + c["EXPECTEDFAIL"]
bad = sum(v for k, v in c.items() if k not in ("OK", "SKIP", "EXPECTEDFAIL"))
print(f"{ok} passed, {bad} failed, {c['SKIP']} skipped")
sys.exit(1 if bad or ok == 0 else 0)
PY
[ $? -eq 0 ] || rc=1
exit $rc
