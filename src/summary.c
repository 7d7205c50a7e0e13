/*
 * summary.c: per speaker, a few sentences that state their positions, topic
 * by topic, best evidence first, without near-duplicates (character bigram
 * overlap).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

#define MAX_SUMMARY 5

/* Share of s's character bigrams also in t (0..1). */
static double S_overlap(const char *v, const lc_sentence *a, const lc_sentence *b) {
  size_t total = 0, shared = 0;
  for (size_t i = a->start; i < a->end;) {
    size_t l1 = lc_u8len((unsigned char)v[i]);
    if (i + l1 >= a->end) break;
    size_t l2 = lc_u8len((unsigned char)v[i + l1]);
    total++;
    for (size_t j = b->start; j + l1 + l2 <= b->end;) {
      if (memcmp(v + i, v + j, l1 + l2) == 0) { shared++; break; }
      j += lc_u8len((unsigned char)v[j]);
    }
    i += l1;
  }
  return total ? (double)shared / (double)total : 0;
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
    for (size_t i = 0; i < picks.len && s->sentences.len < MAX_SUMMARY; i++) {
      int si = LC_AT(picks, pick, i).sentence;
      const lc_sentence *a = &LC_AT(an->sentences, lc_sentence, si);
      bool dup = false;
      for (size_t j = 0; j < s->sentences.len && !dup; j++) {
        const lc_sentence *b = &LC_AT(an->sentences, lc_sentence, LC_AT(s->sentences, int, j));
        dup = LC_AT(s->sentences, int, j) == si || S_overlap(doc->view, a, b) > 0.6;
      }
      if (dup) continue;
      int *slot = lc_vec_push(&s->sentences);
      if (!slot) { lc_vec_free(&picks); return false; }
      *slot = si;
    }
    lc_vec_free(&picks);
  }
  return true;
}
