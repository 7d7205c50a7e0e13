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

/* The character bigrams of a sentence as a set: open addressing over
 * their packed bytes (0 marks an empty slot; no bigram packs to 0). */
typedef struct bigrams {
  uint64_t *slot;
  size_t mask;
} bigrams;

static inline size_t S_hash(uint64_t k, size_t mask) {
  return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

static bool S_bigrams(const char *v, const lc_sentence *b, bigrams *set) {
  size_t cap = 16, chars = lc_u8_count(v + b->start, b->end - b->start);
  while (cap < 2 * chars) cap *= 2;
  set->slot = calloc(cap, sizeof *set->slot);
  if (!set->slot) return false;
  set->mask = cap - 1;
  for (size_t j = b->start; j < b->end;) {
    size_t l1 = lc_u8len((unsigned char)v[j]);
    if (j + l1 >= b->end) break;
    size_t l2 = lc_u8len((unsigned char)v[j + l1]);
    if (j + l1 + l2 > b->end) break;
    uint64_t k = S_pack(v + j, l1 + l2);
    size_t h = S_hash(k, set->mask);
    while (set->slot[h] && set->slot[h] != k) h = (h + 1) & set->mask;
    set->slot[h] = k;
    j += l1;
  }
  return true;
}

static bool S_has(const bigrams *set, uint64_t k) {
  for (size_t h = S_hash(k, set->mask); set->slot[h]; h = (h + 1) & set->mask)
    if (set->slot[h] == k) return true;
  return false;
}

/* Are more than 60% of a's character bigrams in set?  Stops as soon as
 * the answer is known. */
static bool S_near_dup(const char *v, const lc_sentence *a, const bigrams *set) {
  size_t chars = lc_u8_count(v + a->start, a->end - a->start);
  if (chars < 2) return false;
  size_t total = chars - 1, shared = 0, seen = 0;
  for (size_t i = a->start; i < a->end;) {
    size_t l1 = lc_u8len((unsigned char)v[i]);
    if (i + l1 >= a->end) break;
    size_t l2 = lc_u8len((unsigned char)v[i + l1]);
    if (S_has(set, S_pack(v + i, l1 + l2))) shared++;
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
    bigrams keys[MAX_SUMMARY]; /* the bigrams of each sentence taken */
    bool oom = false;
    for (size_t i = 0; i < picks.len && s->sentences.len < MAX_SUMMARY && !oom; i++) {
      int si = LC_AT(picks, pick, i).sentence;
      const lc_sentence *a = &LC_AT(an->sentences, lc_sentence, si);
      bool dup = false;
      for (size_t j = 0; j < s->sentences.len && !dup; j++)
        dup = LC_AT(s->sentences, int, j) == si || S_near_dup(doc->view, a, &keys[j]);
      if (dup) continue;
      size_t k = s->sentences.len;
      int *slot = lc_vec_push(&s->sentences);
      if (!slot || !S_bigrams(doc->view, a, &keys[k])) {
        if (slot) s->sentences.len--;
        oom = true;
        break;
      }
      *slot = si;
    }
    for (size_t j = 0; j < s->sentences.len; j++) free(keys[j].slot);
    if (oom) { lc_vec_free(&picks); return false; }
    lc_vec_free(&picks);
  }
  return true;
}
