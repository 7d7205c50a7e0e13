# Output formats and batch behaviour; sourced by tests/run.sh.
S=data/samples/interview-trade.txt
C=../shared/corpus/huang-computex-2025.txt
[ -e "$C" ] || C=$S
# json and jsonl parse with jq and python
for fmt in json jsonl; do
  $LICHANG --format $fmt "$S" "$C" > "$tmp/f.$fmt" 2>/dev/null
  jq -e . "$tmp/f.$fmt" > /dev/null && ok || bad "$fmt: jq cannot parse"
  python3 -c "import json,sys
t=open(sys.argv[1]).read()
json.loads(t) if sys.argv[2]=='json' else [json.loads(l) for l in t.splitlines()]" "$tmp/f.$fmt" $fmt && ok || bad "$fmt: python cannot parse"
done
jq -e 'type=="array" and length==2' "$tmp/f.json" > /dev/null && ok || bad "json: two inputs give an array"
[ "$(wc -l < "$tmp/f.jsonl")" = 2 ] && ok || bad "jsonl: one line per document"
# tsv: the same number of columns on every row, for every kind of record
for rec in positions turns claims speakers; do
  $LICHANG --format tsv --records $rec "$S" "$C" > "$tmp/f.tsv" 2>/dev/null
  n=$(awk -F'\t' '{print NF}' "$tmp/f.tsv" | sort -u | wc -l)
  rows=$(wc -l < "$tmp/f.tsv")
  [ "$n" = 1 ] && [ "$rows" -gt 1 ] && ok || bad "tsv --records $rec: column counts differ ($n) or no rows ($rows)"
done
# md and text
$LICHANG --format md "$C" > "$tmp/f.md" && grep -q '^## Positions' "$tmp/f.md" && ok || bad "md report"
NO_COLOR=1 $LICHANG --format text "$C" > "$tmp/f.txt" && ! grep -q "$(printf '\033')" "$tmp/f.txt" && ok || bad "text: colour when not a terminal"
$LICHANG --format text --color "$C" | grep -q "$(printf '\033')\[" && ok || bad "text --color"
# html: no script from the input reaches the page
printf '主持人：<script>alert(1)</script>你支持出口管制嗎？\n來賓：<img src=x onerror=alert(1)>我認為出口管制完全錯了。\n主持人：好。\n來賓：<script>x</script>沒錯。\n' > "$tmp/x.txt"
$LICHANG --format html "$tmp/x.txt" > "$tmp/x.html"
grep -qi '<script' "$tmp/x.html" && bad "html: input script reached the page" || ok
grep -qi '<img' "$tmp/x.html" && bad "html: input tag reached the page" || ok
# html in headless Chromium: the table is visible
CHROME=$(command -v chromium || command -v chromium-browser || true)
if [ -n "$CHROME" ]; then
  $LICHANG --format html "$C" > "$tmp/page.html"
  timeout 120 "$CHROME" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/chrome" --window-size=1200,900 --screenshot="$tmp/shot.png" \
    "file://$tmp/page.html" > /dev/null 2>&1
  if [ -s "$tmp/shot.png" ] && python3 tests/png_check.py "$tmp/shot.png" 300 > "$tmp/png.out" 2>&1; then ok
  else bad "html screenshot: table not visible ($(cat "$tmp/png.out" 2>/dev/null))"; fi
else
  echo "note: chromium is not installed; the screenshot test is skipped"
fi

# an archive of 1,000 files: -j 1 and -j 8 give the same bytes
python3 tests/gen_archive.py "$tmp/arch" 1000
printf 'bin\000\000\000ary' > "$tmp/arch/doc0500.txt"   # one corrupt file among them
for fmt in jsonl json tsv md html; do
  $LICHANG -r -j 1 --format $fmt "$tmp/arch" > "$tmp/a1" 2> "$tmp/e1"; r1=$?
  $LICHANG -r -j 8 --format $fmt "$tmp/arch" > "$tmp/a8" 2> "$tmp/e8"; r8=$?
  cmp -s "$tmp/a1" "$tmp/a8" && cmp -s "$tmp/e1" "$tmp/e8" && [ $r1 = $r8 ] && ok || bad "archive $fmt: -j 1 and -j 8 differ"
