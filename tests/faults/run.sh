#!/bin/sh
# tests/faults/run.sh: lichang under faults.  Ends with "N passed, N failed"
# and exits non-zero on any failure.
#
# 1. Allocation faults: with failalloc.so preloaded, allocation N fails in
#    `lichang --format json SAMPLE` (to standard output, and with -o FILE).
#    Every N in the document part of the run (after the lexicon is loaded),
#    and every FAULTS_STRIDE-th N before it (lexicon loading is ~99% of the
#    allocations and the same code again and again).  Each run must exit 0
#    with the fault-free output and nothing on stderr, or exit 2 saying
#    "out of memory" (or strerror(ENOMEM)); never another status or a
#    signal; with -o, a failed
#    run leaves neither FILE nor FILE.tmp*.
# 2. Read and write faults: missing file, directory, unreadable file (as an
#    unprivileged user when run as root), a read error (/proc/self/mem), a
#    FIFO, closed standard input, /dev/full, -o into a missing directory or
#    onto a directory, and a closed pipe (with SIGPIPE default and ignored).
#
# Environment: LICHANG (binary, default build/lichang), CC, FAULTS_STRIDE
# (default: about 1200 runs over the lexicon part), FAULTS_SAMPLE.
cd "$(dirname "$0")/../.." || exit 2
LICHANG=${LICHANG:-build/lichang}
SAMPLE=${FAULTS_SAMPLE:-data/samples/interview-trade.txt}
CC=${CC:-cc}
export LICHANG_DATADIR="$PWD/data"
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
[ -x "$LICHANG" ] || { echo "no $LICHANG (run make first)"; exit 2; }
# a private copy: a rebuild during the run must not change the binary
cp "$LICHANG" "$tmp/lichang" || exit 2
LICHANG=$tmp/lichang

$CC -shared -fPIC -O2 -o "$tmp/failalloc.so" tests/faults/failalloc.c || { echo "cannot build the shim"; exit 2; }
SHIM=$tmp/failalloc.so

# ---- 1. allocation faults ----------------------------------------------------
"$LICHANG" --format json "$SAMPLE" > "$tmp/ref.json" 2> "$tmp/ref.err" || { echo "the sample fails without faults"; exit 2; }
LD_PRELOAD=$SHIM LICHANG_ALLOC_COUNT=$tmp/total "$LICHANG" --format json "$SAMPLE" > /dev/null 2>&1
LD_PRELOAD=$SHIM LICHANG_ALLOC_COUNT=$tmp/startup "$LICHANG" --format json /dev/null > /dev/null 2>&1
total=$(cat "$tmp/total"); startup=$(cat "$tmp/startup")
dense=$((startup > 100 ? startup - 100 : 1))
stride=${FAULTS_STRIDE:-$((dense / 1200 + 1))}
echo "allocations: $total in all, $startup before the document; every N from $dense, every ${stride}th before"
gdb_left=3

# backtrace of a crash, for the report (a few only)
show_crash() { # N args...
  n=$1; shift
  [ "$gdb_left" -gt 0 ] && command -v gdb > /dev/null || return 0
  gdb_left=$((gdb_left - 1))
  gdb -q -batch -ex "set environment LD_PRELOAD $SHIM" -ex "set environment LICHANG_FAIL_ALLOC $n" \
    -ex run -ex bt --args "$LICHANG" "$@" < /dev/null 2>&1 | grep -E '^#[0-9]|signal' | head -12 | sed 's/^/    /'
}

