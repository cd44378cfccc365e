#!/usr/bin/env bash
# End-to-end throughput and peak memory of `marsad extract` on the corpus,
# on one and on two threads. Usage: benches/throughput.sh [corpus.jsonl.gz]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/articles.jsonl.gz}
cargo build --release -q
tmp=$(mktemp -d)
zcat -f "$corpus" > "$tmp/in.jsonl"
mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1])/1e6)" "$tmp/in.jsonl")
for j in 1 2; do
  /usr/bin/time -f "%e %M" -o "$tmp/t" target/release/marsad extract "$tmp/in.jsonl" -j $j -o "$tmp/out.jsonl"
  read -r secs kb < "$tmp/t"
  python3 -c "import sys; mb,s,kb,j=float(sys.argv[1]),float(sys.argv[2]),int(sys.argv[3]),sys.argv[4]; print(f'threads {j}: {mb:.1f} MB in {s:.2f} s = {mb/s:.1f} MB/s, peak RSS {kb/1024:.0f} MB')" "$mb" "$secs" "$kb" "$j"
done
echo "events: $(python3 -c "import json,sys; print(sum(len(json.loads(l)['events']) for l in open(sys.argv[1])))" "$tmp/out.jsonl") in $(wc -l < "$tmp/out.jsonl") documents"
rm -rf "$tmp"
