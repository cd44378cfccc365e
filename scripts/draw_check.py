#!/usr/bin/env python3
"""Draws the articles of a new check set from the corpus (how eval/check/d was drawn).

    scripts/draw_check.py SEED N [../shared/corpus/articles.jsonl.gz]

Candidates: a publication date, 700-2,200 characters, at least three conflict terms, and not
already in eval/check/*/ or the shared dev set. Prints N ids, sampled with SEED
(set d: seed 20261207, the first 16 of 24, drawn before set d was added).
"""
import glob, gzip, json, os, random, sys

TERMS = ["قتل", "قتلى", "اشتباك", "قصف", "هجوم", "غارة", "غارات", "تظاهر", "مظاهرة", "احتجاج",
         "اعتقال", "اعتقل", "انفجار", "مسلح", "استهدف", "معارك", "جرحى", "اغتيال", "تفجير"]


def main():
    seed, n = int(sys.argv[1]), int(sys.argv[2])
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(root, "..", "shared", "corpus", "articles.jsonl.gz")
    taken = {json.load(open(f, encoding="utf-8"))["doc_id"] for f in glob.glob(os.path.join(root, "eval", "check", "*", "*.json"))}
    dev = os.path.join(os.path.dirname(corpus), "..", "eval", "dev", "docs.jsonl")
    if os.path.exists(dev):
        taken |= {json.loads(l)["id"] for l in open(dev, encoding="utf-8") if l.strip()}
    candidates = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            t = d.get("text") or ""
            if d["id"] in taken or not d.get("published") or not 700 <= len(t) <= 2200:
                continue
            if sum(t.count(x) for x in TERMS) >= 3:
                candidates.append(d["id"])
    random.seed(seed)
    print(" ".join(random.sample(candidates, n)))


if __name__ == "__main__":
    main()
