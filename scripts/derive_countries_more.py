#!/usr/bin/env python3
"""Derive rows for countries missing from data/places/countries.tsv.

Coordinates: Natural Earth 1:50m via world-atlas countries-50m.json (TopoJSON decoded here):
area centroid of the country's largest polygon (exterior minus holes, planar lon/lat);
if that centroid is not strictly inside the polygon, the grid point inside the polygon
nearest to the centroid (grid scanned over the polygon bbox, then refined locally).
Arabic names: editorial (dict NAMES_AR below).
Standard library only. Output: $OUT (default ./countries_more.tsv), sorted by code. Its rows were
appended to data/places/countries.tsv in the fourth session (source column reworded), so a rerun
now writes nothing; delete a row there to derive it again. Run with ../shared beside the repository:

    OUT=/tmp/countries_more.tsv python3 scripts/derive_countries_more.py
"""
import json
import math
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, "..", "data", "places", "countries.tsv")
TOPO = os.path.join(HERE, "..", "..", "shared", "data", "boundaries", "countries-50m.json")
OUT = os.environ.get("OUT", "countries_more.tsv")
SOURCE = ("Natural Earth 1:50m via world-atlas countries-50m.json (largest polygon centroid); "
          "Arabic names: editorial")

# ISO 3166-1: alpha-2 -> (numeric, English name) for the 193 UN member states plus XK, TW, HK.
# Kosovo has no ISO numeric code; in world-atlas it has id None and is matched by properties.name.
COUNTRIES = {
    "AD": ("020", "Andorra"), "AE": ("784", "United Arab Emirates"), "AF": ("004", "Afghanistan"),
    "AG": ("028", "Antigua and Barbuda"), "AL": ("008", "Albania"), "AM": ("051", "Armenia"),
    "AO": ("024", "Angola"), "AR": ("032", "Argentina"), "AT": ("040", "Austria"),
    "AU": ("036", "Australia"), "AZ": ("031", "Azerbaijan"), "BA": ("070", "Bosnia and Herzegovina"),
    "BB": ("052", "Barbados"), "BD": ("050", "Bangladesh"), "BE": ("056", "Belgium"),
    "BF": ("854", "Burkina Faso"), "BG": ("100", "Bulgaria"), "BH": ("048", "Bahrain"),
    "BI": ("108", "Burundi"), "BJ": ("204", "Benin"), "BN": ("096", "Brunei"),
    "BO": ("068", "Bolivia"), "BR": ("076", "Brazil"), "BS": ("044", "Bahamas"),
    "BT": ("064", "Bhutan"), "BW": ("072", "Botswana"), "BY": ("112", "Belarus"),
    "BZ": ("084", "Belize"), "CA": ("124", "Canada"), "CD": ("180", "DR Congo"),
    "CF": ("140", "Central African Republic"), "CG": ("178", "Republic of the Congo"),
    "CH": ("756", "Switzerland"), "CI": ("384", "Ivory Coast"), "CL": ("152", "Chile"),
    "CM": ("120", "Cameroon"), "CN": ("156", "China"), "CO": ("170", "Colombia"),
    "CR": ("188", "Costa Rica"), "CU": ("192", "Cuba"), "CV": ("132", "Cape Verde"),
    "CY": ("196", "Cyprus"), "CZ": ("203", "Czech Republic"), "DE": ("276", "Germany"),
    "DJ": ("262", "Djibouti"), "DK": ("208", "Denmark"), "DM": ("212", "Dominica"),
    "DO": ("214", "Dominican Republic"), "DZ": ("012", "Algeria"), "EC": ("218", "Ecuador"),
    "EE": ("233", "Estonia"), "EG": ("818", "Egypt"), "ER": ("232", "Eritrea"),
    "ES": ("724", "Spain"), "ET": ("231", "Ethiopia"), "FI": ("246", "Finland"),
    "FJ": ("242", "Fiji"), "FM": ("583", "Micronesia"), "FR": ("250", "France"),
    "GA": ("266", "Gabon"), "GB": ("826", "United Kingdom"), "GD": ("308", "Grenada"),
    "GE": ("268", "Georgia"), "GH": ("288", "Ghana"), "GM": ("270", "Gambia"),
    "GN": ("324", "Guinea"), "GQ": ("226", "Equatorial Guinea"), "GR": ("300", "Greece"),
    "GT": ("320", "Guatemala"), "GW": ("624", "Guinea-Bissau"), "GY": ("328", "Guyana"),
    "HK": ("344", "Hong Kong"), "HN": ("340", "Honduras"), "HR": ("191", "Croatia"),
    "HT": ("332", "Haiti"), "HU": ("348", "Hungary"), "ID": ("360", "Indonesia"),
    "IE": ("372", "Ireland"), "IL": ("376", "Israel"), "IN": ("356", "India"),
    "IQ": ("368", "Iraq"), "IR": ("364", "Iran"), "IS": ("352", "Iceland"),
    "IT": ("380", "Italy"), "JM": ("388", "Jamaica"), "JO": ("400", "Jordan"),
    "JP": ("392", "Japan"), "KE": ("404", "Kenya"), "KG": ("417", "Kyrgyzstan"),
    "KH": ("116", "Cambodia"), "KI": ("296", "Kiribati"), "KM": ("174", "Comoros"),
    "KN": ("659", "Saint Kitts and Nevis"), "KP": ("408", "North Korea"),
    "KR": ("410", "South Korea"), "KW": ("414", "Kuwait"), "KZ": ("398", "Kazakhstan"),
    "LA": ("418", "Laos"), "LB": ("422", "Lebanon"), "LC": ("662", "Saint Lucia"),
    "LI": ("438", "Liechtenstein"), "LK": ("144", "Sri Lanka"), "LR": ("430", "Liberia"),
    "LS": ("426", "Lesotho"), "LT": ("440", "Lithuania"), "LU": ("442", "Luxembourg"),
    "LV": ("428", "Latvia"), "LY": ("434", "Libya"), "MA": ("504", "Morocco"),
    "MC": ("492", "Monaco"), "MD": ("498", "Moldova"), "ME": ("499", "Montenegro"),
    "MG": ("450", "Madagascar"), "MH": ("584", "Marshall Islands"),
    "MK": ("807", "North Macedonia"), "ML": ("466", "Mali"), "MM": ("104", "Myanmar"),
    "MN": ("496", "Mongolia"), "MR": ("478", "Mauritania"), "MT": ("470", "Malta"),
    "MU": ("480", "Mauritius"), "MV": ("462", "Maldives"), "MW": ("454", "Malawi"),
    "MX": ("484", "Mexico"), "MY": ("458", "Malaysia"), "MZ": ("508", "Mozambique"),
    "NA": ("516", "Namibia"), "NE": ("562", "Niger"), "NG": ("566", "Nigeria"),
    "NI": ("558", "Nicaragua"), "NL": ("528", "Netherlands"), "NO": ("578", "Norway"),
    "NP": ("524", "Nepal"), "NR": ("520", "Nauru"), "NZ": ("554", "New Zealand"),
    "OM": ("512", "Oman"), "PA": ("591", "Panama"), "PE": ("604", "Peru"),
    "PG": ("598", "Papua New Guinea"), "PH": ("608", "Philippines"), "PK": ("586", "Pakistan"),
    "PL": ("616", "Poland"), "PT": ("620", "Portugal"), "PW": ("585", "Palau"),
    "PY": ("600", "Paraguay"), "QA": ("634", "Qatar"), "RO": ("642", "Romania"),
    "RS": ("688", "Serbia"), "RU": ("643", "Russia"), "RW": ("646", "Rwanda"),
    "SA": ("682", "Saudi Arabia"), "SB": ("090", "Solomon Islands"), "SC": ("690", "Seychelles"),
    "SD": ("729", "Sudan"), "SE": ("752", "Sweden"), "SG": ("702", "Singapore"),
    "SI": ("705", "Slovenia"), "SK": ("703", "Slovakia"), "SL": ("694", "Sierra Leone"),
    "SM": ("674", "San Marino"), "SN": ("686", "Senegal"), "SO": ("706", "Somalia"),
    "SR": ("740", "Suriname"), "SS": ("728", "South Sudan"),
    "ST": ("678", "Sao Tome and Principe"), "SV": ("222", "El Salvador"),
    "SY": ("760", "Syria"), "SZ": ("748", "Eswatini"), "TD": ("148", "Chad"),
    "TG": ("768", "Togo"), "TH": ("764", "Thailand"), "TJ": ("762", "Tajikistan"),
    "TL": ("626", "Timor-Leste"), "TM": ("795", "Turkmenistan"), "TN": ("788", "Tunisia"),
    "TO": ("776", "Tonga"), "TR": ("792", "Turkey"), "TT": ("780", "Trinidad and Tobago"),
    "TV": ("798", "Tuvalu"), "TW": ("158", "Taiwan"), "TZ": ("834", "Tanzania"),
    "UA": ("804", "Ukraine"), "UG": ("800", "Uganda"), "US": ("840", "United States"),
    "UY": ("858", "Uruguay"), "UZ": ("860", "Uzbekistan"),
    "VC": ("670", "Saint Vincent and the Grenadines"), "VE": ("862", "Venezuela"),
    "VN": ("704", "Vietnam"), "VU": ("548", "Vanuatu"), "WS": ("882", "Samoa"),
    "XK": (None, "Kosovo"), "YE": ("887", "Yemen"), "ZA": ("710", "South Africa"),
    "ZM": ("894", "Zambia"), "ZW": ("716", "Zimbabwe"),
}
# world-atlas properties.name used when the numeric id is absent or ambiguous
# (036 is used for both Australia and Ashmore and Cartier Is.).
NAME_OVERRIDE = {"XK": "Kosovo", "AU": "Australia"}

