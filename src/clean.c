/*
 * clean.c: the one place where input bytes are validated and cleaned.
 *
 * orig -> text: UTF-8 BOM dropped, CRLF and lone CR become LF, each maximal
 * ill-formed subsequence becomes one U+FFFD (with a warning, or an error
 * in strict mode), a stray NUL becomes U+FFFD.  Input that looks binary or
 * is UTF-16/32 is refused.  Every change is recorded in doc->text_map so
 * offsets can be reported against the original bytes.
 *
 * Memory: text that needs no change is orig itself.  Other text is written
 * over orig's own bytes (a CRLF file would otherwise take a second copy of
 * the file, beside orig and the view); what the edits replaced is known
 * from the edit (a BOM, a CR) or kept beside it (the bytes of an ill-formed
 * sequence), and lc_orig_bytes() puts the original bytes back together
 * for the emitters that print them.  Strict mode, which stops at the first
 * ill-formed byte, cleans into a copy.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include "internal.h"

/* How far we look for NUL bytes to call a file binary (as git and grep do). */
#define SNIFF_LEN 8000

static const char REPL[3] = {'\xEF', '\xBF', '\xBD'};

/* Position tracking for diagnostics: line and column of the text cursor. */
typedef struct cursor {
  size_t off;        /* text offset already accounted for */
  size_t line;       /* line at off */
  size_t line_start; /* text offset of that line */
} cursor;

static void S_locate(const lc_buf *t, cursor *c, size_t off, size_t *line,
                     size_t *col) {
  const char *s = t->ptr;
  while (c->off < off) {
    const char *nl = memchr(s + c->off, '\n', off - c->off);
    if (!nl) { c->off = off; break; }
    c->line++;
    c->off = (size_t)(nl - s) + 1;
    c->line_start = c->off;
  }
  *line = c->line;
  *col = lc_u8_count(s + c->line_start, off - c->line_start) + 1;
}

#if defined(__SSE2__)
/* From j (a character boundary), sixteen bytes at a time: how far the
 * bytes are ASCII other than CR and NUL, or three-byte characters whose
 * lead is E1..EC, EE or EF, each followed by exactly two continuation
 * bytes (a bit mask of where continuation bytes must stand, carried from
 * one block to the next).  Returns the character boundary where the first
 * block that is not all such begins, or where the last whole block ended:
 * what lies before it is valid and has nothing to clean. */
static inline size_t S_valid16(const unsigned char *p, size_t n, size_t j, bool lax) {
  const __m128i flip = _mm_set1_epi8((char)0x80);
  unsigned carry = 0; /* continuation bytes due at the start of the block */
  while (j + 16 <= n) {
    __m128i x = _mm_loadu_si128((const __m128i *)(p + j));
    __m128i bad = lax ? _mm_setzero_si128()
                      : _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\r')),
                                     _mm_cmpeq_epi8(x, _mm_setzero_si128()));
    /* lead: unsigned x - E1 < 15, and not ED */
    __m128i lead = _mm_andnot_si128(
        _mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xED)),
        _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8((char)0xE1)), flip),
                       _mm_set1_epi8((char)(0x80 + 15))));
    __m128i cont = _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xC0)), flip);
    unsigned hi = (unsigned)_mm_movemask_epi8(x), l = (unsigned)_mm_movemask_epi8(lead);
    unsigned c = (unsigned)_mm_movemask_epi8(cont), due = (l << 1) | (l << 2) | carry;
    if (_mm_movemask_epi8(bad) || (hi & ~(l | c)) || c != (due & 0xFFFF)) break;
    carry = due >> 16;
    j += 16;
  }
  /* a character the last block began and did not finish: back to its lead */
  return carry == 3 ? j - 1 : carry == 1 ? j - 2 : j;
}
#endif

/* Is p[0..n) valid UTF-8 (and, unless lax, without a CR or a NUL: nothing
 * to clean)?  ASCII
 * and the three-byte characters whose lead byte needs no range check of
 * the second byte (E1..EC, EE, EF: nearly all of CJK text) are checked
 * here, sixteen bytes at a time where SSE2 is there (S_valid16), else eight
 * ASCII bytes at a time; any other stretch goes to libunistring.  One pass
 * over the file. */
