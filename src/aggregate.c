/*
 * aggregate.c: the archive view.  Each document contributes its speakers'
 * own positions (made on a worker thread); the driver adds them in input
 * order, so the matrix is the same whatever -j is.  A speaker is the same
 * person across documents when the alias lexicon says so, or when the
 * normalised names are equal; a bare role label (答, 主持人, 記者, 部長)
 * names nobody across documents, so its rows stay with their document
 * ("答 (a.txt)").  Speakers and cells are found by hashing: an archive of
 * tens of thousands of documents has as many speakers.  "Latest" is by the document's date (front
 * matter, else a date in the title, else in the file name), ties going to
 * the later input.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include "aggregate.h"
#include "render.h"

typedef struct agg_row {
  char *key, *name, *topic;
  int stance;
  float score;
} agg_row;

struct lc_agg_doc {
  char *file, *date;
  lc_vec rows; /* of agg_row */
};

typedef struct cell {
  size_t speaker, topic; /* indexes into names / topics */
  size_t docs, count[4];
  char *latest_date, *latest_file;
  int latest_stance;
  size_t latest_seq;
} cell;

struct lc_agg {
  const lc_lexicon *lex;
  size_t ndocs;
  lc_vec keys, names, topics; /* of char* */
  lc_vec cells;               /* of cell */
  /* open addressing, index + 1 (0 empty): keys by string, cells by
   * (speaker, topic); the cell table is rebuilt after a render sorts */
  uint32_t *khash, *chash;
  size_t kcap, ccap;
  bool csorted;
};

static uint64_t S_hash_str(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
  return h;
}

static uint64_t S_hash_cell(size_t sp, size_t tp) {
  return ((uint64_t)sp * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)tp * 0xC2B2AE3D27D4EB4Full);
}

/* Grow table *t (of *cap slots) to hold n + 1 entries at most half full,
 * re-inserting entries 0..n-1 hashed by hash(a, i). */
static bool S_rehash(uint32_t **t, size_t *cap, size_t n, uint64_t (*hash)(const lc_agg *, size_t),
                     const lc_agg *a) {
  if (*t && (n + 1) * 2 <= *cap) return true;
  size_t nc = *cap ? *cap : 64;
  while ((n + 1) * 2 > nc) nc *= 2;
  uint32_t *x = calloc(nc, sizeof *x);
  if (!x) return false;
  for (size_t i = 0; i < n; i++) {
    size_t k = hash(a, i) & (nc - 1);
    while (x[k]) k = (k + 1) & (nc - 1);
    x[k] = (uint32_t)i + 1;
  }
  free(*t);
  *t = x;
  *cap = nc;
  return true;
}

static uint64_t S_key_hash(const lc_agg *a, size_t i) { return S_hash_str(LC_AT(a->keys, char *, i)); }
static uint64_t S_cell_hash(const lc_agg *a, size_t i) {
  const cell *c = &LC_AT(a->cells, cell, i);
  return S_hash_cell(c->speaker, c->topic);
}

/* A date as YYYY-MM-DD from text such as 2025-05-20, 2025/5/20,
 * 2025年5月20日 or 20250520; "" when none. */
