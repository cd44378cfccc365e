//! `marsad eval`: scores event records against gold files with the same
//! matching and figures as `shared/eval/score.py` (a test checks that both
//! agree), and the sentence-level ASSAULT/PROTEST set (`--gsr`).
//!
//! Matching: a predicted asserted event matches a gold event when it holds
//! at least 60% of the (normalised, lightly stemmed) tokens of one of the
//! gold evidence clauses; pairs are then taken greedily by overlap plus the
//! number of agreeing slots. Slots are scored on matched events only.

use anyhow::{bail, Context, Result};
use clap::Args;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

#[derive(Args)]
pub(crate) struct EvalArgs {
    /// Gold JSON file or folder (repeatable).
    #[arg(long)]
    pub gold: Vec<PathBuf>,
    /// Predictions (JSON Lines). Without it, INPUTS are extracted first.
    #[arg(long)]
    pub pred: Option<PathBuf>,
    /// Documents to extract and score in one go (instead of --pred).
    pub inputs: Vec<PathBuf>,
    /// Publication date for inputs that carry none.
    #[arg(long)]
    pub published: Option<String>,
    /// List every miss, extra and wrong slot.
    #[arg(long)]
    pub show: bool,
    /// Fail (exit 1) when a figure is below a floor: KEY=VALUE (repeatable).
    #[arg(long = "min", value_name = "KEY=VALUE")]
    pub min: Vec<String>,
    /// Sentence-level gold standard (CSV: id, text, event_type, label).
    #[arg(long)]
    pub gsr: Option<PathBuf>,
    /// Split of the --gsr set: dev, test or all.
    #[arg(long, default_value = "dev")]
    pub split: String,
    #[command(flatten)]
    pub data: crate::cli::DataArg,
}

// ---------- normalisation, as score.py ----------

fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061a}' | '\u{064b}'..='\u{065f}' | '\u{0670}' | '\u{06d6}'..='\u{06ed}' | '\u{0640}')
}

fn fold_char(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x660, 10).unwrap_or(c),
        '\u{06f0}'..='\u{06f9}' => char::from_digit(c as u32 - 0x6f0, 10).unwrap_or(c),
        _ => c,
    }
}

/// Python's `\w` for the characters news text holds: letters, digits, marks, underscore.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// score.py's `norm`: drop diacritics, fold, lower, non-word runs to one space.
pub(crate) fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s
        .chars()
        .filter(|c| !is_diacritic(*c))
        .map(fold_char)
        .flat_map(char::to_lowercase)
    {
        if is_word(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else {
            space = true;
        }
    }
    out
}

const PREFIXES: &[&str] = &["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"];

fn stem(tok: &str) -> &str {
    for p in PREFIXES {
        if let Some(rest) = tok.strip_prefix(p) {
            if tok.chars().count() - p.chars().count() >= 3 {
                return rest;
            }
        }
    }
    tok
}

fn toks(s: &str) -> HashSet<String> {
    norm(s)
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| stem(t).to_string())
        .collect()
}

fn text_match(alts: &Value, pred: &str) -> bool {
    let p = norm(pred);
    if p.chars().count() < 3 {
        return false;
    }
    alts.as_array().is_some_and(|v| {
        v.iter()
            .filter_map(Value::as_str)
            .map(norm)
            .any(|a| !a.is_empty() && (p.contains(&a) || a.contains(&p)))
    })
}

fn get<'a>(v: &'a Value, path: &[&str]) -> &'a Value {
    let mut cur = v;
    for k in path {
        cur = match cur.get(k) {
            Some(x) => x,
            None => return &Value::Null,
        };
    }
    cur
}

fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let r = std::f64::consts::PI / 180.0;
    let a = ((lat2 - lat1) * r / 2.0).sin().powi(2)
        + (lat1 * r).cos() * (lat2 * r).cos() * ((lon2 - lon1) * r / 2.0).sin().powi(2);
    12742.0 * a.min(1.0).sqrt().asin()
}

fn date(v: &Value) -> Option<chrono::NaiveDate> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Null => return None,
        other => other.to_string(),
    };
    chrono::NaiveDate::parse_from_str(s.get(..10)?, "%Y-%m-%d").ok()
}

