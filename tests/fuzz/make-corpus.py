#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus tests/fuzz/corpus/<target>/ from the test fixtures.

    tests/fuzz/make-corpus.py        # rewrites tests/fuzz/corpus/

Each input is named after the SHA-1 of its bytes, as libFuzzer names
what it adds.  Inputs come from tests/data/*.json, the bucket labels in
tests/test-bucket.c and the fixtures, the --fail-if expressions in
tests/test-fail-if.c and tests/test-cli-compare.c, and the error bodies
the mock CPTS server sends (tests/support/awc-mock-cpts.c).  Keep each
target at a few dozen small files: CI replays all of them."""

import codecs
import hashlib
import json
import pathlib
import re
import shutil

TESTS = pathlib.Path(__file__).resolve().parent.parent
DATA = TESTS / "data"
OUT = TESTS / "fuzz" / "corpus"
MAX_SIZE = 8192


def c_strings(path, pattern=r'"((?:[^"\\\n]|\\.)*)"'):
    """The C string literals in @path (escapes \\" and \\\\ decoded)."""
    text = path.read_text(encoding="utf-8")
    out = []
    for m in re.finditer(pattern, text):
        try:
            out.append(codecs.escape_decode(m.group(1).encode("utf-8"))[0].decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            pass
    return out


def loader_inputs():
    return [p.read_bytes() for p in sorted(DATA.glob("*.json"))
            if not p.name.startswith("cpts-") or p.name == "cpts-chart.json"]


def lists_inputs():
    out = [p.read_bytes() for p in sorted(DATA.glob("cpts-*.json")) if p.name != "cpts-chart.json"]
    out += [b'{"projects":[{"id":1,"name":"p","description":null}]}',
            b'{"tasks":[{"id":"t","name":"n","task_run_info":{"id":7.0}}]}',
            b'{"log_list":[{"run_id":1.5e3,"name":"r","start_time":"2023-05-04 17:24:44",'
            b'"continue_time":"60","run_type":true}]}',
            b'{"result":{"case_aw_info_list":null}}',
            b'{"result":{"case_aw_info_list":[1]}}',
            b'{"tasks":{}}', b'[]', b'']
    return out


def error_inputs():
    # First byte: the status (see fuzz-cpts-error.c); the rest: the body.
    bodies = [p.read_bytes() for p in sorted(DATA.glob("loader-api-error*.json"))]
    bodies += [s.encode() for s in c_strings(TESTS / "support" / "awc-mock-cpts.c")
               if s.startswith("{\\\"error") or s.startswith("<") or "error_code" in s]
    bodies += [b'{"error":{"code":"APIGW.0301","message":"bad\\u001b[2Jsig"}}',
               b'{"errorCode":"CPTS.0001","errorMsg":"x"}', b'"plain string"',
               b'<html><head><title>502 Bad Gateway</title></head></html>',
               b'\xff\xfe not utf-8', b'']
    return [bytes([i % 14]) + b.replace(b'\\"', b'"') for i, b in enumerate(bodies)]


def label_inputs():
    labels = set()
    for s in c_strings(TESTS / "test-bucket.c"):
        if re.search(r"[0-9]", s) and len(s) < 40 and "%" not in s:
            labels.add(s)
    for p in DATA.glob("*.json"):
        for m in re.finditer(r'"([<>≥≤]?[0-9][^"]{0,30}(?:ms|s|min)?)"\s*:', p.read_text("utf-8")):
            labels.add(m.group(1))
    return [s.encode("utf-8") for s in sorted(labels)][:60]


def timestamp_inputs():
    out = []
    for p in sorted(DATA.glob("*.json")):
        try:
            doc = json.loads(p.read_bytes())
        except ValueError:
            continue
        broken = ((doc.get("result") or {}) if isinstance(doc, dict) else {})
        broken = broken.get("broken_list") if isinstance(broken, dict) else None
        if isinstance(broken, dict) and isinstance(broken.get("commonTimestamps"), list):
            out.append(json.dumps(broken["commonTimestamps"][:20], ensure_ascii=False).encode())
    out += [b'[1683191084,1683191085,1683191086]', b'[1683191084000,1683191085000]',
            b'["1683191084","1683191085.5"]', b'["2023-05-04T17:24:44Z","2023-05-04 17:24:45.25"]',
            b'["2024-02-29 00:00:00","2023-02-29 00:00:00"]', b'[100000000000,100000000001]',
            b'[null]', b'["\\u0032023-05-04 17:24:44"]', b'[]', b'[1e400]']
    return out


def fail_if_inputs():
    exprs = set()
    for name in ("test-fail-if.c", "test-cli-compare.c"):
        for s in c_strings(TESTS / name):
            if re.search(r"[<>]", s) and len(s) < 80 and "%s" not in s and " " not in s.strip():
                exprs.add(s)
    exprs |= {" rt > +20 ms ", "refused>+0.1pp, others>+.5pp", "", "p90>+10%,"}
    return [s.encode("utf-8") for s in sorted(exprs)]


def threshold_inputs():
    rules = {s for s in c_strings(TESTS / "test-chart-data.c")
             if re.search(r"[<>]=", s) and len(s) < 60 and "--threshold" not in s}
    for name in ("test-cli-threshold.c", "test-compare-threshold.c", "test-render-layers.c"):
        if (TESTS / name).exists():
            rules |= {s for s in c_strings(TESTS / name)
                      if re.search(r"^[\w.]+[<>]=", s) and len(s) < 60}
    rules |= {"tps>=200/s", "average<=500ms", "error<=1%", "rx>=2 MB/s", "users<=1e308", ""}
    return [s.encode("utf-8") for s in sorted(rules)]


TARGETS = {
    "fuzz-bucket-label": label_inputs,
    "fuzz-cpts-error": error_inputs,
    "fuzz-cpts-lists": lists_inputs,
    "fuzz-fail-if": fail_if_inputs,
    "fuzz-loader": loader_inputs,
    "fuzz-threshold": threshold_inputs,
    "fuzz-timestamps": timestamp_inputs,
}

for target, inputs in TARGETS.items():
    out = OUT / target
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for data in inputs():
        if len(data) <= MAX_SIZE:
            (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
    print(f"{target}: {len(list(out.iterdir()))} inputs")