alloc_case() { # N mode(stdout|file) [ARG]... (the input: $SAMPLE when none)
  n=$1; mode=$2; shift 2
  [ $# = 0 ] && set -- "$SAMPLE"
  ref=$tmp/ref.json; [ "$1" = --input ] && ref=$tmp/ref.jsonl.json
  rm -rf "$tmp/o"; mkdir "$tmp/o"
  if [ "$mode" = file ]; then
    LD_PRELOAD=$SHIM LICHANG_FAIL_ALLOC=$n "$LICHANG" --format json -o "$tmp/o/out.json" "$@" \
      > "$tmp/out" 2> "$tmp/err"
    rc=$?
    got=$tmp/o/out.json
  else
    LD_PRELOAD=$SHIM LICHANG_FAIL_ALLOC=$n "$LICHANG" --format json "$@" > "$tmp/out" 2> "$tmp/err"
    rc=$?
    got=$tmp/out
  fi
  what="N=$n ($mode)"
  case $rc in
    0)
      if [ -s "$tmp/err" ]; then bad "$what: exit 0 but stderr: $(head -c 200 "$tmp/err")"; return; fi
      if ! cmp -s "$got" "$ref"; then bad "$what: exit 0 but the output differs from the fault-free run"; return; fi
      ;;
    2)
      # "Cannot allocate memory" is strerror(ENOMEM), the same news
      if ! grep -Eq "out of memory|Cannot allocate memory" "$tmp/err"; then bad "$what: exit 2 without 'out of memory': $(head -c 200 "$tmp/err")"; return; fi
      if [ "$mode" = file ] && [ -n "$(ls -A "$tmp/o")" ]; then bad "$what: failed but left $(ls "$tmp/o" | tr '\n' ' ')"; return; fi
      ;;
    *)
      if [ "$rc" -gt 128 ]; then bad "$what: killed by signal $((rc - 128)); stderr: $(head -c 200 "$tmp/err")"
      else bad "$what: exit $rc; stderr: $(head -c 200 "$tmp/err")"; fi
      if [ "$mode" = file ]; then show_crash "$n" --format json -o "$tmp/o/out.json" "$@"
      else show_crash "$n" --format json "$@"; fi
      return
      ;;
  esac
  ok
}

start=$(date +%s)
n=1
while [ "$n" -lt "$dense" ]; do
  alloc_case "$n" stdout
  n=$((n + stride))
done
n=$dense
while [ "$n" -le $((total + 1)) ]; do
  alloc_case "$n" stdout
  alloc_case "$n" file
  n=$((n + 1))
done
# JSON Lines input, read a line at a time as two threads analyse: the sample and
# a short interview as two records (to standard output only: when one document runs
# out of memory the other is still written, so -o keeps FILE)
python3 -c 'import json, sys
print(json.dumps({"id": "sample", "text": open(sys.argv[1], encoding="utf-8").read()}, ensure_ascii=False))
print(json.dumps({"id": "short", "text": "問：你支持關稅嗎？\n答：我反對關稅。"}, ensure_ascii=False))' "$SAMPLE" > "$tmp/rec.jsonl"
set -- --input jsonl -j 2 "$tmp/rec.jsonl"
"$LICHANG" --format json "$@" > "$tmp/ref.jsonl.json" 2> /dev/null || { echo "the JSON Lines input fails without faults"; exit 2; }
LD_PRELOAD=$SHIM LICHANG_ALLOC_COUNT=$tmp/total "$LICHANG" --format json "$@" > /dev/null 2>&1
total=$(cat "$tmp/total")
echo "allocations with JSON Lines input: $total in all; every N from $dense"
n=$dense
while [ "$n" -le $((total + 1)) ]; do
  alloc_case "$n" stdout "$@"
  n=$((n + 1))
done
echo "allocation faults: $(( $(date +%s) - start )) s"

# ---- 2. read and write faults ------------------------------------------------
expect() { # name want-rc stderr-regex   (runs on $tmp/out, $tmp/err, $rc)
  if [ "$rc" != "$2" ]; then bad "$1: exit $rc, expected $2; stderr: $(head -c 200 "$tmp/err")"; return; fi
  if [ -n "$3" ] && ! grep -Eq -- "$3" "$tmp/err"; then bad "$1: stderr lacks /$3/: $(head -c 200 "$tmp/err")"; return; fi
  if [ -z "$3" ] && [ -s "$tmp/err" ]; then bad "$1: unexpected stderr: $(head -c 200 "$tmp/err")"; return; fi
  echo "ok: $1"
  ok
}

