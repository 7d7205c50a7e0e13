/* lexicon.h: the loaded lexicons and the term automaton.  Not installed. */
#ifndef LICHANG_LEXICON_H
#define LICHANG_LEXICON_H

#include "internal.h"

typedef enum lc_topic_kind { LC_TOPIC_POLICY = 0, LC_TOPIC_OPENNESS } lc_topic_kind;

typedef struct lc_topic {
  char *id;
  lc_topic_kind kind;
} lc_topic;

typedef enum lc_cue_kind {
  LC_CUE_POLARITY = 0,
  LC_CUE_NEGATOR,
  LC_CUE_INTENSIFIER,
  LC_CUE_RESTRICT,
  LC_CUE_HARM,
  LC_CUE_AGREE,
  LC_CUE_DISAGREE,
  LC_CUE_REPORT,
  LC_CUE_OTHERS,
  LC_CUE_HEDGE,
  LC_CUE_QUESTION,
  LC_CUE_RELAX,
  LC_CUE_NEUTRAL, /* a word that is no cue, hiding those inside it (支持方案) */
  LC_CUE_NKINDS
} lc_cue_kind;

/* What a matched term means; one term may carry several payloads. */
typedef enum lc_pay_type { LC_PAY_TOPIC = 0, LC_PAY_CUE, LC_PAY_ALIAS } lc_pay_type;

/* Cues the analysis reads by their words, tagged once when the lexicon is
 * loaded (lc_cue_tag, analysis.c) so that a hit says which it is. */
typedef enum lc_tag {
  LC_TAG_NONE = 0,
  LC_TAG_STAY,    /* staying on: 留下來, 繼續經營 */
  LC_TAG_TIGHT,   /* a tightening: 收緊, 加嚴 */
  LC_TAG_LAX,     /* a restriction too lax: 太寬鬆, 形同虛設 */
  LC_TAG_STRICT,  /* a restriction too strict: 太嚴, 過於嚴格 */
  LC_TAG_BOTH,    /* a view declared both ways: 兩面刃, 有利也有弊 */
  LC_TAG_DECLINE, /* declining to judge: 不予置評 */
  LC_TAG_NO_VIEW, /* a position disowned: 沒有立場, 不表態 */
  LC_TAG_ELSE,    /* the cost of not doing it: 否則, 不然 */
  LC_TAG_RIVAL,   /* a rival: 競爭對手, 華為 */
  LC_TAG_PUSH,    /* a push that makes the other side act: 逼, 迫使 */
  LC_TAG_COMMENT, /* a verb of commenting, declining when negated: 不評論 */
  LC_TAG_RATHER,  /* 與其 A，不如 B: A rejected, B preferred */
  LC_TAG_FEEL,    /* a feeling about what happened: 高興, 鬆了一口氣, 遺憾 */
  LC_TAG_SCORN,   /* an act named as folly: 拱手讓人, 自廢武功, 坐以待斃 */
  LC_TAG_RETRACT, /* a view taken back: 我收回, 修正我的看法 */
  LC_TAG_COMMIT,  /* the speaker's side committing to an act: 我們會, 目標是 */
  LC_TAG_FLOW,    /* a thing restricted flowing out: 流到, 流入 (what follows is where to) */
  LC_TAG_PREFER,  /* 寧可 A 也不要 B: A preferred, whatever its faults */
} lc_tag;

/* The tag of a cue of kind with normalised text t[0..n) (analysis.c). */
int lc_cue_tag(int kind, const char *t, size_t n);

typedef struct lc_payload {
  uint8_t type;  /* lc_pay_type */
  uint8_t kind;  /* lc_cue_kind for cues; for topics, 1 when the term names the opposite */
  uint8_t tag;   /* lc_tag for cues (lc_cue_tag) */
  int topic;     /* topic index, or alias index for LC_PAY_ALIAS */
  float value;   /* weight, polarity, scope, multiplier */
} lc_payload;

typedef struct lc_term {
  char *text; /* normalised */
  size_t len;
  size_t chars;
  bool latin; /* needs word boundaries */
  lc_vec pays; /* of lc_payload */
} lc_term;