fn evidence_overlap(g: &Value, p: &Value) -> f64 {
    let pt = toks(get(p, &["evidence", "text"]).as_str().unwrap_or(""));
    let mut best = 0.0f64;
    for ev in get(g, &["evidence"]).as_array().into_iter().flatten() {
        let gt = toks(ev.as_str().unwrap_or(""));
        if !gt.is_empty() {
            best = best.max(gt.intersection(&pt).count() as f64 / gt.len() as f64);
        }
    }
    best
}

type Slots = BTreeMap<&'static str, Option<bool>>;

fn slots(g: &Value, p: &Value) -> Slots {
    let mut out: Slots = BTreeMap::new();
    let et_ok = g["event_type"]
        .as_array()
        .is_some_and(|v| v.iter().any(|x| *x == p["event_type"]));
    out.insert("event_type", Some(et_ok));
    let gacl = g["acled_sub_event_type"].as_array().cloned().unwrap_or_default();
    let acl = get(p, &["acled", "sub_event_type"]);
    let acled = if gacl.is_empty() {
        None
    } else {
        Some(gacl.iter().any(|x| x == acl))
    };
    out.insert("acled", acled);
    out.insert("typed", Some(et_ok && acled != Some(false)));
    let actor_ok = |ga: &Value, pa: &Value| {
        !pa.is_null() && pa.is_object() && text_match(&ga["text"], pa["text"].as_str().unwrap_or(""))
    };
    let (a1, a2) = (&p["actor1"], &p["actor2"]);
    let (g1, g2) = (&g["actor1"], &g["actor2"]);
    let sym = g["symmetric"].as_bool().unwrap_or(false);
    let truthy = |v: &Value| !(v.is_null() || v == &Value::Bool(false));
    if truthy(g1) {
        let straight = actor_ok(g1, a1) && (!truthy(g2) || actor_ok(g2, a2));
        let swapped = sym && truthy(g2) && actor_ok(g1, a2) && actor_ok(g2, a1);
        out.insert("actor1", Some(actor_ok(g1, a1) || (sym && actor_ok(g1, a2))));
        out.insert("actors", Some(straight || swapped));
        if !g1["inter"].is_null() {
            let i1 = get(a1, &["inter"]).clone();
            let i2 = get(a2, &["inter"]).clone();
            let ok = if sym {
                g1["inter"] == i1 || g1["inter"] == i2
            } else {
                g1["inter"] == i1
            };
            out.insert("inter1", Some(ok));
        }
    }
    if truthy(g2) {
        out.insert("actor2", Some(actor_ok(g2, a2) || (sym && actor_ok(g2, a1))));
    }
    let gl = &g["location"];
    if truthy(gl) {
        let pl = &p["location"];
        let codes: Vec<Value> = match &gl["admin1_code"] {
            Value::Array(v) => v.clone(),
            other => vec![other.clone()],
        };
        out.insert("admin1", Some(codes.iter().any(|c| *c == *get(pl, &["admin1_code"]))));
        let (lat, lon) = (get(pl, &["lat"]).as_f64(), get(pl, &["lon"]).as_f64());
        let ok = match (lat, lon, gl["lat"].as_f64(), gl["lon"].as_f64()) {
            (Some(a), Some(b), Some(c), Some(d)) => km(a, b, c, d) <= gl["tolerance_km"].as_f64().unwrap_or(25.0),
            _ => false,
        };
        out.insert("coords", Some(ok));
    }
    if let Some(gd) = date(&g["date"]) {
        let pd = date(get(p, &["date", "value"]));
        let tol = g["date_tolerance_days"].as_i64().unwrap_or(1);
        out.insert("date", Some(pd.is_some_and(|pd| (pd - gd).num_days().abs() <= tol)));
    }
    if g["attribution"].as_array().is_some_and(|a| !a.is_empty()) {
        out.insert(
            "attribution",
            Some(text_match(
                &g["attribution"],
                get(p, &["attribution", "text"]).as_str().unwrap_or(""),
            )),
        );
    }
    if !g["fatalities"].is_null() {
        out.insert("fatalities", Some(p["fatalities"] == g["fatalities"]));
    }
    let exact: Vec<&Value> = g["quantities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|q| !q["value"].is_null() && q["kind"] != "other")
        .collect();
    if !exact.is_empty() {
        let mut have: HashSet<(String, String)> = p["quantities"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|q| q.is_object())
            .map(|q| (q["kind"].to_string(), q["value"].to_string()))
            .collect();
        if !p["fatalities"].is_null() {
            have.insert(("\"killed\"".into(), p["fatalities"].to_string()));
        }
        out.insert(
            "quantities",
            Some(
                exact
                    .iter()
                    .all(|q| have.contains(&(q["kind"].to_string(), q["value"].to_string()))),
            ),
        );
    }
    let typed = out["typed"] == Some(true);
    let full = typed
        && ["actors", "admin1", "date"]
            .iter()
            .all(|k| out.get(k).copied().flatten() != Some(false));
    out.insert("full", Some(full));
    out
}

#[derive(Default)]
struct Report {
    gold: usize,
    pred: usize,
    tp: usize,
    tp_typed: usize,
    tp_full: usize,
    negatives_hit: usize,
    slots: BTreeMap<&'static str, (usize, usize)>,
    errors: Vec<Value>,
}

fn score_doc(gold: &Value, pred: Option<&Value>, r: &mut Report) {
    let events: Vec<&Value> = pred
        .and_then(|p| p["events"].as_array())
        .into_iter()
        .flatten()
        .filter(|e| e.is_object() && (e["modality"].is_null() || e["modality"] == "asserted"))
        .collect();
    let golds: Vec<&Value> = gold["events"].as_array().into_iter().flatten().collect();
    let mut pairs = Vec::new();
    for (gi, g) in golds.iter().enumerate() {
        for (pi, p) in events.iter().enumerate() {
            let ov = evidence_overlap(g, p);
            if ov >= 0.6 {
                let s = slots(g, p);
                let agree = ["typed", "actors", "admin1", "coords", "date"]
                    .iter()
                    .filter(|k| s.get(*k).copied().flatten() == Some(true))
                    .count();
                pairs.push((ov + agree as f64, gi, pi, s));
            }
        }
    }
    // stable sort by score, descending (as Python's sort)
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut used_g, mut used_p) = (HashSet::new(), HashSet::new());
    let mut matched = Vec::new();
    for (_, gi, pi, s) in pairs {
        if !used_g.contains(&gi) && !used_p.contains(&pi) {
            used_g.insert(gi);
            used_p.insert(pi);
            matched.push((gi, s));
        }
    }
    let optional = |g: &Value| g["optional"].as_bool().unwrap_or(false);
    let req: Vec<usize> = (0..golds.len()).filter(|&i| !optional(golds[i])).collect();
    r.gold += req.len();
    r.pred += events.len() - matched.iter().filter(|(gi, _)| optional(golds[*gi])).count();
    let doc = gold["doc_id"].clone();
    for (gi, s) in &matched {
        let g = golds[*gi];
        if optional(g) {
            continue;
        }
        r.tp += 1;
        r.tp_typed += usize::from(s["typed"] == Some(true));
        r.tp_full += usize::from(s["full"] == Some(true));
        for (k, v) in s {
            if let (Some(v), false) = (v, matches!(*k, "typed" | "full")) {
                let e = r.slots.entry(k).or_default();
                e.0 += usize::from(*v);
                e.1 += 1;
            }
        }
        if s["full"] != Some(true) {
            let wrong: Vec<&str> = s.iter().filter(|(_, v)| **v == Some(false)).map(|(k, _)| *k).collect();
            r.errors.push(json!({"doc": doc, "gold": g["id"], "wrong": wrong}));
        }
    }
    for &gi in &req {
        if !matched.iter().any(|(m, _)| *m == gi) {
            r.errors
                .push(json!({"doc": doc, "missed": golds[gi]["id"], "evidence": golds[gi]["evidence"][0]}));
        }
    }
    for (pi, p) in events.iter().enumerate() {
        if used_p.contains(&pi) {
            continue;
        }
        let ev = get(p, &["evidence", "text"]).as_str().unwrap_or("");
        let et = toks(ev);
        let mut why = "spurious".to_string();
        for n in gold["negatives"].as_array().into_iter().flatten() {
            let nt = toks(n["evidence"].as_str().unwrap_or(""));
            if !nt.is_empty() && nt.intersection(&et).count() as f64 / nt.len() as f64 >= 0.6 {
                why = n["reason"].as_str().unwrap_or("").to_string();
                r.negatives_hit += 1;
                break;
            }
        }
        let short: String = ev.chars().take(120).collect();
        r.errors
            .push(json!({"doc": doc, "extra": p["event_type"], "why": why, "evidence": short}));
    }
}

