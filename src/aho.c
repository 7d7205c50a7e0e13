/*
 * aho.c: one Aho-Corasick automaton for every lexicon term, built once,
 * read-only afterwards and shared by threads.
 *
 * The automaton is a dense DFA over byte classes (bytes that occur in no
 * term share class 0), so the scan is one table load per input byte.
 */
#include <stdlib.h>
#include <string.h>
#include "lexicon.h"

lc_status lc_ac_build(lc_ac *ac, const lc_vec *terms) {
  memset(ac, 0, sizeof *ac);
  const lc_term *t = terms->items;
  /* byte classes */
  bool used[256] = {false};
  size_t total = 1;
  for (size_t i = 0; i < terms->len; i++) {
    for (size_t k = 0; k < t[i].len; k++) used[(unsigned char)t[i].text[k]] = true;
    total += t[i].len;
  }
  uint32_t nc = 1;
  for (int b = 0; b < 256; b++) ac->cls[b] = used[b] ? (uint8_t)nc++ : 0;
  if (nc > 256) return LC_EUSAGE; /* cannot happen: at most 256 bytes */
  ac->nclass = nc;
  /* trie with at most `total` states, dense goto while building */
  uint32_t *go = calloc(total * nc, sizeof *go); /* 0 = none (root never a child) */
  int32_t *term_of = malloc(total * sizeof *term_of);
  uint16_t *depth = calloc(total, sizeof *depth);
  if (!go || !term_of || !depth) goto oom;
  for (size_t i = 0; i < total; i++) term_of[i] = -1;
  uint32_t ns = 1;
  for (size_t i = 0; i < terms->len; i++) {
    uint32_t s = 0;
    for (size_t k = 0; k < t[i].len; k++) {
      uint32_t c = ac->cls[(unsigned char)t[i].text[k]];
      if (!go[s * nc + c]) {
        go[s * nc + c] = ns;
        depth[ns] = (uint16_t)(k + 1 > 65535 ? 65535 : k + 1);
        ns++;
      }
      s = go[s * nc + c];
    }
    if (t[i].len) term_of[s] = (int32_t)i;
  }
  ac->nstate = ns;
  /* BFS: failure links, then complete the DFA in place */
  uint32_t *fail = calloc(ns, sizeof *fail);
  uint32_t *queue = malloc(ns * sizeof *queue);
  int32_t *out = malloc(ns * sizeof *out);
  int32_t *out_next = malloc(ns * sizeof *out_next);
  if (!fail || !queue || !out || !out_next) {
    free(fail); free(queue); free(out); free(out_next);
    goto oom;
  }
  size_t qh = 0, qt = 0;
  for (uint32_t c = 0; c < nc; c++) {
    uint32_t ch = go[c];
    if (ch) { fail[ch] = 0; queue[qt++] = ch; }
  }
  out[0] = -1;
  out_next[0] = -1;
  while (qh < qt) {
    uint32_t s = queue[qh++];
    /* output: own term, else inherit the nearest suffix with one */
    uint32_t f = fail[s];
    out[s] = term_of[s];
    out_next[s] = (f != 0 && out[f] >= 0) ? (int32_t)f : (f != 0 ? out_next[f] : -1);
    for (uint32_t c = 0; c < nc; c++) {
      uint32_t ch = go[s * nc + c];
      if (ch) {
        fail[ch] = go[f * nc + c];
        if (fail[ch] == ch) fail[ch] = 0;
        queue[qt++] = ch;
      } else {
        go[s * nc + c] = go[f * nc + c];
      }
    }
  }
  free(fail);
  free(queue);
  ac->delta = realloc(go, (size_t)ns * nc * sizeof *go);
  if (!ac->delta) ac->delta = go;
  ac->out = out;
  ac->out_next = out_next;
  ac->term_of = term_of;
  ac->depth = depth;
  return LC_OK;
oom:
  free(go);
  free(term_of);
  free(depth);
  return LC_ENOMEM;
}

void lc_ac_free(lc_ac *ac) {
  free(ac->delta);
  free(ac->out);
  free(ac->out_next);
  free(ac->term_of);
  free(ac->depth);
  memset(ac, 0, sizeof *ac);
}

static inline bool S_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

bool lc_ac_scan(const lc_lexicon *lex, const char *s, size_t n, size_t base,
                lc_vec *outv) {
  const lc_ac *ac = &lex->ac;
  if (!ac->delta) return true;
  const uint32_t *delta = ac->delta;
  const uint8_t *cls = ac->cls;
  const uint32_t nc = ac->nclass;
  const int32_t *out = ac->out;
  const lc_term *terms = lex->terms.items;
  uint32_t st = 0;
  for (size_t i = 0; i < n; i++) {
    st = delta[st * nc + cls[(unsigned char)s[i]]];
    if (__builtin_expect(out[st] < 0 && ac->out_next[st] < 0, 1)) continue;
    int32_t q = out[st] >= 0 ? (int32_t)st : ac->out_next[st];
    while (q >= 0) {
      int32_t tid = out[q];
      const lc_term *t = &terms[tid];
      size_t end = i + 1, start = end - t->len;
      bool ok = true;
      if (t->latin) {
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
        m->term = tid;
      }
      q = ac->out_next[q];
    }
  }
  return true;
}