static inline bool S_valid(const unsigned char *p, size_t n, bool lax) {
  size_t i = 0;
#if defined(__SSE2__)
  size_t simd_from = 0; /* the block that stopped the last run, left to the bytes below */
#endif
  while (i < n) {
    size_t j = i;
    for (;;) {
#if defined(__SSE2__)
      if (j >= simd_from && j + 16 <= n) {
        j = S_valid16(p, n, j, lax);
        simd_from = j + 16;
      }
#endif
      if (j + 8 <= n) {
        uint64_t w;
        memcpy(&w, p + j, 8);
        if (!(w & 0x8080808080808080ull)) {
          if (!lax && (lc_swar_eq(w, '\r') | lc_swar_eq(w, 0))) return false;
          j += 8;
          continue;
        }
      }
      if (j >= n) break;
      unsigned char c = p[j];
      if (c < 0x80) {
        if (!lax && (c == '\r' || c == 0)) return false;
        j++;
        continue;
      }
      if (j + 3 <= n && ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) &&
          (p[j + 1] & 0xC0) == 0x80 && (p[j + 2] & 0xC0) == 0x80) {
        j += 3;
        continue;
      }
      break;
    }
    if (j >= n) return true;
    /* the other characters, up to the next ASCII byte */
    size_t k = j + 1;
    while (k < n && p[k] >= 0x80) k++;
    if (u8_check(p + j, k - j) != NULL) return false;
    i = k;
  }
  return true;
}

/* How many units of p[0..m) (m even), read as UTF-16 (big-endian or not),
 * are characters of text (ASCII, Latin, punctuation, CJK, kana, Hangul,
 * full-width forms, paired surrogates); 0 when a surrogate is unpaired. */
static size_t S_utf16_text(const unsigned char *p, size_t m, bool be) {
  size_t good = 0;
  for (size_t i = 0; i + 1 < m; i += 2) {
    unsigned u = be ? (unsigned)p[i] << 8 | p[i + 1] : (unsigned)p[i + 1] << 8 | p[i];
    if (u >= 0xD800 && u <= 0xDBFF) { /* a pair: both units count */
      if (i + 3 >= m) { good++; continue; }
      unsigned w = be ? (unsigned)p[i + 2] << 8 | p[i + 3] : (unsigned)p[i + 3] << 8 | p[i + 2];
      if (w < 0xDC00 || w > 0xDFFF) return 0;
      good += 2;
      i += 2;
      continue;
    }
    if (u >= 0xDC00 && u <= 0xDFFF) return 0;
    if (u == '\n' || u == '\r' || u == '\t' || (u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u < 0x250) ||
        (u >= 0x2000 && u < 0x2070) || (u >= 0x3000 && u < 0x3100) || (u >= 0x3400 && u < 0xA000) ||
        (u >= 0xAC00 && u < 0xD7B0) || (u >= 0xFF00 && u < 0xFFF0))
      good++;
  }
  return good;
}

/* Does the text look like UTF-16 or UTF-32 (nul: its first SNIFF_LEN bytes
 * hold a NUL)?  The name iconv needs to read it (with a BOM, the plain
 * name: iconv reads the BOM and drops it), or NULL. */
static const char *S_looks_wide(const unsigned char *p, size_t n, bool nul) {
  if (n >= 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) return "UTF-32";
  if (n >= 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) return "UTF-32";
  if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    return "UTF-16";
  /* no BOM: many NULs on alternate bytes, as in UTF-16 text */
  size_t m = n < SNIFF_LEN ? n : SNIFF_LEN, even = 0, odd = 0;
  if (!nul) return NULL; /* what follows needs NULs */
  for (size_t i = 0; i < m; i++)
    if (!p[i]) { if (i & 1) odd++; else even++; }
  if (m >= 4 && (odd * 4 >= m || even * 4 >= m) && (odd == 0 || even == 0))
    return odd ? "UTF-16LE" : "UTF-16BE";
  /* Chinese as UTF-16 has few NULs (a line end's high byte, the low byte
   * of 一 U+4E00): text when read so, and not UTF-8 (English with a stray
   * Latin-1 byte would read as CJK, but it has no NUL) */
  size_t me = m & ~(size_t)1;
  if (me >= 4 && (odd || even) && u8_check(p, m) != NULL) {
    size_t le = S_utf16_text(p, me, false), be = S_utf16_text(p, me, true);
    if ((le > be ? le : be) * 20 >= me * 9) return le >= be ? "UTF-16LE" : "UTF-16BE"; /* 90% */
  }
  /* or the high byte of every four NUL, and others not, as in UTF-32 */
  size_t m4 = m & ~(size_t)3;
  if (odd && even && m4 >= 8) {
    bool le = true, be = true, le_text = false, be_text = false;
    for (size_t i = 0; i < m4; i += 4) {
      le = le && !p[i + 3];
      be = be && !p[i];
      le_text = le_text || p[i] || p[i + 1] || p[i + 2];
      be_text = be_text || p[i + 1] || p[i + 2] || p[i + 3];
    }
    if (le && le_text) return "UTF-32LE";
    if (be && be_text) return "UTF-32BE";
  }
  return NULL;
}

