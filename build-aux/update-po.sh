#!/bin/sh
# update-po.sh — regenerate po/awchart.pot from the sources in
# po/POTFILES.in and merge it into every po/<lang>.po of po/LINGUAS.
# New strings arrive untranslated, changed ones marked fuzzy: translate
# them (and drop the fuzzy flag), then `meson test -C build --suite po`.
# Usage: build-aux/update-po.sh   (from anywhere in the source tree)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

# Every source with _() must be listed (tests/check-potfiles.py says which).
if command -v python3 >/dev/null; then
  python3 tests/check-potfiles.py "$root" || {
    echo "update-po: fix po/POTFILES.in first" >&2; exit 1; }
fi

# shellcheck disable=SC2046 # one argument per line, none has spaces
xgettext --package-name=awchart -f po/POTFILES.in -D "$root" -o po/awchart.pot.new \
  $(grep -v '^#' po/xgettext-args)
mv po/awchart.pot.new po/awchart.pot

for lang in $(grep -v '^#' po/LINGUAS); do
  po=po/$lang.po
  if [ ! -f "$po" ]; then
    msginit --no-translator -l "$lang.UTF-8" -i po/awchart.pot -o "$po"
  fi
  msgmerge --quiet --update --backup=none --previous "$po" po/awchart.pot
  # Strings the sources lost go, so the .po holds exactly the pot's.
  msgattrib --no-obsolete -o "$po" "$po"
  printf '%s: ' "$po"
  msgfmt --check --statistics -o /dev/null "$po" 2>&1
done
echo "update-po: translate the untranslated and fuzzy entries above, then run"
echo "  meson test -C build --suite po"
