/*
 * escape.c: all output escaping in one place: JSON strings, TSV fields,
 * HTML text and Markdown text.  Input may be any bytes (original file
 * bytes can hold invalid UTF-8); every escaper emits valid UTF-8, with one
 * U+FFFD per maximal ill-formed subsequence.
 */
#include <string.h>
#include <unistr.h>
#include "escape.h"

/* Length of the valid UTF-8 character at s, or 0 with *skip set to the
 * maximal ill-formed subsequence's length. */
static size_t S_char(const unsigned char *s, size_t n, size_t *skip) {
  if (s[0] < 0x80) return 1;
  /* the common case, a CJK character: three bytes whose lead needs no
   * range check of the second byte; the rest goes to libunistring */
  if (n >= 3 && ((s[0] >= 0xE1 && s[0] <= 0xEC) || s[0] == 0xEE || s[0] == 0xEF) &&
      (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80)
    return 3;
  ucs4_t uc;
  int k = u8_mbtoucr(&uc, s, n);
  if (k > 0) return (size_t)k;
  *skip = lc_u8_bad_len(s, n);
  return 0;
}

/* Copy the non-ASCII character at p (or one U+FFFD for an ill-formed
 * sequence); returns the bytes consumed. */
static size_t S_put_char(lc_buf *b, const unsigned char *p, size_t n) {
  size_t skip = 0, l = S_char(p, n, &skip);
  if (!l) { lc_buf_put(b, "\xEF\xBF\xBD", 3); return skip; }
  lc_buf_put(b, p, l);
  return l;
}

/* The JSON escape of an ASCII byte that needs one (" \\ or a control). */
static void S_json_escape_ascii(lc_buf *b, unsigned char c) {
  static const char hex[] = "0123456789abcdef";
  switch (c) {
  case '"': lc_buf_put(b, "\\\"", 2); break;
  case '\\': lc_buf_put(b, "\\\\", 2); break;
  case '\n': lc_buf_put(b, "\\n", 2); break;
  case '\r': lc_buf_put(b, "\\r", 2); break;
  case '\t': lc_buf_put(b, "\\t", 2); break;
  default: {
    char e[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
    lc_buf_put(b, e, 6);
  }
  }
}

void lc_json_str(lc_buf *b, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  lc_buf_putc(b, '"');
  size_t run = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') { i++; run++; continue; }
    /* a CJK character (a three-byte sequence that cannot be U+2028/9 or
     * ill-formed) joins the run too */
    if (c >= 0xE3 && c <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      run += 3;
      continue;
    }
    if (run) lc_buf_put(b, p + i - run, run);
    run = 0;
    if (c < 0x80) {
      S_json_escape_ascii(b, c);
      i++;
      continue;
    }
    size_t skip = 0, l = S_char(p + i, n - i, &skip);
    if (!l) { lc_buf_put(b, "\\ufffd", 6); i += skip; continue; }
    /* U+2028 and U+2029 break JavaScript parsers of JSON */
    if (l == 3 && c == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
      lc_buf_puts(b, p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
    } else {
      lc_buf_put(b, p + i, l);
    }
    i += l;
  }
  if (run) lc_buf_put(b, p + n - run, run);
  lc_buf_putc(b, '"');
}

/* Does the word hold a byte below 0x20, '"', '\\' or 0xE2 (the lead byte of
 * U+2028/9)?  Exact for the whole word (the borrows of the classic
 * has-zero-byte test only blur which byte). */
static inline bool S_json_special(uint64_t w) {
  const uint64_t ONES = 0x0101010101010101ull, HI = ONES << 7;
  uint64_t q = w ^ (ONES * '"'), bs = w ^ (ONES * '\\'), e2 = w ^ (ONES * 0xE2);
  return (((w - ONES * 0x20) & ~w) | ((q - ONES) & ~q) | ((bs - ONES) & ~bs) | ((e2 - ONES) & ~e2)) & HI;
}

#if defined(__SSE2__)
/* Of the 16 bytes at p, a bit for each that JSON escapes: below 0x20, '"',
 * '\\', and the first byte of U+2028 or U+2029 (E2 80 A8/A9).  Reads
 * p[0..18). */
static inline unsigned S_json16(const unsigned char *p) {
  __m128i x = _mm_loadu_si128((const __m128i *)p);
  __m128i y = _mm_loadu_si128((const __m128i *)(p + 1)), z = _mm_loadu_si128((const __m128i *)(p + 2));
  __m128i ctrl = _mm_cmplt_epi8(_mm_xor_si128(x, _mm_set1_epi8((char)0x80)), _mm_set1_epi8((char)(0x80 + 0x20)));
  __m128i qb = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
  __m128i ls = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8((char)0xE2)),
                                           _mm_cmpeq_epi8(y, _mm_set1_epi8((char)0x80))),
                             _mm_cmpeq_epi8(_mm_or_si128(z, _mm_set1_epi8(1)), _mm_set1_epi8((char)0xA9)));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(ctrl, qb), ls));
}
#endif

