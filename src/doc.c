/*
 * doc.c: the document object, the pipeline that fills it, and the mapping
 * of offsets between the three byte spaces.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "analysis.h"

const char *lc_status_message(lc_status st) {
  switch (st) {
  case LC_OK: return "success";
  case LC_ENOMEM: return "out of memory";
  case LC_EIO: return "input/output error";
  case LC_EBINARY: return "the file looks binary";
  case LC_EUTF16: return "the file is UTF-16 or UTF-32, not UTF-8";
  case LC_EUTF8: return "invalid UTF-8";
  case LC_ELEXICON: return "malformed lexicon";
  case LC_EUSAGE: return "invalid argument";
  case LC_ETOOBIG: return "input too large";
  case LC_EENCODING: return "the file is in another encoding, not UTF-8";
  }
  return "unknown error";
}

void lc_doc_warn(lc_doc *doc, size_t text_off, bool is_error, const char *fmt, ...) {
  lc_diag_item *d = lc_vec_push(&doc->diags);
  if (!d) return;
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  d->d.msg = lc_strndup(msg, strlen(msg));
  if (!d->d.msg) { doc->diags.len--; return; }
  d->d.is_error = is_error;
  d->text_off = text_off;
  d->d.line = 0; /* not about a place unless set by the caller */
  d->d.col = 0;
}

size_t lc_view_to_text(const lc_doc *doc, size_t v, bool is_end) {
  if (doc->view == doc->text) return v;
  return lc_map_apply(&doc->view_map, v, is_end);
}

size_t lc_view_to_text_near(lc_doc *doc, size_t v, bool is_end) {
  if (doc->view == doc->text) return v;
  return lc_map_apply_at(&doc->view_map, v, is_end, &doc->view_hint);
}

void lc_view_span_to_text(lc_doc *doc, size_t vs, size_t ve, size_t *ts, size_t *te) {
  *ts = lc_view_to_text_near(doc, vs, false);
  *te = lc_view_to_text_near(doc, ve, true);
  if (*te < *ts) *te = *ts;
}

size_t lc_text_to_orig(const lc_doc *doc, size_t t, bool is_end) {
  if (!doc->text_map.edits.len) return t;
  return lc_map_apply(&doc->text_map, t, is_end);
}

size_t lc_view_to_orig(const lc_doc *doc, size_t v, bool is_end) {
  return lc_text_to_orig(doc, lc_view_to_text(doc, v, is_end), is_end);
}

size_t lc_view_line(const lc_doc *doc, size_t v) {
  const size_t *ls = doc->lines.items;
  size_t lo = 0, hi = doc->lines.len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ls[mid] <= v) lo = mid + 1; else hi = mid;
  }
  return lo ? lo : 1;
}

void lc_doc_free(lc_doc *doc) {
  if (!doc) return;
  if (doc->view != doc->text) free(doc->view);
  if (doc->text != doc->orig) free(doc->text);
  free(doc->orig);
  free(doc->name);
  free(doc->title);
  free(doc->date);
  free(doc->source);
  lc_vec_free(&doc->text_map.edits);
  lc_vec_free(&doc->replaced);
  lc_vec_free(&doc->view_map.edits);
  lc_vec_free(&doc->lines);
  for (size_t i = 0; i < doc->diags.len; i++)
    free((char *)LC_AT(doc->diags, lc_diag_item, i).d.msg);
  lc_vec_free(&doc->diags);
  lc_vec_free(&doc->labels);
  for (size_t i = 0; i < doc->names.len; i++) free(LC_AT(doc->names, lc_name, i).key);
  lc_vec_free(&doc->names);
  lc_vec_free(&doc->blocks);
  for (size_t i = 0; i < doc->speakers.len; i++)
    lc_speaker_clear(&LC_AT(doc->speakers, lc_speaker, i));
  lc_vec_free(&doc->speakers);
  free(doc->spk_hash);
  lc_vec_free(&doc->sections);
  lc_vec_free(&doc->turns);
  lc_analysis_free(doc->an);
  free(doc);
}

static bool S_is_markdown_name(const char *name) {
  size_t n = strlen(name);
  return (n > 3 && strcmp(name + n - 3, ".md") == 0) ||
         (n > 9 && strcmp(name + n - 9, ".markdown") == 0);
}

