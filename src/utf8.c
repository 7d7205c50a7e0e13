/* utf8.c: small helpers over valid UTF-8 and the character classes the
 * structure stages share.  Width comes from libunistring. */
#include <string.h>
#include <uniwidth.h>
#include <unistr.h>
#include "internal.h"

uint32_t lc_u8prev(const char *s, size_t i, size_t *n) {
  size_t j = i;
  while (j > 0 && ((unsigned char)s[j - 1] & 0xC0) == 0x80 && i - j < 3) j--;
  if (j > 0) j--;
  size_t l;
  uint32_t c = lc_u8dec((const unsigned char *)s + j, &l);
  *n = i - j;
  return c;
}

/* Characters: bytes that are not continuation bytes (10xxxxxx), counted
 * sixteen at a time (SSE2: per byte lane, summed every 255 blocks), then
 * eight at a time. */
size_t lc_u8_count(const char *s, size_t n) {
  const uint64_t HI = 0x8080808080808080ull;
  size_t c = 0, i = 0;
#if defined(__SSE2__)
  while (i + 16 <= n) {
    __m128i acc = _mm_setzero_si128();
    for (int k = 0; k < 255 && i + 16 <= n; k++, i += 16) {
      __m128i x = _mm_loadu_si128((const __m128i *)(s + i));
      /* a lead or ASCII byte: x & 0xC0 != 0x80; the compare gives -1 */
      __m128i cont = _mm_cmpeq_epi8(_mm_and_si128(x, _mm_set1_epi8((char)0xC0)), _mm_set1_epi8((char)0x80));
      acc = _mm_sub_epi8(acc, _mm_andnot_si128(cont, _mm_set1_epi8(-1)));
    }
    __m128i sum = _mm_sad_epu8(acc, _mm_setzero_si128());
    c += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_extract_epi16(sum, 4);
  }
#endif
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t cont = w & ~(w << 1) & HI; /* bit 7 set, bit 6 clear */
    c += 8 - (size_t)(((cont >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

size_t lc_u8_width(const char *s, size_t n) {
  int w = u8_width((const uint8_t *)s, n, "UTF-8");
  return w < 0 ? lc_u8_count(s, n) : (size_t)w;
}

bool lc_is_cjk(uint32_t c) {
  return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

bool lc_is_space(uint32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || c == 0x2002 ||
         c == 0x2003 || c == 0x2009 || c == 0x202F || c == 0x200B ||
         c == 0xFEFF;
}

bool lc_is_sentence_end(uint32_t c) {
  return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' ||
         c == 0x2026 || c == 0xFF61 || c == ';' || c == 0xFF1B;
}

bool lc_is_closing(uint32_t c) {
  return c == 0x300D || c == 0x300F || c == 0x201D || c == 0x2019 ||
         c == ')' || c == 0xFF09 || c == 0x3011 || c == 0x300B || c == 0x3009 ||
         c == '"' || c == '\'' || c == ']' || c == 0x3015 || c == 0x3017;
}

/* The length of the maximal subpart of an ill-formed sequence at p (at
 * least 1): the longest prefix of a well-formed sequence (Unicode 3.9,
 * Table 3-7).  One U+FFFD stands for each.  libcmark, libunistring and
 * utf8proc disagree on this count; this is the one lichang uses. */
size_t lc_u8_bad_len(const unsigned char *p, size_t n) {
  unsigned char c = p[0], lo = 0x80, hi = 0xBF;
  size_t need;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  if (n < 2 || p[1] < lo || p[1] > hi) return 1;
  size_t k = 2;
  while (k <= need && k < n && (p[k] & 0xC0) == 0x80) k++;
  return k;
}