"$LICHANG" --format json "$tmp/no-such-file.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "missing file" 2 "no-such-file.txt: No such file"

mkdir "$tmp/adir"
"$LICHANG" --format json "$tmp/adir" > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "directory as a file" 2 "adir: .*directory"

cp "$SAMPLE" "$tmp/unreadable.txt"; chmod 000 "$tmp/unreadable.txt"
if [ "$(id -u)" != 0 ]; then
  "$LICHANG" --format json "$tmp/unreadable.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
  expect "unreadable file" 2 "unreadable.txt: Permission denied"
elif command -v setpriv > /dev/null && chmod 755 "$tmp" && setpriv --reuid=65534 --regid=65534 --clear-groups true 2> /dev/null; then
  # root reads anything: read it as nobody instead
  setpriv --reuid=65534 --regid=65534 --clear-groups "$LICHANG" --format json "$tmp/unreadable.txt" \
    > "$tmp/out" 2> "$tmp/err"; rc=$?
  expect "unreadable file (as nobody)" 2 "unreadable.txt: Permission denied"
else
  echo "skip: unreadable file (running as root without setpriv)"
fi

# an unreadable directory met by -r: reported in its place (after a.txt,
# before c.txt), as an error record with --format jsonl; the others are read
mkdir -p "$tmp/walk/b" && printf '主持人：你好。\n' > "$tmp/walk/a.txt" && cp "$tmp/walk/a.txt" "$tmp/walk/c.txt"
printf '主持人：你好。\n' > "$tmp/walk/b/x.txt"; chmod 000 "$tmp/walk/b"
RUNAS=""
if [ "$(id -u)" = 0 ]; then
  if command -v setpriv > /dev/null && chmod 755 "$tmp" && setpriv --reuid=65534 --regid=65534 --clear-groups true 2> /dev/null; then
    RUNAS="setpriv --reuid=65534 --regid=65534 --clear-groups"
  else RUNAS=skip; fi
fi
if [ "$RUNAS" = skip ]; then
  echo "skip: unreadable directory in -r (running as root without setpriv)"
else
  $RUNAS "$LICHANG" -r --format jsonl "$tmp/walk" > "$tmp/out" 2> "$tmp/err"; rc=$?
  expect "unreadable directory in -r" 2 "walk/b: Permission denied"
  files=$(sed 's/^{"schema":1,"file":"\([^"]*\)".*/\1/; s|.*/walk/||' "$tmp/out" | tr '\n' ' ')
  if [ "$files" = "a.txt b c.txt " ] && grep -q '"file":"[^"]*walk/b","error":"[^"]*walk/b: Permission denied"' "$tmp/out"; then
    echo "ok: unreadable directory in -r: an error record in its place"; ok
  else bad "unreadable directory in -r: records $files"; fi
fi
chmod 755 "$tmp/walk/b"

# /proc/self/mem opens, then read() at offset 0 fails with EIO
"$LICHANG" --format json /proc/self/mem > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "read error (EIO)" 2 "/proc/self/mem: Input/output error"

mkfifo "$tmp/fifo"
cat "$SAMPLE" > "$tmp/fifo" &
"$LICHANG" --format json "$tmp/fifo" > "$tmp/out" 2> "$tmp/err"; rc=$?
wait
expect "FIFO with a writer" 0 ""

"$LICHANG" --format json <&- > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "closed standard input" 2 "Bad file descriptor"

# the same as JSON Lines input, read a line at a time
"$LICHANG" --format json --input jsonl /proc/self/mem > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "read error (EIO), JSON Lines" 2 "/proc/self/mem: Input/output error"
"$LICHANG" --format json --input jsonl <&- > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "closed standard input, JSON Lines" 2 "^lichang: -: Bad file descriptor"

