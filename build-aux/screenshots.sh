#!/bin/sh
# Screenshots of the main and compare windows for the README and the
# metainfo, at the three sizes the layout is checked at, light and dark.
#
#   build-aux/screenshots.sh [BUILDDIR]     (default: build)
#
# Starts awchart under Xvfb on the bundled ramp-up sample with the cursor
# pinned mid-run (side panels as the width allows: test-layout), and
# compares the sample with a generated 1500 s variant; saves
#   data/screenshots/main-WxH.png, main-WxH-dark.png,
#   data/screenshots/compare-WxH.png, compare-WxH-dark.png
# for 900x600, 1280x800 and 1920x1080, and main-dark.png (= main-1280x800-dark).
# Needs ImageMagick (import, convert): AWC_SETUP_EXTRA=screenshots
# build-aux/setup-debian.sh installs it.
#
# Test-only hook: AWCHART_SCREENSHOT_CURSOR=FRACTION (0…1) makes the window
# pin the chart cursor at that fraction of the run once the report is shown,
# and print "awchart: screenshot-ready" on stdout after the next painted
# frame.  It has no UI and is read nowhere else.  Settings go to a throw-away keyfile
# (GSETTINGS_BACKEND=keyfile in a temporary XDG_CONFIG_HOME), so the dark
# shot uses the app's real color-scheme preference.
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
builddir=$(cd "${1:-$srcdir/build}" 2>/dev/null && pwd || echo "${1:-$srcdir/build}")
outdir="$srcdir/data/screenshots"

if [ ! -f "$builddir/build.ninja" ]; then
  meson setup "$builddir" "$srcdir"
fi
ninja -C "$builddir" -j2 src/awchart data/gschemas.compiled tests/awc-gen-report
for tool in import convert; do
  command -v $tool >/dev/null || { echo "screenshots: $tool missing (AWC_SETUP_EXTRA=screenshots build-aux/setup-debian.sh)" >&2; exit 1; }
done

export AWCHART_BIN="$builddir/src/awchart"
export GSETTINGS_SCHEMA_DIR="$builddir/data"
export GSETTINGS_BACKEND=keyfile
export GTK_A11Y=none NO_AT_BRIDGE=1 LC_ALL=C.UTF-8 TZ=UTC
# AWC_SHOT_LANGUAGE=zh_CN shoots in Chinese (the build's po/), =pseudo with
# the 40 %-longer strings of build-aux/pseudo-po.py; AWC_SHOT_DIR=DIR
# writes there instead of data/screenshots.
if [ -n "${AWC_SHOT_LANGUAGE:-}" ]; then
  unset LC_ALL
  export LANG=zh_CN.UTF-8 LANGUAGE="$AWC_SHOT_LANGUAGE" AWCHART_LOCALEDIR="$builddir/po"
  if [ "$AWC_SHOT_LANGUAGE" = pseudo ]; then
    python3 "$srcdir/build-aux/pseudo-po.py" "$builddir" >/dev/null
    AWCHART_LOCALEDIR="$builddir/po-pseudo"
  fi
fi
outdir=${AWC_SHOT_DIR:-$outdir}
mkdir -p "$outdir"

# The comparison's run B: the ramp-up scenario, longer and with other noise.
# Its title is its file name.
variant_dir=$(mktemp -d)
variant="$variant_dir/ramp-up variant (1500 s, seed 99).json"
"$builddir/tests/awc-gen-report" --points 1500 --seed 99 "$variant"

# shot WINDOW WIDTH HEIGHT SCHEME OUTPUT   (WINDOW: main or compare)
shot () {
  window=$1 width=$2 height=$3 scheme=$4 output=$5
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_CACHE_HOME="$tmp/cache"
  mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"

  # No window manager under Xvfb: the window sits at 0,0, so give it the screen.
  gsettings set io.github.awchart.AwChart color-scheme "$scheme"
  gsettings set io.github.awchart.AwChart window-width "$width"
  gsettings set io.github.awchart.AwChart window-height "$height"
  gsettings set io.github.awchart.AwChart compare-window-width "$width"
  gsettings set io.github.awchart.AwChart compare-window-height "$height"
  gsettings set io.github.awchart.AwChart show-bucket-panel true
  gsettings set io.github.awchart.AwChart show-series-list true

  export SHOT_OUTPUT="$output" SHOT_WINDOW="$window" SHOT_VARIANT="$variant"
  xvfb-run -a -s "-screen 0 ${width}x${height}x24 -nolisten tcp" \
    dbus-run-session -- sh -c '
      if [ "$SHOT_WINDOW" = compare ]; then
        "$AWCHART_BIN" --compare demo:ramp-up "$SHOT_VARIANT" > "$SHOT_OUTPUT.log" &
        pid=$!
      else
        AWCHART_SCREENSHOT_CURSOR=0.5 "$AWCHART_BIN" --demo=ramp-up > "$SHOT_OUTPUT.log" &
        pid=$!
        # Wait until the app says the report frame is painted.
        i=0
        until grep -q "screenshot-ready" "$SHOT_OUTPUT.log" 2>/dev/null; do
          i=$((i + 1))
          if [ $i -gt 150 ]; then echo "screenshots: no report frame" >&2; kill $pid; exit 1; fi
          sleep 0.2
        done
      fi
      rm -f "$SHOT_OUTPUT.log"
      # The machine may be busy: shoot until two frames in a row are equal
      # and not black (loading bar and spinner gone, chart drawn).
      prev=
      for attempt in 1 2 3 4 5 6 7 8 9 10; do
        sleep 1.5
        import -window root "$SHOT_OUTPUT.tmp.png"
        sum=$(convert "$SHOT_OUTPUT.tmp.png" rgba:- | md5sum)
        mean=$(convert "$SHOT_OUTPUT.tmp.png" -format "%[fx:mean]" info:)
        case $mean in 0|0.0*) prev= ; continue ;; esac
        if [ "$sum" = "$prev" ]; then break; fi
        prev=$sum
      done
      mv "$SHOT_OUTPUT.tmp.png" "$SHOT_OUTPUT"
      kill $pid
      wait $pid 2>/dev/null || true
    '
  rm -rf "$tmp"
  trap - EXIT
  echo "wrote $output"
}

for size in 900x600 1280x800 1920x1080; do
  w=${size%x*} h=${size#*x}
  for window in main compare; do
    shot $window "$w" "$h" light "$outdir/$window-$size.png"
    shot $window "$w" "$h" dark "$outdir/$window-$size-dark.png"
  done
done
cp "$outdir/main-1280x800-dark.png" "$outdir/main-dark.png"
rm -rf "$variant_dir"