/// Rounds to 4 decimals as Python's `round` does: correctly rounded from the
/// exact binary value, ties to even (formatting does exactly that).
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

fn f1(tp: usize, npred: usize, ngold: usize) -> (f64, f64, f64) {
    let p = if npred > 0 { tp as f64 / npred as f64 } else { 0.0 };
    let r = if ngold > 0 { tp as f64 / ngold as f64 } else { 0.0 };
    let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (round4(f), round4(p), round4(r))
}

fn load_gold(paths: &[PathBuf]) -> Result<Vec<Value>> {
    let mut docs = Vec::new();
    for path in paths {
        let files: Vec<PathBuf> = if path.is_dir() {
            let mut v: Vec<PathBuf> = std::fs::read_dir(path)
                .with_context(|| format!("cannot read {}", path.display()))?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect();
            v.sort();
            v
        } else {
            vec![path.clone()]
        };
        for f in files {
            let s = std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?;
            docs.push(serde_json::from_str(&s).with_context(|| format!("{}: not JSON", f.display()))?);
        }
    }
    Ok(docs)
}

fn load_pred(path: &Path) -> Result<HashMap<String, Value>> {
    let s = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    parse_pred(&s, &path.display().to_string())
}

fn parse_pred(s: &str, name: &str) -> Result<HashMap<String, Value>> {
    let mut out = HashMap::new();
    for (n, line) in s.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let d: Value = serde_json::from_str(line).with_context(|| format!("{name}:{}: not JSON", n + 1))?;
        let id = match &d["doc_id"] {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        out.insert(id, d);
    }
    Ok(out)
}

