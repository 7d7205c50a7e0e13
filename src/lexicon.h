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

/* The term automaton: the trie of every term (the goto function of an
 * Aho-Corasick automaton), entered only where a prefilter says a term may
 * start.  Nodes keep their edges contiguous and sorted by byte. */
typedef struct lc_ac_node {
  uint32_t first; /* index of its first edge */
  int32_t term;   /* the term spelt by the path to it, or -1 */
  uint16_t nedge; /* number of edges */
  uint8_t edges;  /* the term is Latin and must stand at word edges:
                     bit 0 at its start, bit 1 at its end */
} lc_ac_node;

typedef struct lc_ac_prefix {
  uint64_t key;  /* bits 0-47: the first min(len, 6) bytes of some term,
                    little-endian (0: an empty slot); bits 56-58: the node's
                    edges flags (lc_ac_node) and whether it has children */
  uint32_t node; /* the node the key leads to */
  int32_t term;  /* that node's term, or -1 */
} lc_ac_prefix;

typedef struct lc_ac {
  uint32_t nnode;
  lc_ac_node *node;
  uint8_t *ebyte;        /* per edge: its byte; edge e leads to node e + 1 */
  uint8_t lens[256];     /* per first byte: prefix lengths (bit L-1) to test */
  uint64_t *bloom;       /* a bit per hashed prefix (see aho.c) */
  lc_ac_prefix *prefix;  /* open addressing, pmask + 1 slots */
  uint32_t pmask;
  /* every term's payloads in one array: term t's are pay[pay_first[t] ..
   * pay_first[t + 1]) */
  lc_payload *pay;
  uint32_t *pay_first;
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
