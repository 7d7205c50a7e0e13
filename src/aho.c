/*
 * aho.c: one automaton for every lexicon term, built once, read-only
 * afterwards and shared by threads.
 *
 * The automaton is the trie of all terms (the goto function of an
 * Aho-Corasick automaton).  A dense Aho-Corasick DFA over these terms is
 * megabytes of table that a scan visits at random, one dependent load per
 * byte; instead the scan asks, at each byte, whether a term can start
 * there, and enters the trie only where one does.  Every term has a key:
 * its first min(len, 6) bytes (two CJK characters).  The first byte picks
 * the key lengths to try (a continuation byte, or a byte no term starts
 * with, costs one table load); a bitmap of hashed keys that fits the
 * first-level cache rejects nearly every other position; a hash table of
 * keys then gives the trie node the key leads to, so a term of up to six
 * bytes is found without a walk and a longer one walks on from there.
 * Positions are independent, so the processor overlaps them.
 *
 * Nodes are numbered breadth-first with each node's children consecutive
 * and sorted by byte; every node but the root has one incoming edge, so
 * the child reached by edge e is node e + 1 and edges need no targets.
 */
#include <stdlib.h>
#include <string.h>
#include "lexicon.h"

#define KEY_MAX 6         /* prefix bytes hashed */
#define KEY_BITS ((((uint64_t)1) << (8 * KEY_MAX)) - 1) /* the key's bytes */
#define BLOOM_BITS 17     /* 2^17 bits: 16 KiB */

static inline uint64_t S_mask(unsigned len) { return len >= 8 ? ~(uint64_t)0 : ((uint64_t)1 << (8 * len)) - 1; }

/* One multiplication hashes a key: its top bits pick the bitmap's bit,
 * its middle bits the key table's slot. */
static inline uint64_t S_product(uint64_t key) { return key * 0x9E3779B97F4A7C15ull; }
static inline uint32_t S_bloom_bit(uint64_t prod) { return (uint32_t)(prod >> (64 - BLOOM_BITS)); }
static inline uint32_t S_slot(uint64_t prod) { return (uint32_t)(prod >> 20); }

