#!/usr/bin/env python3
"""Builds a pseudo-locale catalogue whose strings are 40 % longer than the
English ones, accented and bracketed, to see what clips or wraps badly
(issue 15, point 4).  Format directives, mnemonics, markup and escapes are
kept, so the app behaves as with a real translation.

    build-aux/pseudo-po.py [BUILDDIR]      (default: build)

writes BUILDDIR/po-pseudo/pseudo.po and
BUILDDIR/po-pseudo/pseudo/LC_MESSAGES/awchart.mo, then prints how to run
awchart with it.  Needs a non-C locale for LANG (gettext ignores LANGUAGE
in the C locale); zh_CN.UTF-8 is the one build-aux/setup-debian.sh makes.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
OUT = os.path.join(BUILD, "po-pseudo")
GROWTH = 1.4

ACCENTS = str.maketrans(
    "AaBCcDdEeGgHhIiJjKkLlNnOoRrSsTtUuWwYyZz",
    "ÅåƁÇçĐđÉéĜĝĤĥÎîĴĵĶķĻļÑñÖöŔŕŠšŢţÛûŴŵÝýŽž")
# Kept as they are: printf directives, escapes, markup, entities, mnemonic
# underscores (and the letter after them), option names, URLs.
KEEP = re.compile(r'%(?:\d+\$)?[-+ #0\']*\d*(?:\.\d+)?(?:hh|h|ll|l|z|j|t)?[diouxXeEfFgGcsp%]'
                  r'|\\.|<[^>]*>|&\w+;|_\w|--?[\w-]+|https?://\S+|\$\w+')


def unquote(line):
    return "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', line))


def entries(path):
    cur = {}
    key = None
    with open(path, encoding="utf-8") as f:
        for line in list(f) + ["\n"]:
            line = line.rstrip("\n")
            if not line.strip():
                if "msgid" in cur:
                    yield cur
                cur, key = {}, None
            elif line.startswith("#,"):
                cur["flags"] = line
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                cur[key] += unquote(line)
            else:
                key, _, rest = line.partition(" ")
                cur[key] = unquote(rest)


def pseudo(text):
    if not text or text == "translator-credits":
        return text
    parts, pos = [], 0
    for m in KEEP.finditer(text):
        parts.append(text[pos:m.start()].translate(ACCENTS))
        parts.append(m.group(0))
        pos = m.end()
    parts.append(text[pos:].translate(ACCENTS))
    body = "".join(parts)
    # Desktop-file keyword lists must keep their trailing ';'.
    if text.endswith(";") and " " not in text:
        return body
    lines = body.split("\\n")
    grown = []
    for line in lines:
        visible = len(re.sub(r"\\.|<[^>]*>", "x", line))
        pad = max(1, round(visible * (GROWTH - 1)) - 2) if visible else 0
        grown.append("[" + line + " " + "~" * pad + "]" if visible else line)
    return "\\n".join(grown)


def main():
    os.makedirs(os.path.join(OUT, "pseudo", "LC_MESSAGES"), exist_ok=True)
    pot = os.path.join(OUT, "awchart.pot")
    args = [a for a in open(os.path.join(ROOT, "po", "xgettext-args")).read().split() if a]
    subprocess.run(["xgettext", "--package-name=awchart", "-f", "po/POTFILES.in", "-D", ROOT,
                    "-o", pot] + args, cwd=ROOT, check=True)
    po = os.path.join(OUT, "pseudo.po")
    with open(po, "w", encoding="utf-8") as out:
        out.write('msgid ""\nmsgstr ""\n'
                  '"Project-Id-Version: awchart\\n"\n"PO-Revision-Date: 2026-01-01 00:00+0000\\n"\n'
                  '"Last-Translator: build-aux/pseudo-po.py\\n"\n"Language-Team: none\\n"\n'
                  '"Language: pseudo\\n"\n"MIME-Version: 1.0\\n"\n'
                  '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
                  '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
        for e in entries(pot):
            if not e["msgid"]:
                continue
            if "flags" in e:
                out.write(e["flags"] + "\n")
            if "msgctxt" in e:
                out.write('msgctxt "%s"\n' % e["msgctxt"])
            out.write('msgid "%s"\n' % e["msgid"])
            if "msgid_plural" in e:
                out.write('msgid_plural "%s"\n' % e["msgid_plural"])
                out.write('msgstr[0] "%s"\n' % pseudo(e["msgid"]))
                out.write('msgstr[1] "%s"\n\n' % pseudo(e["msgid_plural"]))
            else:
                out.write('msgstr "%s"\n\n' % pseudo(e["msgid"]))
    mo = os.path.join(OUT, "pseudo", "LC_MESSAGES", "awchart.mo")
    subprocess.run(["msgfmt", "--check", "-o", mo, po], check=True)
    print(f"wrote {mo}\nrun: LANG=zh_CN.UTF-8 LANGUAGE=pseudo AWCHART_LOCALEDIR={OUT} "
          f"{os.path.join(BUILD, 'src', 'awchart')} --demo")


if __name__ == "__main__":
    main()
