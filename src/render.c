/* render.c: the shared part of output: filters, offsets, dispatch. */
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include "lexicon.h"
#include "render.h"

void lc_orig_span(const lc_doc *doc, size_t vs, size_t ve, size_t *os, size_t *oe) {
  *os = lc_view_to_orig(doc, vs, false);
  *oe = lc_view_to_orig(doc, ve, true);
  if (*oe < *os) *oe = *os;
}

static size_t S_to_orig(lc_render *r, size_t v, bool is_end) {
  const lc_doc *doc = r->doc;
  size_t t = doc->view == doc->text ? v : lc_map_apply_at(&doc->view_map, v, is_end, &r->vhint);
  return !doc->text_map.edits.len ? t : lc_map_apply_at(&doc->text_map, t, is_end, &r->thint);
}

void lc_render_span(lc_render *r, size_t vs, size_t ve, size_t *os, size_t *oe) {
  *os = S_to_orig(r, vs, false);
  *oe = S_to_orig(r, ve, true);
  if (*oe < *os) *oe = *os;
}

const char *lc_render_orig(lc_render *r, size_t os, size_t oe) {
  const char *p = lc_orig_bytes(r->doc, os, oe, &r->orig);
  if (!p) r->out->oom = true;
  return p;
}

size_t lc_render_line(lc_render *r, size_t v) {
  const size_t *ls = r->doc->lines.items;
  size_t n = r->doc->lines.len, h = r->lhint < n ? r->lhint : 0;
  /* the line of the last offset, or one of the next few */
  for (size_t k = h; k < n && k < h + 4; k++)
    if (ls[k] <= v && (k + 1 == n || ls[k + 1] > v)) { r->lhint = k; return k + 1; }
  size_t line = lc_view_line(r->doc, v);
  r->lhint = line - 1;
  return line;
}

const char *lc_topic_id(const lc_doc *doc, int topic) {
  return doc->lex ? lc_lexicon_topic_id(doc->lex, (size_t)topic) : "";
}

bool lc_keep_speaker(const lc_render *r, int speaker) {
  if (r->speaker == -2) return false;
  if (r->speaker >= 0 && speaker != r->speaker) return false;
  if (r->opt->role && *r->opt->role) {
    const lc_speaker *sp = &LC_AT(r->doc->speakers, lc_speaker, speaker);
    if (strcmp(lc_role_name(sp->role), r->opt->role) != 0) return false;
  }
  return true;
}

bool lc_keep_topic(const lc_render *r, int topic) {
  if (r->topic == -2) return false;
  return r->topic < 0 || topic == r->topic;
}

/* Resolve a speaker filter (a name or any alias) to a speaker index. */
static int S_find_speaker(const lc_doc *doc, const char *name) {
  if (u8_check((const uint8_t *)name, strlen(name))) return -2; /* matches nobody */
  char *key = lc_normalize_str(name, strlen(name), NULL);
  if (!key) return -2;
  const char *k = key, *ck = NULL;
  if (doc->lex && lc_lexicon_alias(doc->lex, key, strlen(key), NULL, &ck)) k = ck;
  int found = -2;
  for (size_t i = 0; i < doc->speakers.len; i++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
    if (strcmp(sp->key, k) == 0 || strcmp(sp->key, key) == 0) { found = (int)i; break; }
    for (size_t j = 0; j < sp->labels.len && found < 0; j++) {
      const char *l = LC_AT(sp->labels, char *, j);
      if (strcmp(l, name) == 0) found = (int)i;
    }
    if (found >= 0) break;
  }
  free(key);
  return found;
}

typedef struct stream_ctx {
  int (*write)(void *ctx, const char *p, size_t n);
  void *ctx;
  bool failed;
} stream_ctx;

static bool S_stream_sink(void *c, const char *p, size_t n) {
  stream_ctx *s = c;
  if (s->failed || !s->write(s->ctx, p, n)) s->failed = true;
  return !s->failed;
}

static lc_status S_render(const lc_doc *doc, lc_format fmt, const lc_render_options *opt,
                          lc_buf *out);

lc_status lc_doc_render_stream(const lc_doc *doc, lc_format fmt, const lc_render_options *opt,
                               int (*write)(void *ctx, const char *p, size_t n), void *ctx) {
  stream_ctx sc = {write, ctx, false};
  lc_buf out = {0};
  out.sink = S_stream_sink;
  out.sink_ctx = &sc;
  /* the buffer is handed on past 256 KiB (lc_buf_flush_point): room for
   * that and a record, or for the whole output of a short document (two or
   * three times its length), taken at once */
  size_t room = doc->olen * 3 + 4096;
  if (fmt != LC_FORMAT_TEXT) lc_buf_grow(&out, room < (320u << 10) ? room : (320u << 10));
  lc_status st = S_render(doc, fmt, opt, &out);
  if (st == LC_OK && out.len && !S_stream_sink(&sc, out.ptr, out.len)) st = LC_EIO;
  if (sc.failed && st == LC_OK) st = LC_EIO;
  lc_buf_free(&out);
  return st;
}

lc_status lc_doc_render(const lc_doc *doc, lc_format fmt,
                        const lc_render_options *opt, char **buf, size_t *len) {
  lc_buf out = {0};
  out.ptr = *buf;
  out.len = *len;
  out.cap = *buf ? *len + 1 : 0;
  /* the output is about as long as the input, or twice: grow once */
  if (fmt != LC_FORMAT_TEXT) lc_buf_grow(&out, out.len + doc->olen + doc->olen / 2 + 4096);
  lc_status st = S_render(doc, fmt, opt, &out);
  if (st != LC_OK) { lc_buf_free(&out); *buf = NULL; *len = 0; return st; }
  *buf = out.ptr;
  *len = out.len;
  return LC_OK;
}

static lc_status S_render(const lc_doc *doc, lc_format fmt, const lc_render_options *opt,
                          lc_buf *outp) {
  lc_render_options dflt;
  memset(&dflt, 0, sizeof dflt);
  dflt.tsv_header = 1;
  if (!opt) opt = &dflt;
  lc_render r = {doc, opt, outp, -1, -1, 0, 0, 0, {0}};
  if (opt->speaker && *opt->speaker) r.speaker = S_find_speaker(doc, opt->speaker);
  if (opt->topic && *opt->topic) {
    int t = doc->lex ? lc_lexicon_topic_find(doc->lex, opt->topic) : -1;
    r.topic = t >= 0 ? t : -2;
  }
  switch (fmt) {
  case LC_FORMAT_JSON: lc_emit_json(&r, false); break;
  case LC_FORMAT_JSONL: lc_emit_json(&r, true); break;
  case LC_FORMAT_TEXT: lc_emit_text(&r); break;
  case LC_FORMAT_TSV: lc_emit_tsv(&r); break;
  case LC_FORMAT_MD: lc_emit_md(&r); break;
  case LC_FORMAT_HTML: lc_emit_html(&r); break;
  default: return LC_EUSAGE;
  }
  if (r.orig.oom) outp->oom = true;
  lc_buf_free(&r.orig);
  if (outp->oom) return outp->sink_failed ? LC_EIO : LC_ENOMEM;
  return LC_OK;
}