done
$LICHANG -r --format jsonl "$tmp/arch" > "$tmp/a.jsonl" 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && ok || bad "archive with a corrupt file: exit $rc, expected 2"
grep -q "doc0500.txt: the file looks binary" "$tmp/e" && ok || bad "corrupt file not reported: $(head -2 "$tmp/e")"
[ "$(wc -l < "$tmp/a.jsonl")" = 1000 ] && ok || bad "archive jsonl: $(wc -l < "$tmp/a.jsonl") lines, expected 1000"
[ "$(jq -s '[.[]|select(.error)]|length' "$tmp/a.jsonl")" = 1 ] && ok || bad "archive: one error record expected"
[ "$(jq -s '[.[]|select(.speakers)|select(.speakers|length>1)]|length' "$tmp/a.jsonl")" = 999 ] && ok || bad "archive: 999 documents analysed"
# aggregate
$LICHANG -r --aggregate --format json "$tmp/arch" 2>/dev/null > "$tmp/agg.json"
jq -e '.aggregate and .documents==999 and (.matrix|length>0)' "$tmp/agg.json" > /dev/null && ok || bad "aggregate json"
$LICHANG -r --aggregate --format tsv "$tmp/arch" 2>/dev/null | awk -F'\t' '{print NF}' | sort -u | wc -l | grep -qx 1 && ok || bad "aggregate tsv columns"
# files-from, filters
ls "$tmp"/arch/doc000*.txt "$tmp"/arch/doc000*.md 2>/dev/null | $LICHANG --files-from - --format jsonl > "$tmp/ff" 2>/dev/null
[ "$(wc -l < "$tmp/ff")" = 10 ] && ok || bad "--files-from: $(wc -l < "$tmp/ff") lines"
$LICHANG --format json --speaker 'Jensen Huang' "$C" | jq -e '.speakers|length==1 and .[0].name=="黃仁勳"' > /dev/null 2>&1 && ok || \
  { [ "$C" = "$S" ] && ok || bad "--speaker by alias"; }
