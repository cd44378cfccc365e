//! Property test: any sequence of the words the rules look at (triggers, cues,
//! particles, actors, places, numbers, dates, punctuation) extracts without a
//! panic, and every evidence span is a valid slice of the text it quotes.

use marsad_extract::{Document, Extractor};
use proptest::prelude::*;
use std::sync::{Arc, OnceLock};

fn ex() -> &'static Extractor {
    static E: OnceLock<Extractor> = OnceLock::new();
    E.get_or_init(|| {
        Extractor::new(Arc::new(
            marsad_kb::KnowledgeBase::embedded().expect("the built-in knowledge base loads"),
        ))
    })
}

const WORDS: &[&str] = &[
    "قتل",
    "مقتل",
    "وقتل",
    "قصفت",
    "غارة",
    "جوية",
    "اشتباكات",
    "عنيفة",
    "بين",
    "الطرفين",
    "و",
    "التي",
    "الذي",
    "تسيطر",
    "عليها",
    "يسيطر",
    "قوات",
    "النظام",
    "الحوثيين",
    "تنظيم",
    "داعش",
    "المواطن",
    "الطفل",
    "صالح",
    "عبدالله",
    "\"",
    "«",
    "»",
    "نسب",
    "إلى",
    "اتهمت",
    "بالوقوف",
    "وراء",
    "الهجوم",
    "مسؤوليته",
    "عن",
    "أعلن",
    "في",
    "مدينة",
    "حلب",
    "مأرب",
    "صعدة",
    "ريف",
    "على",
    "أن",
    "يقصف",
    "لن",
    "كي",
    "منذ",
    "ردا",
    "أعمال",
    "محاولة",
    "اعتصم",
    "نحو",
    "ألف",
    "آلاف",
    "سوري",
    "الآلاف",
    "10",
    "ما",
    "لا",
    "يقل",
    "الأقل",
    "شرطي",
    "الخميس",
    "أمس",
    "ليلة",
    "أول",
    "من",
    "الوكالة",
    "وكالة",
    "سبأ",
    "،",
    ".",
    "\n",
    "وتسببت",
    "الاشتباكات",
    "بمقتل",
    "عناصر",
    "التحقيق",
    "مرور",
    "قصد",
    "عمليات",
    "طرد",
    "بطائرة",
    "بلا",
    "طيار",
    // a quotation mark glued to a word (phrases split by it), a partitive, a target noun,
    // relative "ما", attack phrases with a bomber or a crowd inside
    "\"القضاء",
    "على\"",
    "«غارات",
    "جوية»",
    "من",
    "مجموعة",
    "عددا",
    "كبيرا",
    "بينهم",
    "مواقع",
    "ما",
    "أسفر",
    "تفجير",
    "انتحاري",
    "تفريق",
    "المتظاهرين",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..60).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_arrangement_extracts_without_panic(text in sentence()) {
        let mut doc = Document::from_text("p", &text);
        doc.published = chrono::NaiveDate::from_ymd_opt(2018, 6, 7);
        let rec = ex().extract(&doc);
        let v = serde_json::to_value(&rec).unwrap();
        for e in v["events"].as_array().unwrap() {
            let ev = &e["evidence"];
            let (s, t) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
            prop_assert!(s < t);
            // offsets are characters of the document text
            let quoted: String = text.chars().skip(s).take(t - s).collect();
            prop_assert_eq!(quoted.as_str(), ev["text"].as_str().unwrap());
        }
    }
}
