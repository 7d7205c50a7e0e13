#!/usr/bin/env python3
"""Build the benchmark corpora from the sample transcript, deterministically:
  big.txt   ~64 MiB: varied copies (names, label shapes, numbers, order of
            paragraphs inside each copy) of the sample;
  big.md    the same text as Markdown (## headings, **Name**： labels);
  archive/  2,000 files of 8-40 KB cut from varied copies.
usage: make_corpus.py SAMPLE OUTDIR [MiB]"""
import os, random, re, sys

sample, out = sys.argv[1], sys.argv[2]
mib = int(sys.argv[3]) if len(sys.argv) > 3 else 64
text = open(sample, encoding='utf-8').read().replace('\r\n', '\n')
rnd = random.Random(20251129)
people = [('Ben Thompson', '黃仁勳'), ('李明哲', '王若蘭'), ('主持人', '來賓'), ('問', '答'),
          ('Mary Chen', '張志遠'), ('記者', '陳部長')]

def variant(i):
    a, b = people[i % len(people)]
    t = text.replace('Ben Thompson', a).replace('黃仁勳', b)
    t = re.sub(r'\d+', lambda m: str(int(m.group()) + i % 7), t)
    paras = t.split('\n\n')
    head, body = paras[:5], paras[5:]
    # swap a few neighbouring paragraph pairs
    for _ in range(3):
        k = rnd.randrange(len(body) - 1)
        body[k], body[k + 1] = body[k + 1], body[k]
    return '\n\n'.join(head + body) + '\n\n'

def markdown(t):
    t = re.sub(r'^([^\n:：]{2,20})(:|：)\s*', r'**\1**：', t, flags=re.M)
    return re.sub(r'^(輝達與中國問題|阿拉伯人工智慧與晶片擴散規則)$', r'## \1', t, flags=re.M)

os.makedirs(out, exist_ok=True)
target = mib * 1024 * 1024
with open(os.path.join(out, 'big.txt'), 'w', encoding='utf-8') as f, \
     open(os.path.join(out, 'big.md'), 'w', encoding='utf-8') as g:
    n, i = 0, 0
    while n < target:
        v = variant(i)
        f.write(v)
        g.write(markdown(v))
        n += len(v.encode())
        i += 1
arch = os.path.join(out, 'archive')
os.makedirs(arch, exist_ok=True)
for i in range(2000):
    v = variant(i)
    if i % 3 == 0:
        v = v + variant(i + 1)
    with open(os.path.join(arch, 'doc%04d.txt' % i), 'w', encoding='utf-8') as f:
        f.write(v)
