/*
 * aho.c: one matcher for every lexicon term, built once, read-only
 * afterwards and shared by threads.
 *
 * A scan makes one pass over the bytes, a character at a time, and asks at
 * each whether a term can start there.  Every term has a key: its first
 * min(len, 6) bytes (two CJK characters).  The first byte picks the key
 * lengths to try (a byte no term starts with costs one table load, which
 * also gives the character's length); a bitmap of hashed keys that fits
 * the first-level cache rejects nearly every other position; a hash table
 * of keys then gives, in one 32-byte slot, the term that is the key and
 * the longer ones, longest first, each checked by comparing its remaining
 * bytes (a few eight-byte words) with the text.  A common key (two CJK
 * characters) begins tens of terms: a 64-bit filter of the three bytes
 * that follow the key in each longer term skips them all when the text
 * goes on otherwise, and the terms are kept in order of those three bytes,
 * so the text's own pick the few that can match.  A trie (the goto
 * function of an Aho-Corasick automaton) would walk those bytes one
 * dependent load at a time, through a table too large for the caches.
 * Positions are independent, so the processor overlaps them.  Matches come
 * by start, longest first.
 */
#include <stdlib.h>
#include <string.h>
#include "lexicon.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define KEY_MAX 6         /* prefix bytes hashed */
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

/* The three bytes at p, little-endian. */
static inline uint32_t S_next3(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16;
}

/* The filter bit of the three bytes at p. */
static inline unsigned S_next(const unsigned char *p) {
  return (unsigned)((S_next3(p) * 0x9E3779B1u) >> 26);
}

typedef struct keyed { uint64_t key; uint32_t term, len; } keyed;

/* By key, then longest first (the order the analysis sorts hits in). */
static int S_cmp_keyed(const void *a, const void *b) {
  const keyed *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  if (x->len != y->len) return x->len > y->len ? -1 : 1;
  return (x->term > y->term) - (x->term < y->term);
}

/* A key's longer terms: those with three or more bytes past the key by
 * those bytes, then the others; longest first, then by term, within. */
static int S_cmp_cand(const void *a, const void *b) {
  const lc_ac_cand *x = a, *y = b;
  uint32_t rx = x->re >> 2, ry = y->re >> 2;
  if ((rx < 3) != (ry < 3)) return rx < 3 ? 1 : -1;
  if (rx >= 3 && x->next3 != y->next3) return x->next3 < y->next3 ? -1 : 1;
  if (rx != ry) return rx > ry ? -1 : 1;
  return (x->term > y->term) - (x->term < y->term);
}