static void S_date(const char *s, char out[11]) {
  out[0] = 0;
  if (!s) return;
  for (const char *p = s; *p; p++) {
    if (!(p[0] >= '1' && p[0] <= '2')) continue;
    int y = 0, m = 0, d = 0, n = 0;
    const char *q = p;
    while (n < 4 && *q >= '0' && *q <= '9') y = y * 10 + (*q++ - '0'), n++;
    if (n != 4 || y < 1900 || y > 2199) continue;
    if (*q >= '0' && *q <= '9') { /* 20250520 */
      int k = 0;
      while (k < 4 && q[k] >= '0' && q[k] <= '9') k++;
      if (k == 4 && !(q[4] >= '0' && q[4] <= '9')) {
        m = (q[0] - '0') * 10 + (q[1] - '0');
        d = (q[2] - '0') * 10 + (q[3] - '0');
      } else continue;
    } else {
      if (*q == '-' || *q == '/' || *q == '.') q++;
      else if (strncmp(q, "年", 3) == 0) q += 3;
      else continue;
      while (*q >= '0' && *q <= '9' && m < 100) m = m * 10 + (*q++ - '0');
      if (*q == '-' || *q == '/' || *q == '.') q++;
      else if (strncmp(q, "月", 3) == 0) q += 3;
      else { d = 1; }
      if (!d) while (*q >= '0' && *q <= '9' && d < 100) d = d * 10 + (*q++ - '0');
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return;
  }
}

/* A speaker filter (a name or any alias) as a speaker index, -1 for none,
 * -2 when it matches nobody: the same resolution as the output's. */
static int S_find_speaker(const lc_doc *doc, const char *name) {
  if (u8_check((const uint8_t *)name, strlen(name))) return -2;
  char *key = lc_normalize_str(name, strlen(name), NULL);
  if (!key) return -2;
  const char *k = key, *ck = NULL;
  if (doc->lex && lc_lexicon_alias(doc->lex, key, strlen(key), NULL, &ck)) k = ck;
  int found = -2;
  for (size_t i = 0; i < doc->speakers.len && found < 0; i++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
    if (strcmp(sp->key, k) == 0 || strcmp(sp->key, key) == 0) found = (int)i;
    for (size_t j = 0; j < sp->labels.len && found < 0; j++)
      if (strcmp(LC_AT(sp->labels, char *, j), name) == 0) found = (int)i;
  }
  free(key);
  return found;
}

void lc_agg_filter(lc_render *r, const lc_doc *doc, const lc_render_options *opt) {
  memset(r, 0, sizeof *r);
  r->doc = doc;
  r->opt = opt;
  r->speaker = r->topic = -1;
  if (opt->speaker && *opt->speaker) r->speaker = S_find_speaker(doc, opt->speaker);
  if (opt->topic && *opt->topic) {
    int t = doc->lex ? lc_lexicon_topic_find(doc->lex, opt->topic) : -1;
    r->topic = t >= 0 ? t : -2;
  }
}

/* a b c d, malloc'd */
static char *S_join(const char *a, const char *b, const char *c, const char *d) {
  size_t n = strlen(a) + strlen(b) + strlen(c) + strlen(d) + 1;
  char *p = malloc(n);
  if (p) snprintf(p, n, "%s%s%s%s", a, b, c, d);
  return p;
}

lc_agg_doc *lc_agg_doc_new(const lc_doc *doc, const lc_render_options *opt) {
  lc_agg_doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->rows.size = sizeof(agg_row);
  char date[11];
  S_date(doc->date, date);
  if (!date[0]) S_date(doc->title, date);
  if (!date[0]) S_date(doc->name, date);
  d->file = strdup(doc->name);
  d->date = strdup(date);
  if (!d->file || !d->date) { lc_agg_doc_free(d); return NULL; }
  const lc_analysis *an = doc->an;
  lc_render f; /* --speaker, --topic and --role, as in the output */
  lc_agg_filter(&f, doc, opt);
  for (size_t i = 0; an && i < an->positions.len; i++) {
    const lc_position *p = &LC_AT(an->positions, lc_position, i);
    if (p->reported || !lc_keep_speaker(&f, p->speaker) || !lc_keep_topic(&f, p->topic)) continue;
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, p->speaker);
    agg_row *row = lc_vec_push(&d->rows);
    if (!row) { lc_agg_doc_free(d); return NULL; }
    const char *nm = sp->canon ? sp->canon : sp->name;
    if (!sp->canon && lc_label_is_role(sp->key, strlen(sp->key))) { /* this document's only */
      row->key = S_join(sp->key, "\x1F", doc->name, "");
      row->name = S_join(nm, " (", doc->name, ")");
    } else {
      row->key = strdup(sp->key);
      row->name = strdup(nm);
    }
    row->topic = strdup(lc_topic_id(doc, p->topic));
    row->stance = p->stance;
    row->score = p->score;
    if (!row->key || !row->name || !row->topic) { lc_agg_doc_free(d); return NULL; }
  }
  return d;
}

void lc_agg_doc_free(lc_agg_doc *d) {
  if (!d) return;
  for (size_t i = 0; i < d->rows.len; i++) {
    agg_row *r = &LC_AT(d->rows, agg_row, i);
    free(r->key);
    free(r->name);
    free(r->topic);
  }
  lc_vec_free(&d->rows);
  free(d->file);
  free(d->date);
  free(d);
}

