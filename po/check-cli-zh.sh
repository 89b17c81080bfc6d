#!/bin/sh
# check-cli-zh.sh — the command line in Simplified Chinese, from the
# build's catalogues (AWCHART_LOCALEDIR=build/po): GLib's own "Usage:",
# our option help, --summary of the bundled sample and an error line.
# Needs the zh_CN.UTF-8 locale (build-aux/setup-debian.sh generates it);
# skips (77) without it.
set -u
: "${AWCHART:?}" "${AWCHART_LOCALEDIR:?}"

if ! locale -a 2>/dev/null | grep -qix 'zh_CN\.utf-\?8'; then
  echo "SKIP: no zh_CN.UTF-8 locale (run build-aux/setup-debian.sh)"
  exit 77
fi
unset LC_ALL LC_MESSAGES LC_CTYPE
export LANGUAGE=zh_CN LANG=zh_CN.UTF-8 AWCHART_LOCALEDIR
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
status=0

# expect FILE TEXT… — FILE contains every TEXT
expect () {
  file=$1; shift
  for text in "$@"; do
    if ! grep -qF -- "$text" "$file"; then
      echo "FAIL: $(basename "$file") lacks “$text”:"
      sed 's/^/  | /' "$file" | head -40
      status=1
    fi
  done
}

"$AWCHART" --help >"$tmp/help" 2>&1 || { echo "FAIL: awchart --help exited $?"; status=1; }
expect "$tmp/help" "用法：" "帮助选项：" "打开内置示例报告"

# The headless options' help: `--summary --help`, or `--help-cli` where
# that is how it is asked for.
"$AWCHART" --summary --help >"$tmp/cli-help" 2>&1 \
  || "$AWCHART" --help-cli >"$tmp/cli-help" 2>&1 \
  || { echo "FAIL: awchart --summary --help and --help-cli exited $?"; status=1; }
expect "$tmp/cli-help" "用法：" "将图表导出到 OUT" "示例："

"$AWCHART" --summary --demo >"$tmp/summary" 2>&1 || { echo "FAIL: awchart --summary --demo exited $?"; status=1; }
expect "$tmp/summary" "数据点：" "持续时间：" "平均响应时间" "响应时间区间" "百分位"

# The labels are translated whole and padded in code: the values after
# 来源/数据点/开始/结束/持续时间 start in one terminal column (a Chinese
# character takes two).
if command -v python3 >/dev/null; then
  python3 - "$tmp/summary" <<'PY' || status=1
import sys, unicodedata
width = lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
cols = set()
for line in open(sys.argv[1], encoding="utf-8"):
    head, sep, rest = line.partition("：")
    if sep and head in ("来源", "数据点", "开始", "结束", "持续时间"):
        cols.add(width(head + sep) + len(rest) - len(rest.lstrip(" ")))
if len(cols) != 1:
    sys.exit("FAIL: the summary's header values are not aligned: columns %s" % sorted(cols))
PY
fi

"$AWCHART" --summary "$tmp/no-such.json" >"$tmp/error" 2>&1
rc=$?
[ $rc -eq 1 ] || { echo "FAIL: a missing file exited $rc, not 1"; status=1; }
expect "$tmp/error" "no-such.json" "无法读取文件" "没有那个文件或目录"
[ "$(wc -l <"$tmp/error")" -eq 1 ] || { echo "FAIL: the error is not one line:"; cat "$tmp/error"; status=1; }

"$AWCHART" --summary --size=oops --demo >"$tmp/usage" 2>&1
expect "$tmp/usage" "--size 必须"
[ $status -eq 0 ] && echo "ok: awchart speaks Simplified Chinese"
exit $status
