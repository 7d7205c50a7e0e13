/*
 * claims.c: figures in sentences, normalised.
 *
 *   55億美元 -> 5.5e9 USD     500億 -> 5e10        90% -> 0.9 ratio
 *   五千萬 -> 5e7             三成 -> 0.3 ratio    四分之一 -> 0.25 ratio
 *   1.5 million dollars -> 1.5e6 USD
 * A bare number (a year, a count) is not a claim: a figure needs a
 * currency, a percentage, 成, 分之, or a multiplier of 萬 or more.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"

static int S_cn_digit(uint32_t c) {
  switch (c) {
  case 0x96F6: case 0x3007: return 0;           /* 零 〇 */
  case 0x4E00: return 1;                        /* 一 */
  case 0x4E8C: case 0x5169: case 0x4E24: return 2; /* 二 兩 两 */
  case 0x4E09: return 3; case 0x56DB: return 4; case 0x4E94: return 5;
  case 0x516D: return 6; case 0x4E03: return 7; case 0x516B: return 8;
  case 0x4E5D: return 9;
  default: return -1;
  }
}

static double S_cn_unit(uint32_t c) {
  switch (c) {
  case 0x5341: return 10;   /* 十 */
  case 0x767E: return 100;  /* 百 */
  case 0x5343: return 1000; /* 千 */
  default: return 0;
  }
}

static double S_cn_big(uint32_t c) {
  switch (c) {
  case 0x842C: case 0x4E07: return 1e4; /* 萬 万 */
  case 0x5104: case 0x4EBF: return 1e8; /* 億 亿 */
  case 0x5146: return 1e12;             /* 兆 */
  default: return 0;
  }
}

static bool S_starts(const char *v, size_t i, size_t e, const char *w) {
  if (i >= e || v[i] != w[0]) return false;
  size_t l = strlen(w);
  return i + l <= e && memcmp(v + i, w, l) == 0;
}

/* Parse a Chinese numeral at v[i..e); returns bytes used (0 if none). */
static size_t S_cn_number(const char *v, size_t i, size_t e, double *out, bool *has_big) {
  double total = 0, section = 0, number = 0;
  size_t j = i, used = 0;
  *has_big = false;
  while (j < e) {
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)v + j, &l);
    int d = S_cn_digit(c);
    double u = S_cn_unit(c), b = S_cn_big(c);
    if ((c == 0x9EDE || c == 0x70B9) && used && j + l < e) { /* 點 点: 三點五, 九十九點五 */
      size_t k = j + l, l2;
      double frac = 0, scale = 0.1;
      int d2;
      while (k < e && (d2 = S_cn_digit(lc_u8dec((const unsigned char *)v + k, &l2))) >= 0) {
        frac += d2 * scale;
        scale /= 10;
        k += l2;
      }
      if (k == j + l) break; /* no digit after it */
      number = section + number + frac; /* 九十九點五: the section so far and its decimals */
      section = 0;
      j = k;
      used++;
      continue;
    }
    if (d >= 0) number = d;
    else if (u) { section += (number ? number : 1) * u; number = 0; }
    else if (b) {
      if (!used) break;
      section = (section + number) * b;
      total += section;
      section = number = 0;
      *has_big = true;
    } else break;
    j += l;
    used++;
  }
  if (!used) return 0;
  *out = total + section + number;
  return j - i;
}