/// Scores `preds` against `gold`; returns the report as score.py prints it.
pub(crate) fn score(gold: &[Value], preds: &HashMap<String, Value>, show: bool) -> Value {
    let mut r = Report::default();
    for g in gold {
        let id = g["doc_id"].as_str().unwrap_or("").to_string();
        score_doc(g, preds.get(&id), &mut r);
    }
    let mut out = Map::new();
    out.insert("docs".into(), json!(gold.len()));
    out.insert(
        "docs_missing".into(),
        json!(gold
            .iter()
            .filter(|g| !preds.contains_key(g["doc_id"].as_str().unwrap_or("")))
            .count()),
    );
    for (k, v) in [
        ("gold", r.gold),
        ("pred", r.pred),
        ("tp", r.tp),
        ("tp_typed", r.tp_typed),
        ("tp_full", r.tp_full),
        ("negatives_hit", r.negatives_hit),
    ] {
        out.insert(k.into(), json!(v));
    }
    for (name, tp) in [("detect", r.tp), ("typed", r.tp_typed), ("full", r.tp_full)] {
        let (f, p, rc) = f1(tp, r.pred, r.gold);
        out.insert(format!("{name}_f1"), json!(f));
        out.insert(format!("{name}_p"), json!(p));
        out.insert(format!("{name}_r"), json!(rc));
    }
    for (k, (ok, n)) in &r.slots {
        out.insert(format!("acc_{k}"), json!(round4(*ok as f64 / *n as f64)));
    }
    if show {
        out.insert("errors".into(), Value::Array(r.errors));
    }
    Value::Object(out)
}

