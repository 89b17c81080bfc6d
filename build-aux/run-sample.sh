#!/usr/bin/env bash
# Sets everything up on Debian 12 and opens AW Chart on the bundled sample.
# With no display it exports the sample to awchart-sample.png/.svg instead.
set -euo pipefail
cd "$(dirname "$0")/.."

./build-aux/setup-debian.sh
builddir=${AWC_BUILDDIR:-build}
[ -f "$builddir/build.ninja" ] || meson setup "$builddir" >/dev/null
meson compile -C "$builddir" >/dev/null

export GSETTINGS_SCHEMA_DIR="$PWD/$builddir/data"
if [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${DISPLAY:-}" ]; then
  # GtkApplication wants a session bus; start one when there is none
  # (e.g. a bare X server or an SSH session with X forwarding).
  if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-run-session >/dev/null; then
    exec dbus-run-session -- "$builddir/src/awchart" --demo "$@"
  fi
  exec "$builddir/src/awchart" --demo "$@"
fi

echo "awchart: no display found (DISPLAY and WAYLAND_DISPLAY are unset);" \
     "exporting the sample instead." >&2
for ext in png svg; do
  "$builddir/src/awchart" --export "awchart-sample.$ext" --buckets --demo
  echo "$PWD/awchart-sample.$ext"
done
