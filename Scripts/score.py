#!/usr/bin/env python3
"""Scores records against hand-written expected fields, field by field.

usage: score.py EXPECTED_DIR RECORD_DIR [--verbose]
For every NAME.expected.json in EXPECTED_DIR, reads the record RECORD_DIR/NAME.<ext>.json written by
`noticekit convert --output`. Scalars score 1 or 0; lists score F1 over their items (in multiset
form); the macro score is the mean over fields of the mean over notices.
"""
import collections, glob, json, os, sys


def f1(expected, got):
    e, g = collections.Counter(expected), collections.Counter(got)
    if not e and not g:
        return 1.0
    hit = sum((e & g).values())
    if hit == 0:
        return 0.0
    p, r = hit / sum(g.values()), hit / sum(e.values())
    return 2 * p * r / (p + r)


def flat_sections(sections):
    out = []
    for s in sections or []:
        out.append((s['level'], s['ordinal'], s['heading']))
        out += flat_sections(s.get('children', []))
    return out


def phones(contacts, kinds):
    return [p['e164'] for c in contacts or [] for p in c.get('phones', []) if p['kind'] in kinds]


FIELDS = {
    'title': lambda d: [d.get('title')],
    'documentType': lambda d: [d.get('documentType')],
    'documentNumber': lambda d: [d.get('documentNumber')],
    'issuedDate': lambda d: [d.get('issuedDate')],
    'issuers': lambda d: [o['name'] for o in d.get('issuers') or []],
    'issuerCanonical': lambda d: [o.get('canonicalName') for o in d.get('issuers') or []],
    'recipients': lambda d: [r['name'] for r in d.get('recipients') or []],
    'sections': lambda d: flat_sections(d.get('sections')),
    'attachments': lambda d: [a['title'] for a in d.get('attachments') or []],
    'copyTo': lambda d: [o['name'] if isinstance(o, dict) else o for o in d.get('copyTo') or []],
    'contactNames': lambda d: [c.get('name') for c in d.get('contacts') or []],
    'phones': lambda d: phones(d.get('contacts'), ('voice', 'mobile')),
    'faxes': lambda d: phones(d.get('contacts'), ('fax',)),
    'emails': lambda d: [e for c in d.get('contacts') or [] for e in c.get('emails', [])],
    'dates': lambda d: [(x['value'], x['role']) for x in d.get('dates') or []],
}


def main():
    expected_dir, record_dir = sys.argv[1], sys.argv[2]
    verbose = '--verbose' in sys.argv
    totals = collections.defaultdict(list)
    for path in sorted(glob.glob(os.path.join(expected_dir, '*.expected.json'))):
        name = os.path.basename(path)[: -len('.expected.json')]
        candidates = glob.glob(os.path.join(record_dir, name + '.*.json'))
        expected = json.load(open(path, encoding='utf-8'))
        record = json.load(open(candidates[0], encoding='utf-8')) if candidates else {}
        row = []
        for field, get in FIELDS.items():
            score = f1([json.dumps(x, ensure_ascii=False) for x in get(expected)],
                       [json.dumps(x, ensure_ascii=False) for x in get(record)])
            totals[field].append(score)
            row.append(score)
            if verbose and score < 1:
                print(f'  {name} {field}: expected {get(expected)}\n{" " * (len(name) + len(field) + 4)}got      {get(record)}')
        codes = {x['code'] for x in record.get('diagnostics', [])}
        required = expected.get('requiredDiagnostics', [])
        score = f1(required, [c for c in codes if c in ('issuer-count-mismatch', 'missing-title', 'mojibake')])
        totals['diagnostics'].append(score)
        if verbose and score < 1:
            print(f'  {name} diagnostics: expected {required} got {sorted(codes)}')
        print(f'{name:50s} {sum(row) / len(row):.3f}')
    print()
    macro = []
    for field, scores in totals.items():
        mean = sum(scores) / len(scores)
        macro.append(mean)
        print(f'{field:16s} {mean:.3f}')
    print(f'{"macro":16s} {sum(macro) / len(macro):.3f}')


if __name__ == '__main__':
    main()