fn check_floors(report: &Value, mins: &[String]) -> Result<bool> {
    let mut failed = Vec::new();
    for m in mins {
        let Some((k, v)) = m.split_once('=') else {
            bail!("--min {m:?} is not KEY=VALUE")
        };
        let want: f64 = v
            .parse()
            .with_context(|| format!("--min {m:?}: {v:?} is not a number"))?;
        let have = report[k].as_f64().unwrap_or(0.0);
        if have < want {
            failed.push(format!("{k}={have} < {v}"));
        }
    }
    if !failed.is_empty() {
        eprintln!("below floor: {}", failed.join(", "));
    }
    Ok(failed.is_empty())
}

fn predictions(args: &EvalArgs, inputs: &[PathBuf]) -> Result<HashMap<String, Value>> {
    if let Some(p) = &args.pred {
        return load_pred(p);
    }
    if inputs.is_empty() {
        bail!("give --pred FILE or INPUTS to extract");
    }
    let kb = crate::cli::load_kb(&args.data)?;
    let ex = marsad_extract::Extractor::new(kb);
    let xa = crate::cli::ExtractArgs {
        inputs: inputs.to_vec(),
        published: args.published.clone(),
        pretty: false,
        output: None,
        explain: false,
        with_text: false,
        fail_fast: false,
        threads: None,
        data: args.data.clone(),
    };
    let mut buf = Vec::new();
    crate::cli::extract_to(&xa, &ex, &mut buf)?;
    parse_pred(&String::from_utf8_lossy(&buf), "<extracted>")
}

pub(crate) fn run(args: EvalArgs) -> Result<i32> {
    if let Some(gsr) = &args.gsr {
        return gsr_run(&args, gsr);
    }
    if args.gold.is_empty() {
        bail!("give --gold DIR (or --gsr FILE)");
    }
    let gold = load_gold(&args.gold)?;
    let preds = predictions(&args, &args.inputs)?;
    let report = score(&gold, &preds, args.show);
    println!("{}", serde_json::to_string_pretty(&report)?);
    Ok(if check_floors(&report, &args.min)? { 0 } else { 1 })
}

// ---------- sentence-level gold standard ----------

/// The split of a sentence id, as score_gsr.py: sha1 of the id, even = dev.
fn split_of(id: &str) -> &'static str {
    let d = sha1(id.as_bytes());
    if d[19] % 2 == 0 {
        "dev"
    } else {
        "test"
    }
}

/// SHA-1 (only to reproduce the gold standard's fixed split).
fn sha1(data: &[u8]) -> [u8; 20] {
    let mut h: [u32; 5] = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];
    let mut msg = data.to_vec();
    let bits = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bits.to_be_bytes());
    for chunk in msg.chunks(64) {
        let mut w = [0u32; 80];
        for i in 0..16 {
            w[i] = u32::from_be_bytes([chunk[4 * i], chunk[4 * i + 1], chunk[4 * i + 2], chunk[4 * i + 3]]);
        }
        for i in 16..80 {
            w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
        }
        let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
        for (i, wi) in w.iter().enumerate() {
            let (f, k) = match i {
                0..=19 => ((b & c) | (!b & d), 0x5A827999),
                20..=39 => (b ^ c ^ d, 0x6ED9EBA1),
                40..=59 => ((b & c) | (b & d) | (c & d), 0x8F1BBCDC),
                _ => (b ^ c ^ d, 0xCA62C1D6),
            };
            let t = a
                .rotate_left(5)
                .wrapping_add(f)
                .wrapping_add(e)
                .wrapping_add(k)
                .wrapping_add(*wi);
            e = d;
            d = c;
            c = b.rotate_left(30);
            b = a;
            a = t;
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
            *x = x.wrapping_add(y);
        }
    }
    let mut out = [0u8; 20];
    for (i, v) in h.iter().enumerate() {
        out[4 * i..4 * i + 4].copy_from_slice(&v.to_be_bytes());
    }
    out
}