lc_status lc_ac_build(lc_ac *ac, const lc_vec *terms) {
  memset(ac, 0, sizeof *ac);
  const lc_term *tm = terms->items;
  size_t nt = terms->len, nk = 0, tail = 0;
  keyed *ks = malloc((nt ? nt : 1) * sizeof *ks);
  ac->bloom = calloc(((size_t)1 << BLOOM_BITS) / 64, sizeof *ac->bloom);
  ac->cand = malloc((nt ? nt : 1) * sizeof *ac->cand);
  if (!ks || !ac->bloom || !ac->cand) goto oom;
  for (size_t i = 0; i < nt; i++) {
    size_t len = tm[i].len;
    if (!len || len - (len < KEY_MAX ? len : KEY_MAX) > UINT32_MAX >> 2) continue;
    unsigned L = len < KEY_MAX ? (unsigned)len : KEY_MAX;
    const unsigned char *w = (const unsigned char *)tm[i].text;
    ks[nk].key = S_load(w, L) & S_mask(L);
    ks[nk].term = (uint32_t)i;
    ks[nk].len = (uint32_t)len;
    nk++;
    tail += len - L;
    uint32_t h = S_bloom_bit(S_product(ks[nk - 1].key));
    ac->bloom[h >> 6] |= (uint64_t)1 << (h & 63);
    ac->lens[w[0]] |= (uint8_t)(1u << (L - 1));
  }
  for (unsigned b = 0; b < 256; b++) {
    unsigned m = ac->lens[b], lower = m & (m - 1);
    if (lower && !(lower & (lower - 1))) {
      ac->mask2[b][0] = S_mask(32u - (unsigned)__builtin_clz(m));
      ac->mask2[b][1] = S_mask((unsigned)__builtin_ctz(m) + 1);
    }
  }
  for (unsigned b = 0xC0; b < 256; b++) /* the character's length, less one */
    ac->lens[b] |= (uint8_t)((b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1) << 6);
  qsort(ks, nk, sizeof *ks, S_cmp_keyed);
  size_t nkeys = 0;
  for (size_t i = 0; i < nk; i++) nkeys += !i || ks[i].key != ks[i - 1].key;
  size_t cap = 16;
  while (cap < 2 * nkeys) cap *= 2;
  ac->keys = calloc(cap, sizeof *ac->keys);
  ac->tail = malloc(tail + 8); /* the scan may read a word past the last */
  if (!ac->keys || !ac->tail) goto oom;
  memset(ac->tail + tail, 0, 8);
  ac->kmask = (uint32_t)(cap - 1);
  tail = 0;
  size_t nc = 0; /* cand holds the longer terms only */
  for (size_t i = 0; i < nk;) {
    size_t j = i, first = nc;
    lc_ac_key rec = {ks[i].key, 0, (uint32_t)first, 0, -1, 0};
    while (j < nk && ks[j].key == ks[i].key) {
      const lc_term *t = &tm[ks[j].term];
      unsigned L = t->len < KEY_MAX ? (unsigned)t->len : KEY_MAX;
      size_t rest = t->len - L;
      unsigned edges = 0;
      if (t->latin)
        edges = S_word((unsigned char)t->text[0]) | S_word((unsigned char)t->text[t->len - 1]) << 1;
      if (!rest) { /* the key itself: at most one term (terms are distinct) */
        rec.exact = (int32_t)ks[j].term;
        rec.edges = (rec.edges & ~3u) | edges;
        j++;
        continue;
      }
      lc_ac_cand *c = &ac->cand[nc++];
      c->term = ks[j].term;
      c->off = (uint32_t)tail;
      c->re = (uint32_t)(rest << 2 | edges);
      c->next3 = 0;
      memcpy(ac->tail + tail, t->text + L, rest);
      if (rest >= 3) {
        rec.next |= (uint64_t)1 << S_next(ac->tail + tail);
        c->next3 = S_next3(ac->tail + tail);
      } else {
        rec.next = ~(uint64_t)0;
        rec.edges += 4; /* one more short one */
      }
      tail += rest;
      j++;
    }
    rec.nlong = (uint32_t)(nc - first);
    qsort(ac->cand + first, rec.nlong, sizeof *ac->cand, S_cmp_cand);
    uint32_t slot = S_slot(S_product(ks[i].key)) & ac->kmask;
    while (ac->keys[slot].key) slot = (slot + 1) & ac->kmask;
    ac->keys[slot] = rec;
    i = j;
  }
  ac->nterms = nk;
  free(ks);
  size_t npay = 0;
  for (size_t i = 0; i < nt; i++) npay += tm[i].pays.len;
  ac->pay = malloc((npay ? npay : 1) * sizeof *ac->pay);
  ac->pay_first = malloc((nt + 1) * sizeof *ac->pay_first);
  if (!ac->pay || !ac->pay_first) { lc_ac_free(ac); return LC_ENOMEM; }
  npay = 0;
  for (size_t i = 0; i < nt; i++) {
    ac->pay_first[i] = (uint32_t)npay;
    if (tm[i].pays.len) memcpy(ac->pay + npay, tm[i].pays.items, tm[i].pays.len * sizeof *ac->pay);
    npay += tm[i].pays.len;
  }
  ac->pay_first[nt] = (uint32_t)npay;
  return LC_OK;
oom:
  free(ks);
  lc_ac_free(ac);
  return LC_ENOMEM;
}

void lc_ac_free(lc_ac *ac) {
  free(ac->bloom);
  free(ac->keys);
  free(ac->cand);
  free(ac->tail);
  free(ac->pay);
  free(ac->pay_first);
  memset(ac, 0, sizeof *ac);
}

/* Do the n bytes at s equal those at t?  t may be read up to a word past
 * its end; s is not read past s + n. */
static inline bool S_same(const unsigned char *s, const unsigned char *t, size_t n) {
  uint64_t a, b;
  for (; n >= 8; s += 8, t += 8, n -= 8) {
    memcpy(&a, s, 8);
    memcpy(&b, t, 8);
    if (a != b) return false;
  }
  for (size_t i = 0; i < n; i++)
    if (s[i] != t[i]) return false;
  return true;
}

/* Record term t found at s[i..e), unless it is a Latin term inside a word
 * ("ai" is not in "said"). */