/* The length of the ordinary run at p[j..n): valid UTF-8 other than CR
 * and NUL (ill-formed bytes, CR and NUL are what cleaning changes). */
static size_t S_run(const unsigned char *p, size_t n, size_t j) {
  size_t i = j;
#if defined(__SSE2__)
  size_t simd_from = j; /* the block that stopped the last run, left to the bytes below */
#endif
  while (j < n) {
#if defined(__SSE2__)
    if (j >= simd_from && j + 16 <= n) {
      j = S_valid16(p, n, j, false);
      simd_from = j + 16;
      if (j >= n) break;
    }
#endif
    unsigned char c = p[j];
    if (c >= 0x20 || (c != '\r' && c != 0)) {
      if (c < 0x80) { j++; continue; }
      if (j + 3 <= n && ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) &&
          (p[j + 1] & 0xC0) == 0x80 && (p[j + 2] & 0xC0) == 0x80) {
        j += 3;
        continue;
      }
      ucs4_t uc;
      int k = u8_mbtoucr(&uc, p + j, n - j);
      if (k > 0) { j += (size_t)k; continue; }
    }
    break;
  }
  return j - i;
}

/* How many bytes the text, written from its start, runs ahead at most of
 * the input read so far (from i): an ill-formed byte becomes three; a CRLF
 * one byte less.  Cleaning in place first moves the input that far up. */
static size_t S_ahead(const unsigned char *p, size_t n, size_t i) {
  long long d = -(long long)i, most = 0; /* a BOM (i = 3) leaves room */
  while (i < n) {
    i += S_run(p, n, i);
    if (i >= n) break;
    unsigned char c = p[i];
    if (c == '\r') {
      if (i + 1 < n && p[i + 1] == '\n') d--;
      i++;
      continue;
    }
    size_t len = c ? lc_u8_bad_len(p + i, n - i) : 1;
    d += 3 - (long long)len;
    if (d > most) most = d;
    i += len;
  }
  return (size_t)most;
}

/* Append k bytes to t, which may be the buffer they are read from (in
 * place: they never overlap unread input, S_ahead). */
static inline void S_put(lc_buf *t, const void *src, size_t k) {
  if (t->len + k + 1 > t->cap) lc_buf_grow(t, k);
  if (t->oom) return;
  if (t->ptr + t->len != (const char *)src) memmove(t->ptr + t->len, src, k);
  t->len += k;
}

/* The original bytes of text_map edit e (slen of them). */
static const char *S_edit_bytes(const lc_doc *doc, const lc_edit *e) {
  if (e->dlen == 3) { /* a U+FFFD: the bytes it replaced were kept */
    const lc_replaced *r = doc->replaced.items;
    size_t lo = 0, hi = doc->replaced.len;
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (r[mid].src < e->src) lo = mid + 1; else hi = mid;
    }
    return lo < doc->replaced.len ? r[lo].bytes : "\xEF\xBF\xBD";
  }
  return e->slen == 3 ? "\xEF\xBB\xBF" : "\r"; /* the BOM; a CR */
}

const char *lc_orig_bytes(const lc_doc *doc, size_t os, size_t oe, lc_buf *tmp) {
  if (!doc->orig_in_text) return doc->orig + os;
  const lc_edit *e = doc->text_map.edits.items;
  size_t ne = doc->text_map.edits.len, lo = 0, hi = ne;
  while (lo < hi) { /* the first edit that ends past os */
    size_t mid = lo + (hi - lo) / 2;
    if (e[mid].src + e[mid].slen <= os) lo = mid + 1; else hi = mid;
  }
  if (lo == ne || e[lo].src >= oe) { /* no edit in the range: the text's bytes as they are */
    size_t t = lo ? e[lo - 1].dst + e[lo - 1].dlen + (os - e[lo - 1].src - e[lo - 1].slen) : os;
    return doc->text + t;
  }
  tmp->len = 0;
  lc_buf_grow(tmp, oe - os);
  for (size_t cur = os, k = lo; cur < oe && !tmp->oom;) {
    if (k < ne && e[k].src <= cur) { /* inside edit k: its original bytes */
      size_t end = e[k].src + e[k].slen < oe ? e[k].src + e[k].slen : oe;
      lc_buf_put(tmp, S_edit_bytes(doc, &e[k]) + (cur - e[k].src), end - cur);
      cur = end;
      k++;
      continue;
    }
    /* up to the next edit, the text's bytes */
    size_t stop = k < ne && e[k].src < oe ? e[k].src : oe;
    size_t t = k ? e[k - 1].dst + e[k - 1].dlen + (cur - e[k - 1].src - e[k - 1].slen) : cur;
    lc_buf_put(tmp, doc->text + t, stop - cur);
    cur = stop;
  }
  return tmp->oom ? NULL : tmp->ptr ? tmp->ptr : "";
}

