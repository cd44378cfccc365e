#!/usr/bin/env python3
"""Prints marsad records compactly: one line per event. Usage: show.py out.jsonl"""
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print("==", d["doc_id"], d.get("published"))
    for e in d["events"]:
        a1 = (e.get("actor1") or {}).get("text"); a2 = (e.get("actor2") or {}).get("text")
        loc = e.get("location") or {}
        acl = (e.get("acled") or {}).get("sub_event_type")
        q = [(x["kind"], x["value"], x["approx"]) for x in e.get("quantities") or []]
        at = (e.get("attribution") or {}).get("text")
        print(f"  {e['event_type']:8} {e['modality'][:4]} {acl or '-':24.24} a1={a1} a2={a2} @{loc.get('text')}/{loc.get('admin1_code')} d={(e.get('date') or {}).get('value')} q={q} by={at}")
        print(f"      | {e['evidence']['text'][:110]}")
