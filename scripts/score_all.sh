#!/usr/bin/env bash
# Runs marsad on the seed article and the dev articles and scores both with
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
rm -rf "$out"
