//! End-to-end tests of the `marsad` binary on the bundled example and on bad
//! input. They carry their own expectations, so they pass without ../shared.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn marsad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marsad"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the marsad binary runs")
}

fn example() -> (Value, String) {
    let out = marsad(&[
        "extract",
        "examples/aljazeera-2014-01-05.txt",
        "--published",
        "2014-01-05",
    ]);
    assert!(out.status.success(), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "one record per document");
    let text = std::fs::read_to_string(root().join("examples/aljazeera-2014-01-05.txt")).unwrap();
    (serde_json::from_str(stdout.trim()).unwrap(), text)
}

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn example_record_has_the_schema_fields() {
    let (rec, _) = example();
    for k in [
        "doc_id",
        "title",
        "published",
        "source",
        "url",
        "body",
        "boilerplate",
        "events",
    ] {
        assert!(rec.get(k).is_some(), "missing field {k}");
    }
    assert_eq!(rec["doc_id"], "aljazeera-2014-01-05");
    assert_eq!(rec["published"], "2014-01-05");
    assert_eq!(rec["source"], "الجزيرة", "the outlet from the source line");
    let kinds: Vec<&str> = rec["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"source_line") && kinds.contains(&"related_stories") && kinds.contains(&"call_to_action"),
        "{kinds:?}"
    );
    for e in rec["events"].as_array().unwrap() {
        for k in [
            "id",
            "event_type",
            "mode",
            "acled",
            "modality",
            "actor1",
            "actor2",
            "location",
            "date",
            "fatalities",
            "quantities",
            "attribution",
            "evidence",
            "confidence",
        ] {
            assert!(e.get(k).is_some(), "event lacks {k}");
        }
    }
}

