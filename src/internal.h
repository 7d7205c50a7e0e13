/*
 * internal.h: the document model shared by the stages.  Not installed.
 *
 * Three byte spaces exist for one document:
 *   orig  the bytes as read (what every printed offset refers to);
 *   text  valid UTF-8 with "\n" line ends and no BOM (clean.c);
 *   view  text under NFKC and case folding, for matching (normalize.c).
 * Every stage after normalize.c works on view offsets; emitters convert
 * them with lc_view_to_orig().  When a step changes nothing, its output
 * aliases its input (no copy).
 */
#ifndef LICHANG_INTERNAL_H
#define LICHANG_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "lichang.h"

/* ---- buffer.c: growable byte buffer and vectors ----------------------- */

typedef struct lc_buf {
  char *ptr;
  size_t len, cap;
  bool oom; /* sticky: an append failed (or the sink failed) */
  bool sink_failed;
  /* optional: where lc_buf_flush_point() sends full buffers */
  bool (*sink)(void *ctx, const char *p, size_t n);
  void *sink_ctx;
} lc_buf;

void lc_buf_grow(lc_buf *b, size_t extra);
void lc_buf_put_slow(lc_buf *b, const void *p, size_t n);
void lc_buf_putc_slow(lc_buf *b, char c);
/* Appends (inline while there is room: the emitters append a few bytes at
 * a time). */
static inline void lc_buf_put(lc_buf *b, const void *p, size_t n) {
  if (b->len + n < b->cap && !b->oom) {
    memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
  } else {
    lc_buf_put_slow(b, p, n);
  }
}
static inline void lc_buf_putc(lc_buf *b, char c) {
  if (b->len + 1 < b->cap && !b->oom) {
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
  } else {
    lc_buf_putc_slow(b, c);
  }
}
void lc_buf_puts(lc_buf *b, const char *s);
/* Numbers as printf's %lld, %.2f and %.15g write them (the emitters'
 * records, without parsing a format each time). */