/* Little-endian value of up to 8 bytes at p (avail of them readable). */
static inline uint64_t S_load(const unsigned char *p, size_t avail) {
  uint64_t k = 0;
  if (avail >= 8) {
    memcpy(&k, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    k = __builtin_bswap64(k);
#endif
    return k;
  }
  for (size_t j = 0; j < avail; j++) k |= (uint64_t)p[j] << (8 * j);
  return k;
}

static inline bool S_word(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
}

/* A trie under construction: children as sibling lists. */
typedef struct trie {
  uint32_t *first, *next; /* first child, next sibling (0 = none) */
  uint8_t *byte;          /* byte of the edge into this state */
  int32_t *term;          /* term ending here, or -1 */
  uint32_t n, cap;
} trie;

static bool S_trie_grow(trie *t) {
  uint32_t cap = t->cap ? t->cap * 2 : 1024;
  uint32_t *f = realloc(t->first, cap * sizeof *f);
  if (f) t->first = f;
  uint32_t *nx = realloc(t->next, cap * sizeof *nx);
  if (nx) t->next = nx;
  uint8_t *c = realloc(t->byte, cap * sizeof *c);
  if (c) t->byte = c;
  int32_t *tm = realloc(t->term, cap * sizeof *tm);
  if (tm) t->term = tm;
  if (!f || !nx || !c || !tm) return false;
  t->cap = cap;
  return true;
}

static uint32_t S_trie_child(trie *t, uint32_t s, uint8_t c, bool *oom) {
  for (uint32_t k = t->first[s]; k; k = t->next[k])
    if (t->byte[k] == c) return k;
  if (t->n == t->cap && !S_trie_grow(t)) { *oom = true; return 0; }
  uint32_t k = t->n++;
  t->first[k] = 0;
  t->byte[k] = c;
  t->term[k] = -1;
  t->next[k] = t->first[s];
  t->first[s] = k;
  return k;
}

/* The child of node by byte c, or 0. */
static inline uint32_t S_child(const lc_ac *ac, uint32_t node, unsigned char c) {
  const lc_ac_node *nd = &ac->node[node];
  const uint8_t *eb = ac->ebyte + nd->first;
  uint32_t ne = nd->nedge, k;
  if (ne <= 8) {
    for (k = 0; k < ne && eb[k] != c; k++) {}
    if (k == ne) return 0;
  } else {
    uint32_t lo = 0, hi = ne;
    while (lo < hi) {
      uint32_t mid = (lo + hi) / 2;
      if (eb[mid] < c) lo = mid + 1; else hi = mid;
    }
    if (lo == ne || eb[lo] != c) return 0;
    k = lo;
  }
  return nd->first + k + 1;
}

static void S_trie_free(trie *t) {
  free(t->first);
  free(t->next);
  free(t->byte);
  free(t->term);
}

lc_status lc_ac_build(lc_ac *ac, const lc_vec *terms) {
  memset(ac, 0, sizeof *ac);
  const lc_term *tm = terms->items;
  trie t = {0};
  bool oom = !S_trie_grow(&t);
  if (!oom) { t.n = 1; t.first[0] = 0; t.next[0] = 0; t.byte[0] = 0; t.term[0] = -1; }
  ac->bloom = oom ? NULL : calloc(((size_t)1 << BLOOM_BITS) / 64, sizeof *ac->bloom);
  if (!ac->bloom) oom = true;
  size_t nkeys = 0;
  for (size_t i = 0; i < terms->len && !oom; i++) {
    const unsigned char *w = (const unsigned char *)tm[i].text;
    size_t len = tm[i].len;
    if (!len) continue;
    uint32_t s = 0;
    for (size_t k = 0; k < len && !oom; k++) s = S_trie_child(&t, s, w[k], &oom);
    if (oom) break;
    t.term[s] = (int32_t)i;
    unsigned L = len < KEY_MAX ? (unsigned)len : KEY_MAX;
    uint64_t prod = S_product(S_load(w, L) & S_mask(L));
    uint32_t h = S_bloom_bit(prod);
    ac->bloom[h >> 6] |= (uint64_t)1 << (h & 63);
    ac->lens[w[0]] |= (uint8_t)(1u << (L - 1));
    nkeys++;
  }
  uint32_t ns = t.n;
  size_t pcap = 16;
  while (pcap < 2 * nkeys) pcap *= 2;
  uint32_t *order = oom ? NULL : malloc(ns * sizeof *order);
  ac->node = oom ? NULL : malloc(ns * sizeof *ac->node);
  ac->ebyte = oom ? NULL : malloc(ns);
  ac->prefix = oom ? NULL : calloc(pcap, sizeof *ac->prefix);
  if (!order || !ac->node || !ac->ebyte || !ac->prefix) {
    free(order);
    S_trie_free(&t);
    lc_ac_free(ac);
    return LC_ENOMEM;
  }
  ac->pmask = (uint32_t)(pcap - 1);
  size_t npay = 0;
  for (size_t i = 0; i < terms->len; i++) npay += tm[i].pays.len;
  ac->pay = malloc((npay ? npay : 1) * sizeof *ac->pay);
  ac->pay_first = malloc((terms->len + 1) * sizeof *ac->pay_first);
  if (!ac->pay || !ac->pay_first) {
    free(order);
    S_trie_free(&t);
    lc_ac_free(ac);
    return LC_ENOMEM;
  }
  npay = 0;
  for (size_t i = 0; i < terms->len; i++) {
    ac->pay_first[i] = (uint32_t)npay;
    if (tm[i].pays.len) memcpy(ac->pay + npay, tm[i].pays.items, tm[i].pays.len * sizeof *ac->pay);
    npay += tm[i].pays.len;
  }
  ac->pay_first[terms->len] = (uint32_t)npay;
  /* breadth-first, children sorted by byte: order[i] is the trie state
   * numbered i, and the edge into node i is edge i - 1 */
  size_t qh = 0, qt = 1;
  order[0] = 0;
  while (qh < qt) {
    uint32_t num = (uint32_t)qh, s = order[qh++];
    ac->node[num].term = t.term[s];
    ac->node[num].edges = 0;
    if (t.term[s] >= 0 && tm[t.term[s]].latin) {
      const lc_term *w = &tm[t.term[s]];
      ac->node[num].edges = (uint8_t)(S_word((unsigned char)w->text[0]) |
                                      S_word((unsigned char)w->text[w->len - 1]) << 1);
    }
    ac->node[num].first = (uint32_t)qt - 1;
    size_t base = qt;
    for (uint32_t k = t.first[s]; k; k = t.next[k]) { /* insertion by byte */
      size_t j = qt++;
      while (j > base && t.byte[order[j - 1]] > t.byte[k]) { order[j] = order[j - 1]; j--; }
      order[j] = k;
    }
    ac->node[num].nedge = (uint16_t)(qt - base);
    for (size_t j = base; j < qt; j++) ac->ebyte[j - 1] = t.byte[order[j]];
  }
  free(order);
  S_trie_free(&t);
  ac->nnode = ns;
  /* the key table: each term's key and the node it leads to */
  for (size_t i = 0; i < terms->len; i++) {
    const unsigned char *w = (const unsigned char *)tm[i].text;
    size_t len = tm[i].len;
    if (!len) continue;
    unsigned L = len < KEY_MAX ? (unsigned)len : KEY_MAX;
    uint32_t node = 0;
    for (unsigned k = 0; k < L; k++) node = S_child(ac, node, w[k]);
    uint64_t key = S_load(w, L) & S_mask(L);
    uint32_t slot = S_slot(S_product(key)) & ac->pmask;
    while (ac->prefix[slot].key && (ac->prefix[slot].key & KEY_BITS) != key)
      slot = (slot + 1) & ac->pmask;
    const lc_ac_node *nd = &ac->node[node];
    ac->prefix[slot].key = key | (uint64_t)(nd->edges | (nd->nedge ? 4 : 0)) << 56;
    ac->prefix[slot].node = node;
    ac->prefix[slot].term = nd->term;
  }
  return LC_OK;
}

void lc_ac_free(lc_ac *ac) {
  free(ac->node);
  free(ac->ebyte);
  free(ac->bloom);
  free(ac->prefix);
  free(ac->pay);
  free(ac->pay_first);
  memset(ac, 0, sizeof *ac);
}

/* Record term ti found at s[i..j), unless it is a Latin term inside a word
 * ("ai" is not in "said"). */
static inline bool S_report(const unsigned char *s, size_t n, size_t i, size_t j, int32_t term,
                            unsigned edges, size_t base, lc_vec *outv) {
  if (edges) {
    if ((edges & 1) && i > 0 && S_word(s[i - 1])) return true;
    if ((edges & 2) && j < n && S_word(s[j])) return true;
  }
  lc_match *m = lc_vec_push(outv);
  if (!m) return false;
  m->start = base + i;
  m->end = base + j;
  m->term = term;
  return true;
}

/* The terms that start at s[i] and end at or past the key's end s[j]: the
 * key's own, then on down the trie from its node; longest first (the order
 * the analysis sorts hits in). */
static bool S_walk(const lc_ac *ac, const unsigned char *s, size_t n, size_t i, size_t j,
                   const lc_ac_prefix *e, size_t base, lc_vec *outv) {
  size_t from = outv->len;
  if (e->term >= 0 && !S_report(s, n, i, j, e->term, (unsigned)(e->key >> 56) & 3, base, outv))
    return false;
  uint32_t node = e->node;
  while ((e->key >> 58 & 1) && j < n) {
    node = S_child(ac, node, s[j]);
    if (!node) break;
    j++;
    const lc_ac_node *nd = &ac->node[node];
    if (nd->term >= 0 && !S_report(s, n, i, j, nd->term, nd->edges, base, outv)) return false;
    if (!nd->nedge) break;
  }
  lc_match *m = outv->items;
  for (size_t a = from, b = outv->len; a + 1 < b; a++, b--) {
    lc_match x = m[a];
    m[a] = m[b - 1];
    m[b - 1] = x;
  }
  return true;
}

bool lc_ac_scan(const lc_lexicon *lex, const char *s, size_t n, size_t base, lc_vec *outv) {
  const lc_ac *ac = &lex->ac;
  if (ac->nnode < 2) return true;
  const unsigned char *p = (const unsigned char *)s;
  const uint8_t *lens = ac->lens;
  const uint64_t *bloom = ac->bloom;
  for (size_t i = 0; i < n; i++) {
    unsigned m = lens[p[i]];
    if (__builtin_expect(!m, 1)) continue;
    size_t avail = n - i;
    uint64_t k = S_load(p + i, avail);
    while (m) { /* the longest key first */
      unsigned L = 32u - (unsigned)__builtin_clz(m);
      m &= ~(1u << (L - 1));
      if (L > avail) continue;
      uint64_t key = k & S_mask(L), prod = S_product(key);
      uint32_t h = S_bloom_bit(prod);
      if (!(bloom[h >> 6] >> (h & 63) & 1)) continue;
      uint32_t slot = S_slot(prod) & ac->pmask;
      const lc_ac_prefix *e;
      while ((e = &ac->prefix[slot])->key && (e->key & KEY_BITS) != key) slot = (slot + 1) & ac->pmask;
      if (!e->key) continue;
      if (L == KEY_MAX) {
        if (!S_walk(ac, p, n, i, i + L, e, base, outv)) return false;
      } else if (e->term >= 0 && !S_report(p, n, i, i + L, e->term, (unsigned)(e->key >> 56) & 3, base, outv)) {
        return false;
      }
    }
  }
  return true;
}
