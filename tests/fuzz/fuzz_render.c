/*
 * fuzz_render: output formats and filters.  Byte 0 chooses the format
 * (bits 0-2, modulo 6), the TSV records (bits 3-4), colour (bit 5), the TSV
 * header (bit 6) and Markdown input (bit 7); byte 1 the filters: speaker
 * (bits 0-2), topic (bits 3-5), role (bits 6-7).  The rest is the document.
 *
 * Checks: valid UTF-8 in every format; JSON parses, its spans hold, and the
 * filters hold in it (one speaker, one role, one topic); rendering is
 * deterministic and appends to a buffer it is given.
 */
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  fz_load_shipped_lexicon();
  return 0;
}

static const char *const SPEAKERS[7] = {NULL, "黃仁勳", "Jensen", "記者", "問", "主持人",
                                        "無此人"};
static const char *const ROLES[4] = {NULL, "interviewer", "interviewee", "bogus"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 2) return 0;
  unsigned o0 = data[0], o1 = data[1];
  const char *in = (const char *)data + 2;
  size_t n = size - 2;

  lc_doc *doc = NULL;
  lc_input input = (o0 & 0x80) ? LC_INPUT_MARKDOWN : LC_INPUT_TEXT;
  lc_status st = fz_parse("fuzz", in, n, input, 0, FZ_LEX, &doc);
  if (st != LC_OK) { lc_doc_free(doc); return 0; }

  lc_format fmt = (lc_format)((o0 & 7) % 6);
  lc_render_options ro;
  memset(&ro, 0, sizeof ro);
  ro.records = (lc_records)((o0 >> 3) & 3);
  ro.color = (o0 >> 5) & 1;
  ro.tsv_header = (o0 >> 6) & 1;

  /* speaker: a fixed name, or the document's own first label (any bytes) */
  char derived[65];
  unsigned sp = o1 & 7;
  if (sp < 7) {
    ro.speaker = SPEAKERS[sp];
  } else {
    size_t k = 0;
    while (k < n && k < 64 && in[k] != ':' && in[k] != '\n' &&
           !(k + 3 <= n && memcmp(in + k, "\xEF\xBC\x9A", 3) == 0))
      k++;
    memcpy(derived, in, k);
    derived[k] = 0;
    ro.speaker = derived;
    if (fz_known("filterutf8")) { /* repaired: the bug is known */
      size_t rl;
      char *r = fz_u8_repair(derived, k, &rl);
      if (rl > 64) rl = 64;
      while (rl && ((unsigned char)r[rl] & 0xC0) == 0x80) rl--;
      memcpy(derived, r, rl);
      derived[rl] = 0;
      free(r);
    }
  }
  unsigned tp = (o1 >> 3) & 7;
  size_t ntopics = lc_lexicon_topic_count(FZ_LEX);
  if (tp >= 1 && tp <= 5) ro.topic = lc_lexicon_topic_id(FZ_LEX, (tp - 1) % ntopics);
  else if (tp == 6) ro.topic = "no_such_topic";
  else if (tp == 7) ro.topic = "";
  ro.role = ROLES[(o1 >> 6) & 3];

  char *out;
  size_t len = fz_render(doc, fmt, &ro, &out);
  FZ_CHECK(fz_u8_valid(out, len), "format %d output is not valid UTF-8", (int)fmt);

  /* the same again, appended to a buffer that already holds something */
  size_t plen = 7;
  char *buf = malloc(plen + 1);
  if (!buf) abort();
  memcpy(buf, "PREFIX\n", plen + 1);
  lc_status rs = lc_doc_render(doc, fmt, &ro, &buf, &plen);
  FZ_CHECK(rs == LC_OK, "second render failed");
  FZ_CHECK(plen == 7 + len && memcmp(buf, "PREFIX\n", 7) == 0 &&
               (len == 0 || memcmp(buf + 7, out, len) == 0),
           "rendering into a non-empty buffer did not append the same output (%zu vs %zu+7)",
           plen, len);
  free(buf);

  switch (fmt) {
  case LC_FORMAT_JSON:
  case LC_FORMAT_JSONL: {
    fz_ctx c;
    fz_ctx_init(&c, in, n);
    json_t *j = fz_check_json(&c, out, len, fmt == LC_FORMAT_JSONL);
    json_t *sps = json_object_get(j, "speakers"), *e;
    size_t i;
    if (ro.speaker && *ro.speaker)
      FZ_CHECK(json_array_size(sps) <= 1, "speaker filter \"%s\" kept %zu speakers", ro.speaker,
               json_array_size(sps));
    json_array_foreach(sps, i, e) {
      if (ro.role)
        FZ_CHECK(strcmp(json_string_value(json_object_get(e, "role")), ro.role) == 0,
                 "role filter %s kept a %s", ro.role,
                 json_string_value(json_object_get(e, "role")));
    }
    json_array_foreach(json_object_get(j, "positions"), i, e) {
      if (ro.topic && *ro.topic)
        FZ_CHECK(strcmp(json_string_value(json_object_get(e, "topic")), ro.topic) == 0,
                 "topic filter %s kept %s", ro.topic,
                 json_string_value(json_object_get(e, "topic")));
    }
    json_decref(j);
    fz_ctx_free(&c);
    break;
  }
  case LC_FORMAT_TEXT: fz_check_text(out, len, ro.color); break;
  case LC_FORMAT_TSV: fz_check_tsv(out, len); break;
  default: break;
  }
  free(out);
  lc_doc_free(doc);
  return 0;
}