$LICHANG --format json --topic export_controls "$S" | jq -e '[.positions[].topic]|unique==["export_controls"]' > /dev/null && ok || bad "--topic"
$LICHANG --format json --role host "$S" | jq -e '[.speakers[].role]|unique==["host"]' > /dev/null && ok || bad "--role"
# the exit status counts what the filters keep: 1 when no speaker (with --topic, no position) is left
printf '主持人：你怎麼看出口管制？\n張三：出口管制是錯的，我反對。\n主持人：關稅呢？\n李四：我非常支持關稅，關稅很好。\n' > "$tmp/flt.txt"
for c in "0 --speaker 張三" "1 --speaker nobody" "0 --role host" "1 --role official" "0 --topic export_controls" \
         "0 --topic export_controls --speaker 張三" "1 --topic export_controls --speaker 李四" \
         "1 --topic tariffs_trade --role host" "2 --topic no_such_topic" "2 --role nobody"; do
  want=${c%% *}; args=${c#* }
  # shellcheck disable=SC2086
  $LICHANG --format json $args "$tmp/flt.txt" > /dev/null 2>&1; rc=$?
  [ $rc = "$want" ] && ok || bad "exit status with $args: $rc, expected $want"
done
# --aggregate applies --speaker and --topic as well as --role
$LICHANG --aggregate --format tsv --speaker 張三 "$tmp/flt.txt" "$tmp/flt.txt" | cut -f1-3 | tail -n +2 > "$tmp/agf"
[ "$(cat "$tmp/agf")" = "$(printf '張三\texport_controls\t2')" ] && ok || bad "--aggregate --speaker: $(cat "$tmp/agf")"
$LICHANG --aggregate --format tsv --topic tariffs_trade "$tmp/flt.txt" | cut -f1-3 | tail -n +2 > "$tmp/agf"
[ "$(cat "$tmp/agf")" = "$(printf '李四\ttariffs_trade\t1')" ] && ok || bad "--aggregate --topic: $(cat "$tmp/agf")"
$LICHANG --aggregate --format json --topic export_controls --speaker 李四 "$tmp/flt.txt" | jq -e '.matrix==[]' > /dev/null && ok || bad "--aggregate --topic --speaker"
# a legislator labelled with the title inside the name (張委員立德：) is the same person as
# 張立德： in another document: one row across both
printf '主席：請張委員立德質詢。\n\n張委員立德：部長，這種關稅根本是霸凌。\n\n部長：我們會爭取。\n' > "$tmp/leg1.txt"
printf '主持人：您怎麼看關稅？\n\n張立德：這種關稅根本是霸凌。\n\n主持人：謝謝。\n' > "$tmp/leg2.txt"
$LICHANG --aggregate --format tsv --topic tariffs_trade "$tmp/leg1.txt" "$tmp/leg2.txt" | tail -n +2 | cut -f2-3 > "$tmp/agl"
[ "$(cat "$tmp/agl")" = "$(printf 'tariffs_trade\t2')" ] && ok || bad "--aggregate, 張委員立德 and 張立德: $(cat "$tmp/agl")"
# JSON Lines in, one result per line out (a mapper for Hadoop Streaming)
printf '{"id":"a1","text":"問：你支持關稅嗎？\\n答：我反對關稅。"}\nnot json\n{"id":7,"text":"甲：好\\n乙：好"}\n' | \
  $LICHANG --input jsonl --format jsonl > "$tmp/jl" 2> "$tmp/je"; rc=$?
[ "$(wc -l < "$tmp/jl")" = 3 ] && jq -e -s '.[0].file=="a1" and (.[1].error|test("2:")) and .[2].file=="7"' "$tmp/jl" > /dev/null && ok || bad "--input jsonl: $(cat "$tmp/jl" | head -3)"
# messages for JSON Lines read lichang: FILE:LINE[:COL]: message, and each error record's
# "error" is its message without "lichang: "
printf '{"id":"a","text":"主持人：你好"}\n{"id":"j2"}\nnot json\n' > "$tmp/bad.jsonl"
printf 'bin\000\000ary' > "$tmp/bin.txt"
$LICHANG --format jsonl "$tmp/bad.jsonl" "$tmp/bin.txt" "$tmp/nonexistent.txt" > "$tmp/jb" 2> "$tmp/jbe"; rc=$?
printf 'lichang: %s\n' "$tmp/bad.jsonl:2: expected an object with \"id\" and \"text\"" \
  "$tmp/bad.jsonl:3:3: not JSON: '[' or '{' expected near 'not'" \
  "$tmp/bin.txt: the file looks binary (it holds NUL bytes)" \
  "$tmp/nonexistent.txt: No such file or directory" > "$tmp/jbw"
[ $rc = 2 ] && cmp -s "$tmp/jbe" "$tmp/jbw" && ok || bad "JSON Lines messages: $(diff "$tmp/jbw" "$tmp/jbe")"
jq -r 'select(.error)|.error' "$tmp/jb" | sed 's/^/lichang: /' | cmp -s - "$tmp/jbw" && ok || bad "error records: $(jq -c 'select(.error)' "$tmp/jb")"
# a file named .jsonl (or .ndjson) is JSON Lines by its name, alone or under -r, beside
# a plain transcript that stays one; --input text reads it as text
mkdir -p "$tmp/jn" && printf '{"id":"a1","text":"問：你支持關稅嗎？\\n答：我反對關稅。"}\n{"id":"b2","text":"甲：好"}\n' > "$tmp/jn/x.jsonl"
cp "$S" "$tmp/jn/y.txt" && cp "$tmp/jn/x.jsonl" "$tmp/jn/z.NDJSON"
$LICHANG --format jsonl "$tmp/jn/x.jsonl" | jq -e -s 'length==2 and .[0].file=="a1" and .[1].file=="b2" and (.[0].positions|length>0)' > /dev/null && ok || bad ".jsonl by name"
$LICHANG -r --format jsonl "$tmp/jn" | jq -e -s '[.[].file]==["a1","b2","'"$tmp/jn/y.txt"'","a1","b2"]' > /dev/null && ok || bad ".jsonl under -r: $($LICHANG -r --format jsonl "$tmp/jn" | jq -c -s '[.[].file]')"
$LICHANG --format jsonl "$tmp/jn/z.NDJSON" | jq -e -s '[.[].file]==["a1","b2"]' > /dev/null && ok || bad ".ndjson by name"
$LICHANG --input text --format jsonl "$tmp/jn/x.jsonl" | jq -e -s 'length==1 and .[0].file=="'"$tmp/jn/x.jsonl"'"' > /dev/null && ok || bad "--input text over .jsonl"
# a JSON Lines input that cannot be read: its message, an error record, exit 2, the rest go on
$LICHANG --format jsonl "$tmp/jn/missing.jsonl" "$tmp/jn/x.jsonl" > "$tmp/jm" 2> "$tmp/jme"; rc=$?
[ $rc = 2 ] && grep -q "^lichang: $tmp/jn/missing.jsonl: No such file" "$tmp/jme" &&
  jq -e -s 'length==3 and (.[0].error|test("No such file")) and .[1].file=="a1"' "$tmp/jm" > /dev/null && ok || bad "unreadable .jsonl: rc=$rc $(cat "$tmp/jme")"
$LICHANG --input jsonl --format json "$tmp/jn/missing.jsonl" > /dev/null 2>&1; [ $? = 2 ] && ok || bad "unreadable --input jsonl: exit"
# JSON Lines input streams: a line is read when its record is wanted and its result
# written as it is made. Endless input piped into lichang piped into head: two lines,
# and lichang ends (on SIGPIPE or EPIPE) long before the time limit; the input comes
# in slowly, so lichang reading it all first would wait for the limit holding little
printf '{"id":"y","text":"問：你好嗎？\\n答：很好。"}\n' > "$tmp/y1"
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$tmp/y1" "$tmp/y1" "$tmp/y1" "$tmp/y1" "$tmp/y1"; done > "$tmp/y50"
{ while cat "$tmp/y50" 2> /dev/null; do sleep 0.05; done |
  { timeout 20 $LICHANG --input jsonl --format jsonl; echo $? > "$tmp/yrc"; } | head -n 2 > "$tmp/yo"; } 2> /dev/null
[ "$(wc -l < "$tmp/yo")" = 2 ] && [ "$(cat "$tmp/yrc")" != 124 ] && jq -e -s 'length==2 and all(.file=="y")' "$tmp/yo" > /dev/null &&
  ok || bad "JSON Lines | head -n 2: $(wc -l < "$tmp/yo") lines, lichang's exit $(cat "$tmp/yrc")"
# a co-process: each record's result comes out while standard input stays open; -j 1
# and -j 2 give the same bytes, and the same messages for the bad lines (not JSON, no
# "text", invalid UTF-8 raw or escaped, not an object), which stop no other line
i=1
while [ $i -le 300 ]; do
  case $i in
    40) printf '{"id":"r40","text":"主持人：你好\n' ;;
    90) printf '{"id":"r90"}\n' ;;
    150) printf '{"id":"r150","text":"主持人：\377你好"}\n' ;;
    151) printf '{"id":"r151","text":"主持人：\\udc80你好"}\n' ;;
    200) printf '\n' ;;
    260) printf 'not json\n' ;;
    *) printf '{"id":"r%d","text":"主持人：你支持關稅嗎？\\n來賓%d：我%s關稅，%d%%的人同意。"}\n' \
         $i $((i % 7)) "$([ $((i % 3)) = 0 ] && echo 支持 || echo 反對)" $i ;;
  esac
  i=$((i + 1))
