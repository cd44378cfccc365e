#!/usr/bin/env python3
"""Writes the JSON Lines input of a check set (eval/check/<set>/*.json gold files) from the
corpus: one line per gold file's doc_id, with id, published, source, url, title and text.

    scripts/check_inputs.py eval/check/a [../shared/corpus/articles.jsonl.gz] > /tmp/check_a.jsonl
"""
import glob, gzip, json, os, sys


def main():
    folder = sys.argv[1]
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(__file__), "..", "..", "shared", "corpus", "articles.jsonl.gz")
    wanted = {json.load(open(f, encoding="utf-8"))["doc_id"] for f in glob.glob(os.path.join(folder, "*.json"))}
    found = set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["id"] in wanted:
                found.add(d["id"])
                keep = {k: d.get(k) for k in ("id", "published", "source", "url", "title", "text")}
                print(json.dumps(keep, ensure_ascii=False))
    missing = wanted - found
    if missing:
        sys.exit(f"not in {corpus}: {sorted(missing)}")


if __name__ == "__main__":
    main()