/* One escaped byte or line separator of valid UTF-8 at p[i]; returns the
 * bytes consumed. */
static size_t S_json_escape_at(lc_buf *b, const unsigned char *p, size_t i) {
  if (p[i] == 0xE2) {
    lc_buf_puts(b, p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
    return 3;
  }
  S_json_escape_ascii(b, p[i]);
  return 1;
}

void lc_json_str_utf8(lc_buf *b, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  lc_buf_putc(b, '"');
  size_t i = 0, start = 0;
#if defined(__SSE2__)
  for (; i + 18 <= n; i += 16)
    for (unsigned m = S_json16(p + i); m; m &= m - 1) {
      size_t k = i + (size_t)__builtin_ctz(m);
      if (k > start) lc_buf_put(b, p + start, k - start);
      start = k + S_json_escape_at(b, p, k);
    }
  /* (a line separator begun in the last block ends past it: its other
   * bytes need no escaping, and start is already beyond them) */
#endif
  while (i < n) {
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if (!S_json_special(w)) { i += 8; continue; }
    }
    unsigned char c = p[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0xE2) { i++; continue; }
    if (c == 0xE2 && !(i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9))) {
      i++;
      continue;
    }
    if (i > start) lc_buf_put(b, p + start, i - start);
    i += S_json_escape_at(b, p, i);
    start = i;
  }
  if (n > start) lc_buf_put(b, p + start, n - start);
  lc_buf_putc(b, '"');
}

void lc_json_cstr(lc_buf *b, const char *s) {
  if (!s) { lc_buf_puts(b, "null"); return; }
  lc_json_str(b, s, strlen(s));
}

void lc_tsv_field(lc_buf *b, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == '\t') lc_buf_put(b, "\\t", 2);
      else if (c == '\n') lc_buf_put(b, "\\n", 2);
      else if (c == '\r') lc_buf_put(b, "\\r", 2);
      else if (c == '\\') lc_buf_put(b, "\\\\", 2);
      else if (c < 0x20 || c == 0x7F) lc_buf_putc(b, ' ');
      else lc_buf_putc(b, (char)c);
      i++;
      continue;
    }
    i += S_put_char(b, p + i, n - i);
  }
}

void lc_html_text(lc_buf *b, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      switch (c) {
      case '<': lc_buf_puts(b, "&lt;"); break;
      case '>': lc_buf_puts(b, "&gt;"); break;
      case '&': lc_buf_puts(b, "&amp;"); break;
      case '"': lc_buf_puts(b, "&quot;"); break;
      case '\'': lc_buf_puts(b, "&#39;"); break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t') lc_buf_putc(b, ' ');
        else lc_buf_putc(b, (char)c);
      }
      i++;
      continue;
    }
    i += S_put_char(b, p + i, n - i);
  }
}

void lc_md_text(lc_buf *b, const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned char c = p[i];
    if (c < 0x80) {
      if (c == '\n' || c == '\r') lc_buf_putc(b, ' ');
      else if (c < 0x20 || c == 0x7F) lc_buf_putc(b, ' ');
      else {
        /* our report never starts a line with input text, so line-start
         * markers (-, +, 1.) need no escape; inline markup does */
        if (strchr("\\`*_{}[]<>#|~&", c)) lc_buf_putc(b, '\\');
        lc_buf_putc(b, (char)c);
      }
      i++;
      continue;
    }
    i += S_put_char(b, p + i, n - i);
  }
}
