#!/bin/sh
# The whole test suite: C unit tests, structure and position fixtures
# (tests/structure, tests/positions), the sample transcript, CLI behaviour.
# Ends with one line "N passed, N failed"; exits non-zero on any failure.
# LICHANG and UNIT name the binaries (the ASan build sets them).
cd "$(dirname "$0")/.." || exit 2
LICHANG=${LICHANG:-build/lichang}
UNIT=${UNIT:-build/unit}
export LICHANG
export LICHANG_DATADIR="$PWD/data"
pass=0; fail=0
ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL: $*"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# 1. unit tests (C)
if [ -x "$UNIT" ]; then
  "$UNIT" > "$tmp/unit.out" 2>&1; rc=$?
  grep '^FAIL' "$tmp/unit.out"
  p=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p' "$tmp/unit.out" | tail -1)
  f=$(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p' "$tmp/unit.out" | tail -1)
  if [ -z "$p" ]; then bad "unit tests did not finish (exit $rc)"; tail -5 "$tmp/unit.out";
  else pass=$((pass + p)); fail=$((fail + f)); fi
else
  bad "no unit test binary $UNIT"
fi

# 2. fixtures: FILE + FILE.expect (jq assertions, #args, #exit, #stderr)
run_expect() { # input expect
  in=$1; ex=$2
  args=$(sed -n 's/^#args: *//p' "$ex" | head -1)
  want=$(sed -n 's/^#exit: *//p' "$ex" | head -1); want=${want:-0}
  # shellcheck disable=SC2086
  $LICHANG --format json $args "$in" > "$tmp/out.json" 2> "$tmp/err.txt"; rc=$?
  if [ "$rc" != "$want" ]; then bad "$in: exit $rc, expected $want"; sed 's/^/  stderr: /' "$tmp/err.txt" | head -5; return; fi
  grep -q 'AddressSanitizer\|runtime error' "$tmp/err.txt" && { bad "$in: sanitizer report"; head -20 "$tmp/err.txt"; return; }
  sed -n 's/^#stderr: *//p' "$ex" | while IFS= read -r re; do
    grep -Eq -- "$re" "$tmp/err.txt" || echo "$re" >> "$tmp/missing"
  done
  if [ -s "$tmp/missing" ]; then bad "$in: stderr lacks: $(cat "$tmp/missing")"; rm -f "$tmp/missing"; fi
  grep -v '^#' "$ex" | grep -v '^[[:space:]]*$' > "$tmp/filters"
  while IFS= read -r f; do
    r=$(jq -e "$f" "$tmp/out.json" 2>&1)
    if [ "$r" = "true" ]; then ok; else bad "$in: $f -> $r"; fi
  done < "$tmp/filters"
}
for dir in tests/structure tests/positions; do
  [ -d "$dir" ] || continue
  for ex in "$dir"/*.expect; do
    [ -e "$ex" ] || continue
    base=${ex%.expect}
    in=""
    for ext in txt md markdown; do [ -e "$base.$ext" ] && in="$base.$ext"; done
    [ -n "$in" ] || { bad "$ex: no input file"; continue; }
    run_expect "$in" "$ex"
  done
done

# 3. the sample transcript, if present
SAMPLE=../shared/corpus/huang-computex-2025.txt
if [ -e "$SAMPLE" ]; then
  cp tests/sample.expect "$tmp/sample.expect"
  run_expect "$SAMPLE" "$tmp/sample.expect"
else
  echo "note: $SAMPLE is missing; the sample tests are skipped"
fi

# 4. command-line behaviour
if [ -f tests/cli.sh ]; then
  . tests/cli.sh
fi
# 5. output formats and batches
if [ -f tests/formats.sh ]; then
  . tests/formats.sh
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
