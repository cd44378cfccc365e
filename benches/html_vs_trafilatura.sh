#!/usr/bin/env bash
# Main-text extraction on ../shared/corpus/html, marsad and trafilatura side by
# side on the same pages, same machine, one run: body-text token F1, snippets
# kept and leaked, title and date correctness, pages per second.
# Installs trafilatura with pip into a virtualenv it makes (.venv-bench/).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${MARSAD_SHARED:-../shared}
index="$shared/corpus/html/index.jsonl"
venv=.venv-bench
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/python" -c "import trafilatura" 2>/dev/null || "$venv/bin/pip" install -q trafilatura lxml_html_clean
cargo build --release -q
tmp=$(mktemp -d)
pages=$(ls "$shared"/corpus/html/*.html)
# marsad: the pages 20 times over in one process (one start-up), timed, for a stable pages/s
n=$(echo "$pages" | wc -w)
many=$(for i in $(seq 20); do echo $pages; done)
start=$(date +%s.%N)
target/release/marsad extract --with-text $many -o "$tmp/many.jsonl" 2>/dev/null
end=$(date +%s.%N)
target/release/marsad extract --with-text $pages -o "$tmp/marsad.jsonl" 2>/dev/null
python3 "$shared/eval/score_html.py" --index "$index" --pred "$tmp/marsad.jsonl" > "$tmp/marsad.json"
"$venv/bin/python" "$shared/eval/score_html.py" --index "$index" --trafilatura > "$tmp/traf.json"
python3 - "$tmp/marsad.json" "$tmp/traf.json" "$n" "$start" "$end" <<'PY'
import json, sys
m, t = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
n, secs = int(sys.argv[3]), (float(sys.argv[5]) - float(sys.argv[4])) / 20
ms, ts = m["summary"], t["summary"]
mps = n / secs
tps = (t.get("speed") or {}).get("pages_per_s") or ts.get("pages_per_s")
print("| extractor | body F1 | kept snippets | leaked snippets | title | date | pages/s |")
print("|---|---|---|---|---|---|---|")
print(f"| marsad | {ms['f1']:.3f} | {ms['include']:.3f} | {ms['leak']:.3f} | {ms['title']:.3f} | {ms['date']:.3f} | {mps:.0f} (one process; HTML to text and event extraction) |")
print(f"| trafilatura | {ts['f1']:.3f} | {ts['include']:.3f} | {ts['leak']:.3f} | {ts['title']:.3f} | {ts['date']:.3f} | {tps} |")
if tps:
    print(f"\nspeed ratio: {mps / float(tps):.1f}x")
PY
rm -rf "$tmp"
