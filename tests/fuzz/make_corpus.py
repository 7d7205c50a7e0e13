#!/usr/bin/env python3
"""Write the seed corpora in tests/fuzz/corpus/TARGET/ (deterministic).

Run from anywhere: python3 tests/fuzz/make_corpus.py.  Seeds are small
transcript shapes; the first byte(s) of each are the target's option bytes
(see each fuzz_*.c).  Re-running rewrites the same files.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

U = lambda s: s.encode("utf-8")

QA = U("記者：您怎麼看美國的出口管制？\n\n黃仁勳：我認為出口管制是失敗的，中國市場非常重要。\n\n"
       "記者：那關稅呢？\n\n黃仁勳：我不支持提高關稅。\n")
LATIN = U("Q: Do you support the AI diffusion rule?\nA: No, it hurts the ecosystem.\n\n"
          "Q: And tariffs?\nA: We don't like tariffs at all.\n")
NBSP = U("何佳莉:\u00a0政府打算怎麼補救？\n\n曾國華:\u00a0主要是疫苗到貨比預期晚了。\n")
BRACKET = U("【主持人】今天談晶片。\n【黃仁勳】出口管制傷害了美國企業。\n【主持人】謝謝。\n")
SPACE = U("主持人 今天我們請到黃先生。\n黃仁勳 謝謝邀請。\n主持人 先談市場？\n黃仁勳 中國市場很大。\n")
SECTIONS = U("晶片戰爭專訪\n\n一、出口管制\n\n記者：您支持嗎？\n\n黃仁勳：不支持。\n\n"
             "二、關稅\n\n記者：關稅呢？\n\n黃仁勳：也不支持。\n\n（完）\n")
QUOTES = U("記者：他說「出口管制沒有用\n\n黃仁勳：“我不同意『這種說法\n")
FRONT = U("---\ntitle: 城市預算\ndate: 2025-05-20\nsource: 週報\n---\n\n## 歲入\n\n"
          "**李佳穎**：稅收預估為什麼保守？\n\n**黃志成**：交易量下滑。\n")
BOLD_IN = U("**記者：**您怎麼看？\n\n**黃仁勳：**出口管制是失敗的。\n")
CONSEC = U("**問**：第一題？\n**答**：第一個回答。\n**問**：第二題？\n**答**：好。\n")
DEEP_QUOTE = b"> " * 200 + U("*記者：問題*\n")
IMG_RUNS = b"![[]()" * 200 + b"\n"
LISTS = b"- " * 100 + U("記者：問題？\n") + b"1. " * 50 + b"a\n"
HTML = U("記者：<script>alert(1)</script>\n\n黃仁勳：<SCRIPT src=x>答。\n\n<div>\n<script>\n</div>\n")
CODE = U("```\n記者：這不是標籤\n```\n\n    縮排：也不是\n\n記者：這才是？\n\n黃仁勳：是。\n")
CRLF = U("\ufeff問：第一個問題？\r\n答：第一個回答。\r\n\r\n問：第二？\r\n答：好。")
CR = U("問：第一個問題？\r答：第一個回答。\r\r問：第二？\r答：好。\r")
MIXED = U("問：一？\n答：一。\r\n問：二？\r答：二。\r\r\n問：三？\u2028答：三。\x0b\x0c\n")
INVALID = U("記者") + b"\xff" + U("：問題") + b"\xe4\xbd" + U("？\n\n黃仁勳：") + b"\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80" + U("答。\n")
ZW = U("記\u200b者：問題？\n\n黃\u200d仁勳\u0301：回答。\n\nA\u0301\u0323\u0301：x\n")
LABEL_EOF = U("記者：問題？\n\n黃仁勳：")
LABEL_ONLY = U("記者：\n黃仁勳：\n記者：\n")
BINARY = U("記者：問題？\n") + b"\x00\x01\x02" + U("答。\n")
UTF16 = "\ufeff記者：問題？\n".encode("utf-16-le")
EMPTY = b""

def fixture(name):
    p = os.path.join(ROOT, "tests", "structure", name)
    with open(p, "rb") as f:
        return f.read()

def write(target, seeds):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)

def main():
    write("fuzz_clean", {
        "qa": b"\0" + QA, "latin": b"\0" + LATIN, "nbsp": b"\0" + NBSP,
        "crlf-bom": b"\0" + CRLF, "cr": b"\0" + CR, "mixed-eol": b"\0" + MIXED,
        "invalid": b"\0" + INVALID, "invalid-strict": b"\1" + INVALID,
        "valid-strict": b"\1" + QA, "binary": b"\0" + BINARY, "utf16": b"\0" + UTF16,
        "zero-width": b"\0" + ZW, "label-eof": b"\0" + LABEL_EOF, "empty": b"\0",
        "bom-twice": b"\0" + U("\ufeff\ufeff問：一？\r\n答：二。\r\n"),
    })
    write("fuzz_text", {
        "qa": b"\x40" + QA, "latin": b"\x50" + LATIN, "nbsp": b"\x40" + NBSP,
        "bracket": b"\x60" + BRACKET, "space": b"\x40" + SPACE, "sections": b"\x48" + SECTIONS,
        "quotes": b"\x40" + QUOTES, "label-only": b"\x40" + LABEL_ONLY,
        "label-eof": b"\x40" + LABEL_EOF, "crlf": b"\x40" + CRLF, "invalid": b"\x40" + INVALID,
        "as-md": b"\x42" + FRONT, "html": b"\x40" + HTML,
        "panel": b"\x70" + fixture("panel-three.txt"),
        "legislative": b"\x40" + fixture("legislative.txt"),
        "commentary": b"\x40" + fixture("commentary-review.txt"),
        "title-lead": b"\x40" + fixture("title-lead.txt"),
    })
    write("fuzz_markdown", {
        "front-matter": b"\x40" + FRONT, "bold-in": b"\x40" + BOLD_IN, "consecutive": b"\x40" + CONSEC,
        "deep-quote": b"\x40" + DEEP_QUOTE, "img-runs": b"\x40" + IMG_RUNS, "lists": b"\x40" + LISTS,
        "html": b"\x40" + HTML, "code": b"\x40" + CODE, "crlf": b"\x40" + CRLF,
        "invalid": b"\x40" + INVALID, "brackets": b"\x40" + b"[" * 300 + b"a" + b"]" * 10 + b"\n",
        "emph": b"\x40" + b"*a **a " * 100 + b"b" + b" a** a*" * 100 + b"\n",
        "fm-unclosed": b"\x40" + U("---\ntitle: 沒有結尾\n\n記者：問？\n"),
        "headings": b"\x48" + fixture("md-headings.md"),
        "blocks": b"\x40" + fixture("md-blocks.md"),
    })
    topics = U("topic\tkind\tterm\tweight\n# comment\nexport_controls\tpolicy\t出口管制\t1.0\n"
               "china_market\topenness\t中國市場\t0.8\n")
    cues = U("kind\tterm\tvalue\npolarity\t失敗\t-2\nnegator\t不\t4\nintensifier\t非常\t1.5\n"
             "agree\t沒錯\t1\n")
    speakers = U("canonical\talias\tkind\n黃仁勳\tJensen Huang\tperson\n黃仁勳\t老黃\tperson\n"
                 "輝達\tNVIDIA\torg\n")
    FF = b"\xff"
    write("fuzz_lexicon", {
        "valid": topics + FF + cues + FF + speakers,
        "topics-only": topics,
        "crlf-bom": U("\ufeff") + topics.replace(b"\n", b"\r\n") + FF + cues.replace(b"\n", b"\r\n"),
        "bad-header": U("topic\tkind\tterm\n") + FF + cues + FF + speakers,
        "fields": topics + U("a\tpolicy\tx\n") + FF + cues + FF + speakers,
        "too-many-fields": topics + U("a\tpolicy\tx\t1\t2\t3\t4\t5\n"),
        "bad-weight": topics + U("a\tpolicy\tx\tnan\n"),
        "bad-id": topics + U("Bad-Id\tpolicy\tx\t1\n"),
        "bad-kind": FF + cues + U("nonsense\tx\t1\n"),
        "empty-term": topics + U("a\tpolicy\t \t1\n"),
        "nfkc-empty": topics + U("a\tpolicy\t\u00ad\t1\n"),
        "invalid-utf8": topics + b"a\tpolicy\t\xe4\xbd\t1\n",
        "nul": topics + b"a\tpolicy\tx\x00y\t1\n",
        "speaker-kind": FF + FF + speakers + U("甲\t乙\talien\n"),
        "comments-only": U("# nothing\n\n   \n") + FF + U("#\n") + FF,
        "override": topics + U("export_controls\topenness\t出口管制\t0.5\n") + FF + cues + U("polarity\t失敗\t3\n"),
    })
    write("fuzz_render", {
        "json": b"\x00\x00" + QA, "jsonl": b"\x01\x00" + QA, "text-color": b"\x22\x00" + QA,
        "tsv-positions": b"\x43\x00" + QA, "tsv-turns": b"\x4b\x00" + QA,
        "tsv-claims": b"\x53\x00" + fixture("full-shape.txt"), "tsv-speakers": b"\x5b\x00" + QA,
        "md": b"\x04\x00" + QA, "html": b"\x05\x00" + HTML,
        "speaker-filter": b"\x00\x01" + QA, "derived-speaker": b"\x00\x07" + QA,
        "topic-filter": b"\x00\x08" + QA, "bogus-topic": b"\x02\x30" + QA,
        "role-filter": b"\x00\x40" + QA, "md-input": b"\x80\x00" + FRONT,
        "invalid-filter": b"\x00\x07" + INVALID,
    })

if __name__ == "__main__":
    main()