NAMES_AR = {
    "AD": "أندورا|اندورا",
    "AG": "أنتيغوا وباربودا|انتيغوا وباربودا|أنتيغوا وبربودا|انتيغوا وبربودا",
    "AL": "ألبانيا|البانيا",
    "AO": "أنغولا|انغولا|أنجولا|انجولا",
    "AR": "الأرجنتين|الارجنتين",
    "BA": "البوسنة والهرسك|البوسنة",
    "BB": "باربادوس|بربادوس",
    "BD": "بنغلاديش|بنجلاديش|بنغلادش",
    "BF": "بوركينا فاسو|بوركينافاسو",
    "BG": "بلغاريا",
    "BI": "بوروندي",
    "BJ": "بنين|جمهورية بنين",
    "BN": "بروناي|بروناي دار السلام",
    "BO": "بوليفيا",
    "BS": "جزر البهاما|البهاما",
    "BT": "بوتان",
    "BW": "بوتسوانا",
    "BY": "بيلاروسيا|بيلاروس|روسيا البيضاء",
    "BZ": "بليز",
    "CD": "جمهورية الكونغو الديمقراطية|الكونغو الديمقراطية|جمهورية الكونغو الديموقراطية|الكونغو الديموقراطية|الكونغو كينشاسا",
    "CF": "جمهورية أفريقيا الوسطى|جمهورية افريقيا الوسطى|أفريقيا الوسطى|افريقيا الوسطى|جمهورية إفريقيا الوسطى|إفريقيا الوسطى",
    "CG": "الكونغو|جمهورية الكونغو|الكونغو برازافيل",
    "CI": "ساحل العاج|كوت ديفوار|كوت دي فوار",
    "CL": "تشيلي|شيلي",
    "CM": "الكاميرون",
    "CO": "كولومبيا",
    "CR": "كوستاريكا|كوستا ريكا",
    "CU": "كوبا",
    "CV": "الرأس الأخضر|الراس الاخضر|كابو فيردي|كاب فيردي",
    "CZ": "التشيك|جمهورية التشيك|تشيكيا",
    "DK": "الدنمارك|الدنمرك",
    "DM": "دومينيكا",
    "DO": "جمهورية الدومينيكان|الدومينيكان",
    "EC": "الإكوادور|الاكوادور|إكوادور|اكوادور",
    "EE": "إستونيا|استونيا",
    "FI": "فنلندا",
    "FJ": "فيجي",
    "FM": "ميكرونيزيا|ولايات ميكرونيزيا المتحدة",
    "GA": "الغابون|الجابون",
    "GD": "غرينادا|جرينادا",
    "GH": "غانا",
    "GM": "غامبيا|جامبيا",
    "GN": "غينيا|جمهورية غينيا|غينيا كوناكري",
    "GQ": "غينيا الاستوائية",
    "GT": "غواتيمالا|جواتيمالا",
    "GW": "غينيا بيساو",
    "GY": "غيانا",
    "HK": "هونغ كونغ|هونج كونج|هونغكونغ",
    "HN": "هندوراس",
    "HR": "كرواتيا",
    "HT": "هايتي",
    "HU": "المجر|هنغاريا",
    "IS": "آيسلندا|أيسلندا|ايسلندا|إيسلندا",
    "JM": "جامايكا",
    "KG": "قيرغيزستان|قرغيزستان",
    "KH": "كمبوديا",
    "KI": "كيريباتي",
    "KN": "سانت كيتس ونيفيس",
    "LA": "لاوس",
    "LC": "سانت لوسيا",
    "LI": "ليختنشتاين",
    "LK": "سريلانكا|سري لانكا",
    "LR": "ليبيريا",
    "LS": "ليسوتو",
    "LT": "ليتوانيا",
    "LU": "لوكسمبورغ|لوكسمبورج",
    "LV": "لاتفيا",
    "MC": "موناكو",
    "MD": "مولدوفا|مولدافيا",
    "ME": "الجبل الأسود|الجبل الاسود|مونتينيغرو",
    "MG": "مدغشقر",
    "MH": "جزر مارشال",
    "MK": "مقدونيا الشمالية|مقدونيا",
    "MM": "ميانمار|بورما",
    "MN": "منغوليا",
    "MT": "مالطا|مالطة",
    "MU": "موريشيوس",
    "MV": "جزر المالديف|المالديف",
    "MW": "ملاوي|مالاوي",
    "MZ": "موزمبيق",
    "NA": "ناميبيا",
    "NI": "نيكاراغوا|نيكاراجوا",
    "NP": "نيبال",
    "NR": "ناورو",
    "NZ": "نيوزيلندا|نيوزلندا",
    "PA": "بنما",
    "PE": "بيرو|البيرو",
    "PG": "بابوا غينيا الجديدة",
    "PH": "الفلبين|الفيليبين",
    "PL": "بولندا",
    "PT": "البرتغال",
    "PW": "بالاو",
    "PY": "باراغواي|باراجواي",
    "RO": "رومانيا",
    "RS": "صربيا",
    "RW": "رواندا",
    "SB": "جزر سليمان",
    "SC": "سيشل|جزر سيشل",
    "SG": "سنغافورة",
    "SI": "سلوفينيا",
    "SK": "سلوفاكيا",
    "SL": "سيراليون|سيرا ليون",
    "SM": "سان مارينو",
    "SN": "السنغال",
    "SR": "سورينام",
    "ST": "ساو تومي وبرينسيبي",
    "SV": "السلفادور",
    "SZ": "إسواتيني|اسواتيني|سوازيلاند",
    "TG": "توغو|توجو",
    "TH": "تايلاند|تايلند",
    "TL": "تيمور الشرقية|تيمور ليشتي",
    "TO": "تونغا",
    "TT": "ترينيداد وتوباغو|ترينيداد وتوباجو",
    "TV": "توفالو",
    "TW": "تايوان",
    "TZ": "تنزانيا",
    "UG": "أوغندا|اوغندا",
    "UY": "الأوروغواي|الاوروغواي|أوروغواي|اوروغواي",
    "VC": "سانت فنسنت وجزر غرينادين|سانت فنسنت والغرينادين",
    "VN": "فيتنام",
    "VU": "فانواتو",
    "WS": "ساموا",
    "XK": "كوسوفو",
    "ZM": "زامبيا",
    "ZW": "زيمبابوي",
}


