#!/usr/bin/env python3
"""Check a lichang JSON document against its input file: every turn's text
equals the original bytes at its offsets, and the blocks cover every
non-blank byte exactly once (nothing lost, nothing doubled)."""
import json, sys

raw = open(sys.argv[1], 'rb').read()
doc = json.load(open(sys.argv[2]))
errors = []
def dec(b):
    return b.decode('utf-8', errors='replace')
for t in doc['turns']:
    if dec(raw[t['start']:t['end']]) != t['text']:
        errors.append('turn %s text differs from bytes %d..%d' % (t['id'], t['start'], t['end']))
cover = bytearray(len(raw))
fm = doc.get('front_matter')
if fm:
    for i in range(fm['start'], fm['end']):
        cover[i] += 1
for b in doc['blocks']:
    if not (0 <= b['start'] <= b['end'] <= len(raw)):
        errors.append('block out of range: %r' % b)
        continue
    for i in range(b['start'], b['end']):
        cover[i] += 1
blank = set(b' \t\r\n')
text = raw
i = 0
while i < len(raw):
    c = raw[i]
    if cover[i] > 1:
        errors.append('byte %d covered %d times' % (i, cover[i])); break
    if cover[i] == 0 and c not in blank:
        # no-break and ideographic spaces, and a BOM, are blank too
        if raw[i:i+2] == b'\xc2\xa0': i += 2; continue
        if raw[i:i+3] in (b'\xe3\x80\x80', b'\xef\xbb\xbf'): i += 3; continue
        errors.append('byte %d (%r) in no block' % (i, raw[i:i+12])); break
    i += 1
for e in errors[:5]:
    print(e)
sys.exit(1 if errors else 0)