static inline bool S_report(const lc_ac *ac, const unsigned char *s, size_t n, size_t i, size_t e, uint32_t t,
                            unsigned edges, size_t base, lc_vec *outv) {
  if (edges) {
    if ((edges & 1) && i > 0 && S_word(s[i - 1])) return true;
    if ((edges & 2) && e < n && S_word(s[e])) return true;
  }
  lc_match *m = lc_vec_push_raw(outv); /* every field set below */
  if (!m) return false;
  m->start = base + i;
  m->end = base + e;
  m->term = (int)t;
  /* the analysis reads the term's meanings next: into the cache now */
  __builtin_prefetch(&ac->pay[ac->pay_first[t]]);
  return true;
}

/* Record the terms with the key at slot that start at s[i] (the key's
 * bytes s[i..j) matched), longest first. */
static bool S_terms(const lc_ac *ac, const unsigned char *s, size_t n, size_t i, size_t j,
                    uint32_t slot, size_t base, lc_vec *outv) {
  const lc_ac_key *r = &ac->keys[slot];
  if (r->nlong && (r->next == ~(uint64_t)0 || (n - j >= 3 && r->next >> S_next(s + j) & 1))) {
    const lc_ac_cand *c = ac->cand + r->first;
    uint32_t nshort = r->edges >> 2, n3 = r->nlong - nshort;
    if (n3 && n - j >= 3) {
      /* the ones the next three bytes of the text begin: found by halving */
      uint32_t t3 = S_next3(s + j), lo = 0, hi = n3;
      while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (c[mid].next3 < t3) lo = mid + 1; else hi = mid;
      }
      for (; lo < n3 && c[lo].next3 == t3; lo++) {
        size_t rest = c[lo].re >> 2, e = j + rest;
        if (rest > n - j || !S_same(s + j + 3, ac->tail + c[lo].off + 3, rest - 3)) continue;
        if (!S_report(ac, s, n, i, e, c[lo].term, c[lo].re & 3, base, outv)) return false;
      }
    }
    for (uint32_t k = n3; k < r->nlong; k++) {
      size_t rest = c[k].re >> 2, e = j + rest;
      if (rest > n - j || !S_same(s + j, ac->tail + c[k].off, rest)) continue;
      if (!S_report(ac, s, n, i, e, c[k].term, c[k].re & 3, base, outv)) return false;
    }
  }
  return r->exact < 0 || S_report(ac, s, n, i, j, (uint32_t)r->exact, r->edges & 3, base, outv);
}

/* The terms whose key (L bytes, hashing to prod) matched at s[i]. */
static inline bool S_probe(const lc_ac *ac, const unsigned char *s, size_t n, size_t i,
                           unsigned L, uint64_t key, uint64_t prod, size_t base, lc_vec *outv) {
  uint32_t slot = S_slot(prod) & ac->kmask;
  uint64_t e;
  while ((e = ac->keys[slot].key) && e != key) slot = (slot + 1) & ac->kmask;
  return !e || S_terms(ac, s, n, i, i + L, slot, base, outv);
}

/* Bit k set when p[k] starts a character (is not 10xxxxxx), for the 64
 * bytes at p. */
static inline uint64_t S_starts64(const unsigned char *p) {
  uint64_t m = 0;
#if defined(__SSE2__)
  for (int k = 0; k < 4; k++) {
    __m128i x = _mm_loadu_si128((const __m128i *)(p + 16 * k));
    /* 0x80..0xBF are the signed bytes below -64 */
    __m128i cont = _mm_cmplt_epi8(x, _mm_set1_epi8(-64));
    m |= (uint64_t)(uint16_t)~_mm_movemask_epi8(cont) << (16 * k);
  }
#else
  for (unsigned k = 0; k < 64; k++) m |= (uint64_t)((p[k] & 0xC0) != 0x80) << k;
#endif
  return m;
}

/* The bitmap bits of the two keys of first byte c in the word k (the
 * two-length case: bit 0 the longer, bit 1 the shorter); 0 for a byte of
 * another case, whose masks are 0. */
static inline unsigned S_bits2(const lc_ac *ac, unsigned c, uint64_t k) {
  uint32_t ha = S_bloom_bit(S_product(k & ac->mask2[c][0])), hb = S_bloom_bit(S_product(k & ac->mask2[c][1]));
  return (unsigned)(ac->bloom[ha >> 6] >> (ha & 63) & 1) | (unsigned)(ac->bloom[hb >> 6] >> (hb & 63) & 1) << 1;
}

/* The terms that start at s[i], which has 8 bytes readable (the key lengths
 * of its first byte m, hit the bitmap bits of the two-length case). */
