#!/usr/bin/env python3
"""Fails when src/render/ reaches GTK or the report/comparison GObjects
through any chain of includes: the renderer draws immutable snapshots
(docs/architecture.md) and nothing else."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1]) / "src"
include = re.compile(r'^\s*#\s*include\s+[<"]([^>"]+)[>"]', re.M)
forbidden = {"gtk/gtk.h", "model/awc-report.h", "model/awc-comparison.h",
             "model/awc-delta.h", "awc-report.h", "awc-comparison.h", "awc-delta.h"}


def resolve(name, here):
    for base in (here.parent, root):
        path = base / name
        if path.exists():
            return path
    return None


problems = []
for start in sorted((root / "render").glob("*.[ch]")):
    seen, stack = set(), [(start, [start.relative_to(root).as_posix()])]
    while stack:
        path, chain = stack.pop()
        for name in include.findall(path.read_text(errors="replace")):
            if name in forbidden or name.startswith("gtk/"):
                problems.append(" -> ".join(chain + [name]))
                continue
            target = resolve(name, path)
            if target is not None and target not in seen:
                seen.add(target)
                stack.append((target, chain + [target.relative_to(root).as_posix()]))

for p in problems:
    print(p)
sys.exit(1 if problems else 0)
