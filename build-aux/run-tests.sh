#!/usr/bin/env bash
# Sets everything up on Debian 12, builds with -Dwerror=true and runs the
# whole test suite headless (Xvfb + a private D-Bus session), then the same
# suite again under AddressSanitizer/LeakSanitizer, and checks that clang
# builds it warning-free too.  Ends with one line
# "N passed, N failed" counted from meson's test logs.
set -uo pipefail
cd "$(dirname "$0")/.."

./build-aux/setup-debian.sh || exit 1

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
if [ "${AWC_SKIP_ASAN:-0}" != 1 ]; then
  AWC_TEST_SETUP=asan run_suite build-asan -Db_sanitize=address,undefined -Db_lundef=false || rc=1
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
fi

python3 - build/meson-logs/testlog-xvfb.json build-asan/meson-logs/testlog-asan.json <<'PY'
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
