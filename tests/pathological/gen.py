#!/usr/bin/env python3
"""Pathological inputs for lichang, generated deterministically.

Each generator takes a size n (its own unit: bytes, lines, labels, depth)
and returns bytes.  run.py runs lichang on every generator at n and 10n and
checks that time and memory grow linearly.  The shapes: huge lines, very
many paragraphs/labels/turns, labels alone, unterminated quotes, deep
Markdown nesting, libcmark's known quadratic shapes (cf. cmark's
test/pathological_tests.py and CVE-2023-22486 / CVE-2023-24824), ill-formed
UTF-8, zero-width and combining characters inside labels, every line end.

    gen.py --list                  the generators, their units and sizes
    gen.py NAME N [> FILE]         write one input to standard output
"""
import sys

# name -> (function, markdown?, unit, n at the default scale, n for --full)
GENERATORS = {}


def gen(name, markdown, unit, n, full):
    def deco(f):
        GENERATORS[name] = (f, markdown, unit, n, full)
        return f
    return deco


def U(s):
    return s.encode("utf-8")


# a few sentences that hit the lexicon (topics, cues) so analysis has work
PROSE = U("我認為出口管制是失敗的，中國市場非常重要。我們不支持提高關稅，"
          "這會傷害整個生態系。")


def repeat_to(unit, size):
    """unit repeated to exactly size bytes, cut on a character boundary."""
    out = unit * (size // len(unit) + 1)
    out = out[:size]
    while out and (out[-1] & 0xC0) == 0x80:  # do not end inside a character
        out = out[:-1]
    if out and out[-1] >= 0xC0:
        out = out[:-1]
    return out


# ---- size and count -------------------------------------------------------

@gen("long_line", False, "bytes", 1_000_000, 10_000_000)
def long_line(n):
    """One line of n bytes: a labelled turn of prose, no newline at all."""
    head = U("黃仁勳：")
    return head + repeat_to(PROSE, n - len(head))


@gen("unpunctuated_cues", False, "bytes", 30_000, 300_000)
def unpunctuated_cues(n):
    """One turn of judgement words and intensifiers with no punctuation at
    all: every pair of cues in one endless sentence (the analysis looks at
    pairs within a sentence and their distance in characters)."""
    return U("主持人：請談談。\n\n來賓：") + repeat_to(U("很重要非常不好"), n) + U("\n")


@gen("compared_changes", False, "bytes", 300_000, 3_000_000)
def compared_changes(n):
    """One line of short comparisons, each a word of change (比去年下滑。):
    each looks back for a figure, within its sentence and a few characters."""
    return U("記者：你怎麼看？\n\n王部長：") + repeat_to(U("比去年下滑。較前年衰退，"), n) + U("\n")


@gen("speech_recognition", False, "bytes", 30_000, 300_000)
def speech_recognition(n):
    """A transcript as speech recognition writes it: words and topic terms
    separated by spaces, no full stops or commas."""
    words = U("我覺得 其實 中國市場 很好 但是 出口管制 不太好 應該 支持 合作 關稅 非常重要 對吧 ")
    return U("[00:00:01] 主持人 請問你怎麼看\n[00:00:05] 來賓 ") + repeat_to(words, n) + U("\n")


@gen("long_line_ascii", False, "bytes", 3_000_000, 10_000_000)
def long_line_ascii(n):
    """One line of n bytes of ASCII words with colons, no line end."""
    return repeat_to(b"Q: word and: more words, said he: yes ", n)


@gen("many_paragraphs", False, "paragraphs", 50_000, 100_000)
def many_paragraphs(n):
    """n tiny paragraphs."""
    return U("好。\n\n") * n


@gen("many_paragraphs_md", True, "paragraphs", 50_000, 100_000)
def many_paragraphs_md(n):
    return U("好。\n\n") * n


@gen("distinct_labels", False, "labels", 2_000, 10_000)
def distinct_labels(n):
    """n different speakers, each speaking twice."""
    out = []
    for r in range(2):
        for i in range(n):
            out.append(U("講者%d：我認為關稅不好。\n\n" % i))
    return b"".join(out)


@gen("distinct_labels_md", True, "labels", 2_000, 10_000)
def distinct_labels_md(n):
    out = []
    for r in range(2):
        for i in range(n):
            out.append(U("**講者%d**：我認為關稅不好。\n\n" % i))
    return b"".join(out)


@gen("repeated_label", False, "turns", 10_000, 10_000)
def repeated_label(n):
    """One label, n times, alternating with a second speaker."""
    return U("記者：出口管制呢？\n\n黃仁勳：我不支持出口管制。\n\n") * (n // 2)


@gen("label_only_lines", False, "lines", 20_000, 100_000)
def label_only_lines(n):
    """Lines holding only a label, and a label at the end of the file."""
    return U("記者：\n黃仁勳：\n") * (n // 2) + U("黃仁勳：")


# ---- quotes ---------------------------------------------------------------

@gen("unterminated_quotes", False, "turns", 20_000, 100_000)
def unterminated_quotes(n):
    """Every turn opens 「 “ 『 and closes none."""
    return U("記者：他說「出口管制“沒有用『我認為關稅不好。\n\n"
             "黃仁勳：「我不支持“這種『說法。\n\n") * (n // 2)


@gen("unterminated_quote_long", False, "sentences", 50_000, 200_000)
def unterminated_quote_long(n):
    """One 「 that is never closed, followed by n sentences in one turn."""
    return U("黃仁勳：他說「") + U("我認為出口管制是失敗的。") * n


# ---- nesting --------------------------------------------------------------

@gen("deep_quote_text", False, "depth", 10_000, 10_000)
def deep_quote_text(n):
    return b">" * n + U(" 記者：問題？\n\n黃仁勳：回答。\n")


@gen("deep_quote_md", True, "depth", 10_000, 10_000)
def deep_quote_md(n):
    """n nested block quotes on one line (cmark: nested block quotes)."""
    return b"> " * n + U("記者：問題？\n\n黃仁勳：回答。\n")


@gen("deep_list_md", True, "depth", 10_000, 10_000)
def deep_list_md(n):
    """n nested list items on one line ("- - - a"), then ordered ones."""
    return b"- " * n + U("記者：問題？\n\n") + b"1. " * n + U("黃仁勳：回答。\n")


@gen("deep_list_indent_md", True, "lines", 5_000, 20_000)
def deep_list_indent_md(n):
    """Lists nested by indentation, repeated: depth cycles 0..99."""
    return b"".join(b"  " * (i % 100) + U("* 記者：a\n") for i in range(n))


@gen("quote_emph_md", True, "lines", 10_000, 50_000)
def quote_emph_md(n):
    """Deep > nesting with emphasis on every line (CVE-2023-24824 shape)."""
    return b"".join(b">" * (i % 200) + b" *a **b _c_ d** e*\n" for i in range(n))


# ---- libcmark's quadratic inline shapes ----------------------------------

@gen("img_link_runs_md", True, "repeats", 50_000, 200_000)
def img_link_runs_md(n):
    """![[]() repeated (CVE-2023-22486)."""
    return U("記者：") + b"![[]()" * n + b"\n"


@gen("open_brackets_md", True, "repeats", 50_000, 200_000)
def open_brackets_md(n):
    return U("記者：") + b"[" * n + b"a" + b"]" * (n // 2) + b"\n"


@gen("link_openers_md", True, "repeats", 50_000, 200_000)
def link_openers_md(n):
    return U("記者：") + b"[a" * n + b"\n"


@gen("nested_emph_md", True, "repeats", 25_000, 100_000)
def nested_emph_md(n):
    return b"*a **a " * n + b"b" + b" a** a*" * n + b"\n"


@gen("emph_closers_md", True, "repeats", 50_000, 200_000)
def emph_closers_md(n):
    return b"a_ " * n + b"a* " * n + b"\n"


@gen("unclosed_links_md", True, "repeats", 50_000, 200_000)
def unclosed_links_md(n):
    return b"[a](<b" * n + b"\n\n" + b"[a](b" * n + b"\n"


@gen("html_comments_md", True, "repeats", 50_000, 200_000)
def html_comments_md(n):
    return b"</" + b"<!--" * n + b"\n"


@gen("bracket_paren_md", True, "repeats", 50_000, 200_000)
def bracket_paren_md(n):
    return b"[ (](" * n + b"\n"


@gen("backticks_md", True, "bytes", 1_000_000, 5_000_000)
def backticks_md(n):
    """Backtick runs of growing length, e + `*k, up to n bytes in all."""
    out, k, size = [], 1, 0
    while size < n:
        piece = b"e" + b"`" * (k % 1000 + 1)
        out.append(piece)
        size += len(piece)
        k += 1
    return b"".join(out) + b"\n"


# ---- bytes and characters -------------------------------------------------

@gen("fffd_runs", False, "characters", 500_000, 2_000_000)
def fffd_runs(n):
    """Runs of U+FFFD, in a label and in text."""
    return U("\ufffd" * 3 + "：") + U("\ufffd") * n + U("\n\n記者：\ufffd\ufffd？\n")


@gen("invalid_bytes", False, "sequences", 100_000, 500_000)
def invalid_bytes(n):
    """Ill-formed UTF-8 of every kind, mixed with text (no NUL, no BOM)."""
    bad = [b"\x80", b"\xbf", b"\xc0\xaf", b"\xe4\xbd", b"\xed\xa0\x80",
           b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xfe", b"\xff",
           b"\xf0\x9f\x98"]
    out = [U("記者：")]
    for i in range(n):
        out.append(bad[i % len(bad)])
        out.append(U("話") if i % 3 else b"a")
        if i % 97 == 96:
            out.append(U("\n\n黃仁勳：") if i % 2 else U("\n\n記者："))
    return b"".join(out) + b"\n"


@gen("zero_width_labels", False, "lines", 10_000, 100_000)
def zero_width_labels(n):
    """Labels with zero-width characters, combining marks, variation selectors."""
    marks = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u0301",
             "\u0323\u0301", "\ufe0f", "\u034f"]
    out = []
    for i in range(n):
        m = marks[i % len(marks)]
        out.append(U("記%s者%s：我認為關稅不好。\n\n黃%s仁勳：不%s支持。\n\n" % (m, m, m, m)))
    return b"".join(out)


@gen("combining_storm", False, "marks", 100_000, 1_000_000)
def combining_storm(n):
    """A label and a text made of one base letter and n combining marks of
    alternating classes (230, 220), which canonical ordering must sort."""
    marks = U("\u0301\u0323") * (n // 2)
    return b"A" + marks + U("：") + b"a" + marks + U("\n\n記者：好。\n")


@gen("mixed_line_ends", False, "lines", 50_000, 500_000)
def mixed_line_ends(n):
    """Every line end: LF, CRLF, CR, CR CR LF, LF CR, and U+2028/U+0085/VT/FF
    in between."""
    ends = [b"\n", b"\r\n", b"\r", b"\r\r\n", b"\n\r", U("\u2028"), U("\u0085"),
            b"\x0b", b"\x0c", b"\n\n"]
    out = []
    for i in range(n):
        out.append(U("記者：問題%d？" % i) if i % 2 == 0 else U("黃仁勳：我不支持關稅。"))
        out.append(ends[i % len(ends)])
    return b"".join(out)


@gen("ba_objects_no_commas", False, "sentences", 2_000, 20_000)
def ba_objects_no_commas(n):
    """One turn of n sentences 我們把中國市場列入考量。 with no comma: an
    object of 把 looks for a listing verb to its clause's end, which a full
    stop does not end (the sentence does)."""
    return U("主持：你好\n來賓：") + U("我們把中國市場列入考量。") * n


@gen("narration_names", False, "sentences", 2_000, 20_000)
def narration_names(n):
    """Narration of n sentences, each naming a different person after a title
    (教授王XY也很忙。): each may be the one a later pronoun speaks for."""
    out = [U("# 標題\n\n")]
    for i in range(n):
        a, b = chr(0x4E00 + (i // 200) % 200), chr(0x4E00 + i % 200)
        out.append(U("教授王%s%s也很忙。" % (a, b)))
    out.append(U("他表示，關稅很糟糕。\n"))
    return b"".join(out)


@gen("translit_names", False, "paragraphs", 2_000, 20_000)
def translit_names(n):
    """Narration of n paragraphs, each reporting a different transliterated
    name after a title (研究員安娜·XY表示…), then its last part alone (XY也表示…):
    each later mention looks for the full name among those met."""
    out = [U("# 標題\n\n")]
    for i in range(n):
        a, b = chr(0x4E00 + (i // 200) % 200), chr(0x4E00 + i % 200)
        out.append(U("研究員安娜·%s%s表示，關稅很糟糕。%s%s也表示，管制很好。\n\n" % (a, b, a, b)))
    return b"".join(out)


@gen("one_clause_rules", False, "repeats", 2_000, 20_000)
def one_clause_rules(n):
    """One reply of n repeats, with no punctuation, of a commitment and an
    act (我們會退出…), a preference (我寧可…), advice against excess (不要過度…)
    and praise (…很好): each rule asked of a word must not scan the clause."""
    body = "我們會退出大陸市場我寧可有規則不要過度依賴平台中國市場很好"
    return U("主持人：怎麼看？\n林董：" + body * n + "。\n")


@gen("forbid_raise_clauses", False, "clauses", 2_000, 20_000)
def forbid_raise_clauses(n):
    """One sentence of n clauses, each forbidding a rise with no topic named
    (別再加了，…): whether the sentence names a topic is asked once, not per
    clause."""
    return U("主持人：關稅怎麼看？\n林董：" + "別再加了，" * n + "就這樣。\n")


@gen("measure_relax", False, "repeats", 2_000, 20_000)
def measure_relax(n):
    """One clause of n repeats of a measure of business and a verb of lowering
    (營收降低…) after a policy: the look back for a policy named after the
    measure stops near it."""
    return U("主持人：怎麼看？\n林董：出口管制" + "營收降低" * n + "。\n")


def main(argv):
    if len(argv) == 2 and argv[1] == "--list":
        for name, (f, md, unit, n, full) in GENERATORS.items():
            print("%-26s %-8s n=%-9d full n=%-9d %s" % (name, "markdown" if md else "text",
                                                     n, full, unit))
        return 0
    if len(argv) != 3 or argv[1] not in GENERATORS:
        sys.stderr.write("usage: gen.py --list | gen.py NAME N\n")
        return 2
    sys.stdout.buffer.write(GENERATORS[argv[1]][0](int(argv[2])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