/* Is the text in a legacy Chinese encoding rather than UTF-8?  Most of its
 * non-ASCII bytes are ill-formed as UTF-8 (a few stray ones are not this).
 * Which one, by its punctuation, the commonest double-byte characters:
 * Big5 writes ，、。：？！ as A1 41..49, GB2312/GBK/GB18030 as A1 A2, A1 A3,
 * A3 AC, A3 BA, A3 BF, A3 A1.  "BIG5", "GB18030", "" for either, or NULL. */
static const char *S_looks_legacy(const unsigned char *p, size_t n) {
  size_t m = n < SNIFF_LEN ? n : SNIFF_LEN, high = 0, bad = 0, seqs = 0, big5 = 0, gb = 0;
  /* valid UTF-8 up to the character the sniff's end may cut: not legacy */
  size_t whole = m;
  while (whole < n && whole > 0 && m - whole < 3 && (p[whole] & 0xC0) == 0x80) whole--;
  if (S_valid(p, whole, true)) return NULL;
  for (size_t i = 0; i < m;) {
    if (p[i] < 0x80) { i++; continue; }
    ucs4_t uc;
    int k = u8_mbtoucr(&uc, p + i, m - i);
    if (k > 0) { high += (size_t)k; i += (size_t)k; continue; }
    if (k == -2) break; /* a character cut by the end of the sniff */
    size_t l = lc_u8_bad_len(p + i, m - i);
    high += l;
    bad += l;
    seqs++;
    i += l;
  }
  if (seqs < 8 || bad * 10 < high * 3) return NULL; /* 30% */
  /* and every non-ASCII byte a lead 81..FE with its trail 40..7E or 80..FE
   * (or GB18030's four bytes): double-byte text, not bytes broken apart */
  size_t pairs = 0, broken = 0;
  for (size_t i = 0; i + 1 < m;) {
    unsigned a = p[i], b = p[i + 1];
    if (a < 0x80) { i++; continue; }
    pairs++;
    if (a == 0x80 || a == 0xFF) { broken++; i++; continue; }
    if (b >= 0x30 && b <= 0x39 && i + 3 < m && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30 &&
        p[i + 3] <= 0x39) { i += 4; continue; }
    if (b < 0x40 || b == 0x7F || b == 0xFF) { broken++; i++; continue; }
    if (a == 0xA1 && (b == 0x41 || b == 0x42 || b == 0x43 || b == 0x47 || b == 0x48 || b == 0x49)) big5++;
    if ((a == 0xA1 && (b == 0xA2 || b == 0xA3)) || (a == 0xA3 && (b == 0xAC || b == 0xBA || b == 0xBF || b == 0xA1)))
      gb++;
    i += 2;
  }
  if (broken * 50 > pairs) return NULL; /* 2% */
  return big5 > 2 * gb ? "BIG5" : gb > 2 * big5 ? "GB18030" : "";
}

