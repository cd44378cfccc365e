#!/usr/bin/env bash
# Development loop: score seed and dev with an optional --data DIR. Prints key figures.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:+--data $1}
./target/release/marsad extract $data ../shared/eval/dev/docs.jsonl > /tmp/dev.jsonl
./target/release/marsad extract $data examples/aljazeera-2014-01-05.txt --published 2014-01-05 > /tmp/seed.jsonl
for g in seed dev; do
  python3 ../shared/eval/score.py --gold ../shared/eval/$g --pred /tmp/$g.jsonl | python3 -c "import json,sys; d=json.load(sys.stdin); print('$g', {k: d.get(k) for k in ('pred','gold','tp','negatives_hit','detect_f1','typed_f1','full_f1','acc_actors','acc_admin1','acc_date','acc_acled')})"
done
