/*
 * aho.c: one Aho-Corasick automaton for every lexicon term, built once,
 * read-only afterwards and shared by threads.
 *
 * The automaton is a dense DFA over byte classes (bytes that occur in no
 * term share class 0), so the scan is one table load per input byte.  States
 * are numbered breadth-first, so the shallow states the scan visits most
 * sit together at the start of the table; with fewer than 65,536 states the
 * table holds 16-bit entries, half the memory and cache.
 */
#define _DEFAULT_SOURCE /* madvise */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "lexicon.h"

/* The table is several megabytes that start-up touches once: on 2 MiB
 * pages (where the kernel offers them) that is a handful of page faults
 * instead of thousands. */
static void *S_table_alloc(size_t bytes) {
  const size_t huge = (size_t)2 << 20;
  void *p = NULL;
  if (bytes >= huge) {
    size_t len = (bytes + huge - 1) / huge * huge;
    if (posix_memalign(&p, huge, len) != 0) return NULL;
#ifdef MADV_HUGEPAGE
    madvise(p, len, MADV_HUGEPAGE); /* a hint: failure is harmless */
#endif
  } else {
    p = malloc(bytes ? bytes : 1);
  }
  return p;
}

/* A trie under construction: children as sibling lists. */
typedef struct trie {
  uint32_t *first, *next; /* first child, next sibling (0 = none) */
  uint8_t *cls;           /* class of the edge into this state */
  int32_t *term;          /* term ending here, or -1 */
  uint32_t n, cap;
} trie;

static bool S_trie_grow(trie *t) {
  uint32_t cap = t->cap ? t->cap * 2 : 1024;
  uint32_t *f = realloc(t->first, cap * sizeof *f);
  if (f) t->first = f;
  uint32_t *nx = realloc(t->next, cap * sizeof *nx);
  if (nx) t->next = nx;
  uint8_t *c = realloc(t->cls, cap * sizeof *c);
  if (c) t->cls = c;
  int32_t *tm = realloc(t->term, cap * sizeof *tm);
  if (tm) t->term = tm;
  if (!f || !nx || !c || !tm) return false;
  t->cap = cap;
  return true;
}

static uint32_t S_trie_child(trie *t, uint32_t s, uint8_t c, bool add, bool *oom) {
  for (uint32_t k = t->first[s]; k; k = t->next[k])
    if (t->cls[k] == c) return k;
  if (!add) return 0;
  if (t->n == t->cap && !S_trie_grow(t)) { *oom = true; return 0; }
  uint32_t k = t->n++;
  t->first[k] = 0;
  t->cls[k] = c;
  t->term[k] = -1;
  t->next[k] = t->first[s];
  t->first[s] = k;
  return k;
}

static void S_trie_free(trie *t) {
  free(t->first);
  free(t->next);
  free(t->cls);
  free(t->term);
}

