#!/usr/bin/env python3
"""Blind precision of printed events on real news nobody develops on.

The corpora are IE-ER (94 AP/NYT stories of 1998) and the Penn Treebank WSJ sample (199 stories
of 1989) under ../shared/data/corpora. Developers never read them; judges read the events a
build prints there and give each a verdict:

  R  the sentence reports this act, the CAMEO root fits, source and target are right
  D  act and root right, a side wrong or missing although the sentence names it
  N  no such act, wrong root, or flags (negated/hypothetical) that misstate it

verdicts.tsv keeps the verdicts by a hash of each event's key (no corpus text is stored).

  python3 scripts/blind/blind.py items BIN PHASE [--work DIR]
      runs BIN on both corpora, writes DIR/items-PHASE.jsonl (every printed event with its
      sentence and neighbours) and DIR/unjudged-PHASE.jsonl (the events no verdict covers,
      shuffled, for a judge); DIR defaults to /tmp/attache-blind
  python3 scripts/blind/blind.py add VERDICTS.jsonl SESSION
      adds a judge's verdict lines ({"key", "verdict"}) to verdicts.tsv (hashes only)
  python3 scripts/blind/blind.py tally PHASE [--work DIR]
      root precision (R+D)/n and dyad+root precision R/n per corpus, over judged events
"""
import glob
import hashlib
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.environ.get('ATTACHE_CORPORA', os.path.join(HERE, '../../../shared/data/corpora'))
VERDICTS = os.path.join(HERE, 'verdicts.tsv')


def work_dir(args):
    if '--work' in args:
        return args[args.index('--work') + 1]
    return '/tmp/attache-blind'


def make_inputs(work):
    """IE-ER stories as JSON Lines (paragraphs rejoined), WSJ raw files as text files."""
    os.makedirs(os.path.join(work, 'wsj'), exist_ok=True)
    strip = lambda x: re.sub(r'<[^>]+>', '', x).strip()
    with open(os.path.join(work, 'ieer.jsonl'), 'w') as out:
        for f in sorted(glob.glob(os.path.join(CORPORA, 'ieer', '[AN]*_*'))):
            s = open(f, encoding='utf-8', errors='replace').read()
            for doc in re.findall(r'<DOC>(.*?)</DOC>', s, re.S):
                no = re.search(r'<DOCNO>\s*(\S+)\s*</DOCNO>', doc).group(1)
                dt = re.search(r'<DATE_TIME>\s*(\d\d)/(\d\d)/(\d{4})', doc)
                pub = f'{dt.group(3)}-{dt.group(1)}-{dt.group(2)}' if dt else None
                h = re.search(r'<HEADLINE>(.*?)</HEADLINE>', doc, re.S)
                t = re.search(r'<TEXT>(.*?)</TEXT>', doc, re.S)
                title = ' '.join(strip(h.group(1)).split()) if h else None
                text = strip(t.group(1)) if t else ''
                paras = re.split(r'\n\s*\t\s*', text)
                text = '\n\n'.join(' '.join(p.split()) for p in paras if p.strip())
                out.write(json.dumps({'id': no, 'title': title, 'text': text, 'published': pub}) + '\n')
    for f in sorted(glob.glob(os.path.join(CORPORA, 'ptb-sample', 'treebank', 'raw', 'wsj_*'))):
        s = open(f, encoding='utf-8', errors='replace').read().replace('.START', '').strip()
        open(os.path.join(work, 'wsj', os.path.basename(f) + '.txt'), 'w').write(s + '\n')


def events(binary, corpus, path):
    out = subprocess.run([binary, 'code', path, '--format', 'jsonl'],
                         capture_output=True, text=True).stdout
    for line in out.splitlines():
        a = json.loads(line)
        text, sents = a['text'], a['sentences']
        sl = lambda k: text[sents[k]['start']:sents[k]['end']] if 0 <= k < len(sents) else ''
        for e in a['events']:
            i = e['sentence']
            src, tgt = e['source'] or {}, e['target'] or {}
            key = '|'.join(map(str, [corpus, a['id'], i, e['evidence']['trigger'], e['cameo'],
                                     src.get('code'), tgt.get('code'), src.get('text'),
                                     tgt.get('text'), e['negated'], e['hypothetical']]))
            side = lambda s: s and {'name': s.get('name'), 'code': s.get('code'), 'text': s.get('text')}
            yield {'key': key, 'hash': digest(key), 'corpus': corpus, 'article': a['id'],
                   'before': sl(i - 1), 'sentence': sl(i), 'after': sl(i + 1),
                   'source': side(e['source']), 'target': side(e['target']), 'cameo': e['cameo'],
                   'trigger': e['evidence']['trigger'], 'negated': e['negated'],
                   'hypothetical': e['hypothetical']}


def digest(key):
    return hashlib.sha256(key.encode('utf-8')).hexdigest()[:20]


def load_verdicts():
    v = {}
    if os.path.exists(VERDICTS):
        for line in open(VERDICTS):
            if line.strip() and not line.startswith('#'):
                h, verdict = line.split('\t')[:2]
                v[h] = verdict
    return v


def items(args):
    binary, phase, work = args[0], args[1], work_dir(args)
    make_inputs(work)
    found = list(events(binary, 'ieer', os.path.join(work, 'ieer.jsonl')))
    found += list(events(binary, 'wsj', os.path.join(work, 'wsj')))
    with open(os.path.join(work, f'items-{phase}.jsonl'), 'w') as o:
        for it in found:
            o.write(json.dumps(it) + '\n')
    judged = load_verdicts()
    new = [it for it in found if it['hash'] not in judged]
    random.Random(phase).shuffle(new)
    with open(os.path.join(work, f'unjudged-{phase}.jsonl'), 'w') as o:
        for k, it in enumerate(new):
            o.write(json.dumps(dict(it, item=f'{phase}-{k:04d}')) + '\n')
    print(f'{len(found)} events, {len(new)} without a verdict')


def add(args):
    path, session = args[0], args[1]
    have = load_verdicts()
    rows = [json.loads(l) for l in open(path) if l.strip()]
    with open(VERDICTS, 'a') as o:
        for r in rows:
            h = digest(r['key'])
            if h not in have and r['verdict'] in ('R', 'D', 'N'):
                o.write(f"{h}\t{r['verdict']}\t{session}\n")
                have[h] = r['verdict']
    print(f'{len(have)} verdicts')


def tally(args):
    phase, work = args[0], work_dir(args)
    v = load_verdicts()
    found = [json.loads(l) for l in open(os.path.join(work, f'items-{phase}.jsonl'))]
    for corpus in ['ieer', 'wsj', None]:
        got = [v.get(i['hash']) for i in found if corpus is None or i['corpus'] == corpus]
        judged = [g for g in got if g]
        n = max(len(judged), 1)
        r, d = judged.count('R'), judged.count('D')
        print(f"{corpus or 'both'}: events={len(got)} unjudged={len(got) - len(judged)} "
              f"root={(r + d) / n:.3f} dyad+root={r / n:.3f}")


if __name__ == '__main__':
    if len(sys.argv) < 3 or sys.argv[1] not in ('items', 'add', 'tally'):
        sys.exit(__doc__)
    {'items': items, 'add': add, 'tally': tally}[sys.argv[1]](sys.argv[2:])