def existing_codes():
    codes = set()
    with open(MAIN, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes.add(line.split("\t", 1)[0])
    return codes


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring_coords(arcs, idxs):
    ring = []
    for i in idxs:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        # consecutive arcs share their end/start point
        ring.extend(pts if not ring else pts[1:])
    return ring


def unwrap(poly):
    """Polygons crossing the antimeridian (e.g. in Fiji) are stored with lon jumping between
    -180 and +180; shift negative lons by +360 so planar area and centroid are meaningful."""
    xs = [x for ring in poly for x, _ in ring]
    if max(xs) - min(xs) <= 180:
        return poly
    return [[(x + 360 if x < 0 else x, y) for x, y in ring] for ring in poly]


def polygons_of(geom, arcs):
    if geom["type"] == "Polygon":
        polys = [[ring_coords(arcs, r) for r in geom["arcs"]]]
    elif geom["type"] == "MultiPolygon":
        polys = [[ring_coords(arcs, r) for r in p] for p in geom["arcs"]]
    else:
        polys = []
    return [unwrap(p) for p in polys]


def ring_area_centroid(ring):
    a = cx = cy = 0.0
    n = len(ring)
    for k in range(n):
        x0, y0 = ring[k]
        x1, y1 = ring[(k + 1) % n]
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    a *= 0.5
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a, cx / (6 * a), cy / (6 * a)


def polygon_area_centroid(poly):
    """Area (exterior minus holes) and centroid, independent of ring orientation."""
    A = MX = MY = 0.0
    for k, ring in enumerate(poly):
        a, cx, cy = ring_area_centroid(ring)
        w = abs(a) if k == 0 else -abs(a)
        A += w
        MX += w * cx
        MY += w * cy
    if A == 0:
        return 0.0, poly[0][0][0], poly[0][0][1]
    return A, MX / A, MY / A


def in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y):
            xc = xi + (y - yi) * (xj - xi) / (yj - yi)
            if x < xc:
                inside = not inside
        j = i
    return inside


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / L))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def boundary_dist(x, y, poly):
    best = float("inf")
    for ring in poly:
        for k in range(len(ring) - 1):
            d = seg_dist(x, y, ring[k][0], ring[k][1], ring[k + 1][0], ring[k + 1][1])
            if d < best:
                best = d
    return best