done > "$tmp/s.jsonl"
printf 'lichang: %s\n' "-:40:26: not JSON: premature end of input near '\"主持人：你好'" \
  "-:90: expected an object with \"id\" and \"text\"" \
  "-:150:25: not JSON: unable to decode byte 0xff near '\"主持人：'" \
  "-:151:34: not JSON: invalid Unicode '\\uDC80'" \
  "-:260:3: not JSON: '[' or '{' expected near 'not'" > "$tmp/sw"
for j in 1 2; do
  python3 tests/coproc.py 20 299 "$tmp/s.jsonl" "$tmp/s$j" "$tmp/se$j" $LICHANG -j $j --input jsonl --format jsonl
  echo $? > "$tmp/src$j"
done
[ "$(cat "$tmp/src1")" = 2 ] && cmp -s "$tmp/se1" "$tmp/sw" && [ "$(wc -l < "$tmp/s1")" = 299 ] &&
  jq -e -s '[.[]|select(.error)|.file]==["-:40","r90","-:150","-:151","-:260"] and .[0].file=="r1" and .[298].file=="r300" and
            ([.[]|select(.speakers)]|length)==294' "$tmp/s1" > /dev/null &&
  ok || bad "JSON Lines co-process: exit $(cat "$tmp/src1"), $(wc -l < "$tmp/s1") lines, $(diff "$tmp/sw" "$tmp/se1")"
