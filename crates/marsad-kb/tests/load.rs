//! The knowledge base loads, fails loudly on bad data, and resolves the
//! example article's places to their governorates.

use marsad_kb::places::PlaceContext;
use marsad_kb::KnowledgeBase;
use std::sync::OnceLock;

fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::embedded().expect("the built-in knowledge base loads"))
}

#[test]
fn counts_meet_the_targets() {
    let s = kb().stats();
    assert!(s.place_layers.get("curated").copied().unwrap_or(0) >= 800, "{s:?}");
    assert!(s.actors >= 400 && s.aliases >= 2000, "{s:?}");
    assert!(s.triggers >= 600, "{s:?}");
}

#[test]
fn example_places_resolve_to_their_governorates() {
    let ctx = PlaceContext::parse("SY");
    let cases = [
        ("يبرود", "SY-RD"),
        ("عدرا", "SY-RD"),
        ("الحصن", "SY-HI"),
        ("الدار", "SY-HI"),
        ("دير الزور", "SY-DY"),
        ("نبل", "SY-HL"),
        ("الزهراء", "SY-HL"),
        ("الشيخ سعيد", "SY-HL"),
        ("خان طومان", "SY-HL"),
        ("كويرس", "SY-HL"),
        ("معارة الأرتيق", "SY-HL"),
        ("جاسم", "SY-DR"),
        ("اليرموك", "SY-DI"), // ("مخيم اليرموك": the place word frames the bare name)
        ("حلب", "SY-HL"),
        ("إدلب", "SY-ID"),
        ("الحسكة", "SY-HA"),
        ("درعا", "SY-DR"),
    ];
    for (name, want) in cases {
        let cands = kb().places.lookup(name, &ctx);
        let best = cands.first().map(|c| &kb().places.places[c.place as usize]);
        assert_eq!(
            best.and_then(|p| p.admin1_code.as_deref()),
            Some(want),
            "help: {name} resolves to {best:?}"
        );
    }
}

#[test]
fn actors_resolve() {
    let isis = kb().actors.lookup("تنظيم البغدادي", &[]);
    assert_eq!(isis.first().map(|a| a.id.as_str()), Some("isis"));
    assert_eq!(kb().actors.lookup("داعش", &[])[0].id, "isis");
    assert_eq!(kb().actors.lookup("قوات النظام", &["SY".into()])[0].inter, Some(1));
}

#[test]
fn a_malformed_line_names_its_file_and_line() {
    let dir = std::env::temp_dir().join(format!("marsad-kb-bad-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("places")).unwrap();
    std::fs::write(
        dir.join("places/curated_test.tsv"),
        "# name_en names_ar country admin1 admin2 kind lat lon precision source\nOk\tبلدة\tSY\tSY-HL\t-\ttown\t36.1\t37.1\t1\tx\nBad\tقرية\tSY\tSY-HL\t-\ttown\tnorth\t37.1\t1\tx\n",
    )
    .unwrap();
    let err = KnowledgeBase::load_dir(&dir).unwrap_err().to_string();
    assert!(err.starts_with("places/curated_test.tsv:3:"), "{err}");
    assert!(err.contains("lat"), "{err}");
    std::fs::write(
        dir.join("places/curated_test.tsv"),
        "X\tقرية\tSY\tIQ-BG\t-\ttown\t36.1\t37.1\t1\tx\n",
    )
    .unwrap();
    let err = KnowledgeBase::load_dir(&dir).unwrap_err().to_string();
    assert!(
        err.contains("curated_test.tsv:1") && err.contains("does not belong"),
        "{err}"
    );
    std::fs::write(dir.join("places/curated_test.tsv"), "").unwrap();
    std::fs::write(dir.join("actors.tsv"), "a\tA\t9\tSY\t-\t-\tstate\tالف\n").unwrap();
    let err = KnowledgeBase::load_dir(&dir).unwrap_err().to_string();
    assert!(err.starts_with("actors.tsv:1:") && err.contains("inter"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn every_shipped_file_has_a_reader() {
    for (path, _) in marsad_kb::embedded_files() {
        assert!(path.ends_with(".tsv"), "{path}");
    }
    assert!(marsad_kb::embedded_files().len() >= 12);
}

#[test]
fn a_phrase_split_by_a_quotation_mark_is_found_with_offsets_in_the_text() {
    let kb = kb();
    let text = marsad_text::Normalized::new("وتمكنت القوات من \"القضاء على 3 مسلحين\" وقالت \"شكرا\" للجميع");
    let v = text.as_str();
    let found = kb.scan_split_phrases(v);
    assert_eq!(found.len(), 1, "{found:?}");
    let m = &found[0];
    let span = &v[m.start as usize..m.end as usize];
    assert_eq!(span.replace('"', ""), "من القضاء علي", "{span:?}");
    // a mark between two words it does not join gives nothing
    let plain = marsad_text::Normalized::new("قال \"شكرا\" للجميع");
    assert!(kb.scan_split_phrases(plain.as_str()).is_empty());
}