#[test]
fn evidence_slices_the_input_exactly() {
    let (rec, text) = example();
    for e in rec["events"].as_array().unwrap() {
        let ev = &e["evidence"];
        let (s, t) = (
            ev["start"].as_u64().unwrap() as usize,
            ev["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(slice(&text, s, t), ev["text"].as_str().unwrap());
    }
}

#[test]
fn no_event_from_boilerplate_or_the_hypothetical_sentence() {
    let (rec, text) = example();
    let body_end = rec["body"]["end"].as_u64().unwrap() as usize;
    let spans: Vec<(usize, usize)> = rec["boilerplate"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["start"].as_u64().unwrap() as usize,
                b["end"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    for e in rec["events"].as_array().unwrap() {
        let (s, t) = (
            e["evidence"]["start"].as_u64().unwrap() as usize,
            e["evidence"]["end"].as_u64().unwrap() as usize,
        );
        assert!(t <= body_end, "event after the body: {}", e["evidence"]["text"]);
        assert!(
            spans.iter().all(|(a, b)| t <= *a || s >= *b),
            "event in boilerplate: {}",
            e["evidence"]["text"]
        );
        let ev = slice(&text, s, t);
        if e["modality"] == "asserted" {
            assert!(
                !ev.contains("فستسقط حلب"),
                "the hypothetical sentence gave an asserted event"
            );
            assert!(
                !ev.contains("ستدفعه للانسحاب") || e["event_type"] != "RETREAT",
                "the threatened withdrawal is asserted"
            );
        }
    }
}

/// (event type, ACLED sub-type or "", admin1 or "", a phrase of the evidence)
const EXPECTED: &[(&str, &str, &str, &str)] = &[
    ("ASSAULT", "Armed clash", "SY-ID", "الاشتباكات بين كتائب المعارضة"),
    ("ASSAULT", "Armed clash", "SY-HA", "الاشتباكات بين كتائب المعارضة"),
    ("THREATEN", "", "", "وهدد تنظيم الدولة"),
    (
        "ASSAULT",
        "Non-state actor overtakes territory",
        "SY-HL",
        "سيطرت على بلدات عدة",
    ),
    ("SUPPORT", "", "", "عن دعمه للمعركة"),
    ("ACCUSE", "", "", "واتهم \"جيش المجاهدين\""),
    (
        "ASSAULT",
        "Shelling/artillery/missile attack",
        "SY-RD",
        "مدينة يبرود إلى قصف",
    ),
    ("ASSAULT", "Air/drone strike", "SY-RD", "برمي البراميل المتفجرة"),
    ("ASSAULT", "Armed clash", "SY-DY", "اشتباكات عنيفة بين قوات النظام"),
    (
        "ASSAULT",
        "Shelling/artillery/missile attack",
        "SY-HI",
        "بقصف محيط بلدة الدار",
    ),
];

#[test]
fn example_events_are_found() {
    let (rec, _) = example();
    let events = rec["events"].as_array().unwrap();
    for (et, sub, adm, phrase) in EXPECTED {
        let hit = events.iter().any(|e| {
            e["modality"] == "asserted"
                && e["event_type"] == *et
                && (sub.is_empty() || e["acled"]["sub_event_type"] == *sub)
                && (adm.is_empty() || e["location"]["admin1_code"] == *adm)
                && e["evidence"]["text"].as_str().unwrap_or("").contains(phrase)
        });
        assert!(hit, "help: no {et}/{sub} in {adm} with evidence containing {phrase:?}");
    }
    // al-Hosn is a second shelling, in Homs
    let hosn = events
        .iter()
        .filter(|e| e["location"]["admin1_code"] == "SY-HI" && e["event_type"] == "ASSAULT")
        .count();
    assert!(hosn >= 2, "al-Dar and al-Hosn are two events");
}

#[test]
fn example_scores_above_its_floor() {
    let out = marsad(&[
        "eval",
        "--gold",
        "examples/aljazeera-2014-01-05.gold.json",
        "examples/aljazeera-2014-01-05.txt",
        "--published",
        "2014-01-05",
        "--min",
        "detect_f1=0.6",
        "--min",
        "typed_f1=0.9",
        "--min",
        "full_f1=0.85",
    ]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{report:#} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(report["negatives_hit"], 0, "an event from a negative: {report:#}");
}

#[test]
fn bad_documents_are_reported_and_skipped() {
    let dir = std::env::temp_dir().join(format!("marsad-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let jsonl = dir.join("docs.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\": \"a\", \"text\": \"قصفت قوات النظام مدينة يبرود.\", \"published\": \"2014-01-05\"}\n{broken\n",
    )
    .unwrap();
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"abc \xfa\xfb\xfc not utf-8").unwrap();
    let out = marsad(&[
        "extract",
        jsonl.to_str().unwrap(),
        bad.to_str().unwrap(),
        dir.join("missing.txt").to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "one good document: exit 0; stderr {err}");
    assert!(err.contains("docs.jsonl:2: invalid JSON"), "{err}");
    assert!(err.contains("bad.txt: not valid UTF-8"), "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
    // nothing readable: exit 1
    let out = marsad(&["extract", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn kb_stats_and_lookups() {
    let out = marsad(&["kb", "stats", "--json"]);
    assert!(out.status.success());
    let s: Value = serde_json::from_slice(&out.stdout).unwrap();
    for k in ["places", "actors", "aliases", "triggers"] {
        assert!(s[k].as_u64().unwrap() > 0, "{k}");
    }
    let out = marsad(&["kb", "place", "يبرود", "--context", "SY-RD", "--json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["admin1_code"], "SY-RD");
    let out = marsad(&["kb", "actor", "تنظيم البغدادي", "--json"]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["inter"], 2);
}

#[test]
fn rust_scorer_agrees_with_score_py() {
    let shared = root().join("../shared/eval");
    let python = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !shared.join("score.py").exists() || !python {
        eprintln!("skipped: ../shared or python3 not present");
        return;
    }
    let dir = std::env::temp_dir().join(format!("marsad-agree-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (gold, input, published) in [
        ("seed", "seed/aljazeera-2014-01-05.txt", Some("2014-01-05")),
        ("dev", "dev/docs.jsonl", None),
    ] {
        let pred = dir.join(format!("{gold}.jsonl"));
        let inp = shared.join(input);
        let mut args = vec!["extract", inp.to_str().unwrap(), "-o", pred.to_str().unwrap()];
        if let Some(p) = published {
            args.extend(["--published", p]);
        }
        assert!(marsad(&args).status.success());
        let g = shared.join(gold);
        let py = Command::new("python3")
            .args([
                shared.join("score.py").to_str().unwrap(),
                "--gold",
                g.to_str().unwrap(),
                "--pred",
                pred.to_str().unwrap(),
                "--show",
            ])
            .output()
            .unwrap();
        let rs = marsad(&[
            "eval",
            "--gold",
            g.to_str().unwrap(),
            "--pred",
            pred.to_str().unwrap(),
            "--show",
        ]);
        let a: Value = serde_json::from_slice(&py.stdout).unwrap();
        let b: Value = serde_json::from_slice(&rs.stdout).unwrap();
        assert_eq!(a, b, "{gold}: marsad eval and score.py disagree");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_example_wrapped_in_page_chrome_gives_the_same_events() {
    // an HTML version of the example (nav, related stories, most read, share widget, footer)
    let page = root().join("crates/marsad/tests/fixtures/aljazeera-2014-01-05.html");
    let out = marsad(&["extract", page.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html: Value = serde_json::from_slice(&out.stdout).unwrap();
    let (plain, _) = example();
    assert_eq!(html["published"], "2014-01-05");
    assert_eq!(html["source"], "الجزيرة");
    let key = |r: &Value| {
        let mut v: Vec<String> = r["events"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["modality"] == "asserted")
            .map(|e| {
                format!(
                    "{} {} {}",
                    e["event_type"], e["acled"]["sub_event_type"], e["location"]["admin1_code"]
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(key(&html), key(&plain), "help: the page's chrome changed the events");
    // nothing from the teasers or the menu
    for e in html["events"].as_array().unwrap() {
        let ev = e["evidence"]["text"].as_str().unwrap();
        assert!(
            !ev.contains("داريا") && !ev.contains("جنيف 2") && !ev.contains("القصير"),
            "{ev}"
        );
    }
}