void lc_buf_int(lc_buf *b, long long v);
void lc_buf_fixed2(lc_buf *b, double d);
void lc_buf_g15(lc_buf *b, double d);
/* A string literal, its length known at compile time. */
#define LC_LIT(b, s) lc_buf_put((b), (s), sizeof(s) - 1)
void lc_buf_printf(lc_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void lc_buf_free(lc_buf *b);
/* Between two records: when the buffer has a sink and holds more than a
 * chunk, hand its content to the sink and start again. */
void lc_buf_flush_point(lc_buf *b);

/* A vector of fixed-size items: grows geometrically, never shrinks. */
typedef struct lc_vec {
  void *items;
  size_t len, cap, size;
} lc_vec;
#define LC_VEC(type) {NULL, 0, 0, sizeof(type)}
/* Returns a pointer to a new zeroed item, or NULL when out of memory. */
void *lc_vec_push_slow(lc_vec *v);
static inline void *lc_vec_push(lc_vec *v) {
  if (v->len == v->cap) return lc_vec_push_slow(v);
  void *it = (char *)v->items + v->len * v->size;
  memset(it, 0, v->size);
  v->len++;
  return it;
}
/* The same, the item not zeroed: for the hot loops that set every field. */
static inline void *lc_vec_push_raw(lc_vec *v) {
  if (v->len == v->cap) return lc_vec_push_slow(v);
  return (char *)v->items + v->len++ * v->size;
}
void lc_vec_free(lc_vec *v);
/* dst = a copy of src's items (same item size); false when out of memory. */
bool lc_vec_copy(lc_vec *dst, const lc_vec *src);
#define LC_AT(vec, type, i) (((type *)(vec).items)[i])

char *lc_strndup(const char *s, size_t n);

/* ---- offset maps ------------------------------------------------------ */

/* One edit: dst bytes [dst, dst+dlen) stand for src bytes [src, src+slen). */
typedef struct lc_edit {
  size_t dst, src;
  uint32_t dlen, slen;
} lc_edit;

typedef struct lc_map {
  lc_vec edits; /* of lc_edit, in increasing dst order */
} lc_map;

/* Map a dst offset to src; is_end picks the end of an edited span. */
size_t lc_map_apply(const lc_map *m, size_t dst, bool is_end);
/* The same, starting from *hint (updated): near-linear for offsets in
 * increasing order. */
size_t lc_map_apply_at(const lc_map *m, size_t dst, bool is_end, size_t *hint);
bool lc_map_add(lc_map *m, size_t dst, uint32_t dlen, size_t src,
                uint32_t slen);

/* The original bytes of an ill-formed sequence cleaning replaced. */
typedef struct lc_replaced {
  size_t src;     /* orig offset */
  char bytes[4];  /* 1 to 3 of them (the edit's slen) */
} lc_replaced;

/* ---- diagnostics ------------------------------------------------------ */

typedef struct lc_diag_item {
  lc_diag d;
  size_t text_off; /* where, in text space (line/col filled in later) */
} lc_diag_item;

/* ---- blocks ----------------------------------------------------------- */

typedef enum lc_block_kind {
  LC_BLOCK_PARAGRAPH = 0,
  LC_BLOCK_HEADING,
  LC_BLOCK_LIST_ITEM,
  LC_BLOCK_QUOTE,
  LC_BLOCK_CODE,
  LC_BLOCK_HTML,
  LC_BLOCK_THEMATIC,
  LC_BLOCK_OTHER,
  LC_BLOCK_FRONT_MATTER
} lc_block_kind;

typedef struct lc_block {
  size_t start, end;        /* view offsets: first to last non-blank byte+1 */
  size_t line, end_line;    /* 1-based */
  size_t cstart;            /* view offset where content starts (after
                               heading #, list marker, quote >, label) */
  lc_block_kind kind;
  int level;                /* heading level, 0 otherwise */
  int label;                /* index into doc->labels, or -1 */
  bool md_heading;          /* an explicit Markdown heading */
} lc_block;

/* A speaker label found at the start of a line. */
typedef struct lc_label {
  size_t start, end;   /* view offsets of the whole label incl. colon/markup */
  size_t nstart, nend; /* view offsets of the name */
  size_t cstart;       /* view offset where the spoken text starts */
  int name_id;         /* index into doc->names */
  int shape;           /* LC_LABEL_* */
} lc_label;

enum {
  LC_LABEL_COLON = 1,  /* Name: / Name： */
  LC_LABEL_SPACE,      /* Name<space> (needs recurrence) */
  LC_LABEL_BRACKET,    /* 【Name】 */
  LC_LABEL_BOLD        /* **Name**： / **Name：** */
};

/* A distinct label name seen in the document. */
typedef struct lc_name {
  char *key;      /* normalised (view bytes) */
  size_t klen;
  size_t nocc;    /* occurrences as a candidate */
  size_t nwith;   /* occurrences with a sentence after it on the line */
  size_t nbare;   /* occurrences alone on a line, no colon or time stamp */
  int shape_mask; /* shapes seen */
  bool accepted;
  int speaker;    /* index into doc->speakers once turns are built */
  /* from a cast list before the interview (主持人：劉家豪（本刊總編輯）):
   * for a role word, 1 + the name it gives (0: none; -1: several); for
   * that name, its role (an lc_role) and where the list writes it */
  int cast_person;
  int cast_role;
  size_t cast_ns, cast_ne;
} lc_name;

/* ---- turns, sections, speakers --------------------------------------- */

typedef enum lc_role {
  LC_ROLE_NONE = 0,
  LC_ROLE_INTERVIEWER,
  LC_ROLE_INTERVIEWEE,
  LC_ROLE_HOST,
  LC_ROLE_GUEST,
  LC_ROLE_REPORTER,
  LC_ROLE_OFFICIAL,
  LC_ROLE_COMMENTATOR,
  LC_ROLE_NARRATOR,
  LC_ROLE_MENTIONED /* named in narration as holding a view, never speaks */
} lc_role;
const char *lc_role_name(lc_role r);

typedef struct lc_speaker {
  char *name;      /* original bytes of the first label's name */
  char *key;       /* normalised canonical key */
  const char *canon; /* canonical name from the alias lexicon, or NULL */
  lc_vec labels;   /* of char* (original forms, unique) */
  lc_vec keys;     /* of char* (their normalised forms, unique) */
  lc_role role;
  size_t turns, chars;
  size_t questions; /* turns that mostly ask */
  bool narrator;
} lc_speaker;

typedef struct lc_section {
  size_t hstart, hend;   /* heading text, view offsets */
  size_t start, end;     /* extent, view offsets */
  size_t line;
  int block;
} lc_section;

typedef struct lc_turn {
  int speaker;
  int section;     /* -1 for none */
  size_t start, end; /* view offsets of the text (label excluded) */
  size_t lstart;     /* view offset of the label, or start */
  int first_block, last_block;
  bool is_question;
} lc_turn;

/* ---- the document ----------------------------------------------------- */

struct lc_lexicon;

struct lc_doc {
  char *name;
  lc_status status;
  const struct lc_lexicon *lex;
  bool markdown;

  /* orig: read with lc_orig_bytes() (its buffer may hold the text) */
  char *orig;
  size_t olen;
  bool orig_valid; /* orig is valid UTF-8 with no NUL (clean.c) */
  /* text: orig's buffer (clean changed nothing, or cleaned it in place:
   * then orig_in_text), or a copy (strict mode) */
  char *text;
  size_t tlen;
  lc_map text_map;   /* text -> orig */
  bool orig_in_text; /* orig's bytes are text's with text_map undone */
  lc_vec replaced;   /* of lc_replaced: what each U+FFFD stands for, by src */
  /* view (aliases text when normalisation changed nothing) */
  char *view;
  size_t vlen;
  lc_map view_map; /* view -> text */
  size_t view_hint; /* where the structure stages' last view -> text lookup ended */

  lc_vec lines; /* of size_t: view offsets of line starts */
  size_t body_start; /* view offset after front matter */

  lc_vec diags; /* of lc_diag_item */

  char *title, *date, *source; /* malloc'd, or NULL */
  size_t title_start, title_end; /* view offsets, or equal when none */
  size_t source_start, source_end;

  lc_vec labels;   /* of lc_label */
  lc_vec names;    /* of lc_name */
  lc_vec blocks;   /* of lc_block */
  lc_vec speakers; /* of lc_speaker */
  int32_t *spk_hash; /* speaker key -> index */
  size_t spk_hcap;
  lc_vec sections; /* of lc_section */
  lc_vec turns;    /* of lc_turn */

  struct lc_analysis *an; /* positions, claims, summaries (analysis) */
};

/* doc.c */
void lc_doc_warn(lc_doc *doc, size_t text_off, bool is_error,
                 const char *fmt, ...) __attribute__((format(printf, 4, 5)));
size_t lc_view_to_text(const lc_doc *doc, size_t v, bool is_end);
/* The same, searching from where the last such lookup ended (the structure
 * stages ask in the order of the text: a few steps, not a search of the
 * whole map each time). */
size_t lc_view_to_text_near(lc_doc *doc, size_t v, bool is_end);
/* A view span [vs, ve) in the text: an empty span where bytes were taken out
 * (a BOM or NUL inside the text) maps its start past them and its end before
 * them; the end is kept at or after the start. */
void lc_view_span_to_text(lc_doc *doc, size_t vs, size_t ve, size_t *ts, size_t *te);
size_t lc_view_to_orig(const lc_doc *doc, size_t v, bool is_end);
size_t lc_text_to_orig(const lc_doc *doc, size_t t, bool is_end);
/* 1-based line of a view offset. */
size_t lc_view_line(const lc_doc *doc, size_t v);
/* The original bytes [os, oe): in orig, or put back together in tmp when
 * the text was cleaned over them (clean.c); NULL when memory ran out. */
const char *lc_orig_bytes(const lc_doc *doc, size_t os, size_t oe, lc_buf *tmp);

/* Stages, in order; each returns LC_OK or a reason. */
lc_status lc_clean(lc_doc *doc, bool strict);          /* clean.c */
lc_status lc_normalize(lc_doc *doc);                   /* normalize.c */
lc_status lc_front_matter(lc_doc *doc);                /* markdown.c */
lc_status lc_find_labels(lc_doc *doc);                 /* labels.c */
lc_status lc_blocks_text(lc_doc *doc);                 /* blocks.c */
lc_status lc_blocks_markdown(lc_doc *doc);             /* markdown.c */
lc_status lc_build_turns(lc_doc *doc);                 /* turns.c */
lc_status lc_assign_speakers(lc_doc *doc);             /* speakers.c */
lc_status lc_analyse(lc_doc *doc);                     /* analysis.c */
void lc_analysis_free(struct lc_analysis *an);
/* lc_analyse keeps its working memory per thread, from one document to the
 * next; freed when the thread ends, or by this (for the calling thread). */
void lc_analysis_release(void);

/* labels.c: is this normalised name a generic role (問, 主持人, …委員)? */
bool lc_label_is_role(const char *key, size_t n);
/* The length of a name key without the mark that says which one of several
 * it is (記者甲, 聽眾一, 來賓 2, 觀眾b, 聽眾3號: the role before it), or n
 * when it has none. */
size_t lc_ordinal_base(const char *key, size_t n);
/* speakers.c */
int lc_speaker_for_name(lc_doc *doc, const char *key, size_t n, size_t ns,
                        size_t ne, lc_role role);
int lc_speaker_narrator(lc_doc *doc);
int lc_speaker_answerer(lc_doc *doc);
/* The speaker whose key is key[0..n), or -1. */
int lc_speaker_find(const lc_doc *doc, const char *key, size_t n);
/* The speaker for a person named in narration (normalised key; display name
 * view [ns, ne), or canon when given), created with role mentioned and no
 * labels on first use.  Returns -1 when out of memory. */
int lc_speaker_mentioned(lc_doc *doc, const char *key, size_t n, const char *canon, size_t ns,
                         size_t ne);
bool lc_speakers_drop(lc_doc *doc, size_t from, const bool *keep, int *map);
/* Free what a speaker owns (name, key, labels). */
void lc_speaker_clear(lc_speaker *sp);
/* Does v[s..e) end asking: a '?' (？ in the view) or a final 嗎/吗/呢, past
 * closing quotes, brackets and full stops? */
bool lc_ends_asking(const char *v, size_t s, size_t e);
/* labels.c: a label name that is a role word, then a personal name (主持人
 * 陳文茜): the bytes of the role and the spaces after it, its role in *role;
 * else 0 */
size_t lc_label_role_prefix(const char *v, size_t s, size_t e, lc_role *role);
/* labels.c: is k[0..n) one of those role words alone (主持人)?  Its role in *role */
bool lc_label_role_word(const char *k, size_t n, lc_role *role);
/* labels.c: the length of the title (教授, 部長, 主任 …) v[s..e) ends with, or 0 */
size_t lc_title_suffix(const char *v, size_t s, size_t e);
/* Is the n-byte word at w one of set, words of n bytes each, run together
 * ("也都就": 也, 都, 就)? */
static inline bool lc_in_set(const char *w, const char *set, size_t n) {
  for (; *set; set += n)
    if (memcmp(w, set, n) == 0) return true;
  return false;
}
/* labels.c: the length of the Chinese surname v[i..e) begins with, or 0 */
size_t lc_surname_len(const char *v, size_t i, size_t e);
/* A legislator's name with the title inside it (張委員立德): where the title
 * starts (*at) and its length, or 0. */
size_t lc_inner_title(const char *k, size_t n, size_t *at);
/* blocks.c */
size_t lc_bullet_len(const char *v, size_t i, size_t e);
bool lc_heading_like(const char *v, size_t s, size_t e);
/* A headline: heading-like, or one question or exclamation of 4 to 40
 * characters (圓桌論壇：晶片禁令該不該鬆綁？). */
bool lc_headline_like(const char *v, size_t s, size_t e);
/* Is v[s..e) wholly in single emphasis, *…* or _…_ (not bold)? */
bool lc_italic_only(const char *v, size_t s, size_t e);
lc_status lc_blocks_source(lc_doc *doc);

/* normalize.c: NFKC + case fold of a short string; caller frees.  Keeps a
 * per-thread normaliser, which lc_normalize_release() frees. */
char *lc_normalize_str(const char *s, size_t n, size_t *outlen);
void lc_normalize_release(void);

/* utf-8 helpers (utf8.c) */
/* Length of the UTF-8 sequence starting with byte c (valid input). */
static inline size_t lc_u8len(unsigned char c) {
  return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}
/* Decode one code point from valid UTF-8 (no checks). */
static inline uint32_t lc_u8dec(const unsigned char *s, size_t *n) {
  unsigned char c = s[0];
  if (c < 0x80) { *n = 1; return c; }
  if (c < 0xE0) { *n = 2; return ((uint32_t)(c & 0x1F) << 6) | (s[1] & 0x3F); }
  if (c < 0xF0) {
    *n = 3;
    return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
           (s[2] & 0x3F);
  }
  *n = 4;
  return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[1] & 0x3F) << 12) |
         ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}