lc_status lc_clean(lc_doc *doc, bool strict) {
  const unsigned char *p = (const unsigned char *)doc->orig;
  size_t n = doc->olen;

  bool nul = memchr(p, 0, n < SNIFF_LEN ? n : SNIFF_LEN) != NULL;
  const char *wide = S_looks_wide(p, n, nul);
  if (wide) {
    lc_doc_warn(doc, 0, true, "the file is %s, not UTF-8 (convert it with: iconv -f %s -t UTF-8)",
                wide[4] == '3' ? "UTF-32" : "UTF-16", wide);
    return LC_EUTF16;
  }
  if (nul) {
    lc_doc_warn(doc, 0, true, "the file looks binary (it holds NUL bytes)");
    return LC_EBINARY;
  }
  size_t i = 0;
  bool bom = n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF;
  if (bom) i = 3;
  /* Fast path: nothing to change, text aliases orig (valid UTF-8 is not
   * in a legacy encoding). */
  if (!bom && S_valid(p, n, false)) {
    doc->text = doc->orig;
    doc->tlen = n;
    doc->orig_valid = true;
    return LC_OK;
  }

  const char *legacy = S_looks_legacy(p, n);
  if (legacy) {
    if (*legacy)
      lc_doc_warn(doc, 0, true, "the file is %s, not UTF-8 (convert it with: iconv -f %s -t UTF-8)",
                  legacy[0] == 'B' ? "Big5" : "GB18030 (or GBK, GB2312)", legacy);
    else
      lc_doc_warn(doc, 0, true, "the file is not UTF-8: Big5 or GB18030? (convert it with: "
                                "iconv -f BIG5 -t UTF-8, or iconv -f GB18030 -t UTF-8)");
    return LC_EENCODING;
  }

  lc_buf t = {0};
  bool inplace = !strict;
  if (inplace) {
    /* the text is written from the start of orig's buffer, the input
     * moved up first as far as the text will ever run ahead of it */
    size_t ahead = S_ahead(p, n, i);
    if (ahead) {
      char *b = realloc(doc->orig, n + ahead + 1);
      if (!b) return LC_ENOMEM;
      memmove(b + ahead, b, n);
      doc->orig = b;
    }
    p = (const unsigned char *)doc->orig + ahead;
    t.ptr = doc->orig;
    t.cap = n + ahead + 1;
  } else {
    lc_buf_grow(&t, n + 16);
  }
  cursor cur = {0, 1, 0};
  if (bom && !lc_map_add(&doc->text_map, 0, 0, 0, 3)) return LC_ENOMEM;
  size_t bad = 0;
  while (i < n && !t.oom) {
    /* copy the longest run of valid, ordinary bytes */
    size_t j = i + S_run(p, n, i);
    S_put(&t, p + i, j - i);
    i = j;
    if (i >= n) break;
    unsigned char c = p[i];
    if (c == '\r') {
      if (i + 1 < n && p[i + 1] == '\n') { /* CRLF: drop the CR */
        if (!lc_map_add(&doc->text_map, t.len, 0, i, 1)) goto oom;
      } else { /* lone CR: an LF, an edit of the same length */
        if (!lc_map_add(&doc->text_map, t.len, 1, i, 1)) goto oom;
        S_put(&t, "\n", 1);
      }
      i++;
      continue;
    }
    /* NUL or an ill-formed sequence: one U+FFFD per maximal subpart */
    size_t len = c ? lc_u8_bad_len(p + i, n - i) : 1;
    size_t line, col;
    S_locate(&t, &cur, t.len, &line, &col);
    if (bad < 20 || strict) {
      lc_diag_item *d = lc_vec_push(&doc->diags);
      if (!d) goto oom;
      char msg[120];
      /* strict mode refuses the file: nothing is replaced */
      if (c == 0)
        snprintf(msg, sizeof msg, "NUL byte%s", strict ? "" : " replaced by U+FFFD");
      else
        snprintf(msg, sizeof msg, "invalid UTF-8 (byte 0x%02X)%s", c,
                 strict ? "" : " replaced by U+FFFD");
      d->d.msg = lc_strndup(msg, strlen(msg));
      d->d.line = line;
      d->d.col = col;
      d->d.is_error = strict;
      d->text_off = t.len;
      if (!d->d.msg) goto oom;
    } else if (bad == 20) {
      lc_doc_warn(doc, t.len, false, "more invalid UTF-8 follows; not reported");
    }
    bad++;
    if (strict) { lc_buf_free(&t); return LC_EUTF8; }
    if (!lc_map_add(&doc->text_map, t.len, 3, i, (uint32_t)len)) goto oom;
    lc_replaced *r = lc_vec_push(&doc->replaced);
    if (!r) goto oom;
    r->src = i;
    memcpy(r->bytes, p + i, len); /* len <= 3 */
    S_put(&t, REPL, 3);
    i += len;
  }
  if (t.oom) goto oom;
  if (!t.ptr) { t.ptr = malloc(1); if (!t.ptr) return LC_ENOMEM; t.ptr[0] = 0; }
  t.ptr[t.len] = 0;
  doc->text = t.ptr;
  doc->tlen = t.len;
  doc->orig_in_text = inplace;
  doc->orig_valid = bad == 0;
  return LC_OK;
oom:
  if (inplace) { /* orig's buffer: the document frees it */
    doc->text = doc->orig;
    doc->tlen = t.len;
    doc->orig_in_text = true;
    return LC_ENOMEM;
  }
  lc_buf_free(&t);
  return LC_ENOMEM;
}
