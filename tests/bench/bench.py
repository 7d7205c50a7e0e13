#!/usr/bin/env python3
"""make bench: lichang side by side with the tools analysts use instead.

Builds the corpora (make_corpus.py), then runs every tool on the same
input, alternating, RUNS times each, every tool's output sent to a file
(GNU grep stops at the first match when its output is /dev/null), and
prints a Markdown table: tool, input, MB/s (median), peak RSS, ratio to
`grep -F` with lichang's own topic terms (`lichang --terms`).  Then it checks
the targets of the performance issue.  Peers not installed are skipped."""
import filecmp, os, shutil, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LICHANG = os.path.join(ROOT, 'build', 'lichang')
WORK = os.environ.get('BENCH_DIR', os.path.join(ROOT, 'build', 'bench'))
RUNS = int(os.environ.get('BENCH_RUNS', '5'))
SAMPLE = os.path.join(ROOT, '..', 'shared', 'corpus', 'huang-computex-2025.txt')
if not os.path.exists(SAMPLE):
    SAMPLE = os.path.join(ROOT, 'data', 'samples', 'interview-trade.txt')
ENV = dict(os.environ, LICHANG_DATADIR=os.path.join(ROOT, 'data'), LC_ALL='C.UTF-8')

TIME = '/usr/bin/time' if os.path.exists('/usr/bin/time') else None

def run(cmd, out):
    """Wall seconds and peak RSS (KiB) of one command.  Peak RSS comes from
    GNU time: a child's ru_maxrss on Linux starts from this (large) Python
    process's, which fork shares and exec keeps."""
    rss_file = out + '.rss'
    full = [TIME, '-f', '%M', '-o', rss_file] + cmd if TIME else cmd
    # the last run's output (up to 130 MB) is written back to disk first,
    # so that the kernel's writeback does not take a core from this run
    os.sync()
    with open(out, 'wb') as f:
        t0 = time.perf_counter()
        p = subprocess.Popen(full, stdout=f, stderr=subprocess.DEVNULL, env=ENV, cwd=ROOT)
        _, status, ru = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t0
    kb = ru.ru_maxrss
    if TIME:
        try:
            kb = int(open(rss_file).read().split()[-1])
        except (OSError, ValueError, IndexError):
            pass
    return dt, kb, os.waitstatus_to_exitcode(status)

def size_of(path):
    if os.path.isdir(path):
        return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs)
    return os.path.getsize(path)

def measure(cases, runs):
    """cases: list of (name, input, cmd); alternate them round by round."""
    times = {c[0]: [] for c in cases}
    rss = {c[0]: 0 for c in cases}
    for r in range(runs):
        for name, _, cmd in cases:
            dt, kb, rc = run(cmd, os.path.join(WORK, 'out-' + name.replace(' ', '_').replace('/', '_')))
            if rc not in (0, 1):
                print('warning: %s exited %d' % (name, rc), file=sys.stderr)
            times[name].append(dt)
            rss[name] = max(rss[name], kb)
    return {n: (statistics.median(v), rss[n]) for n, v in times.items()}

