/* analysis.h: sentences, positions, claims and summaries.  Not installed. */
#ifndef LICHANG_ANALYSIS_H
#define LICHANG_ANALYSIS_H

#include "internal.h"

typedef struct lc_sentence {
  size_t start, end; /* view offsets, trimmed */
  int turn;
  bool question;
  bool quoted_only; /* wholly inside quotation marks */
} lc_sentence;

enum { LC_STANCE_NEUTRAL = 0, LC_STANCE_SUPPORT, LC_STANCE_OPPOSE, LC_STANCE_MIXED };
const char *lc_stance_name(int stance);

/* One matched cue that decided a sentence's stance (view offsets). */
typedef struct lc_cue_hit {
  size_t start, end;
} lc_cue_hit;

typedef struct lc_evidence {
  int sentence;      /* index into an->sentences */
  float score;       /* signed: > 0 support, < 0 oppose */
  lc_vec cues;       /* of lc_cue_hit */
  lc_vec terms;      /* of lc_cue_hit: the topic terms */
  int answers;       /* for an agreement reply: the sentence it adopts, or -1 */
  int answers_turn;  /* and that sentence's turn, or -1 */
  bool agreement;    /* adopted by agreeing (or disagreeing) */
} lc_evidence;

typedef struct lc_position {
  int speaker;
  int topic;
  int stance;
  float score;
  bool reported;      /* found in narration: 「X認為…」 */
  int source_speaker; /* who reported it (the narrator), or -1 */
  lc_vec evidence;    /* of lc_evidence, best first */
} lc_position;

typedef struct lc_claim {
  int speaker, turn, sentence;
  size_t start, end; /* the figure itself, view offsets */
  double value;
  char unit[8]; /* "USD", "TWD", "CNY", "%", "" … */
} lc_claim;

typedef struct lc_summary {
  int speaker;
  lc_vec sentences; /* of int: sentence indexes, in output order */
} lc_summary;

typedef struct lc_analysis {
  lc_vec sentences; /* of lc_sentence */
  lc_vec positions; /* of lc_position */
  lc_vec claims;    /* of lc_claim */
  lc_vec summaries; /* of lc_summary */
} lc_analysis;

#endif
