#!/usr/bin/env python3
"""Writes the fuzzer's seed corpus into the folder given as argument: every program of
Tests/Golden, every code block of docs/*.md, every lesson file of lessons/ (whole), and
the regression inputs of Tests/FuzzRegressions. Run from the repository root."""
import glob
import hashlib
import os
import re
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "fuzz-corpus/graines"
os.makedirs(out, exist_ok=True)
seeds = []
for path in sorted(glob.glob("Tests/Golden/**/*.ard", recursive=True)):
    seeds.append(open(path, "rb").read())
for path in sorted(glob.glob("docs/*.md")):
    text = open(path, encoding="utf-8").read()
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", text, flags=re.S | re.M):
        seeds.append(block.encode("utf-8"))
for path in sorted(glob.glob("lessons/*.md")):
    seeds.append(open(path, "rb").read())
for path in sorted(glob.glob("Tests/FuzzRegressions/*")):
    seeds.append(open(path, "rb").read())
written = 0
for seed in seeds:
    if not seed.strip():
        continue
    name = hashlib.sha1(seed).hexdigest()
    target = os.path.join(out, name)
    if not os.path.exists(target):
        with open(target, "wb") as f:
            f.write(seed)
        written += 1
print(f"fuzz : {len(seeds)} graines ({written} nouvelles) dans {out}")
