#!/bin/sh
# ThreadSanitizer: a batch of 300 files with 8 workers, in every format.
cd "$(dirname "$0")/.." || exit 2
B=${1:-build-tsan/lichang}
export LICHANG_DATADIR="$PWD/data" TSAN_OPTIONS="halt_on_error=1 exitcode=66"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 tests/gen_archive.py "$tmp/arch" 300
pass=0; fail=0
for f in jsonl json tsv html; do
  $B -r -j 8 --format $f "$tmp/arch" > /dev/null 2> "$tmp/err"; rc=$?
  if [ $rc = 66 ] || grep -q 'ThreadSanitizer' "$tmp/err"; then fail=$((fail+1)); head -30 "$tmp/err"; else pass=$((pass+1)); fi
done
$B -r -j 8 --aggregate --format json "$tmp/arch" > /dev/null 2> "$tmp/err"; rc=$?
if [ $rc = 66 ] || grep -q 'ThreadSanitizer' "$tmp/err"; then fail=$((fail+1)); head -30 "$tmp/err"; else pass=$((pass+1)); fi
# JSON Lines streamed from a pipe: the main thread reads while the workers analyse
python3 -c 'import json, os, sys
d = sys.argv[1]
for n in sorted(os.listdir(d)):
    print(json.dumps({"id": n, "text": open(os.path.join(d, n), encoding="utf-8", errors="replace").read()}, ensure_ascii=False))' "$tmp/arch" > "$tmp/arch.jsonl"
for f in jsonl json; do
  cat "$tmp/arch.jsonl" | $B -j 8 --input jsonl --format $f > /dev/null 2> "$tmp/err"; rc=$?
  if [ $rc = 66 ] || grep -q 'ThreadSanitizer' "$tmp/err"; then fail=$((fail+1)); head -30 "$tmp/err"; else pass=$((pass+1)); fi
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
