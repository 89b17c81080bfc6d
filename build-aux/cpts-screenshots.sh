#!/bin/sh
# Screenshots of the Connect dialog's browser (dates in the report column,
# a filter typed in the task column), light and dark:
#
#   build-aux/cpts-screenshots.sh [BUILDDIR]     (default: build)
#
# writes data/screenshots/connect-browse.png, connect-browse-dark.png and
# connect-form.png (an invalid access key marked)
# with tests/cpts-dialog-shot against the in-process mock server.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=${1:-$srcdir/build}
ninja -C "$builddir" -j2 tests/cpts-dialog-shot data/gschemas.compiled

TZ=UTC LC_ALL=C.UTF-8 GSETTINGS_SCHEMA_DIR="$builddir/data" GSETTINGS_BACKEND=memory \
GTK_A11Y=none NO_AT_BRIDGE=1 \
  xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  "$builddir/tests/cpts-dialog-shot" "$srcdir/data/screenshots"
echo "wrote $srcdir/data/screenshots/connect-browse.png, connect-browse-dark.png, connect-form.png"
