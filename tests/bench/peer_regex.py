#!/usr/bin/env python3
"""The peer analysts use instead of lichang: a regex speaker splitter and
keyword counts per speaker, in Python.  usage: peer_regex.py TERMS FILE"""
import re, sys, collections
terms = [t for t in open(sys.argv[1], encoding='utf-8').read().split('\n') if t]
text = open(sys.argv[2], encoding='utf-8').read()
label = re.compile(r'^([^\n:：]{1,20})[:：\u00a0 ]', re.M)
kw = re.compile('|'.join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.I)
counts = collections.Counter()
spans = [(m.group(1), m.end()) for m in label.finditer(text)]
for k, (who, start) in enumerate(spans):
    end = spans[k + 1][1] if k + 1 < len(spans) else len(text)
    for m in kw.finditer(text, start, end):
        counts[(who, m.group().lower())] += 1
for (who, t), c in sorted(counts.items())[:50]:
    print(who, t, c)
