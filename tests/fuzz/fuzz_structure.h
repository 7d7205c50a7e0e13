/*
 * fuzz_structure.h: the body shared by fuzz_text and fuzz_markdown: parse
 * one document, render it in every format and check each rendering.
 *
 * Byte 0 chooses the options:
 *   bits 0-1  input: text, auto as "x.txt", auto as "x.md", markdown
 *             (fuzz_markdown always uses markdown)
 *   bit  2    strict
 *   bit  3    colour in text output
 *   bits 4-5  TSV records (positions, turns, claims, speakers)
 *   bit  6    TSV header
 * The rest is the document.
 */
#ifndef LICHANG_FUZZ_STRUCTURE_H
#define LICHANG_FUZZ_STRUCTURE_H

#include "fuzz_common.h"

static int fz_structure(const uint8_t *data, size_t size, int force_markdown) {
  if (size < 1) return 0;
  unsigned opt = data[0];
  const char *in = (const char *)data + 1;
  size_t n = size - 1;
  static const lc_input INPUT[4] = {LC_INPUT_TEXT, LC_INPUT_AUTO, LC_INPUT_AUTO,
                                    LC_INPUT_MARKDOWN};
  static const char *const NAME[4] = {"fuzz.txt", "x.txt", "x.md", "fuzz.md"};
  lc_input input = force_markdown ? LC_INPUT_MARKDOWN : INPUT[opt & 3];
  const char *name = force_markdown ? "fuzz.txt" : NAME[opt & 3];
  int strict = (opt >> 2) & 1;

  lc_doc *doc = NULL;
  lc_status st = fz_parse(name, in, n, input, strict, FZ_LEX, &doc);
  if (st != LC_OK) { lc_doc_free(doc); return 0; }

  lc_render_options ro;
  memset(&ro, 0, sizeof ro);
  ro.color = (opt >> 3) & 1;
  ro.records = (lc_records)((opt >> 4) & 3);
  ro.tsv_header = (opt >> 6) & 1;

  fz_ctx c;
  fz_ctx_init(&c, in, n);
  json_t *docs[2] = {NULL, NULL};
  int input_script = fz_contains_ci(in, n, "<script");
  for (int f = LC_FORMAT_JSON; f <= LC_FORMAT_HTML; f++) {
    char *out;
    size_t len = fz_render(doc, (lc_format)f, &ro, &out);
    FZ_CHECK(fz_u8_valid(out, len), "format %d output is not valid UTF-8", f);
    switch ((lc_format)f) {
    case LC_FORMAT_JSON: docs[0] = fz_check_json(&c, out, len, 0); break;
    case LC_FORMAT_JSONL: docs[1] = fz_check_json(&c, out, len, 1); break;
    case LC_FORMAT_TEXT: fz_check_text(out, len, ro.color); break;
    case LC_FORMAT_TSV: fz_check_tsv(out, len); break;
    case LC_FORMAT_MD: break;
    case LC_FORMAT_HTML:
      /* our own page has no script: any "<script" came from the input */
      if (input_script)
        FZ_CHECK(!fz_contains_ci(out, len, "<script"), "HTML output holds <script from the input");
      break;
    }
    free(out);
  }
  FZ_CHECK(json_equal(docs[0], docs[1]), "the JSON and JSONL documents differ");
  json_decref(docs[0]);
  json_decref(docs[1]);
  fz_ctx_free(&c);
  lc_doc_free(doc);
  return 0;
}

#endif
