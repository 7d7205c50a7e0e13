#!/usr/bin/env python3
"""Write a deterministic archive of N small transcripts into DIR, varied in
label shapes, topics, stances and dates: gen_archive.py DIR N"""
import os, random, sys

d, n = sys.argv[1], int(sys.argv[2])
rnd = random.Random(42)
names = ['王大明', '李小華', '陳志強', '林美玲', 'Mary Chen', '張國榮', '黃仁勳', '吳淑芬']
topics = ['出口管制', '擴散規則', '中國市場', '關稅', 'CUDA生態系統', '與盟友的AI合作']
judge = ['完全錯了', '非常好', '沒有道理', '值得支持', '適得其反', '是正確的方向']
shapes = ['{n}：{t}', '{n}: {t}', '**{n}**：{t}', '【{n}】{t}']
os.makedirs(d, exist_ok=True)
for i in range(n):
    a, b = rnd.sample(names, 2)
    shape = rnd.choice(shapes)
    md = shape.startswith('**')
    y, m, dd = 2020 + i % 6, 1 + i % 12, 1 + i % 28
    lines = ['---\ntitle: 訪談 %d\ndate: %04d-%02d-%02d\n---\n' % (i, y, m, dd) if md
             else '訪談第%d號\n' % i, '編者按：本刊記者就政策議題訪問%s。\n' % b]
    for k in range(rnd.randint(2, 6)):
        t = rnd.choice(topics)
        lines.append(shape.format(n=a, t='你怎麼看%s？' % t) + '\n')
        lines.append(shape.format(n=b, t='我認為%s%s。去年損失了%d億美元。' % (t, rnd.choice(judge), rnd.randint(1, 90))) + '\n')
    ext = '.md' if md else '.txt'
    with open(os.path.join(d, 'doc%04d%s' % (i, ext)), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))
