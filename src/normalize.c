/*
 * normalize.c: text -> view, NFKC with case folding (utf8proc), and the map
 * from view offsets back to text offsets.
 *
 * Speed: ASCII and the CJK block U+4000..U+9FFF are stable under NFKC and
 * case folding (apart from ASCII upper case, folded inline) and never
 * compose with a neighbour, so they are copied as bytes (runs of them
 * found sixteen bytes at a time where SSE2 is there).  So is any other
 * three-byte character that utf8proc says has no decomposition, no case
 * folding, combining class 0 and no part in a composition (most CJK
 * punctuation: 。、「」—“”); which ones is asked once per block of 64 code
 * points.  Anything else is normalised one composition unit (a starter and
 * its combining marks) at a time through utf8proc, with a small cache of
 * single code points.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "internal.h"

#define NORM_OPTS                                                              \
  (UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |  \
   UTF8PROC_IGNORE)

/* Most composition units are a single code point: cache their result. */
#define CACHE_SIZE 4096
typedef struct cache_ent {
  int32_t cp;  /* -1 when empty */
  uint8_t len; /* bytes of output, or 255 when too long to cache */
  char out[15];
} cache_ent;

typedef struct normalizer {
  /* three-byte characters E0..EF, 80..BF, xx: bit xx & 63 of stable[][]
   * is set when the character is copied as is; known[][] says whether the
   * block has been asked about yet */
  uint64_t stable[16][64];
  uint64_t known[16];
  cache_ent cache[CACHE_SIZE];
  int32_t *buf;
  size_t bufcap; /* in code points */
} normalizer;

/* Colons that NFKC leaves as something else: ︰ (U+FE30, the vertical two
 * dot leader that Big5 conversions give for ：; NFKC makes it "..") and ∶
 * (U+2236, RATIO, GB text's colon).  Both are ':' in the view, as ： is. */
static inline bool S_colon_like(int32_t cp) { return cp == 0xFE30 || cp == 0x2236; }

static bool S_stable_cp(int32_t cp) {
  if (S_colon_like(cp)) return false;
  const utf8proc_property_t *pr = utf8proc_get_property(cp);
  return pr->category != UTF8PROC_CATEGORY_CN && pr->category != UTF8PROC_CATEGORY_CS &&
         pr->decomp_seqindex == UINT16_MAX && pr->casefold_seqindex == UINT16_MAX &&
         pr->combining_class == 0 && pr->comb_index == UINT16_MAX && !pr->ignorable;
}

static void S_learn(normalizer *z, unsigned b0, unsigned b1) {
  uint64_t m = 0;
  for (unsigned k = 0; k < 64; k++) {
    int32_t cp = (int32_t)(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | k);
    if (cp >= 0x800 && S_stable_cp(cp)) m |= (uint64_t)1 << k;
  }
  z->stable[b0 - 0xE0][b1 - 0x80] = m;
  z->known[b0 - 0xE0] |= (uint64_t)1 << (b1 - 0x80);
}

/* Is the character at p (n bytes left) copied as is?  Sets *len. */
static inline bool S_fast(normalizer *z, const unsigned char *p, size_t n, size_t *len) {
  unsigned b0 = p[0];
  if (b0 < 0x80) { *len = 1; return true; }
  *len = 3;
  if (lc_is_cjk_lead((unsigned char)b0)) return n >= 3;
  if (b0 < 0xE0 || b0 > 0xEF || n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return false;
  unsigned b1 = p[1];
  if (!(z->known[b0 - 0xE0] >> (b1 - 0x80) & 1)) S_learn(z, b0, b1);
  return z->stable[b0 - 0xE0][b1 - 0x80] >> (p[2] & 63) & 1;
}

#if defined(__SSE2__)
/* Of the 16 bytes at p, a bit for each that leads a character the fast
 * run cannot take without a look (a lead byte other than ASCII and E4..E9,
 * U+4000..U+9FFF); *upper is set if one of them is an ASCII capital.
 * Continuation bytes belong to the character before them. */
static inline unsigned S_stops16(const unsigned char *p, bool *upper) {
  __m128i x = _mm_loadu_si128((const __m128i *)p);
  const __m128i flip = _mm_set1_epi8((char)0x80);
  /* unsigned x - lo < len, as a signed compare after flipping the top bit */
  __m128i cjk = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8((char)0xE4)), flip),
                               _mm_set1_epi8((char)(0x80 + 6)));
  __m128i cap = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8('A')), flip),
                               _mm_set1_epi8((char)(0x80 + 26)));
  __m128i lead = _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xC0)),
                                _mm_set1_epi8((char)0xC0));
  *upper |= _mm_movemask_epi8(cap) != 0;
  return (unsigned)_mm_movemask_epi8(_mm_andnot_si128(cjk, lead));
}
#endif