/* Multipliers after a number: 十 百 千 萬 億 兆, million, billion. */
static size_t S_multipliers(const char *v, size_t i, size_t e, double *mult, bool *has_big) {
  size_t j = i;
  *mult = 1;
  *has_big = false;
  /* 5.5 億: spaces before a multiplier */
  size_t sp = i;
  while (sp < e && v[sp] == ' ') sp++;
  if (sp > i && sp < e) {
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)v + sp, &l);
    if (S_cn_unit(c) || S_cn_big(c)) j = sp;
  }
  while (j < e) {
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)v + j, &l);
    double u = S_cn_unit(c), b = S_cn_big(c);
    if (u) *mult *= u;
    else if (b) { *mult *= b; *has_big = true; }
    else break;
    j += l;
  }
  size_t k = j;
  while (k < e && v[k] == ' ') k++;
  static const struct { const char *w; double m; } EN[] = {
      {"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}, {"bn", 1e9}, {"m ", 1e6}, {NULL, 0}};
  for (size_t q = 0; EN[q].w; q++)
    if (S_starts(v, k, e, EN[q].w)) {
      *mult *= EN[q].m;
      *has_big = true;
      return k + strlen(EN[q].w) - i - (EN[q].w[strlen(EN[q].w) - 1] == ' ');
    }
  return j - i;
}

static const struct { const char *w; const char *unit; } CURRENCY[] = {
    {"美元", "USD"}, {"美金", "USD"}, {"usd", "USD"}, {"dollars", "USD"},
    {"新台幣", "TWD"}, {"新臺幣", "TWD"}, {"台幣", "TWD"}, {"臺幣", "TWD"},
    {"人民幣", "CNY"}, {"人民币", "CNY"}, {"歐元", "EUR"}, {"欧元", "EUR"},
    {"日圓", "JPY"}, {"日元", "JPY"}, {"日幣", "JPY"}, {"港元", "HKD"},
    {"港幣", "HKD"}, {"港币", "HKD"}, {"英鎊", "GBP"}, {"英镑", "GBP"},
    {"韓元", "KRW"}, {"韩元", "KRW"}, {"新台币", "TWD"}, {"台币", "TWD"}, {"日币", "JPY"},
    {"元", "CNY/TWD"}, {"塊", "CNY/TWD"}, {"块", "CNY/TWD"},
    {NULL, NULL}};

/* Are the three bytes at p one of the characters ws? */
static bool S_has_suffix3(const char *p, const char *const *ws) {
  for (size_t k = 0; ws[k]; k++)
    if (memcmp(p, ws[k], 3) == 0) return true;
  return false;
}

static bool S_claim(lc_analysis *an, const lc_doc *doc, int si, size_t s, size_t e,
                    double value, const char *unit) {
  const lc_sentence *se = &LC_AT(an->sentences, lc_sentence, si);
  lc_claim *c = lc_vec_push(&an->claims);
  if (!c) return false;
  c->sentence = si;
  c->turn = se->turn;
  c->speaker = LC_AT(doc->turns, lc_turn, se->turn).speaker;
  c->start = s;
  c->end = e;
  c->value = value;
  size_t ul = strlen(unit); /* units are short words of the code */
  if (ul >= sizeof c->unit) ul = sizeof c->unit - 1;
  memcpy(c->unit, unit, ul);
  c->unit[ul] = 0;
  return true;
}



/* The three-byte characters a figure can start with (Chinese numerals, 十,
 * 百 of 百分之): a bit per code point of U+0800..U+FFFF.  Any other
 * character is skipped after one table load. */
static uint64_t start_cp[65536 / 64];
static pthread_once_t start_once = PTHREAD_ONCE_INIT;

/* The first two bytes of every such character, as S_maybe16 tests them;
 * should a numeral ever be added outside these, the sixteen-byte search
 * is not used (start_pairs_ok) rather than miss it. */
static const unsigned char START_PAIRS[][2] = {
    {0xE4, 0xB8}, {0xE4, 0xB9}, {0xE4, 0xBA}, {0xE5, 0x85}, {0xE5, 0x8D},
    {0xE5, 0x9B}, {0xE7, 0x99}, {0xE9, 0x9B}, {0xE3, 0x80}};
static bool start_pairs_ok = true;

static void S_start_init(void) {
  for (uint32_t c = 0x800; c < 0x10000; c++)
    if (S_cn_digit(c) >= 0 || c == 0x5341 || c == 0x767E) {
      start_cp[c >> 6] |= (uint64_t)1 << (c & 63);
      unsigned char b0 = (unsigned char)(0xE0 | c >> 12), b1 = (unsigned char)(0x80 | (c >> 6 & 63));
      bool known = false;
      for (size_t k = 0; k < sizeof START_PAIRS / sizeof START_PAIRS[0]; k++)
        known = known || (START_PAIRS[k][0] == b0 && START_PAIRS[k][1] == b1);
      if (!known) start_pairs_ok = false;
    }
}

static inline bool S_is_start(const char *v, size_t i) {
  unsigned char b0 = (unsigned char)v[i];
  if (b0 < 0x80) return b0 >= '0' && b0 <= '9';
  if (b0 < 0xE0 || b0 > 0xEF) return false;
  uint32_t cp = ((uint32_t)(b0 & 15) << 12) | ((uint32_t)(v[i + 1] & 63) << 6) | (v[i + 2] & 63);
  return start_cp[cp >> 6] >> (cp & 63) & 1;
}

#if defined(__SSE2__)
/* Of the 16 bytes at p, a bit for each that may begin a figure: an ASCII
 * digit, or the lead byte of a character whose first two bytes are those
 * of a Chinese numeral, 十 or 百 (E4 B8/B9/BA, E5 85/8D/9B, E7 99, E9 9B,
 * E3 80: START_PAIRS); S_is_start decides.  Reads p[0..17). */
static inline unsigned S_maybe16(const unsigned char *p) {
  __m128i x = _mm_loadu_si128((const __m128i *)p), y = _mm_loadu_si128((const __m128i *)(p + 1));
#define EQ(a, c) _mm_cmpeq_epi8(a, _mm_set1_epi8((char)(c)))
  __m128i digit = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8('0')),
                                               _mm_set1_epi8((char)0x80)),
                                 _mm_set1_epi8((char)(0x80 + 10)));
  __m128i e4 = _mm_and_si128(EQ(x, 0xE4), _mm_or_si128(_mm_or_si128(EQ(y, 0xB8), EQ(y, 0xB9)), EQ(y, 0xBA)));
  __m128i e5 = _mm_and_si128(EQ(x, 0xE5), _mm_or_si128(_mm_or_si128(EQ(y, 0x85), EQ(y, 0x8D)), EQ(y, 0x9B)));
  __m128i rest = _mm_or_si128(_mm_or_si128(_mm_and_si128(EQ(x, 0xE7), EQ(y, 0x99)),
                                           _mm_and_si128(EQ(x, 0xE9), EQ(y, 0x9B))),
                              _mm_and_si128(EQ(x, 0xE3), EQ(y, 0x80)));