typedef enum { LC_ALIAS_NONE = 0, LC_ALIAS_PERSON, LC_ALIAS_ORG } lc_alias_kind;

typedef struct lc_alias {
  char *key;       /* normalised alias */
  char *canon;     /* canonical name as written */
  char *canon_key; /* normalised canonical */
  lc_alias_kind kind;
} lc_alias;

/* The term matcher (aho.c): every term is found by its key, its first
 * bytes, then checked by comparing the rest.  A term as the scan checks it
 * once its key matched: the bytes past the key, in lc_ac.tail. */
typedef struct lc_ac_cand {
  uint32_t term;
  uint32_t off;   /* its bytes past the key: tail[off .. off + (re >> 2)) */
  uint32_t re;    /* that length << 2, and in bits 0-1 where a Latin term
                     must stand at a word edge: bit 0 its start, bit 1 its end */
  uint32_t next3; /* its first three bytes past the key, little-endian (when
                     it has three or more) */
} lc_ac_cand;

/* A key and the terms that begin with it: the term that is the key itself,
 * if any, and the nlong longer ones, cand[first .. first + nlong): first
 * those with three or more bytes past the key, by those three bytes
 * (next3) and then longest first, so that the text's next three bytes
 * pick the only ones that can match; then the nshort with one or two,
 * longest first.  Bit h of next is set when a longer one's three bytes
 * past the key hash to h (all bits when one has fewer than three), so most
 * texts that only begin like a longer term cost one test.  32 bytes: one
 * cache line holds two. */
typedef struct lc_ac_key {
  uint64_t key;   /* the key's bytes, little-endian; 0: an empty slot */
  uint64_t next;
  uint32_t first, nlong;
  int32_t exact;  /* the term that is the key, or -1 */
  uint32_t edges; /* bits 0-1: its word-edge flags (as lc_ac_cand's); from
                     bit 2 on: nshort */
} lc_ac_key;

typedef struct lc_ac {
  uint8_t lens[256];     /* per first byte: key lengths (bit L-1) to test,
                            and in bits 6-7 its character's length less one */
  /* per first byte with exactly two key lengths (CJK: one character and
   * two), the masks that cut a loaded word to each, longer first */
  uint64_t mask2[256][2];
  uint64_t *bloom;       /* a bit per hashed key (see aho.c) */
  lc_ac_key *keys;       /* open addressing, kmask + 1 slots */
  uint32_t kmask;
  lc_ac_cand *cand;      /* per key, its terms, longest first */
  unsigned char *tail;   /* the terms' bytes past their keys */
  size_t nterms;
  /* every term's payloads in one array: term t's are pay[pay_first[t] ..
   * pay_first[t + 1]) */
  lc_payload *pay;
  uint32_t *pay_first;
} lc_ac;

struct lc_lexicon {
  lc_vec topics;  /* of lc_topic */
  lc_vec terms;   /* of lc_term */
  lc_vec aliases; /* of lc_alias */
  size_t ncues;   /* rows of cues.tsv read */
  int32_t *alias_hash;
  size_t alias_hcap;
  int32_t *term_hash;
  size_t term_hcap;
  lc_ac ac;
};

/* Look up a normalised name; returns its kind and, if found, the canonical
 * display name and key (owned by the lexicon). */
lc_alias_kind lc_lexicon_alias(const lc_lexicon *lex, const char *key, size_t n,
                               const char **canon, const char **canon_key);
int lc_lexicon_topic_find(const lc_lexicon *lex, const char *id);

/* aho.c */
lc_status lc_ac_build(lc_ac *ac, const lc_vec *terms);
void lc_ac_free(lc_ac *ac);

typedef struct lc_match {
  size_t start, end; /* view offsets */
  int term;
} lc_match;

/* Find every occurrence of every term in s[0..n), appending lc_match to
 * out with offsets shifted by base, by start, the longest first (the
 * analysis relies on this order).  Latin terms must stand at word edges. */
bool lc_ac_scan(const lc_lexicon *lex, const char *s, size_t n, size_t base,
                lc_vec *out);

#endif
