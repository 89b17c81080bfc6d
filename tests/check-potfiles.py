#!/usr/bin/env python3
"""Fails when a file with translatable strings is missing from
po/POTFILES.in, when a listed file does not exist, or when the list is
not sorted: a string that is not extracted never gets translated."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = [l.strip() for l in (root / "po" / "POTFILES.in").read_text().splitlines()
          if l.strip() and not l.startswith("#")]
problems = []
if listed != sorted(listed):
    problems.append("po/POTFILES.in is not sorted")
for name in listed:
    if not (root / name).exists():
        problems.append(f"po/POTFILES.in lists {name}, which does not exist")

c_marker = re.compile(r'\b(?:N_|_|C_|NC_|g_dngettext|ngettext)\s*\(\s*"')
needed = set()
for path in (root / "src").rglob("*.c"):
    if c_marker.search(path.read_text(errors="replace")):
        needed.add(path.relative_to(root).as_posix())
for path in (root / "resources").rglob("*.ui"):
    if 'translatable="yes"' in path.read_text(errors="replace"):
        needed.add(path.relative_to(root).as_posix())
for name in sorted(needed - set(listed)):
    problems.append(f"{name} has translatable strings but is not in po/POTFILES.in")

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