lc_status lc_ac_build(lc_ac *ac, const lc_vec *terms) {
  memset(ac, 0, sizeof *ac);
  const lc_term *tm = terms->items;
  bool used[256] = {false};
  for (size_t i = 0; i < terms->len; i++)
    for (size_t k = 0; k < tm[i].len; k++) used[(unsigned char)tm[i].text[k]] = true;
  uint32_t nc = 1;
  for (int b = 0; b < 256; b++) ac->cls[b] = used[b] ? (uint8_t)nc++ : 0;
  ac->nclass = nc;

  trie t = {0};
  bool oom = !S_trie_grow(&t);
  if (!oom) { t.n = 1; t.first[0] = 0; t.next[0] = 0; t.cls[0] = 0; t.term[0] = -1; }
  for (size_t i = 0; i < terms->len && !oom; i++) {
    uint32_t s = 0;
    for (size_t k = 0; k < tm[i].len && !oom; k++)
      s = S_trie_child(&t, s, ac->cls[(unsigned char)tm[i].text[k]], true, &oom);
    if (!oom && tm[i].len) t.term[s] = (int32_t)i;
  }
  uint32_t ns = t.n;
  /* breadth-first order: order[i] is the trie state numbered i */
  uint32_t *order = oom ? NULL : malloc(ns * sizeof *order);
  uint32_t *num = oom ? NULL : malloc(ns * sizeof *num);
  uint32_t *fail = oom ? NULL : calloc(ns, sizeof *fail);
  int32_t *out = oom ? NULL : malloc(ns * sizeof *out);
  int32_t *out_next = oom ? NULL : malloc(ns * sizeof *out_next);
  uint8_t *emit = oom ? NULL : calloc(ns, 1);
  bool small = ns <= 65535;
  void *delta = oom ? NULL : S_table_alloc((size_t)ns * nc * (small ? sizeof(uint16_t) : sizeof(uint32_t)));
  if (delta) memset(delta, 0, nc * (small ? sizeof(uint16_t) : sizeof(uint32_t))); /* the root row */
  if (!order || !num || !fail || !out || !out_next || !emit || !delta) {
    free(order); free(num); free(fail); free(out); free(out_next); free(emit); free(delta);
    S_trie_free(&t);
    return LC_ENOMEM;
  }
  size_t qh = 0, qt = 0;
  order[qt++] = 0;
  num[0] = 0;
  while (qh < qt) {
    uint32_t s = order[qh++];
    for (uint32_t k = t.first[s]; k; k = t.next[k]) {
      num[k] = (uint32_t)qt;
      order[qt++] = k;
    }
  }
  /* fill rows in breadth-first order: a row starts as its failure state's
   * row, then takes its own edges */
  uint16_t *d16 = small ? delta : NULL;
  uint32_t *d32 = small ? NULL : delta;
#define ROW_GET(st, c) (small ? (uint32_t)d16[(size_t)(st) * nc + (c)] : d32[(size_t)(st) * nc + (c)])
#define ROW_SET(st, c, v)                                                     \
  do {                                                                        \
    if (small) d16[(size_t)(st) * nc + (c)] = (uint16_t)(v);                  \
    else d32[(size_t)(st) * nc + (c)] = (v);                                  \
  } while (0)
  size_t esz = small ? sizeof(uint16_t) : sizeof(uint32_t);
  for (uint32_t i = 0; i < ns; i++) {
    uint32_t s = order[i]; /* trie id; its number is i */
    uint32_t f = fail[i];  /* numbered */
    if (i) memcpy((char *)delta + (size_t)i * nc * esz, (char *)delta + (size_t)f * nc * esz, nc * esz);
    for (uint32_t k = t.first[s]; k; k = t.next[k]) {
      uint32_t c = t.cls[k], child = num[k];
      fail[child] = i ? ROW_GET(f, c) : 0;
      ROW_SET(i, c, child);
    }
    /* output: own term, else the nearest suffix state with one */
    out[i] = t.term[s];
    out_next[i] = (i && out[f] >= 0) ? (int32_t)f : (i ? out_next[f] : -1);
    emit[i] = out[i] >= 0 || out_next[i] >= 0;
  }
#undef ROW_GET
#undef ROW_SET
  free(order);
  free(num);
  free(fail);
  S_trie_free(&t);
  ac->nstate = ns;
  ac->small = small;
  ac->delta16 = d16;
  ac->delta = d32;
  ac->out = out;
  ac->out_next = out_next;
  ac->emit = emit;
  return LC_OK;
}

void lc_ac_free(lc_ac *ac) {
  free(ac->delta);
  free(ac->delta16);
  free(ac->out);
  free(ac->out_next);
  free(ac->emit);
  memset(ac, 0, sizeof *ac);
}

static inline bool S_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* Report the terms ending at s[i] (state st). */
static bool S_report(const lc_lexicon *lex, const char *s, size_t n, size_t i, uint32_t st,
                     size_t base, lc_vec *outv) {
  const lc_ac *ac = &lex->ac;
  const lc_term *terms = lex->terms.items;
  int32_t q = ac->out[st] >= 0 ? (int32_t)st : ac->out_next[st];
  while (q >= 0) {
    const lc_term *t = &terms[ac->out[q]];
    size_t end = i + 1, start = end - t->len;
    bool ok = true;
    if (t->latin) { /* Latin terms stand at word edges: "ai" is not in "said" */
      if (start > 0 && S_word((unsigned char)s[start - 1]) && S_word((unsigned char)t->text[0]))
        ok = false;
      if (end < n && S_word((unsigned char)s[end]) && S_word((unsigned char)t->text[t->len - 1]))
        ok = false;
    }
    if (ok) {
      lc_match *m = lc_vec_push(outv);
      if (!m) return false;
      m->start = base + start;
      m->end = base + end;
      m->term = ac->out[q];
    }
    q = ac->out_next[q];
  }
  return true;
}

bool lc_ac_scan(const lc_lexicon *lex, const char *s, size_t n, size_t base, lc_vec *outv) {
  const lc_ac *ac = &lex->ac;
  if (!ac->nstate) return true;
  const uint8_t *cls = ac->cls, *emit = ac->emit;
  const size_t nc = ac->nclass;
  const unsigned char *p = (const unsigned char *)s;
  uint32_t st = 0;
  if (ac->small) {
    const uint16_t *d = ac->delta16;
    for (size_t i = 0; i < n; i++) {
      st = d[st * nc + cls[p[i]]];
      if (__builtin_expect(emit[st], 0) && !S_report(lex, s, n, i, st, base, outv)) return false;
    }
  } else {
    const uint32_t *d = ac->delta;
    for (size_t i = 0; i < n; i++) {
      st = d[st * nc + cls[p[i]]];
      if (__builtin_expect(emit[st], 0) && !S_report(lex, s, n, i, st, base, outv)) return false;
    }
  }
  return true;
}