static inline bool S_at(const lc_ac *ac, const unsigned char *p, size_t n, size_t i, unsigned m,
                        unsigned hit, size_t base, lc_vec *outv) {
  uint64_t k = S_load(p + i, 8);
  if (ac->mask2[p[i]][1]) {
    unsigned La = 32u - (unsigned)__builtin_clz(m), Lb = (unsigned)__builtin_ctz(m) + 1;
    uint64_t ka = k & ac->mask2[p[i]][0], kb = k & ac->mask2[p[i]][1];
    if ((hit & 1) && !S_probe(ac, p, n, i, La, ka, S_product(ka), base, outv)) return false;
    if ((hit & 2) && !S_probe(ac, p, n, i, Lb, kb, S_product(kb), base, outv)) return false;
    return true;
  }
  while (m) { /* the longest key first */
    unsigned L = 32u - (unsigned)__builtin_clz(m);
    m &= ~(1u << (L - 1));
    uint64_t key = k & S_mask(L), prod = S_product(key);
    uint32_t h = S_bloom_bit(prod);
    if (!(ac->bloom[h >> 6] >> (h & 63) & 1)) continue;
    if (!S_probe(ac, p, n, i, L, key, prod, base, outv)) return false;
  }
  return true;
}

/* A block of text is scanned in two passes.  The first visits every
 * character's start (found sixteen bytes at a time) and keeps the few
 * where a term may start, without a branch: a position is kept when its
 * first byte starts some term and, in the two-length case, one of its two
 * bitmap bits is set.  The second probes the kept ones.  A branch per
 * character on the bitmap would be mispredicted about as often as taken. */
#define SCAN_BLOCK 2048

bool lc_ac_scan(const lc_lexicon *lex, const char *s, size_t n, size_t base, lc_vec *outv) {
  const lc_ac *ac = &lex->ac;
  if (!ac->nterms) return true;
  const unsigned char *p = (const unsigned char *)s;
  const uint8_t *lens = ac->lens;
  const uint64_t *bloom = ac->bloom;
  uint32_t kept[SCAN_BLOCK]; /* offset in the block << 2 | bitmap bits */
  size_t i = 0;
  /* whole blocks of 64 bytes with 8 readable past each position */
  for (size_t b0 = 0; b0 + 64 + 8 <= n;) {
    size_t nk = 0, b1 = b0;
    for (; b1 - b0 < SCAN_BLOCK && b1 + 64 + 8 <= n; b1 += 64) {
      uint64_t st = S_starts64(p + b1);
      while (st) {
        size_t j = b1 + (size_t)__builtin_ctzll(st);
        st &= st - 1;
        unsigned c = p[j], m = lens[c] & 63, hit = S_bits2(ac, c, S_load(p + j, 8));
        unsigned keep = (m != 0) & ((hit != 0) | (ac->mask2[c][1] == 0));
        kept[nk] = (uint32_t)(j - b0) << 2 | hit;
        nk += keep;
      }
    }
    for (size_t q = 0; q < nk; q++) {
      size_t j = b0 + (kept[q] >> 2);
      if (!S_at(ac, p, n, j, lens[p[j]] & 63, kept[q] & 3, base, outv)) return false;
    }
    b0 = i = b1;
  }
  while (i < n && (p[i] & 0xC0) == 0x80) i++; /* to the next character's start */
  /* the rest a character at a time (the view is valid UTF-8; a stray
   * continuation byte steps one) */
  for (size_t step; i < n; i += step) {
    unsigned m = lens[p[i]];
    step = (m >> 6) + 1;
    m &= 63;
    if (!m) continue;
    size_t avail = n - i;
    if (avail >= 8) {
      unsigned hit = ac->mask2[p[i]][1] ? S_bits2(ac, p[i], S_load(p + i, 8)) : 3;
      if (!S_at(ac, p, n, i, m, hit, base, outv)) return false;
      continue;
    }
    uint64_t k = S_load(p + i, avail);
    while (m) { /* the longest key first */
      unsigned L = 32u - (unsigned)__builtin_clz(m);
      m &= ~(1u << (L - 1));
      if (L > avail) continue;
      uint64_t key = k & S_mask(L), prod = S_product(key);
      uint32_t h = S_bloom_bit(prod);
      if (!(bloom[h >> 6] >> (h & 63) & 1)) continue;
      if (!S_probe(ac, p, n, i, L, key, prod, base, outv)) return false;
    }
  }
  return true;
}