def strictly_inside(x, y, poly, eps):
    if not in_ring(x, y, poly[0]):
        return False
    if any(in_ring(x, y, h) for h in poly[1:]):
        return False
    return boundary_dist(x, y, poly) > eps


def nearest_inside(cx, cy, poly, n=200):
    xs = [p[0] for p in poly[0]]
    ys = [p[1] for p in poly[0]]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    step = max(x1 - x0, y1 - y0) / n
    eps = step * 1e-3
    best = None
    # coarse grid over bbox (grid points are offset half a step so they avoid vertices)
    i = 0
    cands = []
    gx = x0 + step / 2
    while gx < x1:
        gy = y0 + step / 2
        while gy < y1:
            cands.append((math.hypot(gx - cx, gy - cy), gx, gy))
            gy += step
        gx += step
    cands.sort()
    for d, gx, gy in cands:
        if strictly_inside(gx, gy, poly, eps):
            best = (d, gx, gy)
            break
    if best is None:
        return None
    # refine: finer grid around the coarse hit, within the coarse step radius
    d0, bx, by = best
    fine = step / 20
    radius = d0 + step
    ref = []
    k = int(math.ceil(radius / fine)) + 1
    for a in range(-k, k + 1):
        for b in range(-k, k + 1):
            gx, gy = cx + a * fine + fine / 2, cy + b * fine + fine / 2
            d = math.hypot(gx - cx, gy - cy)
            if d <= radius:
                ref.append((d, gx, gy))
    ref.sort()
    for d, gx, gy in ref:
        if d >= best[0]:
            break
        if strictly_inside(gx, gy, poly, fine * 1e-3):
            best = (d, gx, gy)
            break
    return best[1], best[2]