[ "$(cat "$tmp/src2")" = 2 ] && cmp -s "$tmp/s1" "$tmp/s2" && cmp -s "$tmp/se1" "$tmp/se2" && ok || bad "JSON Lines co-process: -j 1 and -j 2 differ"
# the same lines as a file named .jsonl between two transcripts, as a JSON array (of
# the documents analysed: the errors are on standard error only)
cp "$tmp/s.jsonl" "$tmp/s2.jsonl"
$LICHANG -j 1 --format json "$S" "$tmp/s2.jsonl" "$S" > "$tmp/sa1" 2> "$tmp/sae1"; r1=$?
$LICHANG -j 2 --format json "$S" "$tmp/s2.jsonl" "$S" > "$tmp/sa2" 2> "$tmp/sae2"; r2=$?
[ $r1 = 2 ] && [ $r2 = 2 ] && cmp -s "$tmp/sa1" "$tmp/sa2" && cmp -s "$tmp/sae1" "$tmp/sae2" &&
  sed "s|^lichang: -:|lichang: $tmp/s2.jsonl:|" "$tmp/sw" | cmp -s - "$tmp/sae1" &&
  jq -e 'length==296 and .[0].file=="'"$S"'" and .[1].file=="r1" and .[295].file=="'"$S"'"' "$tmp/sa1" > /dev/null &&
  ok || bad "JSON Lines file among transcripts: exit $r1/$r2, $(diff "$tmp/sae1" "$tmp/sae2" | head -3)"
# memory is bounded by the documents in flight, not by the input: 50 MB of JSON Lines
# in under 64 MB (not measured under AddressSanitizer, whose shadow memory counts)
if grep -qa __asan_init "$LICHANG"; then
  echo "note: the JSON Lines memory test is skipped under AddressSanitizer"
else
  python3 -c 'import json; print(json.dumps({"id":"m","text":"問：你好嗎？\n答：很好。\n"+"這是一段很長的敘述文字，沒有說話人標籤。"*2100}, ensure_ascii=False))' > "$tmp/m1"
  for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat "$tmp/m1"; done > "$tmp/m20"
  rss=$(for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do cat "$tmp/m20"; done |
    python3 -c 'import resource, subprocess, sys
p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if p.returncode == 0 else "exit %d" % p.returncode)' \
    $LICHANG -j 2 --input jsonl --format jsonl)
  [ "$(wc -c < "$tmp/m20")" -gt 2500000 ] && [ "$rss" -lt 65536 ] 2> /dev/null && ok || bad "JSON Lines memory: $rss KiB for $(($(wc -c < "$tmp/m20") * 20)) bytes"
