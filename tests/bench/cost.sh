#!/bin/sh
# A deterministic cost estimate of one lichang run, for comparing two builds
# on a machine whose timings wander (a VM shares its caches and memory with
# others): cachegrind counts instructions and simulates a 32 KiB first-level
# cache, a 1 MiB second level and the branch predictor; the estimate weighs
# them as cycles (an instruction 1/4, a first-level miss 12, a second-level
# miss 50, a mispredicted branch 15).  The weights are rough; the counts are
# exact and the same on every run.
#   sh tests/bench/cost.sh [-f] BINARY ARGS...     (-f: per function too)
# e.g. sh tests/bench/cost.sh build/lichang -j 1 -f jsonl build/bench/slice2m.txt
per_fn=0
[ "$1" = -f ] && { per_fn=1; shift; }
[ $# -ge 1 ] || { echo "usage: sh tests/bench/cost.sh [-f] BINARY ARGS..." >&2; exit 2; }
command -v valgrind > /dev/null || { echo "cost.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp); trap 'rm -f "$out"' EXIT
LICHANG_DATADIR=${LICHANG_DATADIR:-$ROOT/data} valgrind --tool=cachegrind --cache-sim=yes \
  --branch-sim=yes --I1=32768,8,64 --D1=32768,8,64 --LL=1048576,8,64 \
  --cachegrind-out-file="$out" "$@" > /dev/null 2>&1 || { echo "cost.sh: the run failed" >&2; exit 1; }
cg_annotate --show-percs=no "$out" 2>/dev/null | python3 -c '
import sys
per_fn = sys.argv[1] == "1"
rows = []
for line in sys.stdin:
    f = line.split()
    if len(f) < 14:
        continue
    try:
        v = [0 if x == "." else int(x.replace(",", "")) for x in f[:13]]
    except ValueError:
        continue
    ir, i1, il, dr, d1r, dlr, dw, d1w, dlw, bc, bcm, bi, bim = v
    cyc = ir / 4 + (i1 + d1r + d1w) * 12 + (il + dlr + dlw) * 50 + (bcm + bim) * 15
    rows.append((cyc, ir, d1r + d1w, il + dlr + dlw, bcm + bim, " ".join(f[13:])))
if not rows:
    sys.exit("cost.sh: no counts")
total = [r for r in rows if "PROGRAM TOTALS" in r[5]][0]
print("instructions %.1fM  L1 misses %.0fK  L2 misses %.0fK  mispredicts %.0fK  estimate %.1fM cycles"
      % (total[1] / 1e6, total[2] / 1e3, total[3] / 1e3, total[4] / 1e3, total[0] / 1e6))
if per_fn:
    for r in sorted((r for r in rows if r is not total and ":" in r[5]), reverse=True)[:25]:
        print("%8.1fM  %s" % (r[0] / 1e6, r[5][-70:]))
' "$per_fn"
