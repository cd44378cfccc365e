#!/usr/bin/env python3
"""Lists place-like names the gazetteer does not resolve: the word after a place word (قرية، بلدة،
مدينة، مديرية، حي، مخيم، ناحية، قضاء، منطقة، جبل، وادي، مركز، معبر، مطار، قاعدة) in the corpus, with one or
two words, when no file of data/places holds it (normalised). How data/places/curated_more.tsv was
started (eighth session): the list, by frequency, was worked down by hand (helpers kept the real
places and geocoded them).

    scripts/mine_place_candidates.py [../shared/corpus/articles.jsonl.gz] > candidates.tsv

Output columns: n-gram, frequency, documents, an example document id, its context.
"""
import json,re,collections,glob,gzip,sys,os
def norm(s):
    s=re.sub('[\u064b-\u0652\u0640]','',s)
    s=s.replace('أ','ا').replace('إ','ا').replace('آ','ا').replace('ى','ي').replace('ة','ه')
    return s
names=set()
for f in glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data', 'places', '*.tsv')):
    for l in open(f):
        if l.startswith('#') or not l.strip(): continue
        c=l.rstrip('\n').split('\t')
        for x in c:
            if re.search('[\u0600-\u06ff]',x):
                for n in x.split('|'): names.add(norm(n.strip()))
PW="قريه بلده مدينه مديريه حي مخيم ناحيه قضاء منطقه جبل وادي مركز معبر مطار قاعده".split()
stop=set("الي في من علي عن مع و او ثم التي الذي الذين حيث بعد قبل خلال بين عند منذ".split())
C=collections.Counter(); EX={}; DOCC=collections.defaultdict(collections.Counter)
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'corpus', 'articles.jsonl.gz')
opener = gzip.open if corpus.endswith('.gz') else open
for l in opener(corpus, 'rt', encoding='utf-8'):
    d=json.loads(l); t=d['text']; n=norm(t)
    toks=re.findall(r'[\u0621-\u064a]+',n)
    for i,w in enumerate(toks[:-1]):
        base=w
        for p in ('وب','وال','بال','لل','ب','و','ف','ل'):
            if base.startswith(p) and base[len(p):] in PW: base=base[len(p):]; break
        if base not in PW: continue
        a=toks[i+1]
        if a in stop or len(a)<3: continue
        cands=[a]
        if i+2<len(toks) and toks[i+2] not in stop: cands.append(a+' '+toks[i+2])
        if any(c in names for c in cands) or any((base+' '+c) in names for c in cands): continue
        # strip article for check
        if a.startswith('ال') and a[2:] in names: continue
        key=base+' '+a
        C[key]+=1
        DOCC[key][d['id']]+=1
        if key not in EX:
            j=n.find(base+' '+a)
            EX[key]=(d['id'], re.sub(r'\s+',' ',t[max(0,j-120):j+120]) if j>=0 else '')
out=sys.stdout
for k,v in C.most_common():
    if v<2: break
    out.write(f"{k}\t{v}\t{len(DOCC[k])}\t{EX[k][0]}\t{EX[k][1]}\n")
print(len([1 for k,v in C.items() if v>=2]), 'candidates', file=sys.stderr)