if [ -w /dev/full ]; then
  "$LICHANG" --format json "$SAMPLE" > /dev/full 2> "$tmp/err"; rc=$?
  expect "/dev/full (json)" 2 "write error: No space left on device"
  "$LICHANG" --format text "$SAMPLE" > /dev/full 2> "$tmp/err"; rc=$?
  expect "/dev/full (text)" 2 "write error: No space left on device"
else
  echo "skip: no /dev/full"
fi

"$LICHANG" --format json -o "$tmp/missing-dir/out.json" "$SAMPLE" > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "-o into a missing directory" 2 "missing-dir/out.json: No such file"

mkdir -p "$tmp/odir/target"
"$LICHANG" --format json -o "$tmp/odir/target" "$SAMPLE" > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "-o onto a directory" 2 "target: write error: Is a directory"
if [ -n "$(ls "$tmp/odir" | grep -v '^target$')" ]; then bad "-o onto a directory left $(ls "$tmp/odir" | tr '\n' ' ')"; else ok; fi

# -o is atomic: a run that fails must not touch an existing FILE
echo '{"kept":true}' > "$tmp/kept.json"
"$LICHANG" --format json -o "$tmp/kept.json" "$tmp/no-such-file.txt" > "$tmp/out" 2> "$tmp/err"; rc=$?
expect "-o FILE, input missing" 2 "No such file"
if [ "$(cat "$tmp/kept.json")" = '{"kept":true}' ]; then echo "ok: -o FILE, input missing: FILE kept"; ok
else bad "-o FILE, input missing: exit $rc but FILE was replaced ($(wc -c < "$tmp/kept.json") bytes now)"; fi
if ls "$tmp"/kept.json.tmp* > /dev/null 2>&1; then bad "-o FILE, input missing: left $(ls "$tmp"/kept.json.tmp*)"; else ok; fi

# a closed pipe ends lichang by SIGPIPE (141) or with 2, and says nothing: check $tmp/rc, $tmp/err
closed_pipe() { # what
  rc=$(cat "$tmp/rc")
  if [ "$rc" = 141 ] || [ "$rc" = 2 ]; then
    if [ -s "$tmp/err" ]; then bad "$1: exit $rc with stderr: $(head -c 200 "$tmp/err")"; else echo "ok: $1 (exit $rc)"; ok; fi
  else
    bad "$1: exit $rc, expected death by SIGPIPE (141) or 2; stderr: $(head -c 200 "$tmp/err")"
  fi
}
# a closed pipe: enough output to fill the pipe, a reader that quits at once
set -- "$SAMPLE"; i=0; while [ $i -lt 100 ]; do set -- "$@" "$SAMPLE"; i=$((i + 1)); done
{ "$LICHANG" --format json -j1 "$@" 2> "$tmp/err"; echo $? > "$tmp/rc"; } | head -c1 > /dev/null
closed_pipe "closed pipe"
( trap '' PIPE
  { "$LICHANG" --format json -j1 "$@" 2> "$tmp/err"; echo $? > "$tmp/rc"; } | head -c1 > /dev/null )
rc=$(cat "$tmp/rc")
expect "closed pipe, SIGPIPE ignored" 2 ""
# the same with JSON Lines input streamed through a pipe
for i in 1 2 3 4 5 6 7 8; do cat "$tmp/rec.jsonl" "$tmp/rec.jsonl" "$tmp/rec.jsonl" "$tmp/rec.jsonl"; done > "$tmp/rec32.jsonl"
{ cat "$tmp/rec32.jsonl" | "$LICHANG" --format jsonl --input jsonl -j 2 2> "$tmp/err"; echo $? > "$tmp/rc"; } | head -c1 > /dev/null
closed_pipe "closed pipe, JSON Lines"
( trap '' PIPE
  { cat "$tmp/rec32.jsonl" | "$LICHANG" --format jsonl --input jsonl -j 2 2> "$tmp/err"; echo $? > "$tmp/rc"; } | head -c1 > /dev/null )
rc=$(cat "$tmp/rc")
expect "closed pipe, JSON Lines, SIGPIPE ignored" 2 ""

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
