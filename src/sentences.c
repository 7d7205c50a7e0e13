/*
 * sentences.c: turns -> sentences.
 *
 * A sentence ends at 。！？；… (in the view: 。 ! ? ; and runs of '.'), or at
 * a line end; closing quotes and brackets after the end stay with it.  A
 * terminator inside quotation marks does not end the sentence unless the
 * quotation runs on for longer than MAX_QUOTE bytes (an unclosed 「), but a
 * quotation of more than twelve characters that closes right after one
 * (「…。」) ends it.
 * Nor is a sentence longer than MAX_SENTENCE bytes (text with no full stops,
 * as speech recognition writes it): it is cut at its last clause break or
 * space within that length, so the work on each sentence, which looks at
 * pairs of its words, stays bounded.
 */
#include <string.h>
#include "analysis.h"

#define MAX_QUOTE 600
#define MAX_SENTENCE 1024 /* about 340 CJK characters */

static bool S_open_quote(uint32_t c) {
  return c == 0x300C || c == 0x300E || c == 0x201C || c == 0x2018 || c == 0x300A;
}
static bool S_close_quote(uint32_t c) {
  return c == 0x300D || c == 0x300F || c == 0x201D || c == 0x2019 || c == 0x300B;
}

static bool S_push1(lc_analysis *an, const lc_doc *doc, int turn, size_t s, size_t e);

/* Past the run of terminators and closing marks that stays with a sentence
 * ending before v[i]. */
static size_t S_end_run(const char *v, size_t i, size_t e) {
  size_t l;
  while (i < e) {
    uint32_t d = lc_u8dec((const unsigned char *)v + i, &l);
    if (lc_is_sentence_end(d) || d == '.' || lc_is_closing(d) || S_close_quote(d)) i += l;
    else break;
  }
  return i;
}

/* Where a stretch v[s, e) longer than MAX_SENTENCE is cut first: after the
 * last clause break (, ; :) or space in its first MAX_SENTENCE bytes, else
 * at the last character start there. */
static size_t S_cut(const char *v, size_t s) {
  size_t lim = s + MAX_SENTENCE, cut = 0;
  for (size_t i = lim; i > s + MAX_SENTENCE / 4 && !cut; i--)
    if (v[i - 1] == ',' || v[i - 1] == ';' || v[i - 1] == ':' || v[i - 1] == ' ') cut = i;
  if (!cut) {
    cut = lim;
    while (cut > s + 1 && ((unsigned char)v[cut] & 0xC0) == 0x80) cut--;
  }
  return cut;
}

static bool S_push(lc_analysis *an, const lc_doc *doc, int turn, size_t s, size_t e) {
  while (e - s > MAX_SENTENCE) {
    size_t cut = S_cut(doc->view, s);
    if (!S_push1(an, doc, turn, s, cut)) return false;
    s = cut;
  }
  return S_push1(an, doc, turn, s, e);
}

/* Does v[s] begin its line (after any indent)? */
static bool S_line_start(const char *v, size_t s) {
  while (s > 0 && v[s - 1] == ' ') s--;
  return s == 0 || v[s - 1] == '\n';
}

static bool S_push1(lc_analysis *an, const lc_doc *doc, int turn, size_t s, size_t e) {
  const char *v = doc->view;
  /* trim spaces, bullets and newlines */
  for (;;) {
    while (s < e && (v[s] == ' ' || v[s] == '\n' || v[s] == '\t')) s++;
    size_t bl = s < e ? lc_bullet_len(v, s, e) : 0;
    /* a bullet (●, ・), or a list marker (- * + 1.) at the start of a line */
    if (bl && bl < e - s && ((unsigned char)v[s] >= 0x80 || S_line_start(v, s))) { s += bl; continue; }
    break;
  }
  while (e > s && (v[e - 1] == ' ' || v[e - 1] == '\n' || v[e - 1] == '\t')) e--;
  if (s >= e) return true;
  lc_sentence *x = lc_vec_push(&an->sentences);
  if (!x) return false;
  x->start = s;
  x->end = e;
  x->turn = turn;
  /* a question: '?' at its end, a final 嗎/吗/呢, or a tag (對吧, 是不是) */
  size_t p = e, l;
  while (p > s) {
    uint32_t c = lc_u8prev(v, p, &l);
    if (lc_is_closing(c) || c == ' ') p -= l; else break;
  }
  if (p > s) {
    uint32_t c = lc_u8prev(v, p, &l);
    x->question = c == '?' || c == 0x55CE || c == 0x5417 || c == 0x5462; /* 嗎 吗 呢 */
    if (!x->question && (c == 0x5427 || c == 0x5C0D || c == 0x5BF9 || c == 0x662F)) {
      /* a tag: 對吧, 是吧, 沒錯吧, 對不對, 是不是 (吧 對 对 是 last) */
      static const char *const TAG[] = {"對吧", "对吧", "是吧", "沒錯吧", "没错吧", "對不對",
                                        "对不对", "是不是", NULL};
      for (size_t k = 0; TAG[k] && !x->question; k++) {
        size_t n = strlen(TAG[k]);
        x->question = p - s >= n && memcmp(v + p - n, TAG[k], n) == 0;
      }
    }
  }
  return true;
}

