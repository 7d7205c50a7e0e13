# Command-line behaviour; sourced by tests/run.sh (uses ok/bad, $tmp, $LICHANG).
S=data/samples/interview-trade.txt

# turn texts equal the original bytes; blocks cover every non-blank byte once
for f in "$S" tests/structure/*.txt tests/structure/*.md ../shared/corpus/huang-computex-2025.txt; do
  [ -e "$f" ] || continue
  $LICHANG --format json "$f" > "$tmp/c.json" 2>/dev/null
  [ -s "$tmp/c.json" ] || continue
  if python3 tests/check_offsets.py "$f" "$tmp/c.json" > "$tmp/c.out" 2>&1; then ok; else bad "offsets/coverage $f: $(head -3 "$tmp/c.out")"; fi
done

# exit codes and messages
$LICHANG --format json /nonexistent/file > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q "^lichang: /nonexistent/file: No such file" "$tmp/e" && ok || bad "missing file: rc=$rc $(cat "$tmp/e")"
$LICHANG --bogus > /dev/null 2> "$tmp/e"; [ $? = 2 ] && ok || bad "unknown option exit"
$LICHANG --help > "$tmp/h" 2>&1; [ $? = 0 ] && grep -q '^Usage: lichang' "$tmp/h" && ok || bad "--help"
$LICHANG --version | grep -q '^lichang [0-9]' && ok || bad "--version"
printf '' | $LICHANG --format json > "$tmp/o" 2>/dev/null; [ $? = 1 ] && jq -e '.turns==[]' "$tmp/o" >/dev/null && ok || bad "empty stdin"
$LICHANG --format json "$S" > /dev/full 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q "write error" "$tmp/e" && ok || bad "/dev/full: rc=$rc"
# UTF-32 (with or without a BOM) and UTF-16 are refused, each with the iconv command that reads it
printf '問：你好嗎？\n答：很好。\n' > "$tmp/u8.txt"
for c in "UTF-32 UTF-32" "UTF-32LE UTF-32LE" "UTF-32BE UTF-32BE" "UTF-16 UTF-16"; do
  enc=${c% *}; want=${c#* }
  iconv -f UTF-8 -t "$enc" "$tmp/u8.txt" > "$tmp/wide.txt"
  $LICHANG --format json "$tmp/wide.txt" > /dev/null 2> "$tmp/e"; rc=$?
  [ $rc = 2 ] && grep -qF "wide.txt: the file is $(echo "$want" | cut -c1-6), not UTF-8 (convert it with: iconv -f $want -t UTF-8)" "$tmp/e" &&
    iconv -f "$want" -t UTF-8 "$tmp/wide.txt" | cmp -s - "$tmp/u8.txt" && ok || bad "$enc input: rc=$rc $(cat "$tmp/e")"
done
# -r over an empty directory: valid JSON ([]), exit 1 (no speaker)
mkdir -p "$tmp/emptydir"
$LICHANG -r --format json "$tmp/emptydir" > "$tmp/ej"; rc=$?
[ $rc = 1 ] && [ "$(jq -c . "$tmp/ej")" = '[]' ] && ok || bad "-r -f json on an empty directory: rc=$rc '$(cat "$tmp/ej")'"
# --help and --version on a full device: exit 2 with a message (our own device node, not /dev/full)
if mknod -m 666 "$tmp/fulldev" c 1 7 2> /dev/null; then
  for o in --help -V; do
    $LICHANG $o > "$tmp/fulldev" 2> "$tmp/e"; rc=$?
    [ $rc = 2 ] && grep -q "^lichang: write error: No space left on device" "$tmp/e" && ok || bad "$o > full device: rc=$rc $(cat "$tmp/e")"
  done
fi
# flags combine as with getopt: -rL is -r -L
mkdir -p "$tmp/rl/sub" && cp "$S" "$tmp/rl/x.txt" && ln -s ../x.txt "$tmp/rl/sub/y.txt"
$LICHANG -rL --format jsonl "$tmp/rl" > "$tmp/rl1" && $LICHANG -r -L --format jsonl "$tmp/rl" > "$tmp/rl2" &&
  [ "$(wc -l < "$tmp/rl1")" = 2 ] && cmp -s "$tmp/rl1" "$tmp/rl2" && ok || bad "-rL: $(wc -l < "$tmp/rl1") records"
$LICHANG -rx "$S" > /dev/null 2> "$tmp/e"; [ $? = 2 ] && grep -q "unknown option: -rx" "$tmp/e" && ok || bad "-rx: $(cat "$tmp/e")"
# a directory given as a file, without -r
$LICHANG --format json tests > /dev/null 2> "$tmp/e"; [ $? = 2 ] && grep -q "is a directory" "$tmp/e" && ok || bad "directory as file"
# | head ends quietly
out=$( (for i in 1 2 3 4 5 6 7 8; do echo "$S"; done) | $LICHANG --files-from - --format jsonl 2>&1 | head -1 | cut -c1-10)
[ "$out" = '{"schema":' ] && ok || bad "| head: $out"
# -o writes atomically: nothing left behind on failure, the file on success
$LICHANG --format json -o "$tmp/out.json" "$S" && jq -e '.schema==1' "$tmp/out.json" > /dev/null && ok || bad "-o"
ls "$tmp"/out.json.tmp* > /dev/null 2>&1 && bad "-o left a temporary file" || ok
$LICHANG --format json -o /nonexistent-dir/x.json "$S" 2> /dev/null; [ $? = 2 ] && ok || bad "-o into a missing directory"
# -o writes into what it cannot replace (a device, a FIFO), through symbolic links,
# keeps an existing file's mode and gives a new one 0666 less the umask
mkdir -p "$tmp/od"
if mknod -m 666 "$tmp/od/full" c 1 7 2> /dev/null && mknod -m 666 "$tmp/od/null" c 1 3; then
  $LICHANG --format json -o "$tmp/od/full" "$S" > /dev/null 2> "$tmp/e"; rc=$?
  [ $rc = 2 ] && [ -c "$tmp/od/full" ] && grep -q "full: write error: No space" "$tmp/e" && ok || bad "-o device full: rc=$rc $(ls -l "$tmp/od/full") $(cat "$tmp/e")"
  $LICHANG --format json -o "$tmp/od/null" "$S"; rc=$?
  [ $rc = 0 ] && [ -c "$tmp/od/null" ] && ok || bad "-o null device: rc=$rc $(ls -l "$tmp/od/null")"
  ls "$tmp/od"/*.tmp* > /dev/null 2>&1 && bad "-o device: a temporary file left" || ok
fi
mkfifo "$tmp/od/fifo"
(timeout 10 cat "$tmp/od/fifo" > "$tmp/od/fifo.out") &
timeout 10 $LICHANG --format json -o "$tmp/od/fifo" "$S"; rc=$?
wait
[ $rc = 0 ] && [ -p "$tmp/od/fifo" ] && jq -e '.schema==1' "$tmp/od/fifo.out" > /dev/null && ok || bad "-o FIFO: rc=$rc $(ls -l "$tmp/od/fifo")"
mkdir -p "$tmp/od/sub" && printf 'old\n' > "$tmp/od/sub/real.json" && chmod 640 "$tmp/od/sub/real.json"
ln -s sub/real.json "$tmp/od/link.json" && ln -s sub/new.json "$tmp/od/dangling.json"
$LICHANG --format json -o "$tmp/od/link.json" "$S" && $LICHANG --format json -o "$tmp/od/dangling.json" "$S" &&
  [ -L "$tmp/od/link.json" ] && [ -L "$tmp/od/dangling.json" ] &&
  jq -e '.schema==1' "$tmp/od/sub/real.json" "$tmp/od/sub/new.json" > /dev/null &&
  [ "$(stat -c %a "$tmp/od/sub/real.json")" = 640 ] && ok || bad "-o through a symbolic link: $(ls -l "$tmp/od" "$tmp/od/sub")"
(umask 027 && $LICHANG --format json -o "$tmp/od/new.json" "$S") && [ "$(stat -c %a "$tmp/od/new.json")" = 640 ] && ok || bad "-o new file mode: $(stat -c %a "$tmp/od/new.json")"
# -o killed by SIGHUP, SIGINT or SIGTERM removes its temporary file and dies of the signal
# (standard input a FIFO held open by this shell, so lichang waits with the file made)
mkfifo "$tmp/od/sigin"
for c in "HUP 1" "INT 2" "TERM 15"; do
  sig=${c% *}; num=${c#* }
  exec 7<> "$tmp/od/sigin"
  rc=$( { env --default-signal=$sig $LICHANG --format json -o "$tmp/od/sig.json" < "$tmp/od/sigin" > /dev/null &
          pid=$!
          n=0; while ! ls "$tmp"/od/sig.json.tmp* > /dev/null 2>&1 && [ $n -lt 200 ]; do sleep 0.05; n=$((n + 1)); done
          kill -s $sig $pid; wait $pid; echo $?; } 2> /dev/null )
  exec 7>&-
  [ "$rc" = $((128 + num)) ] && ! ls "$tmp"/od/sig.json* > /dev/null 2>&1 && ok || \
    bad "-o killed by SIG$sig: exit $rc, left $(ls "$tmp"/od/sig.json* 2> /dev/null)"
  rm -f "$tmp"/od/sig.json*
done
# the man page renders without warnings and loses no line (a line starting with . or ')
if command -v groff > /dev/null; then
  groff -man -Tutf8 -ww -z lichang.1 > "$tmp/mw" 2>&1
  [ ! -s "$tmp/mw" ] && ok || bad "man page: $(head -3 "$tmp/mw")"
  groff -man -Tutf8 lichang.1 2> /dev/null | sed 's/.\x08//g' | tr -s ' \n' ' ' > "$tmp/mt"
  grep -q '\.markdown, \.jsonl, \.ndjson or without an extension' "$tmp/mt" && ok || bad "man page: the -r line is lost"
  grep -q -- '--help print a summary' "$tmp/mt" && grep -q -- '--version print the version' "$tmp/mt" && ok || bad "man page: --help and --version undescribed"
fi
# --terms writes to -o FILE as the other output does
$LICHANG --terms > "$tmp/terms" && $LICHANG --terms -o "$tmp/terms.o" > "$tmp/terms.so" && [ -s "$tmp/terms" ] &&
  cmp -s "$tmp/terms" "$tmp/terms.o" && [ ! -s "$tmp/terms.so" ] && ok || bad "--terms -o: $(wc -c < "$tmp/terms.so") bytes on stdout"
# text output lines up by display width
$LICHANG --format text --no-color "$S" > "$tmp/t" && ok || bad "text format"
# make install: the installed binary finds its lexicons outside the tree
if [ "$LICHANG" = build/lichang ]; then
  make -s install PREFIX=/opt/lichang DESTDIR="$tmp/inst" > /dev/null 2>&1 &&
  (cd / && env -u LICHANG_DATADIR "$tmp/inst/opt/lichang/bin/lichang" --format json \
     "$tmp/inst/opt/lichang/share/lichang/samples/interview-trade.txt" | jq -e '.positions|length>0' > /dev/null) &&
  [ -f "$tmp/inst/opt/lichang/include/lichang.h" ] && [ -f "$tmp/inst/opt/lichang/lib/liblichang.a" ] &&
  [ -f "$tmp/inst/opt/lichang/share/man/man1/lichang.1" ] && ok || bad "make install"
fi
# a lexicon error names its file and line
mkdir -p "$tmp/lex" && printf 'kind\tterm\tvalue\npolarity\t好\tmany\n' > "$tmp/lex/cues.tsv"
$LICHANG --lexicon "$tmp/lex" "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q "cues.tsv:2: value 'many' is not a number" "$tmp/e" && ok || bad "lexicon error: rc=$rc $(cat "$tmp/e")"
# not finite, or outside the range README gives its kind: an error naming file and line
mkdir -p "$tmp/lex2"
for c in "polarity	nan	is not a finite number" "polarity	-inf	is not a finite number" \
         "polarity	1000	out of range for polarity (-3 to 3)" "polarity	3.5	out of range" \
         "hedge	1.5	out of range for hedge (0 to 1)" "harm	2	out of range"; do
  kind=${c%%	*}; rest=${c#*	}; val=${rest%%	*}; msg=${rest#*	}
  printf 'kind\tterm\tvalue\n%s\t好\t%s\n' "$kind" "$val" > "$tmp/lex2/cues.tsv"
  $LICHANG --lexicon "$tmp/lex2" "$S" > /dev/null 2> "$tmp/e"; rc=$?
  [ $rc = 2 ] && grep -qF "lichang: $tmp/lex2/cues.tsv:2: value '$val' $msg" "$tmp/e" && ok || bad "lexicon $kind $val: rc=$rc $(cat "$tmp/e")"
done
printf 'topic\tkind\tterm\tweight\nfarm_policy\tpolicy\t農業補貼\tinf\n' > "$tmp/lex2/topics.tsv"; rm "$tmp/lex2/cues.tsv"
$LICHANG --lexicon "$tmp/lex2" "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q "topics.tsv:2: weight 'inf' is not a finite number" "$tmp/e" && ok || bad "lexicon weight inf: rc=$rc $(cat "$tmp/e")"
# a --lexicon directory that is not there is an error; a file that cannot be read is
# named without a line number
$LICHANG --lexicon "$tmp/no-such-lexicon" "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && [ "$(cat "$tmp/e")" = "lichang: $tmp/no-such-lexicon: No such file or directory" ] && ok || bad "--lexicon missing: rc=$rc $(cat "$tmp/e")"
$LICHANG --lexicon "$S" "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && [ "$(cat "$tmp/e")" = "lichang: $S: Not a directory" ] && ok || bad "--lexicon a file: rc=$rc $(cat "$tmp/e")"
mkdir -p "$tmp/lex3/cues.tsv"
$LICHANG --lexicon "$tmp/lex3" "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && [ "$(cat "$tmp/e")" = "lichang: $tmp/lex3/cues.tsv: Is a directory" ] && ok || bad "--lexicon unreadable file: rc=$rc $(cat "$tmp/e")"
# a user lexicon adds a topic
printf 'topic\tkind\tterm\tweight\nfarm_policy\tpolicy\t農業補貼\t1\n' > "$tmp/lex/topics.tsv"; rm "$tmp/lex/cues.tsv"
printf '問：農業補貼好嗎？\n答：我認為農業補貼非常好。\n' > "$tmp/farm.txt"
$LICHANG --lexicon "$tmp/lex" --format json "$tmp/farm.txt" | jq -e 'any(.positions[]; .topic=="farm_policy" and .stance=="support")' > /dev/null && ok || bad "--lexicon adds a topic"
# peak memory with -j 2 over an archive of two large files and small ones stays
# within three times the largest file + 16 MiB: two large documents are not
# analysed at once, and what one took is given back before the next
# (GNU time measures it; the large files are copies of the corpus sample)
if [ "${LICHANG_MEMORY_TESTS:-1}" = 0 ]; then
  echo "note: memory tests skipped (an instrumented build)"
elif [ -x /usr/bin/time ] && [ -e ../shared/corpus/huang-computex-2025.txt ]; then
  mkdir -p "$tmp/mem"
  for i in $(seq 280); do cat ../shared/corpus/huang-computex-2025.txt; done > "$tmp/mem/a.txt"
  cp "$tmp/mem/a.txt" "$tmp/mem/b.txt"; cp "$S" "$tmp/mem/c.txt"; cp "$S" "$tmp/mem/d.txt"
  sz=$(wc -c < "$tmp/mem/a.txt")
  /usr/bin/time -f %M -o "$tmp/mem.rss" $LICHANG -j 2 -r --format jsonl "$tmp/mem" > "$tmp/mem.out" 2> /dev/null
  kb=$(tail -1 "$tmp/mem.rss"); limit=$(( (3 * sz + 16 * 1048576) / 1024 ))
  [ "$(wc -l < "$tmp/mem.out")" = 4 ] && [ "$kb" -le "$limit" ] && ok || bad "-j 2 peak memory ${kb} KB over ${limit} KB"
  $LICHANG -j 1 -r --format jsonl "$tmp/mem" | cmp -s - "$tmp/mem.out" && ok || bad "-j 1 and -j 2 differ on large files"
  # so does one file with CRLF line ends (10 MB): cleaned in place, not copied
  for i in $(seq 700); do cat ../shared/corpus/huang-computex-2025.txt; done | sed 's/$/\r/' > "$tmp/crlf.txt"
  sz=$(wc -c < "$tmp/crlf.txt")
  /usr/bin/time -f %M -o "$tmp/mem.rss" $LICHANG --format jsonl "$tmp/crlf.txt" > "$tmp/crlf.out" 2> /dev/null
  kb=$(tail -1 "$tmp/mem.rss"); limit=$(( (3 * sz + 16 * 1048576) / 1024 ))
  [ "$kb" -le "$limit" ] && ok || bad "CRLF file peak memory ${kb} KB over ${limit} KB"
  # and its turns' texts are still the original bytes, CRs and all
  head -c 20000 "$tmp/crlf.txt" > "$tmp/crlf-head.txt"
  $LICHANG --format json "$tmp/crlf-head.txt" > "$tmp/crlf.json" 2> /dev/null
  python3 tests/check_offsets.py "$tmp/crlf-head.txt" "$tmp/crlf.json" > /dev/null 2>&1 &&
    jq -e '[.turns[].text | select(test("\r\n"))] | length > 0' "$tmp/crlf.json" > /dev/null && ok || bad "CRLF turn texts"
else
  echo "note: /usr/bin/time (GNU time) or the corpus sample is missing; the -j memory test is skipped"
fi
# a long paragraph with no punctuation (as speech recognition writes it) is
# cut into sentences of bounded length: it finishes at once, and its views count
python3 -c "print('主持人：您怎麼看出口管制？\n\n來賓：' + '出口管制很糟糕非常不好 ' * 6000)" > "$tmp/asr.txt"
timeout 10 $LICHANG --format json "$tmp/asr.txt" > "$tmp/asr.json" 2> /dev/null; rc=$?
[ $rc = 0 ] && jq -e '.positions[] | select(.topic=="export_controls" and .stance=="oppose")' "$tmp/asr.json" > /dev/null &&
  jq -e '[.positions[].evidence[].text | length] | max <= 1024' "$tmp/asr.json" > /dev/null && ok || bad "unpunctuated paragraph: rc=$rc"
# an unknown topic id or role is a usage error that names the known ones, not "nothing found"
$LICHANG --topic tariff "$S" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && [ ! -s "$tmp/o" ] && grep -q "^lichang: unknown topic 'tariff' (topics: .*tariffs_trade" "$tmp/e" && ok || bad "--topic unknown: rc=$rc $(cat "$tmp/e")"
$LICHANG --role legislator "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q "^lichang: unknown role 'legislator' (roles: interviewer, .*narrator" "$tmp/e" && ok || bad "--role unknown: rc=$rc $(cat "$tmp/e")"
$LICHANG --role guest --topic tariffs_trade --format tsv "$S" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc = 0 ] && [ "$(wc -l < "$tmp/o")" = 2 ] && ok || bad "--role/--topic known: rc=$rc"
# a program that writes one JSON line and waits for its answer gets it before it
# writes the next (the first record is not held back to see whether a second comes)
cat > "$tmp/lag.py" <<'PY'
import os, select, subprocess, sys, time
p = subprocess.Popen([os.environ["LICHANG"], "--input", "jsonl", "-f", sys.argv[1]], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
fd, ok = p.stdout.fileno(), True
for rid in "ab":
    os.write(p.stdin.fileno(), ('{"id":"%s","text":"問：關稅好嗎？\\n答：關稅很糟。"}\n' % rid).encode())
    got, end = b"", time.monotonic() + 10
    while b'"file":"%s"' % rid.encode() not in got and time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], max(0, end - time.monotonic()))
        if not r: break
        got += os.read(fd, 1 << 20)
    ok = ok and b'"file":"%s"' % rid.encode() in got
p.stdin.close(); p.stdout.read(); p.wait()
sys.exit(0 if ok else 1)
PY
for f in jsonl json; do
  python3 "$tmp/lag.py" $f && ok || bad "JSON Lines co-process (-f $f): an answer was held back"
done
# without its lexicons (a binary copied elsewhere, a wrong LICHANG_DATADIR, a data
# directory lacking cues.tsv) lichang stops with exit 2 instead of finding no position;
# a --lexicon directory with none of the lexicon files is an error too
mkdir -p "$tmp/nolex/partial" "$tmp/nolex/empty" "$tmp/nolex/typo"
cp data/topics.tsv "$tmp/nolex/partial/"; cp data/topics.tsv "$tmp/nolex/typo/topic.tsv"
LICHANG_DATADIR="$tmp/nolex/empty" $LICHANG "$S" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && [ ! -s "$tmp/o" ] && grep -q "^lichang: $tmp/nolex/empty/topics.tsv: no topics loaded: set LICHANG_DATADIR" "$tmp/e" && ok || bad "no lexicon: rc=$rc $(cat "$tmp/e")"
LICHANG_DATADIR="$tmp/nolex/partial" $LICHANG "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q "partial/cues.tsv: no cues loaded" "$tmp/e" && ok || bad "no cues: rc=$rc $(cat "$tmp/e")"
$LICHANG --lexicon "$tmp/nolex/typo" "$S" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q "^lichang: $tmp/nolex/typo: no lexicon file in it" "$tmp/e" && ok || bad "--lexicon without files: rc=$rc $(cat "$tmp/e")"
# legacy and wide encodings without a BOM are named, with the iconv command that reads them:
# Chinese UTF-16 (few NUL bytes, on either side), Big5, GB18030; a UTF-8 file with a few
# stray bytes is still read (warnings); under --strict nothing is said to be replaced
for c in "UTF-16LE UTF-16LE" "UTF-16BE UTF-16BE" "BIG5 BIG5" "GB18030 GB18030" "GBK GB18030"; do
  enc=${c% *}; want=${c#* }
  iconv -f UTF-8 -t "$enc" "$S" > "$tmp/legacy.txt" 2> /dev/null
  $LICHANG --format json "$tmp/legacy.txt" > /dev/null 2> "$tmp/e"; rc=$?
  [ $rc = 2 ] && grep -qF "(convert it with: iconv -f $want -t UTF-8)" "$tmp/e" && ok || bad "$enc without BOM: rc=$rc $(cat "$tmp/e")"
done
# the same with CRLF line ends (the file is not already clean); and a UTF-8 CRLF file whose
# character straddles the end of the part sniffed for an encoding (8,000 bytes) is read
iconv -f UTF-8 -t BIG5 "$S" 2> /dev/null | sed 's/$/\r/' > "$tmp/legacy.txt"
$LICHANG --format json "$tmp/legacy.txt" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -qF "(convert it with: iconv -f BIG5 -t UTF-8)" "$tmp/e" && ok || bad "Big5 CRLF: rc=$rc $(cat "$tmp/e")"
awk 'BEGIN { for (i = 0; i < 400; i++) printf "\345\225\217\357\274\232\351\227\234\347\250\205\345\245\275\345\227\216\357\274\237\r\n" }' > "$tmp/straddle.txt"
$LICHANG --format json "$tmp/straddle.txt" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc -le 1 ] && [ ! -s "$tmp/e" ] && [ "$(jq '.turns|length' "$tmp/o")" = 400 ] && ok || bad "UTF-8 CRLF cut by the sniff: rc=$rc $(cat "$tmp/e")"
printf '問：這家caf\351怎麼樣？\n答：我覺得關稅很糟，caf\351很好。\n' > "$tmp/stray.txt"
$LICHANG --format json "$tmp/stray.txt" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc = 0 ] && [ "$(grep -c 'warning: invalid UTF-8 (byte 0xE9) replaced by U+FFFD' "$tmp/e")" = 2 ] && ok || bad "stray Latin-1 bytes: rc=$rc $(cat "$tmp/e")"
$LICHANG --strict --format json "$tmp/stray.txt" > /dev/null 2> "$tmp/e"; rc=$?
[ $rc = 2 ] && grep -q 'stray.txt:1:8: invalid UTF-8 (byte 0xE9)$' "$tmp/e" && ok || bad "--strict message: rc=$rc $(cat "$tmp/e")"
# -r reads in name order, files and subdirectories alike (as find | sort lists them), and a
# trailing slash on the directory does not double in the names; a BOM on a JSON Lines file
mkdir -p "$tmp/ord/a-dir" && cp "$S" "$tmp/ord/0.txt" && cp "$S" "$tmp/ord/a-dir/x.txt" && cp "$S" "$tmp/ord/b.txt"
[ "$($LICHANG -r --format jsonl "$tmp/ord/" | jq -r .file | tr '\n' ' ')" = "$tmp/ord/0.txt $tmp/ord/a-dir/x.txt $tmp/ord/b.txt " ] && ok ||
  bad "-r order and names: $($LICHANG -r --format jsonl "$tmp/ord/" | jq -r .file | tr '\n' ' ')"
printf '\357\273\277{"id":"a","text":"問：關稅好嗎？\\n答：不好。"}\n' > "$tmp/bom.jsonl"
$LICHANG --format jsonl "$tmp/bom.jsonl" 2> "$tmp/e" | jq -e '.file=="a" and (.turns|length)==2' > /dev/null && [ ! -s "$tmp/e" ] && ok || bad "BOM on a .jsonl file: $(cat "$tmp/e")"
# a span that holds only removed bytes (a BOM after a heading's mark) is empty, not a failed
# allocation: the document is read (no speakers: exit 1), with no error
printf '#\357\273\277' > "$tmp/bomhead.txt"
$LICHANG --format json "$tmp/bomhead.txt" > "$tmp/o" 2> "$tmp/e"; rc=$?
[ $rc = 1 ] && jq -e '.title==""' "$tmp/o" > /dev/null && ! grep -q 'out of memory' "$tmp/e" && ok || bad "BOM after a heading mark: rc=$rc $(cat "$tmp/e")"
# --terms with --topic prints that topic's terms; an unknown topic or a FILE is an error
$LICHANG --terms --topic tariffs_trade > "$tmp/tt"; rc=$?
[ $rc = 0 ] && grep -qx '關稅' "$tmp/tt" && ! grep -qx '出口管制' "$tmp/tt" && [ "$(wc -l < "$tmp/tt")" -lt "$($LICHANG --terms | wc -l)" ] && ok || bad "--terms --topic: rc=$rc"
$LICHANG --terms --topic nope > /dev/null 2> "$tmp/e"; [ $? = 2 ] && grep -q "unknown topic 'nope' (topics: " "$tmp/e" && ok || bad "--terms --topic nope: $(cat "$tmp/e")"
$LICHANG --terms "$S" > /dev/null 2> "$tmp/e"; [ $? = 2 ] && grep -q "^lichang: --terms reads no FILE" "$tmp/e" && ok || bad "--terms FILE: $(cat "$tmp/e")"
# usage messages name the values an option takes; --records without one says so
$LICHANG --records 2> "$tmp/e" > /dev/null; [ $? = 2 ] && grep -q "^lichang: --records needs a value" "$tmp/e" && ok || bad "--records without a value: $(cat "$tmp/e")"
$LICHANG -f xml "$S" 2> "$tmp/e" > /dev/null; [ $? = 2 ] && grep -q "^lichang: unknown format (json, jsonl, tsv, md, html or text): xml" "$tmp/e" && ok || bad "-f xml: $(cat "$tmp/e")"
printf '{"id":"a","text":"x\\u0000y"}\n' | $LICHANG --input jsonl -f jsonl 2> "$tmp/e" | jq -e '.error' > /dev/null && grep -q 'may not hold a NUL character' "$tmp/e" && ! grep -q JSON_ALLOW_NUL "$tmp/e" && ok || bad "NUL in a JSON Lines record: $(cat "$tmp/e")"
