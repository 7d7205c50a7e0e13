#!/bin/sh
# Time the full analysis at each of the given commits (default: the
# performance round of the README), one after another on this machine:
# best of five runs on the 64 MiB file, best of three on the 2,000-file
# archive, -j 1, JSON Lines to /dev/null.  Each commit is built in a scratch
# clone.  Needs the corpora of `make bench` (build/bench/).
#   sh tests/bench/history.sh [COMMIT...]
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BENCH=$ROOT/build/bench
[ -f "$BENCH/big.txt" ] && [ -d "$BENCH/archive" ] || { echo "run make bench first (needs $BENCH)" >&2; exit 2; }
[ $# -gt 0 ] || set -- 18799da 0f6839d 0d98cb0 07b8574 44cce26 409084b d5bf228 e0c5ed4 519fd34 cb40d2c 17fb4af 73f45cf e26b647
# names (HEAD, main~3) resolved here, not in the scratch clone
commits=""
for c in "$@"; do commits="$commits $(git -C "$ROOT" rev-parse --short "$c^{commit}")" || exit 2; done
set -- $commits
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git clone -q "$ROOT" "$tmp/repo" || exit 2
export LICHANG_DATADIR="$ROOT/data"
best() { # N command...: the best wall time of N runs, in seconds
  n=$1; shift
  python3 -c '
import subprocess, sys, time
n = int(sys.argv[1]); best = None
for _ in range(n):
    t = time.perf_counter()
    subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t = time.perf_counter() - t
    best = t if best is None or t < best else best
print("%.2f" % best)' "$n" "$@"
}
printf '%-10s %12s %10s\n' commit "64 MiB file" archive
for c in "$@"; do
  (cd "$tmp/repo" && git checkout -q "$c" && make -s -j2 build/lichang >/dev/null 2>&1) ||
    { echo "$c: does not build"; continue; }
  big=$(best 5 "$tmp/repo/build/lichang" -j 1 --format jsonl "$BENCH/big.txt")
  arc=$(best 3 "$tmp/repo/build/lichang" -r -j 1 --format jsonl "$BENCH/archive")
  printf '%-10s %11ss %9ss\n' "$c" "$big" "$arc"
done