lc_agg *lc_agg_new(const lc_lexicon *lex) {
  lc_agg *a = calloc(1, sizeof *a);
  if (!a) return NULL;
  a->lex = lex;
  a->keys.size = a->names.size = a->topics.size = sizeof(char *);
  a->cells.size = sizeof(cell);
  return a;
}

static long S_find(const lc_vec *v, const char *s) {
  for (size_t i = 0; i < v->len; i++)
    if (strcmp(LC_AT(*v, char *, i), s) == 0) return (long)i;
  return -1;
}

static long S_intern(lc_vec *v, const char *s) {
  long i = S_find(v, s);
  if (i >= 0) return i;
  char **slot = lc_vec_push(v);
  if (!slot) return -1;
  *slot = strdup(s);
  if (!*slot) { v->len--; return -1; }
  return (long)v->len - 1;
}

bool lc_agg_add(lc_agg *a, const lc_agg_doc *d) {
  a->ndocs++;
  for (size_t i = 0; i < d->rows.len; i++) {
    const agg_row *r = &LC_AT(d->rows, agg_row, i);
    if (!S_rehash(&a->khash, &a->kcap, a->keys.len, S_key_hash, a)) return false;
    size_t ks = S_hash_str(r->key) & (a->kcap - 1);
    while (a->khash[ks] && strcmp(LC_AT(a->keys, char *, a->khash[ks] - 1), r->key) != 0)
      ks = (ks + 1) & (a->kcap - 1);
    long s = (long)a->khash[ks] - 1;
    if (s < 0) { /* a new person: keys and names stay parallel */
      if (a->keys.len >= UINT32_MAX - 1) return false;
      char **k = lc_vec_push(&a->keys);
      if (!k || !(*k = strdup(r->key))) { if (k) a->keys.len--; return false; }
      char **nm = lc_vec_push(&a->names);
      if (!nm || !(*nm = strdup(r->name))) { if (nm) a->names.len--; free(*k); a->keys.len--; return false; }
      s = (long)a->keys.len - 1;
      a->khash[ks] = (uint32_t)s + 1;
    }
    long t = S_intern(&a->topics, r->topic);
    if (t < 0) return false;
    if (a->csorted) { /* a render sorted the cells: their table is rebuilt */
      free(a->chash);
      a->chash = NULL;
      a->ccap = 0;
      a->csorted = false;
    }
    if (!S_rehash(&a->chash, &a->ccap, a->cells.len, S_cell_hash, a)) return false;
    size_t cslot = S_hash_cell((size_t)s, (size_t)t) & (a->ccap - 1);
    cell *c = NULL;
    for (; a->chash[cslot]; cslot = (cslot + 1) & (a->ccap - 1)) {
      cell *x = &LC_AT(a->cells, cell, a->chash[cslot] - 1);
      if (x->speaker == (size_t)s && x->topic == (size_t)t) { c = x; break; }
    }
    if (!c) {
      if (a->cells.len >= UINT32_MAX - 1) return false;
      c = lc_vec_push(&a->cells);
      if (!c) return false;
      memset(c, 0, sizeof *c);
      c->speaker = (size_t)s;
      c->topic = (size_t)t;
      c->latest_stance = -1;
      a->chash[cslot] = (uint32_t)a->cells.len;
    }
    c->docs++;
    if (r->stance >= 0 && r->stance < 4) c->count[r->stance]++;
    /* later date wins; equal or missing dates: the later input */
    if (c->latest_stance < 0 || !c->latest_date || strcmp(d->date, c->latest_date) >= 0) {
      char *nd = strdup(d->date), *nf = strdup(d->file);
      if (!nd || !nf) { free(nd); free(nf); return false; }
      free(c->latest_date);
      free(c->latest_file);
      c->latest_date = nd;
      c->latest_file = nf;
      c->latest_stance = r->stance;
      c->latest_seq = a->ndocs;
    }
  }
  return true;
}

static void S_pad(lc_buf *b, size_t w, size_t want) {
  for (; w < want; w++) lc_buf_putc(b, ' ');
}

/* s for a terminal: control characters (C0, DEL, C1) never pass through */
static void S_term_text(lc_buf *b, const char *s) {
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p < 0x20 || *p == 0x7F || (p[0] == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0)) {
      lc_buf_puts(b, "\xEF\xBF\xBD");
      if (p[0] == 0xC2) p++;
    } else {
      lc_buf_putc(b, (char)*p);
    }
  }
}