/// Minimal CSV reader (RFC 4180 quoting) for the gold standard files.
fn csv_rows(s: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else {
            match c {
                '"' => quoted = true,
                ',' => row.push(std::mem::take(&mut field)),
                '\n' => {
                    row.push(std::mem::take(&mut field));
                    rows.push(std::mem::take(&mut row));
                }
                '\r' => {}
                _ => field.push(c),
            }
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

fn gsr_run(args: &EvalArgs, path: &Path) -> Result<i32> {
    let s = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let rows = csv_rows(&s);
    let Some(header) = rows.first() else {
        bail!("{}: empty", path.display())
    };
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .with_context(|| format!("{}: no column {name}", path.display()))
    };
    let (ci, ct, ce, cl) = (col("id")?, col("text")?, col("event_type")?, col("label")?);
    let data: Vec<&Vec<String>> = rows[1..]
        .iter()
        .filter(|r| {
            r.len() > cl.max(ct).max(ci)
                && r[cl] != "ambiguous"
                && (args.split == "all" || split_of(&r[ci]) == args.split)
        })
        .collect();
    let Some(first) = data.first() else {
        bail!("no sentences in split {}", args.split)
    };
    let etype = first[ce].clone();
    let kb = crate::cli::load_kb(&args.data)?;
    let ex = marsad_extract::Extractor::new(kb);
    let (mut tp, mut fp, mut fnn, mut hard, mut hard_fp) = (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut errors = Vec::new();
    for r in &data {
        let id = &r[ci];
        let d8 = id.rsplit('_').next().unwrap_or("").get(..8).unwrap_or("");
        let mut doc = marsad_extract::Document::from_text(id.clone(), r[ct].clone());
        doc.published = chrono::NaiveDate::parse_from_str(d8, "%Y%m%d").ok();
        let rec = ex.extract(&doc);
        let p = rec
            .events
            .iter()
            .any(|e| e.event_type == etype && e.modality == "asserted");
        let gold = r[cl] == "yes";
        hard += usize::from(r[cl] == "difficult no");
        tp += usize::from(gold && p);
        fnn += usize::from(gold && !p);
        fp += usize::from(p && !gold);
        hard_fp += usize::from(p && r[cl] == "difficult no");
        if gold != p && args.show {
            errors.push(json!({"id": id, "gold": r[cl], "text": r[ct].chars().take(160).collect::<String>()}));
        }
    }
    let prec = if tp + fp > 0 { tp as f64 / (tp + fp) as f64 } else { 0.0 };
    let rec = if tp + fnn > 0 {
        tp as f64 / (tp + fnn) as f64
    } else {
        0.0
    };
    let mut out = json!({
        "event_type": etype, "split": args.split, "sentences": data.len(), "positives": tp + fnn,
        "tp": tp, "fp": fp, "fn": fnn, "precision": round4(prec), "recall": round4(rec),
        "f1": if prec + rec > 0.0 { round4(2.0 * prec * rec / (prec + rec)) } else { 0.0 },
        "hard_negative_fp_rate": if hard > 0 { json!(round4(hard_fp as f64 / hard as f64)) } else { Value::Null },
    });
    if args.show {
        out["errors"] = Value::Array(errors);
    }
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(if check_floors(&out, &args.min)? { 0 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_like_python() {
        assert_eq!(norm("  الإسلاميّة، «حلب» ١٢٣ "), "الاسلاميه حلب 123");
        assert_eq!(stem("والحسكة"), "حسكة");
        assert_eq!(stem("بقصف"), "قصف");
        assert_eq!(stem("في"), "في");
    }

    #[test]
    fn rounds_like_python() {
        assert_eq!(round4(21.0 / 32.0), 0.6562);
        assert_eq!(round4(2.0 / 3.0), 0.6667);
    }

    #[test]
    fn sha1_known_values() {
        let hex: String = sha1(b"abc").iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
        let hex: String = sha1(b"").iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(hex, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
    }

    #[test]
    fn csv_quotes() {
        let r = csv_rows("id,text\n1,\"a, \"\"b\"\"\nc\"\n");
        assert_eq!(
            r,
            vec![
                vec!["id".to_string(), "text".into()],
                vec!["1".into(), "a, \"b\"\nc".into()]
            ]
        );
    }
}