def main():
    topo = json.load(open(TOPO, encoding="utf-8"))
    arcs = decode_arcs(topo)
    geoms = topo["objects"]["countries"]["geometries"]
    by_id, by_name = {}, {}
    for g in geoms:
        by_name[g["properties"]["name"]] = g
        if g.get("id") is not None:
            by_id.setdefault(g["id"], []).append(g)
    have = existing_codes()
    rows, skipped, notes = [], [], []
    for code in sorted(COUNTRIES):
        if code in have:
            continue
        num, name_en = COUNTRIES[code]
        if code in NAME_OVERRIDE:
            g = by_name.get(NAME_OVERRIDE[code])
        else:
            gs = by_id.get(num, [])
            g = gs[0] if len(gs) == 1 else None
            if len(gs) > 1:
                raise SystemExit(f"ambiguous id {num} for {code}")
        if g is None:
            skipped.append((code, name_en, "not in countries-50m.json"))
            continue
        polys = polygons_of(g, arcs)
        best = max(polys, key=lambda p: polygon_area_centroid(p)[0])
        _, cx, cy = polygon_area_centroid(best)
        method = "centroid"
        if not strictly_inside(cx, cy, best, 1e-9):
            p = nearest_inside(cx, cy, best)
            if p is None:
                method = "centroid (polygon smaller than grid)"
            else:
                cx, cy = p
                method = "nearest inside point"
        if cx > 180:
            cx -= 360
        notes.append((code, g["properties"]["name"], len(polys), method))
        rows.append("\t".join([code, name_en, NAMES_AR[code], f"{cy:.3f}", f"{cx:.3f}", SOURCE]))
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(r + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    for s in skipped:
        print("SKIPPED", *s)
    for n in notes:
        if n[3] != "centroid":
            print("NOTE", *n)


if __name__ == "__main__":
    main()