#undef EQ
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(digit, e4), _mm_or_si128(e5, rest)));
}
#endif

/* The first character at or after i (a character boundary) and before e
 * that may begin a figure, or e. */
static size_t S_next_start(const char *v, size_t vlen, size_t i, size_t e) {
#if defined(__SSE2__)
  while (start_pairs_ok && i + 17 <= vlen && i < e) {
    unsigned m = S_maybe16((const unsigned char *)v + i);
    while (m) {
      size_t k = i + (size_t)__builtin_ctz(m);
      if (k >= e) return e;
      if (S_is_start(v, k)) return k;
      m &= m - 1;
    }
    i += 16;
  }
  if (i >= e) return e;
  /* back to a character boundary, then one character at a time */
  while (((unsigned char)v[i] & 0xC0) == 0x80) i++;
#endif
  while (i < e && !S_is_start(v, i)) i += lc_u8len((unsigned char)v[i]);
  return i < e ? i : e;
}

bool lc_find_claims(lc_analysis *an, const lc_doc *doc) {
  const char *v = doc->view;
  pthread_once(&start_once, S_start_init);
  size_t ns = an->sentences.len;
  for (size_t si = 0; si < ns; si++) {
    const lc_sentence *se = &LC_AT(an->sentences, lc_sentence, si);
    size_t i = se->start, e = se->end;
    for (;;) {
      /* a figure starts with a digit, a Chinese numeral, 十 or 百分之 */
      i = S_next_start(v, doc->vlen, i, e);
      if (i >= e) break;
      size_t l;
      uint32_t c = lc_u8dec((const unsigned char *)v + i, &l);
      size_t s = i;
      double num = 0;
      bool cn_big = false;
      size_t used = 0;
      bool ascii = c >= '0' && c <= '9';
      /* 百分之三十, X分之Y */
      if (S_starts(v, i, e, "百分之")) {
        size_t k = S_cn_number(v, i + 9, e, &num, &cn_big);
        if (!k) { /* digits */
          char *end;
          num = strtod(v + i + 9, &end);
          k = (size_t)(end - (v + i + 9));
        }
        if (k) {
          if (!S_claim(an, doc, (int)si, s, i + 9 + k, num / 100, "ratio")) return false;
          i += 9 + k;
          continue;
        }
      }
      if (ascii) {
        /* digits with thousands separators and a decimal part */
        char buf[64];
        size_t bl = 0, j = i;
        while (j < e && bl < 60 && ((v[j] >= '0' && v[j] <= '9') ||
                                    (v[j] == ',' && j + 3 < e && v[j + 1] >= '0' && v[j + 1] <= '9' &&
                                     v[j + 2] >= '0' && v[j + 2] <= '9' && v[j + 3] >= '0' && v[j + 3] <= '9') ||
                                    (v[j] == '.' && j + 1 < e && v[j + 1] >= '0' && v[j + 1] <= '9'))) {
          if (v[j] != ',') buf[bl++] = v[j];
          j++;
        }
        buf[bl] = 0;
        /* part of a word or a code (h20, 3a090): not a figure */
        bool word = (s > se->start && ((v[s - 1] >= 'a' && v[s - 1] <= 'z') || v[s - 1] == '-')) ||
                    (j < e && v[j] >= 'a' && v[j] <= 'z' && !S_starts(v, j, e, "million") &&
                     !S_starts(v, j, e, "billion") && !S_starts(v, j, e, "bn") &&
                     !S_starts(v, j, e, "usd") && !S_starts(v, j, e, "trillion"));
        num = strtod(buf, NULL);
        used = j - i;
        if (word) { i = j; continue; }
      } else if (S_cn_digit(c) >= 0 || (S_cn_unit(c) && c == 0x5341)) {
        used = S_cn_number(v, i, e, &num, &cn_big);
      }
      if (!used) { i += l; continue; }
      /* 數十億, 幾百萬: vague amounts are not figures */
      if (s >= se->start + 3 && (memcmp(v + s - 3, "數", 3) == 0 || memcmp(v + s - 3, "数", 3) == 0 ||
                                 memcmp(v + s - 3, "幾", 3) == 0 || memcmp(v + s - 3, "几", 3) == 0)) {
        i += used;
        continue;
      }
      size_t j = i + used;
      double mult;
      bool big;
      j += S_multipliers(v, j, e, &mult, &big);
      big = big || cn_big;
      num *= mult;
      /* 1億5千萬, 3億2000萬: a smaller part after a large unit */
      for (double last = big ? mult : 0; last >= 1e4 && j < e && v[j] >= '0' && v[j] <= '9';) {
        char *end;
        double n2 = strtod(v + j, &end);
        size_t k = (size_t)(end - (v + j));
        double m2;
        bool b2;
        size_t ml = S_multipliers(v, j + k, e, &m2, &b2);
        if (!ml || m2 <= 1 || m2 >= last || v[j + k] == ' ') break;
        num += n2 * m2;
        j += k + ml;
        last = m2;
      }
      /* X分之Y */
      if (S_starts(v, j, e, "分之")) {
        double y;
        bool b2;
        size_t k = S_cn_number(v, j + 6, e, &y, &b2);
        if (k && num > 0) {
          if (!S_claim(an, doc, (int)si, s, j + 6 + k, y / num, "ratio")) return false;
          i = j + 6 + k;
          continue;
        }
      }
      size_t k = j;
      while (k < e && v[k] == ' ') k++;
      const char *unit = NULL;
      size_t uend = k;
      if (k < e && v[k] == '%') { unit = "ratio"; num /= 100; uend = k + 1; }
      else if (S_starts(v, k, e, "成") && num > 0 && num <= 10 && !big) {
        size_t a = k + 3;
        bool ok = a >= e;
        if (!ok) {
          size_t l2;
          uint32_t n2 = lc_u8dec((const unsigned char *)v + a, &l2);
          /* a word that 成 begins (成長, 成為, 成本 …; 一成不變) is no
           * tenths: any other character may follow (四成集中, 九成掉到) */
          static const char WORD[] = "長长為为本功果員员立熟交績绩效就品型形分份敗败真年人行事群千語语不全器像套批家名";
          ok = !lc_is_cjk(n2) || l2 != 3 || !lc_in_set(v + a, WORD, 3);
        }
        /* 兩成五, 九成九, 一成半: hundredths after 成 */
        size_t l3;
        uint32_t n3 = a < e ? lc_u8dec((const unsigned char *)v + a, &l3) : 0;
        int d3 = n3 ? S_cn_digit(n3) : -1;
        double extra = d3 > 0 ? d3 / 100.0 : n3 == 0x534A ? 0.05 : 0; /* 半 */
        if (!ok && extra > 0) {
          size_t a2 = a + l3, l4;
          ok = a2 >= e || !lc_is_cjk(lc_u8dec((const unsigned char *)v + a2, &l4)) ||
               S_starts(v, a2, e, "的") || S_starts(v, a2, e, "左右") || S_starts(v, a2, e, "以上");
          if (!ok) extra = 0;
        }
        if (ok) { unit = "ratio"; num = num / 10 + extra; uend = k + 3 + (extra > 0 ? l3 : 0); }
      } else {
        for (size_t q = 0; CURRENCY[q].w; q++)
          if (S_starts(v, k, e, CURRENCY[q].w)) {
            unit = CURRENCY[q].unit;
            uend = k + strlen(CURRENCY[q].w);
            break;
          }
        /* 500億元人民幣: a bare 元 and then the currency's name */
        if (unit && strcmp(unit, "CNY/TWD") == 0)
          for (size_t q = 0; CURRENCY[q].w; q++)
            if (strcmp(CURRENCY[q].unit, "CNY/TWD") != 0 && S_starts(v, uend, e, CURRENCY[q].w)) {
              unit = CURRENCY[q].unit;
              uend += strlen(CURRENCY[q].w);
              break;
            }
        /* $55 billion, NT$1,200億, HK$30億, €50億, £20億, RMB 100億 */
        size_t b0 = s;
        while (b0 > se->start && v[b0 - 1] == ' ') b0--;
        unsigned char lastb = b0 > se->start ? (unsigned char)v[b0 - 1] : 0;
        if (!unit && (lastb == '$' || lastb == 'b' || lastb == 'y' || lastb == 'd' ||
                      lastb == 0xAC || lastb == 0xA3)) { /* $ rmb cny twd usd € £ */
          static const struct { const char *w; const char *unit; } SIGN[] = {
              {"nt$", "TWD"}, {"hk$", "HKD"}, {"us$", "USD"}, {"s$", "SGD"}, {"a$", "AUD"},
              {"c$", "CAD"},  {"$", "USD"},   {"€", "EUR"},   {"£", "GBP"},  {"rmb", "CNY"},
              {"cny", "CNY"}, {"twd", "TWD"}, {"usd", "USD"}, {NULL, NULL}};
          size_t b = s;
          while (b > se->start && v[b - 1] == ' ') b--;
          for (size_t q = 0; SIGN[q].w; q++) {
            size_t sl = strlen(SIGN[q].w);
            if (b - se->start < sl || memcmp(v + b - sl, SIGN[q].w, sl) != 0) continue;
            /* a Latin prefix is a word of its own, not the end of one */
            if (SIGN[q].w[0] >= 'a' && SIGN[q].w[0] <= 'z' && b - sl > se->start &&
                v[b - sl - 1] >= 'a' && v[b - sl - 1] <= 'z')
              continue;
            unit = SIGN[q].unit;
            s = b - sl;
            uend = j;
            break;
          }
        }
        /* 新台幣1.5兆元, 美金55億: the currency before the figure names it (a
         * bare 元 after it, if any, stays in the claim) */
        size_t b = s;
        while (b > se->start && v[b - 1] == ' ') b--;
        /* every currency name ends in one of these (or in "usd") */
        static const char *const LAST[] = {"元", "幣", "币", "金", "圓", "鎊", "镑", NULL};
        bool may = (b - se->start >= 3 && S_has_suffix3(v + b - 3, LAST)) ||
                   (b > se->start && v[b - 1] == 'd');
        if (may && (!unit || strcmp(unit, "CNY/TWD") == 0)) {
          for (size_t q = 0; CURRENCY[q].w; q++) {
            size_t cl = strlen(CURRENCY[q].w);
            if (strcmp(CURRENCY[q].unit, "CNY/TWD") == 0 || cl > b - se->start ||
                memcmp(v + b - cl, CURRENCY[q].w, cl) != 0)
              continue;
            if (!unit) uend = j;
            unit = CURRENCY[q].unit;
            s = b - cl;
            break;
          }
        }
        if (!unit && big) { unit = ""; uend = j; }
      }
      if (unit) {
        if (!S_claim(an, doc, (int)si, s, uend, num, unit)) return false;
        i = uend;
      } else {
        i = j > i ? j : i + l;
      }
    }
  }
  return true;
}
