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
  LC_CUE_NKINDS
} lc_cue_kind;

/* What a matched term means; one term may carry several payloads. */
typedef enum lc_pay_type { LC_PAY_TOPIC = 0, LC_PAY_CUE, LC_PAY_ALIAS } lc_pay_type;

typedef struct lc_payload {
  uint8_t type;  /* lc_pay_type */
  uint8_t kind;  /* lc_cue_kind for cues */
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

/* Aho-Corasick automaton over all terms: a dense DFA on byte classes. */
typedef struct lc_ac {
  uint8_t cls[256];
  uint32_t nclass, nstate;
  bool small;          /* nstate < 65536: delta16 holds the table */
  uint16_t *delta16;   /* nstate * nclass */
  uint32_t *delta;     /* nstate * nclass, when not small */
  uint8_t *emit;       /* per state: some term ends here */
  int32_t *out;      /* per state: first term ending here, or -1 */
  int32_t *out_next; /* per state: next state (suffix) with output, or -1 */
} lc_ac;

struct lc_lexicon {
  lc_vec topics;  /* of lc_topic */
  lc_vec terms;   /* of lc_term */
  lc_vec aliases; /* of lc_alias */
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
 * out with offsets shifted by base.  Latin terms must stand at word edges. */
bool lc_ac_scan(const lc_lexicon *lex, const char *s, size_t n, size_t base,
                lc_vec *out);

#endif
