#!/usr/bin/env python3
"""The most frequent place mentions in marsad's output and how they resolved.

    marsad extract ../shared/corpus/articles.jsonl.gz -o corpus.jsonl
    python3 scripts/place_mentions.py corpus.jsonl 300 > top300.tsv

Counts event locations taken from the sentence (not inherited), by surface
text, and prints count, text, resolved name, country, admin1 code, precision.
A fixed-seed sample of 50 is marked for checking by hand (column `sample`).
"""
import collections, json, random, sys

path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 300
c = collections.Counter()
res = {}
for line in open(path, encoding="utf-8"):
    for e in json.loads(line).get("events", []):
        loc = e.get("location")
        if not loc or not loc.get("text"):
            continue
        key = (loc["text"], loc["name"], loc["country"], loc.get("admin1_code") or "-", loc["precision"])
        c[key] += 1
rows = c.most_common(top)
sample = set(random.Random(7).sample(range(len(rows)), min(50, len(rows))))
print("count\ttext\tname\tcountry\tadmin1\tprecision\tsample")
for i, ((text, name, cc, a1, p), n) in enumerate(rows):
    print(f"{n}\t{text}\t{name}\t{cc}\t{a1}\t{p}\t{'x' if i in sample else ''}")
