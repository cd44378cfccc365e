#!/usr/bin/env bash
# Runs marsad on the seed article, the dev articles and the check sets and scores them with
# shared/eval/score.py. Usage: scripts/score_all.sh [--show]   (needs ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${MARSAD_SHARED:-../shared}
bin=${MARSAD_BIN:-target/release/marsad}
out=$(mktemp -d)
"$bin" extract "$shared/eval/seed/aljazeera-2014-01-05.txt" --published 2014-01-05 > "$out/seed.jsonl"
"$bin" extract "$shared/eval/dev/docs.jsonl" > "$out/dev.jsonl"
echo "== seed"; python3 "$shared/eval/score.py" --gold "$shared/eval/seed" --pred "$out/seed.jsonl" "$@"
echo "== dev";  python3 "$shared/eval/score.py" --gold "$shared/eval/dev" --pred "$out/dev.jsonl" "$@"
# the check sets (eval/check/{a,b,c,d,e,f}: corpus articles annotated by one annotator each, see
# eval/check/README.md), inputs taken from the corpus by id
for set in a b c d e f; do
  python3 scripts/check_inputs.py "eval/check/$set" "$shared/corpus/articles.jsonl.gz" > "$out/check_$set.in.jsonl"
  "$bin" extract "$out/check_$set.in.jsonl" > "$out/check_$set.jsonl"
  echo "== check set $set"; python3 "$shared/eval/score.py" --gold "eval/check/$set" --pred "$out/check_$set.jsonl" "$@"
done
rm -rf "$out"