#if defined(__SSE2__)
/* Of the 16 bytes at p, a bit for each that may matter outside quotation
 * marks: a line end, '"', '!', '?', ';', '.', or the lead byte E2, E3 or
 * EF (every other full stop and quotation mark begins with one of those). */
static inline unsigned S_marks16(const char *p) {
  __m128i x = _mm_loadu_si128((const __m128i *)p);
  __m128i a = _mm_or_si128(_mm_or_si128(LC_EQ16(x, '\n'), LC_EQ16(x, '"')),
                           _mm_or_si128(LC_EQ16(x, '!'), LC_EQ16(x, '?')));
  __m128i b = _mm_or_si128(_mm_or_si128(LC_EQ16(x, ';'), LC_EQ16(x, '.')),
                           _mm_or_si128(LC_EQ16(x, 0xE2), LC_EQ16(x, 0xE3)));
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(a, b), LC_EQ16(x, 0xEF)));
}
#endif

bool lc_split_sentences(lc_analysis *an, const lc_doc *doc, int turn) {
  const lc_turn *t = &LC_AT(doc->turns, lc_turn, turn);
  const char *v = doc->view;
  size_t s = t->start, i = t->start, e = t->end;
  int depth = 0;
  size_t qstart = 0;
  while (i < e) {
#if defined(__SSE2__)
    if (!depth) { /* outside quotation marks, on to the next byte that may matter */
      i = lc_skip16(v, doc->vlen, i, e, S_marks16);
      if (i >= e) break;
    }
#endif
    unsigned char b = (unsigned char)v[i];
    if (lc_is_cjk_lead(b)) { i += 3; continue; } /* never a mark */
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)v + i, &l);
    if (S_open_quote(c)) { if (!depth) qstart = i; depth++; i += l; continue; }
    if (S_close_quote(c) && depth) {
      depth--;
      /* a quotation of more than twelve characters that ends with its own
       * full stop ends the sentence (他強調，「…有跡可循。」他認為，…; not
       * 他說「不。好。」然後走了。) */
      size_t pl;
      bool stop = !depth && i > s && i - qstart > 3 * 12 && lc_is_sentence_end(lc_u8prev(v + s, i - s, &pl));
      i += l;
      if (!stop) continue;
      i = S_end_run(v, i, e);
      if (!S_push(an, doc, turn, s, i)) return false;
      s = i;
      continue;
    }
    if (c == '"') { /* straight quotes toggle */
      if (depth) depth--; else { depth++; qstart = i; }
      i += l;
      continue;
    }
    if (depth && i - qstart > MAX_QUOTE) depth = 0;
    bool end = c == '\n' && !depth ? true : false;
    if (c == '\n' && depth) end = true, depth = 0; /* quotes do not cross lines */
    if (!depth && (lc_is_sentence_end(c) || (c == '.' && i + 1 < e && v[i + 1] == '.'))) end = true;
    if (!end) { i += l; continue; }
    i = S_end_run(v, i + l, e); /* terminators and closing marks stay with it */
    if (!S_push(an, doc, turn, s, i)) return false;
    s = i;
  }
  return S_push(an, doc, turn, s, e);
}