def main():
    os.makedirs(WORK, exist_ok=True)
    if not os.path.exists(os.path.join(WORK, 'archive', 'doc1999.txt')):
        subprocess.check_call([sys.executable, os.path.join(ROOT, 'tests/bench/make_corpus.py'), SAMPLE, WORK])
    terms = os.path.join(WORK, 'terms.txt')
    with open(terms, 'wb') as f:
        subprocess.check_call([LICHANG, '--terms'], stdout=f, env=ENV)
    nterms = sum(1 for _ in open(terms, encoding='utf-8'))
    big, bigmd, arch = (os.path.join(WORK, x) for x in ('big.txt', 'big.md', 'archive'))
    small = os.path.join(WORK, 'small.txt')
    shutil.copyfile(SAMPLE, small)
    slice_ = os.path.join(WORK, 'slice2m.txt')
    with open(big, 'rb') as f, open(slice_, 'wb') as g:
        g.write(f.read(2 * 1024 * 1024).rsplit(b'\n', 1)[0] + b'\n')
    rows, notes = [], []

    cases = [('grep -c -F -f', big, ['grep', '-c', '-F', '-f', terms, big]),
             ('lichang jsonl -j 1', big, [LICHANG, '-j', '1', '--format', 'jsonl', big]),
             ('lichang jsonl -j 1 (Markdown)', bigmd, [LICHANG, '-j', '1', '--format', 'jsonl', bigmd]),
             ('wc -m', big, ['wc', '-m', big])]
    py = shutil.which('python3')
    cases.append(('python regex + counts', big, [py, os.path.join(ROOT, 'tests/bench/peer_regex.py'), terms, big]))
    if shutil.which('cmark'):
        cases.append(('cmark (Markdown)', bigmd, ['cmark', bigmd]))
    else:
        notes.append('cmark is not installed: skipped (apt-get install cmark)')
    res = measure(cases, RUNS)
    if os.path.exists('/usr/bin/python3') and subprocess.call(['/usr/bin/python3', '-c', 'import jieba'],
                                                             stderr=subprocess.DEVNULL) == 0:
        res.update(measure([('jieba segmentation', slice_, ['/usr/bin/python3', os.path.join(ROOT, 'tests/bench/peer_jieba.py'), slice_])], 1))
        cases.append(('jieba segmentation', slice_, None))
    else:
        notes.append('python3-jieba is not installed: skipped (apt-get install python3-jieba)')
    grep_big = size_of(big) / res['grep -c -F -f'][0]
    for name, inp, _ in cases:
        t, kb = res[name]
        mbs = size_of(inp) / t / 1e6
        rows.append((name, os.path.basename(inp), mbs, kb, mbs / (grep_big / 1e6)))

    acases = [('grep -r -c -F -f', arch, ['grep', '-r', '-c', '-F', '-f', terms, arch]),
              ('lichang -r jsonl -j 1', arch, [LICHANG, '-r', '-j', '1', '--format', 'jsonl', arch]),
              ('lichang -r jsonl -j 2', arch, [LICHANG, '-r', '-j', '2', '--format', 'jsonl', arch])]
    ares = measure(acases, RUNS)
    grep_arch = size_of(arch) / ares['grep -r -c -F -f'][0]
    for name, inp, _ in acases:
        t, kb = ares[name]
        mbs = size_of(inp) / t / 1e6
        rows.append((name, 'archive/ (2,000 files)', mbs, kb, mbs / (grep_arch / 1e6)))
    same = filecmp.cmp(os.path.join(WORK, 'out-lichang_-r_jsonl_-j_1'),
                       os.path.join(WORK, 'out-lichang_-r_jsonl_-j_2'), shallow=False)

    scases = [('grep -c -F -f (15 KB)', small, ['grep', '-c', '-F', '-f', terms, small]),
              ('lichang jsonl (15 KB)', small, [LICHANG, '--format', 'jsonl', small])]
    sres = measure(scases, max(RUNS * 4, 10))
    for name, inp, _ in scases:
        t, kb = sres[name]
        rows.append((name, os.path.basename(SAMPLE), size_of(inp) / t / 1e6, kb,
                     sres['grep -c -F -f (15 KB)'][0] / t))

    print('lichang benchmark, %s, %d runs each (median), %d topic terms, %d cores' %
          (time.strftime('%Y-%m-%d'), RUNS, nterms, os.cpu_count()))
    print()
    print('| tool | input | MB/s | peak RSS | ratio to grep -F |')
    print('|---|---|---:|---:|---:|')
    for name, inp, mbs, kb, ratio in rows:
        print('| %s | %s | %.1f | %.1f MiB | %.3f |' % (name, inp, mbs, kb / 1024, ratio))
    for n in notes:
        print('\nnote: ' + n)
    # targets
    lt = res['lichang jsonl -j 1'][0]
    gt = res['grep -c -F -f'][0]
    checks = [
        ('full analysis of %d MiB at most 4x grep -F time' % (size_of(big) >> 20), lt <= 4 * gt,
         '%.2fx grep, %.1f MB/s' % (lt / gt, size_of(big) / lt / 1e6)),
        ('full analysis at >= 200 MB/s on one core', size_of(big) / lt / 1e6 >= 200,
         '%.1f MB/s' % (size_of(big) / lt / 1e6)),
        ('archive -j 1 at most 4x grep -r', ares['lichang -r jsonl -j 1'][0] <= 4 * ares['grep -r -c -F -f'][0],
         '%.2fx' % (ares['lichang -r jsonl -j 1'][0] / ares['grep -r -c -F -f'][0])),
        ('archive -j 2 at least 1.8x faster than -j 1',
         ares['lichang -r jsonl -j 1'][0] >= 1.8 * ares['lichang -r jsonl -j 2'][0],
         '%.2fx' % (ares['lichang -r jsonl -j 1'][0] / ares['lichang -r jsonl -j 2'][0])),
        ('archive output identical for -j 1 and -j 2', same, 'identical' if same else 'DIFFERENT'),
        ('15 KB start to exit at most 3x grep', sres['lichang jsonl (15 KB)'][0] <= 3 * sres['grep -c -F -f (15 KB)'][0],
         '%.1f ms vs %.1f ms' % (sres['lichang jsonl (15 KB)'][0] * 1e3, sres['grep -c -F -f (15 KB)'][0] * 1e3)),
        ('peak memory at most 3x the file + 16 MiB', res['lichang jsonl -j 1'][1] * 1024 <= 3 * size_of(big) + 16 * 2**20,
         '%.0f MiB for a %.0f MiB file' % (res['lichang jsonl -j 1'][1] / 1024, size_of(big) / 2**20)),
        ('Markdown path at least half the plain-text speed',
         res['lichang jsonl -j 1 (Markdown)'][0] <= 2 * lt * size_of(bigmd) / size_of(big),
         '%.2f of plain' % ((size_of(bigmd) / res['lichang jsonl -j 1 (Markdown)'][0]) / (size_of(big) / lt))),
    ]
    print()
    print('| target | met | measured |')
    print('|---|---|---|')
    for what, okk, got in checks:
        print('| %s | %s | %s |' % (what, 'yes' if okk else '**no**', got))

if __name__ == '__main__':
    main()
