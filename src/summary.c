/*
 * summary.c: per speaker, a few sentences that state their positions, topic
 * by topic, best evidence first, without near-duplicates (more than 60% of
 * the character bigrams shared).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

#define MAX_SUMMARY 5

/* A character bigram's bytes (at most eight), as one number: valid UTF-8
 * holds no NUL, so the padding cannot make two bigrams equal. */
static uint64_t S_pack(const char *p, size_t n) {
  uint64_t k = 0;
  memcpy(&k, p, n);
  return k;
}

static int S_cmp_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return (x > y) - (x < y);
}

/* The sorted character bigrams of sentence b, in a new array (*n of
 * them); NULL when out of memory. */
static uint64_t *S_bigrams(const char *v, const lc_sentence *b, size_t *n) {
  uint64_t *keys = malloc((b->end - b->start + 1) * sizeof *keys);
  if (!keys) return NULL;
  size_t nk = 0;
  for (size_t j = b->start; j < b->end;) {
    size_t l1 = lc_u8len((unsigned char)v[j]);
    if (j + l1 >= b->end) break;
    size_t l2 = lc_u8len((unsigned char)v[j + l1]);
    if (j + l1 + l2 > b->end) break;
    keys[nk++] = S_pack(v + j, l1 + l2);
    j += l1;
  }
  qsort(keys, nk, sizeof *keys, S_cmp_u64);
  *n = nk;
  return keys;
}

/* Are more than 60% of a's character bigrams among keys?  Stops as soon
 * as the answer is known. */
static bool S_near_dup(const char *v, const lc_sentence *a, const uint64_t *keys, size_t nk) {
  size_t chars = lc_u8_count(v + a->start, a->end - a->start);
  if (chars < 2 || !nk) return false;
  size_t total = chars - 1, shared = 0, seen = 0;
  for (size_t i = a->start; i < a->end;) {
    size_t l1 = lc_u8len((unsigned char)v[i]);
    if (i + l1 >= a->end) break;
    size_t l2 = lc_u8len((unsigned char)v[i + l1]);
    uint64_t k = S_pack(v + i, l1 + l2);
    if (bsearch(&k, keys, nk, sizeof *keys, S_cmp_u64)) shared++;
    seen++;
    if (5 * shared > 3 * total) return true;                 /* shared / total > 0.6 */
    if (5 * (shared + total - seen) <= 3 * total) return false; /* out of reach */
    i += l1;
  }
  return 5 * shared > 3 * total;
}

typedef struct pick { int sentence; float score; } pick;

static int S_cmp(const void *a, const void *b) {
  const pick *x = a, *y = b;
  if (fabsf(x->score) != fabsf(y->score)) return fabsf(x->score) > fabsf(y->score) ? -1 : 1;
  return (x->sentence > y->sentence) - (x->sentence < y->sentence);
}

/* Positions come grouped by speaker (analysis.c sorts them so): one pass. */
bool lc_summarise(lc_analysis *an, const lc_doc *doc) {
  size_t np = an->positions.len;
  for (size_t g = 0; g < np;) {
    int sp = LC_AT(an->positions, lc_position, g).speaker;
    size_t h = g;
    while (h < np && LC_AT(an->positions, lc_position, h).speaker == sp) h++;
    lc_vec picks = LC_VEC(pick);
    for (size_t i = g; i < h; i++) {
      const lc_position *p = &LC_AT(an->positions, lc_position, i);
      if (p->reported || !p->evidence.len || p->stance == LC_STANCE_NEUTRAL) continue;
      const lc_evidence *e = p->evidence.items; /* best first */
      pick *k = lc_vec_push(&picks);
      if (!k) { lc_vec_free(&picks); return false; }
      k->sentence = e->sentence;
      k->score = p->score;
    }
    g = h;
    if (!picks.len) { lc_vec_free(&picks); continue; }
    qsort(picks.items, picks.len, sizeof(pick), S_cmp);
    lc_summary *s = lc_vec_push(&an->summaries);
    if (!s) { lc_vec_free(&picks); return false; }
    s->speaker = sp;
    s->sentences.size = sizeof(int);
    uint64_t *keys[MAX_SUMMARY]; /* the bigrams of each sentence taken */
    size_t nkeys[MAX_SUMMARY];
    bool oom = false;
    for (size_t i = 0; i < picks.len && s->sentences.len < MAX_SUMMARY && !oom; i++) {
      int si = LC_AT(picks, pick, i).sentence;
      const lc_sentence *a = &LC_AT(an->sentences, lc_sentence, si);
      bool dup = false;
      for (size_t j = 0; j < s->sentences.len && !dup; j++)
        dup = LC_AT(s->sentences, int, j) == si || S_near_dup(doc->view, a, keys[j], nkeys[j]);
      if (dup) continue;
      size_t k = s->sentences.len;
      int *slot = lc_vec_push(&s->sentences);
      keys[k] = slot ? S_bigrams(doc->view, a, &nkeys[k]) : NULL;
      if (!keys[k]) { if (slot) s->sentences.len--; oom = true; break; }
      *slot = si;
    }
    for (size_t j = 0; j < s->sentences.len; j++) free(keys[j]);
    if (oom) { lc_vec_free(&picks); return false; }
    lc_vec_free(&picks);
  }
  return true;
}