/* ASCII upper case to lower, eight bytes at a time. */
static void S_fold_ascii(char *s, size_t n) {
  const uint64_t ONES = 0x0101010101010101ull, HI = 0x8080808080808080ull;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    uint64_t w;
    memcpy(&w, s + k, 8);
    uint64_t low7 = w & ~HI;
    uint64_t ge_a = low7 + ONES * (0x80 - 'A'); /* high bit: byte >= 'A' */
    uint64_t gt_z = low7 + ONES * (0x80 - 'Z' - 1); /* high bit: byte > 'Z' */
    uint64_t up = ge_a & ~gt_z & ~w & HI;
    if (up) {
      w |= up >> 2; /* 0x80 >> 2 = 0x20 */
      memcpy(s + k, &w, 8);
    }
  }
  for (; k < n; k++)
    if (s[k] >= 'A' && s[k] <= 'Z') s[k] = (char)(s[k] + 32);
}

/* Normalise src[0..n) (whole code points) and append to out; false on OOM. */
static bool S_norm_unit(normalizer *z, const char *src, size_t n, lc_buf *out) {
  for (;;) {
    utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)src,
                                            (utf8proc_ssize_t)n, z->buf,
                                            (utf8proc_ssize_t)z->bufcap, NORM_OPTS);
    if (k < 0) { lc_buf_put(out, src, n); return !out->oom; } /* keep as is */
    if ((size_t)k > z->bufcap) {
      size_t cap = (size_t)k + 16;
      int32_t *b = realloc(z->buf, cap * sizeof *b);
      if (!b) return false;
      z->buf = b;
      z->bufcap = cap;
      continue;
    }
    k = utf8proc_normalize_utf32(z->buf, k, NORM_OPTS);
    if (k < 0) { lc_buf_put(out, src, n); return !out->oom; }
    k = utf8proc_reencode(z->buf, k, NORM_OPTS);
    if (k < 0) { lc_buf_put(out, src, n); return !out->oom; }
    lc_buf_put(out, z->buf, (size_t)k);
    return !out->oom;
  }
}

static bool S_normalize(normalizer *z, const char *s, size_t n, lc_buf *out,
                        lc_map *map) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    /* fast run */
    size_t j = i, fl;
    bool upper = false;
    for (;;) {
#if defined(__SSE2__)
      /* sixteen bytes at a time to the next character that needs a look */
      unsigned m = 0;
      while (j + 16 <= n && !(m = S_stops16(p + j, &upper))) j += 16;
      if (m) j += (size_t)__builtin_ctz(m);
      else while (j < n && (p[j] & 0xC0) == 0x80) j++; /* the rest of a character */
#endif
      if (j >= n || !S_fast(z, p + j, n - j, &fl)) break;
      upper |= (unsigned)(p[j] - 'A') < 26;
      j += fl;
    }
    if (j > i) {
      size_t base = out->len;
      lc_buf_put(out, s + i, j - i);
      if (out->oom) return false;
      if (upper) S_fold_ascii(out->ptr + base, out->len - base);
      i = j;
      if (i >= n) break;
    }
    /* one composition unit: a code point and any combining marks after it */
    size_t cl;
    int32_t cp = (int32_t)lc_u8dec(p + i, &cl);
    size_t ustart = i, uend = i + cl;
    const utf8proc_property_t *pr = utf8proc_get_property(cp);
    if (pr->combining_class != 0 && ustart > 0 && p[ustart - 1] < 0x80 &&
        out->len > 0) {
      /* a mark after an ASCII letter: renormalise the pair */
      ustart--;
      out->len--;
    }
    size_t marks = 0;
    while (uend < n && !S_fast(z, p + uend, n - uend, &fl) && marks < 64) {
      size_t l2;
      int32_t c2 = (int32_t)lc_u8dec(p + uend, &l2);
      if (utf8proc_get_property(c2)->combining_class == 0) break;
      uend += l2;
      marks++;
    }
    size_t base = out->len;
    if (S_colon_like(cp) && uend - ustart == cl && ustart == i) {
      lc_buf_put(out, ":", 1);
    } else if (uend - ustart == cl && ustart == i) {
      cache_ent *e = &z->cache[(uint32_t)cp % CACHE_SIZE];
      if (e->cp == cp && e->len != 255) {
        lc_buf_put(out, e->out, e->len);
      } else {
        if (!S_norm_unit(z, s + ustart, uend - ustart, out)) return false;
        size_t ol = out->len - base;
        e->cp = cp;
        if (ol <= sizeof e->out) {
          e->len = (uint8_t)ol;
          memcpy(e->out, out->ptr + base, ol);
        } else {
          e->len = 255;
        }
      }
    } else if (!S_norm_unit(z, s + ustart, uend - ustart, out)) {
      return false;
    }
    if (out->oom) return false;
    size_t ol = out->len - base, il = uend - ustart;
    if (ol != il || memcmp(out->ptr + base, s + ustart, il) != 0) {
      if (!lc_map_add(map, base, (uint32_t)ol, ustart, (uint32_t)il))
        return false;
    }
    i = uend;
  }
  return true;
}