static lc_status S_parse(const char *name, char *owned, const char *bytes, size_t len,
                         const lc_options *opt, const lc_lexicon *lex, lc_doc **out) {
  *out = NULL;
  lc_options dflt = {LC_INPUT_AUTO, 0};
  if (!opt) opt = &dflt;
  if (len > ((size_t)1 << 40)) { free(owned); return LC_ETOOBIG; }
  lc_doc *doc = calloc(1, sizeof *doc);
  if (!doc) { free(owned); return LC_ENOMEM; }
  doc->text_map.edits.size = doc->view_map.edits.size = sizeof(lc_edit);
  doc->replaced.size = sizeof(lc_replaced);
  doc->lines.size = sizeof(size_t);
  doc->diags.size = sizeof(lc_diag_item);
  doc->labels.size = sizeof(lc_label);
  doc->names.size = sizeof(lc_name);
  doc->blocks.size = sizeof(lc_block);
  doc->speakers.size = sizeof(lc_speaker);
  doc->sections.size = sizeof(lc_section);
  doc->turns.size = sizeof(lc_turn);
  doc->lex = lex;
  doc->name = lc_strndup(name ? name : "-", strlen(name ? name : "-"));
  doc->orig = owned ? owned : malloc(len + 1);
  if (!doc->name || !doc->orig) { lc_doc_free(doc); return LC_ENOMEM; }
  if (len && !owned) memcpy(doc->orig, bytes, len);
  doc->orig[len] = 0;
  doc->olen = len;
  doc->markdown = opt->input == LC_INPUT_MARKDOWN ||
                  (opt->input == LC_INPUT_AUTO && S_is_markdown_name(doc->name));

  lc_status st = lc_clean(doc, opt->strict);
  if (st == LC_OK) st = lc_normalize(doc);
  if (st == LC_OK && doc->markdown) st = lc_front_matter(doc);
  if (st == LC_OK) st = lc_find_labels(doc);
  if (st == LC_OK) st = doc->markdown ? lc_blocks_markdown(doc) : lc_blocks_text(doc);
  if (st == LC_OK) st = lc_build_turns(doc);
  lc_vec_free(&doc->labels); /* turns hold what later stages need of them */
  if (st == LC_OK) st = lc_assign_speakers(doc);
  if (st == LC_OK && doc->source_end > doc->source_start && !doc->source) {
    size_t a = lc_view_to_text(doc, doc->source_start + 1, false);
    size_t b = lc_view_to_text(doc, doc->source_end - 1, true);
    doc->source = lc_strndup(doc->text + a, b > a ? b - a : 0);
    if (!doc->source) st = LC_ENOMEM;
  }
  if (st == LC_OK && lex) st = lc_analyse(doc);
  if (st == LC_ENOMEM) { lc_doc_free(doc); return LC_ENOMEM; }
  doc->status = st;
  *out = doc;
  return st;
}

lc_status lc_doc_parse(const char *name, const char *bytes, size_t len,
                       const lc_options *opt, const lc_lexicon *lex, lc_doc **out) {
  return S_parse(name, NULL, bytes, len, opt, lex, out);
}

lc_status lc_doc_parse_owned(const char *name, char *bytes, size_t len,
                             const lc_options *opt, const lc_lexicon *lex, lc_doc **out) {
  return S_parse(name, bytes, bytes, len, opt, lex, out);
}

size_t lc_doc_diag_count(const lc_doc *doc) { return doc->diags.len; }
const lc_diag *lc_doc_diag(const lc_doc *doc, size_t i) {
  return i < doc->diags.len ? &LC_AT(doc->diags, lc_diag_item, i).d : NULL;
}
lc_status lc_doc_status(const lc_doc *doc) { return doc->status; }

size_t lc_doc_speaker_count(const lc_doc *doc) {
  size_t n = 0;
  for (size_t i = 0; i < doc->speakers.len; i++)
    n += !LC_AT(doc->speakers, lc_speaker, i).narrator;
  return n;
}
size_t lc_doc_turn_count(const lc_doc *doc) { return doc->turns.len; }