fi
# symlink loops with -L
mkdir -p "$tmp/loop/a" && cp "$S" "$tmp/loop/a/x.txt" && ln -s .. "$tmp/loop/a/up"
timeout 20 $LICHANG -r -L --format jsonl "$tmp/loop" > "$tmp/lo" 2> "$tmp/le"; rc=$?
[ $rc != 124 ] && [ "$(wc -l < "$tmp/lo")" = 1 ] && ok || bad "-L loop: rc=$rc lines=$(wc -l < "$tmp/lo")"
# an unreadable directory (root reads everything, so as root it runs as nobody)
AS=""
if [ "$(id -u)" = 0 ]; then
  command -v setpriv > /dev/null && AS="setpriv --reuid=nobody --regid=nogroup --clear-groups"
fi
if [ "$(id -u)" != 0 ] || [ -n "$AS" ]; then
  nr=$(mktemp -d /tmp/lichang-noread.XXXXXX); chmod 755 "$nr"
  mkdir "$nr/d" && cp "$S" "$nr/d/" && chmod 000 "$nr/d"
  cp "$LICHANG" "$nr/lichang" && chmod 755 "$nr/lichang" && cp -r data "$nr/data" && chmod -R a+rX "$nr/data"
  LICHANG_DATADIR="$nr/data" $AS "$nr/lichang" -r --format jsonl "$nr/d" > /dev/null 2> "$tmp/ne"; rc=$?
  chmod 755 "$nr/d"; rm -rf "$nr"
  [ $rc = 2 ] && grep -q "Permission denied" "$tmp/ne" && ok || bad "unreadable directory: rc=$rc $(cat "$tmp/ne")"
fi
# --aggregate: a bare role label (答, 主持人) is nobody across documents: one row per
# document, named with the file; a named speaker still merges; -f text is a table, not Markdown
printf '問：關稅好嗎？\n答：我反對關稅，關稅是錯的。\n' > "$tmp/ag1.txt"
printf '問：關稅好嗎？\n答：我非常支持關稅，關稅很好。\n' > "$tmp/ag2.txt"
printf '主持人：關稅呢？\n張三：我反對關稅，關稅是錯的。\n' > "$tmp/ag3.txt"
printf '主持人：關稅呢？\n張三：關稅完全是錯的，我反對。\n' > "$tmp/ag4.txt"
$LICHANG --aggregate --format tsv "$tmp/ag1.txt" "$tmp/ag2.txt" "$tmp/ag3.txt" "$tmp/ag4.txt" | cut -f1-5 > "$tmp/agr"
grep -qxF "$(printf '答 (%s)\ttariffs_trade\t1\t0\t1' "$tmp/ag1.txt")" "$tmp/agr" &&
  grep -qxF "$(printf '答 (%s)\ttariffs_trade\t1\t1\t0' "$tmp/ag2.txt")" "$tmp/agr" &&
  grep -qxF "$(printf '張三\ttariffs_trade\t2\t0\t2')" "$tmp/agr" && ok || bad "--aggregate role labels: $(cat "$tmp/agr")"
$LICHANG --aggregate --format text "$tmp/ag3.txt" "$tmp/ag4.txt" > "$tmp/agt"
head -1 "$tmp/agt" | grep -qx 'Positions across 2 documents' && ! grep -q '|' "$tmp/agt" &&
  grep -q '^speaker  *topic  *documents support oppose mixed neutral  latest$' "$tmp/agt" &&
  grep -q '^張三  *tariffs_trade  *2  *0  *2  *0  *0  oppose$' "$tmp/agt" && ok || bad "--aggregate text: $(cat "$tmp/agt")"
