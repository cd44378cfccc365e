#!/usr/bin/env python3
"""For matched gold/pred event pairs, show actors, place and date side by side (uses shared/eval/score.py)."""
import json, sys, importlib.util
spec = importlib.util.spec_from_file_location("score", sys.argv[1]); sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
gold = sc.load_gold([sys.argv[2]])
preds = {json.loads(l)["doc_id"]: json.loads(l) for l in open(sys.argv[3]) if l.strip()}
for g in gold:
    evs = [e for e in preds.get(g["doc_id"], {}).get("events", []) if e.get("modality") in (None, "asserted")]
    pairs = []
    for ge in g["events"]:
        for i, p in enumerate(evs):
            ov = sc.evidence_overlap(ge, p)
            if ov >= 0.6:
                s = sc.slots(ge, p); pairs.append((ov + sum(1 for k in ("typed","actors","admin1","coords","date") if s.get(k)), ge, i, s))
    pairs.sort(key=lambda x: -x[0]); ug, up = set(), set()
    for _, ge, i, s in pairs:
        if ge["id"] in ug or i in up: continue
        ug.add(ge["id"]); up.add(i)
        if ge.get("optional") or s["full"]: continue
        p = evs[i]
        wrong = [k for k, v in s.items() if v is False]
        print(g["doc_id"], ge["id"], wrong)
        if "actors" in wrong or "actor1" in wrong:
            print("   gold a1", (ge["actor1"] or {}).get("text", [None])[:2], "a2", (ge["actor2"] or {}).get("text", [None])[:2] if ge["actor2"] else None)
            print("   pred a1", (p.get("actor1") or {}).get("text"), "a2", (p.get("actor2") or {}).get("text"))
        if "admin1" in wrong:
            print("   gold loc", ge["location"]["text"][:2], ge["location"]["admin1_code"], "pred", (p.get("location") or {}).get("text"), (p.get("location") or {}).get("admin1_code"))
        if "typed" in wrong:
            print("   gold type", ge["event_type"], ge["acled_sub_event_type"], "pred", p["event_type"], (p.get("acled") or {}).get("sub_event_type"))
        if "date" in wrong:
            print("   gold date", ge["date"], "pred", (p.get("date") or {}))
        print("   ev:", p["evidence"]["text"][:120])