static normalizer *S_new(void) {
  normalizer *z = malloc(sizeof *z);
  if (!z) return NULL;
  for (size_t i = 0; i < CACHE_SIZE; i++) z->cache[i].cp = -1;
  memset(z->known, 0, sizeof z->known);
  z->bufcap = 256;
  z->buf = malloc(z->bufcap * sizeof *z->buf);
  if (!z->buf) { free(z); return NULL; }
  return z;
}

static void S_free(normalizer *z) {
  if (!z) return;
  free(z->buf);
  free(z);
}

static normalizer *S_thread_normalizer(void);

lc_status lc_normalize(lc_doc *doc) {
  normalizer *z = S_thread_normalizer();
  if (!z) return LC_ENOMEM;
  lc_buf out = {0};
  lc_buf_grow(&out, doc->tlen + 16);
  bool ok = !out.oom && S_normalize(z, doc->text, doc->tlen, &out, &doc->view_map);
  if (!ok) { lc_buf_free(&out); return LC_ENOMEM; }
  if (doc->view_map.edits.len == 0 && out.len == doc->tlen &&
      memcmp(out.ptr, doc->text, doc->tlen) == 0) {
    lc_buf_free(&out); /* only possible when nothing changed at all */
    doc->view = doc->text;
    doc->vlen = doc->tlen;
  } else {
    doc->view = out.ptr;
    doc->vlen = out.len;
  }
  /* line starts */
  size_t *ls = lc_vec_push(&doc->lines);
  if (!ls) return LC_ENOMEM;
  *ls = 0;
  const char *v = doc->view, *end = v + doc->vlen, *q = v;
  while (q < end && (q = memchr(q, '\n', (size_t)(end - q))) != NULL) {
    q++;
    if (q >= end) break; /* a final newline opens no new line */
    ls = lc_vec_push(&doc->lines);
    if (!ls) return LC_ENOMEM;
    *ls = (size_t)(q - v);
  }
  return LC_OK;
}

/* One normaliser per thread, reused by every document and lexicon term it
 * normalises (what it has learnt of utf8proc stays learnt); a thread's is
 * freed when the thread ends, or by lc_normalize_release(). */
static _Thread_local normalizer *tl_norm;
static pthread_key_t norm_key;
static pthread_once_t norm_once = PTHREAD_ONCE_INIT;
static bool norm_key_ok;

static void S_key_free(void *p) { S_free(p); }
static void S_key_init(void) { norm_key_ok = pthread_key_create(&norm_key, S_key_free) == 0; }

static normalizer *S_thread_normalizer(void) {
  if (tl_norm) return tl_norm;
  pthread_once(&norm_once, S_key_init);
  tl_norm = S_new();
  if (tl_norm && norm_key_ok) pthread_setspecific(norm_key, tl_norm);
  return tl_norm;
}

void lc_normalize_release(void) {
  if (tl_norm && norm_key_ok) pthread_setspecific(norm_key, NULL);
  S_free(tl_norm);
  tl_norm = NULL;
}

char *lc_normalize_str(const char *s, size_t n, size_t *outlen) {
  normalizer *z = S_thread_normalizer();
  if (!z) return NULL;
  lc_buf out = {0};
  lc_map map = {LC_VEC(lc_edit)};
  bool ok = S_normalize(z, s, n, &out, &map);
  lc_vec_free(&map.edits);
  if (!ok || out.oom) { lc_buf_free(&out); return NULL; }
  if (!out.ptr) { out.ptr = calloc(1, 1); if (!out.ptr) return NULL; }
  if (outlen) *outlen = out.len;
  return out.ptr;
}
