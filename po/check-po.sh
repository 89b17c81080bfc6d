#!/bin/sh
# check-po.sh SRCROOT OUTDIR — the 'po' suite's catalogue checks:
#  (a) xgettext over po/POTFILES.in gives no warning (a G_*_FORMAT macro
#      inside _() or a string xgettext cannot read is never translated);
#  (b) every po/<lang>.po of po/LINGUAS passes `msgfmt --check`, has no
#      fuzzy and no untranslated entry, and holds exactly the msgids of the
#      pot just built: a new string without a translation fails here
#      (build-aux/update-po.sh merges it in, then translate it).
set -u
root=$1
out=$2/check-po
mkdir -p "$out"
cd "$root" || exit 1
status=0

# shellcheck disable=SC2046 # one argument per line, none has spaces
xgettext --package-name=awchart -f po/POTFILES.in -D "$root" -o "$out/awchart.pot" \
  $(grep -v '^#' po/xgettext-args) 2>"$out/xgettext.err"
rc=$?
if [ $rc -ne 0 ] || [ -s "$out/xgettext.err" ]; then
  echo "FAIL: xgettext (exit $rc) warned:"
  cat "$out/xgettext.err"
  status=1
else
  echo "ok: xgettext extracts $(grep -c '^msgid ' "$out/awchart.pot") msgids with no warning"
fi

for lang in $(grep -v '^#' po/LINGUAS); do
  po=po/$lang.po
  if ! msgfmt --check --statistics -o /dev/null "$po" 2>"$out/$lang.stats"; then
    echo "FAIL: msgfmt --check $po:"
    cat "$out/$lang.stats"
    status=1
    continue
  fi
  if grep -q 'fuzzy\|untranslated' "$out/$lang.stats"; then
    echo "FAIL: $po: $(cat "$out/$lang.stats")"
    msgattrib --only-fuzzy --no-obsolete "$po" | grep '^msgid' | head -20
    msgattrib --untranslated --no-obsolete "$po" | grep '^msgid' | head -20
    status=1
  else
    echo "ok: $po: $(cat "$out/$lang.stats")"
  fi
  [ -s "$out/awchart.pot" ] || continue
  # Both ways: every string of the sources is in the .po, and the .po
  # has no string the sources lost (run build-aux/update-po.sh).
  if ! msgcmp --use-untranslated "$po" "$out/awchart.pot" >"$out/$lang.cmp" 2>&1; then
    echo "FAIL: $po lacks strings of the sources (run build-aux/update-po.sh and translate them):"
    head -40 "$out/$lang.cmp"
    status=1
  fi
  if ! msgcmp --use-untranslated "$out/awchart.pot" "$po" >"$out/$lang.cmp2" 2>&1; then
    echo "FAIL: $po has strings no source has any more (run build-aux/update-po.sh):"
    head -40 "$out/$lang.cmp2"
    status=1
  fi
done
exit $status