/* Does the NUL-terminated word w stand at v[i..e)?  Inline and without
 * strlen: the hot loops try short words at most positions and the first
 * byte nearly always differs. */
static inline bool lc_at(const char *v, size_t i, size_t e, const char *w) {
  for (size_t k = 0; w[k]; k++)
    if (i + k >= e || v[i + k] != w[k]) return false;
  return true;
}
/* Eight bytes at once: the high bit of each byte of w that equals c (exact
 * when asking whether any does). */
static inline uint64_t lc_swar_eq(uint64_t w, unsigned char c) {
  uint64_t x = w ^ (0x0101010101010101ull * c);
  return (x - 0x0101010101010101ull) & ~x & 0x8080808080808080ull;
}
/* The lead byte of a character in U+4000..U+9FFF (most CJK ideographs):
 * three bytes, never punctuation, a quote or a mark, stable under NFKC. */
static inline bool lc_is_cjk_lead(unsigned char b) { return b >= 0xE4 && b <= 0xE9; }
/* The bytes of the middle dot that joins a transliterated name's parts
 * (喬安娜·費雪: · ‧ ・ •) ending at v[e], not before v[s]; else 0. */
static inline size_t lc_dot_before(const char *v, size_t s, size_t e) {
  const unsigned char *p = (const unsigned char *)v;
  if (e >= s + 2 && p[e - 2] == 0xC2 && p[e - 1] == 0xB7) return 2;
  if (e >= s + 3 && ((p[e - 3] == 0xE2 && p[e - 2] == 0x80 && (p[e - 1] == 0xA7 || p[e - 1] == 0xA2)) ||
                     (p[e - 3] == 0xE3 && p[e - 2] == 0x83 && p[e - 1] == 0xBB)))
    return 3;
  return 0;
}
#if defined(__SSE2__)
/* A mask of 16 bytes: a bit for each byte c at p that the stage looks for. */
#define LC_EQ16(x, c) _mm_cmpeq_epi8((x), _mm_set1_epi8((char)(c)))
typedef unsigned (*lc_mask16)(const char *p);
/* From i, a character's start, sixteen bytes at a time while mask finds
 * none (blocks within v[0..vlen)): the first byte it finds, or the
 * character start where the blocks stopped; at or past e when none stands
 * in v[i..e).  Inlined with a constant mask, the call goes too. */
static inline size_t lc_skip16(const char *v, size_t vlen, size_t i, size_t e, lc_mask16 mask) {
  unsigned m = 0;
  while (i < e && i + 16 <= vlen && !(m = mask(v + i))) i += 16;
  if (m) return i + (size_t)__builtin_ctz(m);
  while (i < e && ((unsigned char)v[i] & 0xC0) == 0x80) i++; /* the rest of a character */
  return i;
}
#endif
/* Code point ending just before s+i (valid UTF-8); sets *n to its length. */
uint32_t lc_u8prev(const char *s, size_t i, size_t *n);
size_t lc_u8_count(const char *s, size_t n); /* characters */
/* Maximal subpart length of the ill-formed sequence at p (>= 1). */
size_t lc_u8_bad_len(const unsigned char *p, size_t n);
/* Display width of a UTF-8 string (libunistring). */
size_t lc_u8_width(const char *s, size_t n);

/* Character classes used by the structure stages (view code points). */
bool lc_is_cjk(uint32_t c);
bool lc_is_space(uint32_t c);           /* space, tab, no-break, ideographic */
bool lc_is_sentence_end(uint32_t c);    /* 。！？!?… */
bool lc_is_closing(uint32_t c);         /* 」』”’）)】》 */

#endif
