#!/bin/sh
# Every path of the command line under valgrind memcheck: each format, batch,
# aggregate, errors, write errors, -o, JSON Lines input, Markdown.  Ends with
# "N passed, N failed".
cd "$(dirname "$0")/.." || exit 2
export LICHANG_DATADIR="$PWD/data"
V="valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect"
L=build/lichang
S=data/samples/interview-trade.txt
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
check() { # description, then the command (stdin from /dev/null unless given)
  what=$1; shift
  "$@" > "$tmp/out" 2> "$tmp/err"; rc=$?
  if [ $rc = 99 ] || grep -q '==[0-9]*==' "$tmp/err"; then
    fail=$((fail + 1)); echo "FAIL (valgrind): $what"; grep '==[0-9]*==' "$tmp/err" | head -15
  else pass=$((pass + 1)); fi
}
python3 tests/gen_archive.py "$tmp/arch" 40
printf 'bin\000\000ary' > "$tmp/arch/doc0007.txt"
for f in json jsonl tsv md html text; do check "format $f" $V $L --format $f "$S"; done
for r in turns claims speakers; do check "tsv $r" $V $L --format tsv --records $r "$S"; done
check "markdown" $V $L --format json tests/structure/md-front-matter.md
check "archive -j 4" $V $L -r -j 4 --format jsonl "$tmp/arch"
check "aggregate" $V $L -r --aggregate --format html "$tmp/arch"
check "missing file" $V $L /nonexistent
check "directory" $V $L tests
check "invalid utf-8 strict" $V $L --strict tests/structure/invalid-utf8.txt
check "utf-16" $V $L tests/structure/utf16le.txt
check "/dev/full" sh -c "$V $L --format json $S > /dev/full"
check "-o" $V $L -o "$tmp/o.json" "$S"
check "-o missing dir" $V $L -o /nonexistent/o.json "$S"
check "jsonl input" sh -c "printf '{\"id\":1,\"text\":\"問：好嗎？\\\\n答：好。\"}\nxx\n' | $V $L --input jsonl --format jsonl"
# JSON Lines streamed from a pipe by three threads, bad lines among them, beside a transcript;
# and cut short by | head
i=0; while [ $i -lt 60 ]; do
  printf '{"id":"r%d","text":"主持人：你支持關稅嗎？\\n來賓：我反對關稅。"}\n' $i; i=$((i + 1))
done > "$tmp/s.jsonl"
printf 'xx\n{"id":"n"}\n{"id":"u","text":"\377"}\n' >> "$tmp/s.jsonl"
cp "$tmp/s.jsonl" "$tmp/s2.jsonl"
check "jsonl stream -j 3" sh -c "cat $tmp/s.jsonl | $V $L -j 3 --input jsonl --format json"
check "jsonl file among files" $V $L -j 2 --format jsonl "$S" "$tmp/s2.jsonl" "$S"
check "jsonl | head" sh -c "cat $tmp/s.jsonl $tmp/s.jsonl $tmp/s.jsonl | $V $L -j 2 --input jsonl --format jsonl | head -n 1"
check "jsonl aggregate" sh -c "cat $tmp/s.jsonl | $V $L -j 2 --input jsonl --aggregate --format tsv"
check "filters" $V $L --speaker 林志遠 --topic china_market --role guest "$S"
check "bad lexicon" $V $L --lexicon tests/fuzz/corpus/fuzz_lexicon "$S"
check "usage error" $V $L --format nope
check "help" $V $L --help
echo "$pass passed, $fail failed"
[ $fail = 0 ]