static int S_cmp_cell(const void *x, const void *y) {
  const cell *a = x, *b = y;
  if (a->speaker != b->speaker) return a->speaker < b->speaker ? -1 : 1;
  return (a->topic > b->topic) - (a->topic < b->topic);
}

void lc_agg_render(const lc_agg *ca, lc_format fmt, lc_buf *b) {
  lc_agg *a = (lc_agg *)ca;
  if (a->cells.len > 1) qsort(a->cells.items, a->cells.len, sizeof(cell), S_cmp_cell);
  a->csorted = true;
  const cell *cs = a->cells.items;
  size_t n = a->cells.len;
  static const char *const CNT[] = {"neutral", "support", "oppose", "mixed"};
  switch (fmt) {
  case LC_FORMAT_TSV:
    lc_buf_puts(b, "speaker\ttopic\tdocuments\tsupport\toppose\tmixed\tneutral\tlatest_stance\tlatest_date\tlatest_file\n");
    for (size_t i = 0; i < n; i++) {
      const char *nm = LC_AT(a->names, char *, cs[i].speaker);
      const char *tp = LC_AT(a->topics, char *, cs[i].topic);
      lc_tsv_field(b, nm, strlen(nm));
      lc_buf_putc(b, '\t');
      lc_tsv_field(b, tp, strlen(tp));
      lc_buf_printf(b, "\t%zu\t%zu\t%zu\t%zu\t%zu\t%s\t%s\t", cs[i].docs, cs[i].count[1],
                    cs[i].count[2], cs[i].count[3], cs[i].count[0],
                    lc_stance_name(cs[i].latest_stance), cs[i].latest_date);
      lc_tsv_field(b, cs[i].latest_file, strlen(cs[i].latest_file));
      lc_buf_putc(b, '\n');
    }
    return;
  case LC_FORMAT_TEXT: { /* for a terminal: columns aligned by display width */
    size_t w0 = lc_u8_width("speaker", 7), w1 = 5;
    for (size_t i = 0; i < n; i++) {
      const char *nm = LC_AT(a->names, char *, cs[i].speaker);
      const char *tp = LC_AT(a->topics, char *, cs[i].topic);
      size_t x = lc_u8_width(nm, strlen(nm)), y = strlen(tp);
      if (x > w0) w0 = x;
      if (y > w1) w1 = y;
    }
    lc_buf_printf(b, "Positions across %zu document%s\n\n", a->ndocs, a->ndocs == 1 ? "" : "s");
    lc_buf_puts(b, "speaker");
    S_pad(b, 7, w0 + 2);
    lc_buf_puts(b, "topic");
    S_pad(b, 5, w1 + 2);
    lc_buf_puts(b, "documents support oppose mixed neutral  latest\n");
    for (size_t i = 0; i < n; i++) {
      const char *nm = LC_AT(a->names, char *, cs[i].speaker);
      const char *tp = LC_AT(a->topics, char *, cs[i].topic);
      size_t before = b->len;
      S_term_text(b, nm);
      S_pad(b, lc_u8_width(b->ptr ? b->ptr + before : "", b->len - before), w0 + 2);
      lc_buf_puts(b, tp);
      S_pad(b, strlen(tp), w1 + 2);
      lc_buf_printf(b, "%9zu %7zu %6zu %5zu %7zu  %s%s%s\n", cs[i].docs, cs[i].count[1],
                    cs[i].count[2], cs[i].count[3], cs[i].count[0],
                    lc_stance_name(cs[i].latest_stance), cs[i].latest_date[0] ? " " : "",
                    cs[i].latest_date);
    }
    return;
  }
  case LC_FORMAT_MD:
    lc_buf_printf(b, "# Positions across %zu documents\n\n", a->ndocs);
    lc_buf_puts(b, "| Speaker | Topic | Documents | Support | Oppose | Mixed | Neutral | Latest |\n"
                   "|---|---|---|---|---|---|---|---|\n");
    for (size_t i = 0; i < n; i++) {
      const char *nm = LC_AT(a->names, char *, cs[i].speaker);
      const char *tp = LC_AT(a->topics, char *, cs[i].topic);
      lc_buf_puts(b, "| ");
      lc_md_text(b, nm, strlen(nm));
      lc_buf_puts(b, " | ");
      lc_md_text(b, tp, strlen(tp));
      lc_buf_printf(b, " | %zu | %zu | %zu | %zu | %zu | %s %s |\n", cs[i].docs, cs[i].count[1],
                    cs[i].count[2], cs[i].count[3], cs[i].count[0],
                    lc_stance_name(cs[i].latest_stance), cs[i].latest_date);
    }
    return;
  case LC_FORMAT_HTML: {
    size_t nr = a->keys.len, nc = a->topics.len;
    int *cells = malloc((nr * nc + 1) * sizeof *cells);
    char **notes = calloc(nr * nc + 1, sizeof *notes);
    if (!cells || !notes) { free(cells); free(notes); b->oom = true; return; }
    for (size_t i = 0; i < nr * nc; i++) cells[i] = -1;
    for (size_t i = 0; i < n; i++) {
      size_t k = cs[i].speaker * nc + cs[i].topic;
      cells[k] = cs[i].latest_stance;
      char note[160];
      snprintf(note, sizeof note, "%zu docs: +%zu −%zu ±%zu%s%s", cs[i].docs, cs[i].count[1],
               cs[i].count[2], cs[i].count[3], cs[i].latest_date[0] ? " · " : "",
               cs[i].latest_date);
      notes[k] = strdup(note);
    }
    lc_html_begin(b, "lichang: positions across documents");
    lc_buf_printf(b, "<h1>Positions across %zu documents</h1>\n", a->ndocs);
    lc_buf_puts(b, "<p>Each cell: the latest stance (by date), and the counts of documents.</p>\n");
    lc_html_matrix(b, (const char *const *)a->names.items, nr,
                   (const char *const *)a->topics.items, nc, cells, (const char *const *)notes);
    lc_html_end(b);
    for (size_t i = 0; i < nr * nc; i++) free(notes[i]);
    free(notes);
    free(cells);
    return;
  }
  default: { /* json and jsonl */
    bool lines = fmt == LC_FORMAT_JSONL;
    if (!lines) lc_buf_printf(b, "{\"schema\":%d,\"aggregate\":true,\"documents\":%zu,\"matrix\":[", LICHANG_SCHEMA, a->ndocs);
    for (size_t i = 0; i < n; i++) {
      const char *nm = LC_AT(a->names, char *, cs[i].speaker);
      const char *tp = LC_AT(a->topics, char *, cs[i].topic);
      if (i && !lines) lc_buf_putc(b, ',');
      if (lines) lc_buf_printf(b, "{\"schema\":%d,\"aggregate\":true,\"speaker\":", LICHANG_SCHEMA);
      else lc_buf_puts(b, "{\"speaker\":");
      lc_json_cstr(b, nm);
      lc_buf_puts(b, ",\"topic\":");
      lc_json_cstr(b, tp);
      lc_buf_printf(b, ",\"documents\":%zu,\"counts\":{", cs[i].docs);
      for (int k = 0; k < 4; k++)
        lc_buf_printf(b, "%s\"%s\":%zu", k ? "," : "", CNT[k], cs[i].count[k]);
      lc_buf_printf(b, "},\"latest\":{\"stance\":\"%s\",\"date\":", lc_stance_name(cs[i].latest_stance));
      if (cs[i].latest_date[0]) lc_json_cstr(b, cs[i].latest_date); else lc_buf_puts(b, "null");
      lc_buf_puts(b, ",\"file\":");
      lc_json_cstr(b, cs[i].latest_file);
      lc_buf_puts(b, "}}");
      if (lines) lc_buf_putc(b, '\n');
    }
    if (!lines) lc_buf_puts(b, "]}\n");
  }
  }
}

void lc_agg_free(lc_agg *a) {
  if (!a) return;
  for (size_t i = 0; i < a->keys.len; i++) free(LC_AT(a->keys, char *, i));
  for (size_t i = 0; i < a->names.len; i++) free(LC_AT(a->names, char *, i));
  for (size_t i = 0; i < a->topics.len; i++) free(LC_AT(a->topics, char *, i));
  for (size_t i = 0; i < a->cells.len; i++) {
    free(LC_AT(a->cells, cell, i).latest_date);
    free(LC_AT(a->cells, cell, i).latest_file);
  }
  lc_vec_free(&a->keys);
  lc_vec_free(&a->names);
  lc_vec_free(&a->topics);
  lc_vec_free(&a->cells);
  free(a->khash);
  free(a->chash);
  free(a);
}
