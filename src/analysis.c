/*
 * analysis.c: sentences + lexicon matches -> positions.
 *
 * Each turn is scanned once with the automaton.  For each sentence:
 *   - cue matches are resolved leftmost-longest (沒有道理 beats 沒有);
 *   - a judgement cue (polarity, harm) is flipped by each negator whose
 *     scope reaches it in the same clause and scaled by intensifiers just
 *     before it; hedges soften the whole sentence;
 *   - cues inside quoted speech (「…」 after a verb of saying, or a long
 *     quotation) and sentences that open with a view of others (有人認為)
 *     are not the speaker's own;
 *   - each topic mentioned (or, failing that, the topic of the sentence
 *     before, or of the question answered) gets score = judgement x
 *     orientation x term weight, where orientation is -1 when a restrict
 *     or harm word governs an openness topic (禁止…中國市場) or a relax word
 *     governs a policy topic (放寬…出口管制).
 * Then agreement replies adopt the stance they answer, narration reports
 * (X認為…) become X's reported positions, and evidence is summed per
 * speaker and topic.
 */
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "analysis.h"
#include "lexicon.h"

/* A function kept out of its caller (see S_clause_topics) */
#if defined(__GNUC__)
#define LC_NOINLINE __attribute__((noinline))
#define LC_INLINE inline __attribute__((always_inline))
#define LC_COLD __attribute__((noinline, cold)) /* rarely called: kept apart from the hot code */
#else
#define LC_NOINLINE
#define LC_INLINE inline
#define LC_COLD
#endif

#define MAX_EVIDENCE 8
#define MIN_SCORE 0.2f
#define CONTEXT_WEIGHT 0.5f
#define MIN_TOPIC 0.45f /* weight a sentence needs to be about a topic */

typedef struct hit {
  size_t s, e;
  uint8_t type, kind, tag;
  int topic;
  float value;
} hit;

/* Per-sentence result for one topic. */
typedef struct tscore {
  int topic;
  float score;
  bool emitted; /* counted for the speaker (not a leading or declined one) */
} tscore;

/* A position being gathered: running sums and the best evidence so far
 * (at most MAX_EVIDENCE, plus every agreement link), so memory stays
 * bounded by the number of positions, not of sentences. */
typedef struct acc {
  int speaker, topic;
  bool reported;
  int source;       /* the narrator's speaker index, for reported ones */
  float pos, neg;
  size_t plain;     /* evidence kept that is not an agreement link */
  lc_vec evidence;  /* of lc_evidence */
  long weak;        /* once plain is full: the index of the weakest plain
                       evidence (the one a better one replaces), -1 unknown */
  int turn0;        /* the turn (+1) whose sums before it pos0, neg0 hold */
  float pos0, neg0; /* (what a view taken back in that turn drops: S_retract) */
} acc;

typedef struct span { size_t s, e; } span;

/* One judgement found in a sentence, for clause-level attribution. */
typedef struct contrib {
  size_t clause; /* start of its clause */
  float value;
  uint32_t cue0, cue1; /* the cues it added: cues[cue0..cue1) */
  uint32_t hit;        /* its hit in the sentence's */
  uint32_t verb;       /* for a negator that forbids a verb (S_forbids): the verb's hit, else NO_VERB */
  bool named;          /* its clause names a topic (S_clause_topics) */
  bool gone;           /* to be dropped (S_drop_contribs) */
} contrib;

#define MAX_TCLAUSE 4
#define NO_VERB UINT32_MAX

/* A clause of a sentence where a topic is named, or whose verb governs it
 * from afar (放棄它, 放棄是錯的, 我們損失了…: named false), and the
 * orientation there: a restriction in that clause inverts an openness topic
 * in it, not in the sentence's other clauses (中國市場非常重要，放棄中國市場是
 * 錯誤的決定). */
typedef struct tclause_t {
  size_t clause;
  float w;     /* weight of the heaviest term that decides flip */
  int8_t flip; /* 1 or -1 */
  bool named;
} tclause_t;

typedef struct ctx {
  lc_doc *doc;
  bool oom; /* an allocation failed inside a helper that returns a value */
  bool report_seen;  /* S_agents found a verb of reporting */
  size_t report_at;  /* where */
  bool cond_topic;   /* S_topics: a topic named only in a condition (不管X…), before a judgement */
  bool topics_named; /* S_topics: a term stands in the sentence (tclause is its) */
  bool has_qcue;     /* the sentence holds a question word */
  unsigned kinds;    /* a bit (1 << kind) for each kind of cue in the sentence */
  bool forbids;      /* S_judge: a judgement of the sentence is a negator that forbids (S_forbid) */
  int contrast;      /* S_has_contrast of the sentence of S_breaks: -1 not yet known */
  size_t cond_cs;    /* S_conditional's last clause, and its answer */
  bool cond_val;
  int cond_thanks; /* S_conditional's last clause opens with thanks (S_thanks): -1 not yet known */
  uint64_t if_second; /* S_second_bytes(IF_WORDS) */
  uint64_t me_second, adv_second; /* S_second_bytes(ME), (ADVERB) */
  bool reply_adopts; /* the sentence opens a turn that answers another
                        speaker's statement (not a question) */
  size_t rend;       /* where the turn's reply ends, past its object (S_reply) */
  lc_vec speech;   /* of span: quoted speech in the current sentence */
  lc_vec scare;    /* of span: its other (short) quotations, marks included */
  lc_vec contribs; /* of contrib, per sentence */
  tclause_t (*tclause)[MAX_TCLAUSE]; /* per topic: clauses where it is named or governed */
  int *ntclause;
  bool *tmixed;   /* per topic: some clause's flip differs from tflip */
  uint64_t *tgov; /* per topic: the hits (of the first 64) that invert it (S_topics), when forbids */
  const lc_lexicon *lex;
  lc_analysis *an;
  lc_vec matches; /* of lc_match, reused per turn */
  lc_vec hits;    /* of hit, reused per turn */
  lc_vec brk;     /* of size_t: clause breaks of the current sentence */
  size_t sent_ss; /* where the current sentence starts */
  bool ctx_own;   /* the topics carried (ctxw) are the turn's own sentence's, not the question's */
  bool dehua;     /* the sentence (S_breaks) holds 的話 */
  size_t sent_se;  /* and where it ends */
  uint64_t fall_second; /* S_second_bytes(FALL), for S_falls */
  size_t commit_ss, commit_act; /* S_commits: the sentence, and 1 + the start of its last verb of act */
  bool commit_judged, commit_named;
  size_t nsp0;     /* speakers from here on are mentioned in narration (S_agents) */
  size_t mkey_seen;  /* those up to here have their key lengths in mkey_lens (S_agents) */
  uint64_t mkey_lens[2]; /* bit L: a key of L bytes (L < 128) */
  int mkey_long[16];  /* those with longer keys */
  size_t nmkey_long;
  int translit[16]; /* speakers named by a transliteration (喬安娜·費雪: S_by_tail) */
  size_t ntranslit;
  bool asker;     /* the turn's speaker asks (interviewer, host, reporter) */
  uint64_t remedy_second; /* S_second_bytes(REMEDY) */
  uint64_t burden_second; /* S_second_bytes(BURDEN) */
  size_t relax_at, relax_se; /* S_relaxes: the verb last asked of (its start + 1) and sentence end */
  bool relax_val;
  uint64_t next_second;   /* S_second_bytes(SUBJECT_NEXT) */
  int last_named[2];       /* per kind, the topic a sentence last named clearly, or -1 */
  bool narrating;          /* the turn is the narrator's */
  size_t itself_ss;        /* the sentence itself was found for, or -1 */
  size_t foreign_ss;       /* the sentence foreign was found for, or -1 */
  uint64_t foreign;        /* its judgements on objects of their own (S_foreign_object) */
  float foreign_sum;       /* and their sum */
  bool itself;             /* it names a carried topic itself (S_names_itself) */
  size_t tight_ss;         /* the sentence tight was found for, or -1 */
  int tight;               /* S_tightening of that sentence */
  size_t tight_s, tight_e; /* the word it found first */
  int decl_si;             /* S_declined: the sentence that declines, or -1 */
  size_t decl_s, decl_e;   /* and its words */
  size_t cl_a, cl_b, cl_s; /* S_clause_start's last clause: [cl_a, cl_b), less spaces from cl_s */
  lc_vec accs;    /* of acc: one per (speaker, reported, topic) seen */
  int32_t *acc_of; /* (speaker * 2 + reported) * ntopics + topic -> accs index */
  size_t acc_cap;  /* entries in acc_of */
  uint64_t tturned; /* per topic (the first 64): its term turned by a verb, tflip -base (S_topics) */
  int ntopics;
  float *tw;      /* per topic: weight in this sentence */
  int *tflip;     /* per topic: orientation */
  float *ctxw;    /* per topic: context weight carried */
  int *ctxflip;
  lc_vec *tterms;  /* per topic: term spans in this sentence (or context) */
  lc_vec *cterms;
  float *qw;       /* per topic: the previous turn's last topics */
  int *qflip;
  lc_vec *qterms;
  float *reply;     /* per turn: agreement (> 0) or disagreement of its opening */
  size_t *reply_s, *reply_e;
  bool *named;      /* per turn: one of its sentences names a topic */
  bool *relayed;    /* per turn: its last sentence naming a topic relays others' view */
  int *sent_first; /* per turn: first sentence index */
  int *sent_end;
} ctx;

const char *lc_stance_name(int stance) {
  static const char *const N[] = {"neutral", "support", "oppose", "mixed"};
  return stance >= 0 && stance < 4 ? N[stance] : "neutral";
}

/* Is the character at p one that negates (不, 沒, 没, 無, 无, 非, 未)? */
static inline bool S_negation_char(const char *p) {
  static const char *const NEG[] = {"不", "沒", "没", "無", "无", "非", "未", NULL};
  for (size_t k = 0; NEG[k]; k++)
    if (memcmp(p, NEG[k], 3) == 0) return true;
  return false;
}

/* An emphatic negator ends with the character a judgement begins with
 * (完全不|不合理, 一點也不|不好, 並不|不公平): the judgement wins, and the
 * negator gives way to the emphasis before it (its intensifier meaning, cut
 * to end where the judgement starts), so 完全不合理 is 不合理 made
 * stronger, not 合理 negated.  The hits of span [a, b) are the last ones
 * kept in their layer; returns false when they are not all negators and
 * intensifiers (then nothing changes). */
static bool S_split_negator(ctx *C, size_t a, size_t b, size_t s) {
  hit *h = C->hits.items;
  size_t n = C->hits.len, k = n;
  while (k > 0 && h[k - 1].s >= a) k--;
  bool any = false;
  for (size_t i = k; i < n; i++) {
    if (h[i].s != a || h[i].e != b || h[i].type == LC_PAY_TOPIC || h[i].type == LC_PAY_ALIAS)
      continue;
    if (h[i].type != LC_PAY_CUE) return false;
    if (h[i].kind == LC_CUE_AGREE || h[i].kind == LC_CUE_DISAGREE || h[i].kind == LC_CUE_REPORT ||
        h[i].kind == LC_CUE_OTHERS || h[i].kind == LC_CUE_QUESTION)
      continue; /* another layer */
    if (h[i].kind != LC_CUE_NEGATOR && h[i].kind != LC_CUE_INTENSIFIER) return false;
    any = true;
  }
  if (!any) return false;
  size_t w = k;
  for (size_t i = k; i < n; i++) {
    bool mine = h[i].s == a && h[i].e == b && h[i].type == LC_PAY_CUE &&
                (h[i].kind == LC_CUE_NEGATOR || h[i].kind == LC_CUE_INTENSIFIER);
    if (mine && h[i].kind == LC_CUE_NEGATOR) continue; /* dropped */
    if (mine) h[i].e = s;
    h[w++] = h[i];
  }
  C->hits.len = w;
  return true;
}

/* Does the negator at v[s] ask a question between a word and itself (該不該,
 * 會不會, 應不應該, 有沒有, 好不好)?  It negates nothing: 這種合作該不該鼓勵？
 * asks about 鼓勵, and 好不好 is no 不好. */
static inline bool S_a_not_a(const char *v, size_t s, size_t n) {
  return s >= 3 && s + 6 <= n && (unsigned char)v[s - 3] >= 0xE3 && memcmp(v + s - 3, v + s + 3, 3) == 0 &&
         (memcmp(v + s, "不", 3) == 0 || memcmp(v + s, "沒", 3) == 0 || memcmp(v + s, "没", 3) == 0 ||
          memcmp(v + s, "唔", 3) == 0);
}

/* Matches of one turn -> hits, overlaps resolved per layer, in one pass:
 * the scan reports matches by start, longest first (lexicon.h), and a
 * term's meanings come in lexicon order, the order the layers need. */
static bool S_hits(ctx *C, const lc_turn *t) {
  const lc_doc *doc = C->doc;
  C->matches.len = 0;
  C->hits.len = 0;
  if (!lc_ac_scan(C->lex, doc->view + t->start, t->end - t->start, t->start, &C->matches))
    return false;
  const lc_ac *ac = &C->lex->ac;
  /* per layer, leftmost-longest: judgement and its modifiers (沒有道理
   * beats 沒有) form one layer, discourse cues (我反對, 沒錯) another, so a
   * reply word never hides the judgement inside it; topics, names and
   * commitments (S_commits) are layers of their own */
  size_t end[5] = {0, 0, 0, 0, 0}, ls[5] = {(size_t)-1, (size_t)-1, (size_t)-1, (size_t)-1, (size_t)-1},
         le[5] = {0, 0, 0, 0, 0};
  const lc_match *m = C->matches.items;
  for (size_t i = 0; i < C->matches.len; i++) {
    size_t s = m[i].start, e = m[i].end;
    for (uint32_t k = ac->pay_first[m[i].term]; k < ac->pay_first[m[i].term + 1]; k++) {
      const lc_payload *p = &ac->pay[k];
      int layer = p->type == LC_PAY_TOPIC ? 2 : p->type == LC_PAY_ALIAS ? 3 : 0;
      if (p->type == LC_PAY_CUE &&
          (p->kind == LC_CUE_AGREE || p->kind == LC_CUE_DISAGREE || p->kind == LC_CUE_REPORT ||
           p->kind == LC_CUE_OTHERS || p->kind == LC_CUE_QUESTION))
        layer = 1;
      /* (a commitment, 我們要, hides no judgement inside it: 我們要維持) */
      if (p->type == LC_PAY_CUE && p->tag == LC_TAG_COMMIT) layer = 4;
      if (layer <= 1 && p->type == LC_PAY_CUE && S_a_not_a(doc->view, s, doc->vlen)) continue;
      /* the judgement asked so (合不合理, 值不值得): no judgement */
      if (layer == 0 && p->type == LC_PAY_CUE && p->kind == LC_CUE_POLARITY && s >= 6 &&
          S_a_not_a(doc->view, s - 3, doc->vlen))
        continue;
      bool keep;
      if (s == ls[layer] && e == le[layer]) keep = true; /* same span, another meaning */
      else if (layer == 2) keep = e > end[layer];         /* topics: drop contained ones */
      else keep = s >= end[layer];
      if (!keep && layer == 0 && e > end[0] && le[0] == end[0] && le[0] == s + 3 && s > ls[0] &&
          p->type == LC_PAY_CUE && (p->kind == LC_CUE_POLARITY || p->kind == LC_CUE_HARM) &&
          S_negation_char(doc->view + s))
        keep = S_split_negator(C, ls[0], le[0], s);
      if (!keep) continue;
      if (e > end[layer]) end[layer] = e;
      ls[layer] = s;
      le[layer] = e;
      hit *h = lc_vec_push_raw(&C->hits); /* every field set below */
      if (!h) return false;
      h->s = s;
      h->e = e;
      h->type = p->type;
      h->kind = p->kind;
      h->tag = p->tag;
      h->topic = p->topic;
      h->value = p->value;
    }
  }
  return true;
}

static bool S_clause_break(const char *v, size_t a, size_t b) {
  for (size_t i = a; i < b; i++)
    if (v[i] == ',' || v[i] == ';' || v[i] == ':' || v[i] == '!' || v[i] == '?') return true;
  return false;
}

/* Are there at most n characters in v[a, b)?  Counted no further than
 * needed (a character is one to four bytes), so a test of a short distance
 * costs little however long the sentence: over every pair of cues in a
 * long unpunctuated stretch, counting all would be cubic. */
static bool S_within(const char *v, size_t a, size_t b, size_t n) {
  if (b <= a || b - a <= n) return true;
  if ((b - a) / 4 > n) return false;
  return lc_u8_count(v + a, b - a) <= n;
}

static inline bool S_is_break(char c) {
  return c == ',' || c == ';' || c == ':' || c == '!' || c == '?';
}

/* Where the clause around i ends: at the next , ; : ! ? (or se). */
static inline size_t S_clause_end(const char *v, size_t i, size_t se) {
  while (i < se && !S_is_break(v[i])) i++;
  return i;
}

/* The same, and where its words end: before the sentence's full stop when
 * the clause is the sentence's last. */
static inline size_t S_clause_words_end(const char *v, size_t i, size_t se) {
  size_t e = S_clause_end(v, i, se);
  return e == se && e >= i + 3 && memcmp(v + e - 3, "。", 3) == 0 ? e - 3 : e;
}

/* Words that turn a sentence against what came before it (但, 可是, 不過,
 * 然而, 卻): S_turned, S_contrast_open, S_parallel_both. */
static const char *const TURN_WORDS[] = {"但", "可是", "不過", "不过", "然而", "卻", "却", NULL};

/* The clause breaks of the sentence v[ss..se), the one whose cues are being
 * judged: offsets just after each , ; : ! ?, found once so that
 * S_clause_start need not walk back. */
#if defined(__SSE2__)
/* Of the 16 bytes at p, a bit for each clause break , ; : ! ? */
static inline unsigned S_breaks16(const char *p) {
  __m128i x = _mm_loadu_si128((const __m128i *)p);
  return (unsigned)_mm_movemask_epi8(_mm_or_si128(
      _mm_or_si128(_mm_or_si128(LC_EQ16(x, ','), LC_EQ16(x, ';')), _mm_or_si128(LC_EQ16(x, ':'), LC_EQ16(x, '!'))),
      LC_EQ16(x, '?')));
}
#endif

/* Does 的話 (的话) stand in v[a..b)?  (S_conditional asks only then) */
static bool S_has_dehua(const char *v, size_t a, size_t b) {
  for (const char *p = v + a + 3, *e = v + b; p + 3 <= e && (p = memchr(p, 0xE8, (size_t)(e - p))) && p + 3 <= e; p++)
    if (((p[1] == (char)0xA9 && p[2] == (char)0xB1) || (p[1] == (char)0xAF && p[2] == (char)0x9D)) &&
        memcmp(p - 3, "的", 3) == 0)
      return true;
  return false;
}

static bool S_breaks(ctx *C, size_t ss, size_t se) {
  const char *v = C->doc->view;
  C->brk.len = 0;
  C->sent_ss = ss;
  C->dehua = S_has_dehua(v, ss, se);
  C->sent_se = se;
  C->cl_a = C->cl_b = 0;
  C->contrast = -1;
  size_t i = ss;
#if defined(__SSE2__)
  for (; i < se && i + 16 <= C->doc->vlen; i += 16)
    for (unsigned m = S_breaks16(v + i); m; m &= m - 1) {
      size_t k = i + (size_t)__builtin_ctz(m);
      if (k >= se) break;
      size_t *b = lc_vec_push_raw(&C->brk);
      if (!b) return false;
      *b = k + 1;
    }
#endif
  for (; i < se; i++) {
    /* eight bytes at a time while none is a break */
    while (i + 8 <= se) {
      uint64_t w;
      memcpy(&w, v + i, 8);
      if (lc_swar_eq(w, ',') | lc_swar_eq(w, ';') | lc_swar_eq(w, ':') | lc_swar_eq(w, '!') |
          lc_swar_eq(w, '?'))
        break;
      i += 8;
    }
    if (i < se && S_is_break(v[i])) {
      size_t *b = lc_vec_push_raw(&C->brk);
      if (!b) return false;
      *b = i + 1;
    }
  }
  return true;
}

/* Start of the clause holding pos, in the sentence of S_breaks: after the
 * last break at or before pos (or the sentence's start), less spaces. */
static size_t S_clause_start(const ctx *C, size_t pos) {
  ctx *c = (ctx *)C; /* the last clause found, asked again most of the time */
  if (pos >= c->cl_a && pos < c->cl_b) return pos < c->cl_s ? pos : c->cl_s;
  const char *v = C->doc->view;
  const size_t *b = C->brk.items;
  size_t lo = 0, hi = C->brk.len;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (b[mid] <= pos) lo = mid + 1; else hi = mid;
  }
  size_t i = lo ? b[lo - 1] : C->sent_ss, e = lo < C->brk.len ? b[lo] : (size_t)-1;
  c->cl_a = i;
  c->cl_b = e;
  while (i < e && v[i] == ' ') i++; /* the view ends in NUL */
  c->cl_s = i;
  return pos < i ? pos : i;
}

/* A filter of the words' second bytes: bit (byte & 63) set for each (the
 * first bytes of CJK words are a few lead bytes that most characters
 * share); all bits for a one-byte word. */
static uint64_t S_second_bytes(const char *const *ws) {
  uint64_t second = 0;
  for (size_t k = 0; ws[k]; k++)
    second |= ws[k][0] && ws[k][1] ? (uint64_t)1 << (ws[k][1] & 63) : ~(uint64_t)0;
  return second;
}

/* Where the first of ws occurs in v[a..b), or b (second: S_second_bytes(ws)). */
static size_t S_find_masked(const char *v, size_t a, size_t b, const char *const *ws, uint64_t second) {
  for (size_t i = a; i < b; i += lc_u8len((unsigned char)v[i])) {
    if (!(second >> (v[i + 1] & 63) & 1)) continue; /* v[b] is readable: the view ends in NUL */
    for (size_t k = 0; ws[k]; k++)
      if (lc_at(v, i, b, ws[k])) return i;
  }
  return b;
}

static size_t S_find_any(const char *v, size_t a, size_t b, const char *const *ws) {
  return S_find_masked(v, a, b, ws, S_second_bytes(ws));
}

/* Does one of the words ws stand in v[a..b)?  a is a character's start,
 * and so is every word's. */
static bool S_has_any(const char *v, size_t a, size_t b, const char *const *ws) {
  return S_find_any(v, a, b, ws) < b;
}

/* A clause that opens with 如果 / 假如 … states a condition, not a view;
 * so does one that opens with 不管 / 無論 (whatever the case). */
static const char *const IF_WORDS[] = {"如果", "假如", "假設", "假设", "要是", "倘若", "若是",
                                       "如若", "萬一", "万一", "只要", "不管", "無論", "无论",
                                       "不論", "不论", "一旦", "假使", "若", NULL};

static size_t S_word_at(const char *v, size_t i, size_t e, const char *const *ws);
static size_t S_strip_back(const char *v, size_t a, size_t p, const char *const *ws);

static bool S_conditional(ctx *C, size_t pos) {
  size_t cs = S_clause_start(C, pos);
  if (cs == C->cond_cs) return C->cond_val; /* asked again for the same clause */
  const char *v = C->doc->view;
  bool val = false;
  /* at the clause's start (most clauses begin with no word's second byte,
   * C->if_second), or 如果, 若, 一旦 after a subject of up to six characters
   * (我們如果退出, 先進晶片若流入…), or 的話 in it */
  if (C->doc->vlen - cs >= 6 && (C->if_second >> (v[cs + 1] & 63) & 1))
    for (size_t k = 0; IF_WORDS[k] && !val; k++) val = lc_at(v, cs, C->doc->vlen, IF_WORDS[k]);
  for (size_t p = cs + lc_u8len((unsigned char)v[cs]), n = 1; n <= 6 && p + 3 <= C->doc->vlen && !val &&
                                                              (unsigned char)v[p] >= 0xE4 && (unsigned char)v[p] < 0xF0;
       n++, p += 3) {
    uint32_t c = (uint32_t)(unsigned char)v[p] << 16 | (uint32_t)(unsigned char)v[p + 1] << 8 |
                 (unsigned char)v[p + 2];
    if (c == 0xE5A682) val = lc_at(v, p, C->doc->vlen, "如果");          /* 如 */
    else if (c == 0xE4B880) val = lc_at(v, p, C->doc->vlen, "一旦");     /* 一 */
    else if (c == 0xE88BA5) val = !lc_at(v, p, C->doc->vlen, "若干");    /* 若 */
  }
  if (val && lc_at(v, cs, C->doc->vlen, "若干")) val = false; /* several, not if */
  /* 無論是 A 還是 B，本質都是…: both judged, no condition */
  if (val) {
    static const char *const WHETHER[] = {"無論是", "无论是", "不論是", "不论是", "不管是", NULL};
    for (size_t k = 0; WHETHER[k] && val; k++) val = !lc_at(v, cs, C->doc->vlen, WHETHER[k]);
  }
  if (!val && C->dehua) { /* or a clause with 的話 in its first forty characters (管制放寬的話, 喜歡的話記得訂閱) */
    size_t lim = C->doc->vlen - cs > 120 ? cs + 120 : C->doc->vlen;
    if (C->cl_b < lim) lim = C->cl_b; /* (the clause S_clause_start found, in the sentence) */
    if (C->sent_se < lim) lim = C->sent_se;
    size_t ce = S_clause_end(v, cs, lim);
    /* (not 的話題, a topic, nor words said: 他說的話) */
    static const char *const DEHUA[] = {"的話", "的话", NULL};
    for (size_t w = S_find_any(v, cs, ce, DEHUA); w < ce && !val; w = S_find_any(v, w + 6, ce, DEHUA))
      val = !S_word_at(v, w + 6, C->doc->vlen, (const char *const[]){"題", "题", "語", "语", NULL}) &&
            S_strip_back(v, cs, w, (const char *const[]){"說", "说", "講", "讲", "句", NULL}) == w;
  }
  /* a condition that things stay as they are states the present, not a
   * hypothesis (關稅如果長期維持在這個水準，…是不公平的; 這樣下去的話…) */
  if (val && C->sent_se > cs) {
    static const char *const PERSIST[] = {"維持", "维持", "持續", "持续", "繼續", "继续", "這樣下去",
                                          "这样下去", "照這樣", "照这样", "長此以往", "长此以往", NULL};
    size_t ce = S_clause_end(v, cs, C->sent_se);
    if (S_has_any(v, cs, ce, PERSIST)) val = false;
  }
  C->cond_cs = cs;
  C->cond_val = val;
  C->cond_thanks = -1; /* not yet known (S_judge) */
  return val;
}

/* Who a verb of saying or thinking at pos belongs to: +1 the speaker (我認為,
 * 個人認為), -1 someone else (部長說, 他們覺得, 有人認為), 0 no subject in
 * its clause (說實話, 確實認為). */
/* The speaker (S_subject) */
static const char *const ME[] = {"我們", "我们", "咱們", "咱们", "我方", "本席", "我", "咱", "個人",
                                 "个人", "本人", NULL};
/* Adverbs that may stand between a subject and its verb (S_subject) */
static const char *const ADVERB[] = {"確實", "确实", "真的", "一直", "始終", "始终", "其實",
                                     "其实", "當然", "当然", "也", "都", "就", "還", "还",
                                     "只", "總是", "总是", "仍然", "依然", "坦白", "老實",
                                     "老实", "所以", "因此", "但", "而", "並", "并", "本來",
                                     "本来", "向來", "向来", "一向", "從來", "从来", "早就",
                                     "自己", "倒是", "倒", "始終都", "非常", "很", "不",
                                     "十分", "完全", "是", "唔", "仍", "依舊", "依旧", "同樣",
                                     "同样", "一樣", "一样", "照樣", "照样", NULL};

/* The length of the first of ws at v[i..e), or 0; mask: S_second_bytes(ws)
 * (most positions start none). */
static inline size_t S_word_masked(const char *v, size_t i, size_t e, const char *const *ws,
                                   uint64_t mask) {
  if (!(mask >> (v[i + 1] & 63) & 1)) return 0; /* v[e] is readable: the view ends in NUL */
  for (size_t k = 0; ws[k]; k++)
    if (lc_at(v, i, e, ws[k])) return strlen(ws[k]);
  return 0;
}

/* An adverb made with 地 at v[i..pos): two or three CJK characters and 地,
 * before the verb or more adverbs (明確地說, 很坦白地講, 負責任地說; 很 is
 * an adverb of its own): its length, or 0.  Not 他明確地說 (a pronoun is a
 * subject; a name or a title with two characters of adverb is four or more),
 * nor 地 that begins a noun (地方, 地區). */
static size_t S_adverb_de(const char *v, size_t i, size_t pos, size_t vlen) {
  static const char *const NOUN[] = {"地方", "地區", "地区", "地位", "地點", "地点", "地圖", "地图",
                                     "地面", "地球", "地產", "地产", "地緣", "地缘", NULL};
  static const char *const PRONOUN[] = {"他", "她", "它", "你", "您", "妳", "牠", NULL};
  if (i + 9 > pos || !lc_is_cjk_lead((unsigned char)v[i])) return 0;
  for (size_t k = 0; PRONOUN[k]; k++)
    if (lc_at(v, i, pos, PRONOUN[k])) return 0;
  for (size_t n = 1, j = i; n <= 3 && j + 3 <= pos && lc_is_cjk_lead((unsigned char)v[j]); n++) {
    j += 3;
    if (n >= 2 && j + 3 <= pos && lc_at(v, j, pos, "地")) {
      bool noun = false;
      for (size_t k = 0; NOUN[k] && !noun; k++) noun = lc_at(v, j, vlen, NOUN[k]);
      return noun ? 0 : j + 3 - i;
    }
  }
  return 0;
}

static LC_INLINE int S_subject(const ctx *C, size_t pos) {
  const char *v = C->doc->view;
  /* a frame, not a verb of saying: 整體來說, 對我來說, 長期來講, 一般而言 */
  if (pos >= 3 && (memcmp(v + pos - 3, "來", 3) == 0 || memcmp(v + pos - 3, "来", 3) == 0 ||
                   memcmp(v + pos - 3, "而", 3) == 0))
    return 0;
  /* nor one of manner: 這樣講也有道理, 你這麼說我同意 (what was said, judged) */
  static const char *const SO[] = {"這樣", "这样", "這麼", "这么", "那樣", "那样", "那麼", "那么", NULL};
  for (size_t k = 0; SO[k] && pos >= 6; k++)
    if (memcmp(v + pos - 6, SO[k], 6) == 0) return 0;
  /* and modal verbs: the speaker's own lead-in (我必須說，… 我想強調，…) */
  static const char *const MODAL[] = {"不得不", "必須", "必须", "必需", "只能", "只好", "可以",
                                      "願意", "愿意", "應該", "应该", "需要", "還要", "还要",
                                      "一再", "再次", "特別", "特别", "想", "要", "得", "敢",
                                      "再", "可", "能", NULL};
  size_t cs = S_clause_start(C, pos);
  /* 我 is the subject when only adverbs stand between it and the verb (我也
   *認為, 我個人覺得); 我的同事覺得, 我聽說有人認為 give someone else's view */
  size_t me_end = (size_t)-1;
  for (size_t i = cs; i < pos;) {
    size_t l = S_word_masked(v, i, pos, ME, C->me_second);
    if (l) { me_end = i + l; i += l; } else i += lc_u8len((unsigned char)v[i]);
  }
  if (me_end != (size_t)-1) {
    for (size_t i = me_end; i < pos;) {
      size_t l = S_adverb_de(v, i, pos, C->doc->vlen);
      if (!l) l = S_word_masked(v, i, pos, ADVERB, C->adv_second);
      if (!l && v[i] == ' ') l = 1;
      /* a filter of the modals' third bytes: most characters start none */
#define B(x) ((uint64_t)1 << (x))
      static const uint64_t THIRD = B(0) | B(1) | B(4) | B(5) | B(9) | B(13) | B(20) | B(23) | B(24) | B(34) | B(42) | B(47) | B(51) | B(57) | B(61) | B(63);
#undef B
      for (size_t k = 0; !l && i + 3 <= pos && (THIRD >> (v[i + 2] & 63) & 1) && MODAL[k]; k++)
        if (lc_at(v, i, pos, MODAL[k])) l = strlen(MODAL[k]);
      if (!l) return -1; /* another subject after it */
      i += l;
    }
    return 1;
  }
  /* what stands before the verb, less adverbs, is its subject */
  size_t i = cs;
  while (i < pos) {
    size_t l = S_adverb_de(v, i, pos, C->doc->vlen);
    if (!l) l = S_word_masked(v, i, pos, ADVERB, C->adv_second);
    if (l) { i += l; continue; }
    uint32_t c = lc_u8dec((const unsigned char *)v + i, &l);
    if (lc_is_cjk(c) || (c >= 'a' && c <= 'z')) return -1; /* a subject */
    i += l;
  }
  return 0;
}

/* Does the clause end right after pos's word (它們說，…  : a verb that
 * introduces what follows)? */
static bool S_introduces(const char *v, size_t end, size_t se) {
  while (end < se && v[end] == ' ') end++;
  return end >= se || v[end] == ',' || v[end] == ':';
}

/* Quoted speech: a quotation after a verb of saying, or a long one.  Short
 * quotations without such a verb are scare quotes and count as the
 * speaker's own words.  The spans of a sentence go into C->speech. */
#if defined(__SSE2__)
/* Of the 16 bytes at p, a bit for each '"', E2 or E3 byte. */
static inline unsigned S_quotes16(const char *p) {
  __m128i x = _mm_loadu_si128((const __m128i *)p);
  return (unsigned)_mm_movemask_epi8(
      _mm_or_si128(LC_EQ16(x, '"'), _mm_or_si128(LC_EQ16(x, 0xE2), LC_EQ16(x, 0xE3))));
}
#endif

static LC_INLINE bool S_speech_spans(const lc_doc *doc, size_t ss, size_t se, lc_vec *out,
                                     lc_vec *scare) {
  const char *v = doc->view;
  out->len = 0;
  scare->len = 0;
  size_t qs = 0;
  int depth = 0;
  for (size_t i = ss; i < se;) {
    /* every quotation mark is '"' or begins with byte E2 or E3: skip the
     * bytes without one, sixteen (or eight) at a time */
#if defined(__SSE2__)
    i = lc_skip16(v, doc->vlen, i, se, S_quotes16);
    if (i >= se) break;
#else
    uint64_t w;
    if (i + 8 <= se && (memcpy(&w, v + i, 8),
                        !(lc_swar_eq(w, '"') | lc_swar_eq(w, 0xE2) | lc_swar_eq(w, 0xE3)))) {
      i += 8;
      while (i < se && ((unsigned char)v[i] & 0xC0) == 0x80) i++;
      continue;
    }
#endif
    unsigned char b0 = (unsigned char)v[i];
    if (lc_is_cjk_lead(b0)) { i += 3; continue; } /* no quotation mark */
    size_t l;
    uint32_t c = lc_u8dec((const unsigned char *)v + i, &l);
    bool open = c == 0x300C || c == 0x300E || c == 0x201C || (c == '"' && !depth);
    bool close = depth && (c == 0x300D || c == 0x300F || c == 0x201D || c == '"');
    if (open) {
      if (!depth) qs = i;
      depth++;
    } else if (close && --depth == 0) {
      size_t qe = i + l;
      bool speech = !S_within(v, qs, qe, 12);
      if (!speech) { /* a verb of saying just before the quotation */
        static const char *const SAY[] = {"說", "说", "道", "稱", "称", "問", "问", "表示",
                                          "寫", "写", ":", NULL};
        size_t from = qs;
        for (int k = 0; k < 6 && from > ss; k++) {
          from--;
          while (from > ss && ((unsigned char)v[from] & 0xC0) == 0x80) from--;
        }
        for (size_t k = 0; SAY[k] && !speech; k++)
          for (size_t j = from; j < qs && !speech; j++)
            if (lc_at(v, j, qs, SAY[k])) speech = true;
      }
      span *sp = lc_vec_push(speech ? out : scare);
      if (!sp) return false;
      sp->s = qs;
      sp->e = qe;
    }
    i += l;
  }
  if (depth) { /* an unclosed quotation runs to the sentence's end */
    span *sp = lc_vec_push(out);
    if (!sp) return false;
    sp->s = qs;
    sp->e = se;
  }
  return true;
}

static bool S_in_speech(const ctx *C, size_t pos) {
  for (size_t i = 0; i < C->speech.len; i++) {
    const span *sp = &LC_AT(C->speech, span, i);
    if (pos >= sp->s && pos < sp->e) return true;
  }
  return false;
}

static bool S_add_cue(lc_vec *cues, size_t s, size_t e) {
  for (size_t i = 0; i < cues->len; i++) {
    lc_cue_hit *c = &LC_AT(*cues, lc_cue_hit, i);
    if (c->start == s && c->end == e) return true;
  }
  lc_cue_hit *c = lc_vec_push(cues);
  if (!c) return false;
  c->start = s;
  c->end = e;
  return true;
}

/* Does the clause end at v[i] (spaces, then a break, a full stop or the
 * end e of the sentence)? */
static bool S_clause_ends(const char *v, size_t i, size_t e) {
  while (i < e && v[i] == ' ') i++;
  return i >= e || S_is_break(v[i]) || v[i] == '.' ||
         (e - i >= 3 && (memcmp(v + i, "。", 3) == 0 || memcmp(v + i, "…", 3) == 0));
}

static size_t S_word_at(const char *v, size_t i, size_t e, const char *const *ws);

/* The length of a span of time at v[i..e) (半年, 三個月, 兩年多, 一陣子,
 * 一段時間), or 0: after a verb it is no object (名單擱置半年). */
static size_t S_duration(const char *v, size_t i, size_t e) {
  static const char NUM[] = "一二兩两三四五六七八九十百幾几半數数";
  static const char *const UNIT[] = {"個月", "个月", "年", "月", "天", "週", "周", "星期", "季", "陣子", "阵子",
                                     "段時間", "段时间", NULL};
  size_t q = i;
  while (q < e && q - i < 12 && ((v[q] >= '0' && v[q] <= '9') || (q + 3 <= e && lc_in_set(v + q, NUM, 3))))
    q += (v[q] >= '0' && v[q] <= '9') ? 1 : 3;
  if (q == i) return 0;
  size_t l = S_word_at(v, q, e, UNIT);
  if (!l) return 0;
  q += l;
  if (lc_at(v, q, e, "多")) q += 3;
  return q - i;
}

/* Does the clause end at v[i], past particles (了, 掉, 吧, 啊, 啦: up to
 * three, 放寬一點啦) or a span of time? */
static bool S_verb_ends_clause(const char *v, size_t i, size_t e) {
  static const char *const PART[] = {"一點", "一点", "一些", "了", "掉", "吧", "啊", "呀", "啦", "喔", "哦", "嘛", "囉", "啰", "咯", "啲", "些", "點", "点",
                                    "嗎", "吗", "呢", /* 出口管制會放寬嗎？ */
                                    "算了", /* 撤掉算了 */
                                    "來", "来", /* 從中國市場退出來 */
                                    /* Cantonese: only then right (放寬先啱) */
                                    "先啱", "先得", "至啱", NULL};
  for (int n = 0; n < 3; n++) { /* 放寬一點啦, 撤掉了吧 */
    size_t k = 0;
    while (PART[k] && !lc_at(v, i, e, PART[k])) k++;
    if (!PART[k]) break;
    i += strlen(PART[k]);
  }
  i += S_duration(v, i, e); /* 擱置半年, 暫停了三個月 */
  return S_clause_ends(v, i, e);
}

/* If v[a..p) ends with one of ws, where that word starts; else p. */
static size_t S_strip_back(const char *v, size_t a, size_t p, const char *const *ws) {
  for (size_t k = 0; ws[k]; k++) {
    size_t l = strlen(ws[k]);
    if (p - a >= l && memcmp(v + p - l, ws[k], l) == 0) return p - l;
  }
  return p;
}

/* Is the negator 不 at v[s] the first character of a word that negates
 * nothing: a conjunction (不過, 不但, 不僅, 不只, 不管, 不論, 不如) or an
 * adverb (不斷, 不久)? */
static bool S_not_negator(const char *v, size_t s, size_t e, size_t vlen) {
  static const char NEXT[] = "過过但僅仅只光管論论斷断久如";
  return e - s == 3 && memcmp(v + s, "不", 3) == 0 && e + 3 <= vlen && lc_in_set(v + e, NEXT, 3);
}

/* Is v[s..e) a word of excess (過度, 過於, 太過) right after a negator that
 * advises (不要過度依賴, 別過於樂觀, 不宜過度集中), or of putting all in one
 * place (押在同一, 同一個籃子): a warning, whose blame a negator does not
 * turn? */
static bool S_excess_warned(const char *v, size_t s, size_t e) {
  static const char *const EXCESS[] = {"過度", "过度", "過於", "过于", "太過", "太过", "過分", "过分", NULL},
                           *const ADVISE[] = {"不要", "別", "别", "不宜", "不該", "不该", "不應", "不应",
                                              "避免", "勿", "不可", "不能", "不必", "無須", "无须", NULL};
  /* putting all in one place (不要把雞蛋都放在同一個籃子裡): a risk however it
   * is negated, advised against or avoided */
  static const char *const ONE_PLACE[] = {"押在同一", "都押在", "全押在", "全部押在", "同一個籃子", "同一个篮子",
                                          "一個籃子", "一个篮子", "綁在同一", "绑在同一", "雞蛋都放在", "鸡蛋都放在",
                                          "雞蛋全放在", "鸡蛋全放在", NULL};
  if (S_word_at(v, s, e, ONE_PLACE) == e - s) return true; /* (我不會把雞蛋全放在…: avoided) */
  if (S_word_at(v, s, e, EXCESS) != e - s) return false;
  return S_strip_back(v, s >= 9 ? s - 9 : 0, s, ADVISE) != s;
}

/* Is hit x negated by a negator before it in the same clause? (count) */
static int S_negations(ctx *C, const hit *h, size_t nh, size_t xi, lc_vec *cues) {
  const char *v = C->doc->view;
  int n = 0;
  for (size_t j = 0; j < xi; j++) {
    if (h[j].type != LC_PAY_CUE || h[j].kind != LC_CUE_NEGATOR) continue;
    if (S_not_negator(v, h[j].s, h[j].e, C->doc->vlen)) continue;
    if (h[j].e > h[xi].s) continue;
    if (!S_within(v, h[j].e, h[xi].s, (size_t)h[j].value)) continue;
    if (S_clause_break(v, h[j].e, h[xi].s)) continue;
    n++;
    if (cues && !S_add_cue(cues, h[j].s, h[j].e)) C->oom = true;
  }
  (void)nh;
  return n;
}

/* Is the judgement h[x] the head of the predicate a negated copula before
 * it in its clause denies, past a modifier ending in 的 (關稅不是解決產業
 * 問題的好工具, 管制並不是一個保護國家安全的有效方法)?  Beyond the
 * negator's own reach; the modifier describes, it does not judge, so its
 * judgements are set to none (S_judge).  Returns the negator's hit, or
 * (size_t)-1. */
static size_t S_copula_head(const ctx *C, const hit *h, size_t x) {
  static const char *const COPULA[] = {"不是", "並非", "并非", "絕非", "绝非", "決非", "决非",
                                       "談不上", "谈不上", "稱不上", "称不上", "算不上", NULL};
  const char *v = C->doc->view;
  if (h[x].s < 3 || memcmp(v + h[x].s - 3, "的", 3) != 0) return (size_t)-1;
  for (size_t j = x; j-- > 0;) {
    if (h[j].type != LC_PAY_CUE || h[j].kind != LC_CUE_NEGATOR || h[j].e > h[x].s) continue;
    if (h[x].s - h[j].e > 60 || S_clause_break(v, h[j].e, h[x].s)) return (size_t)-1;
    /* (不是X而是Y: Y is affirmed) */
    if (S_has_any(v, h[j].e, h[x].s, (const char *const[]){"而是", "反而是", "倒是", NULL})) return (size_t)-1;
    if (S_strip_back(v, h[j].s, h[j].e, COPULA) == h[j].e) return (size_t)-1; /* another kind */
    return S_within(v, h[j].e, h[x].s, (size_t)h[j].value) ? (size_t)-1 : j;
  }
  return (size_t)-1;
}

/* Verbs of thinking a 不 before denies what follows (S_denied) */
static const char *const THINK[] = {"認為", "认为", "覺得", "觉得", "以為", "以为", NULL};

/* Is the judgement h[x] the complement of a denial before it in its
 * clause (我不認為出口管制是錯的, 我懷疑關稅有用, 關稅未必有效)?  A reply
 * cue that denies (one with 不, 未, 非, 沒 or 懷疑 in it) and does not
 * stand alone flips what follows it; contrast markers (但事實上, 相反) do
 * not.  Returns 1 (and notes the cue) or 0. */
static int S_denied(ctx *C, const hit *h, size_t x, lc_vec *cues) {
  static const char *const DENY[] = {"不", "未", "非", "沒", "没", "懷疑", "怀疑", NULL},
                           *const COPULA[] = {"是", NULL};
  const char *v = C->doc->view;
  /* a judgement that qualifies a noun (一個不合理的政策) is presupposed, not
   * what a denial denies, unless a copula makes it the predicate (我不認為
   * 這是好的政策) */
  static const char *const ONE[] = {"一個", "一个", "一項", "一项", "一種", "一种", "一套", "一條",
                                    "一条", "一道", "這種", "这种", "那種", "那种", "這樣", "这样",
                                    "那樣", "那样", "如此", NULL};
  bool attributive = h[x].e + 6 <= C->doc->vlen && memcmp(v + h[x].e, "的", 3) == 0 &&
                     lc_is_cjk_lead((unsigned char)v[h[x].e + 3]) && memcmp(v + h[x].e + 3, "。", 3) != 0;
  if (attributive) { /* (一個不合理的政策; not 合理的地方很多) */
    size_t p = h[x].s;
    for (size_t j = x; j-- > 0 && h[j].e == p && h[j].type == LC_PAY_CUE && h[j].kind == LC_CUE_INTENSIFIER;)
      p = h[j].s; /* past an intensifier: 一個很粗糙的 */
    attributive = p >= 6 && S_word_at(v, p - 6, p, ONE) == 6;
  }
  for (size_t j = 0; j < x; j++) {
    /* a verb of thinking after 不, the speaker its subject past adverbs
     * (我也不認為, 我們並不覺得; 他不認為 gives his view, not the speaker's) */
    if (h[j].type == LC_PAY_CUE && h[j].kind == LC_CUE_REPORT && h[j].s >= 3 && h[j].e <= h[x].s &&
        S_within(v, h[j].e, h[x].s, 40) &&
        (memcmp(v + h[j].s - 3, "不", 3) == 0 || memcmp(v + h[j].s - 3, "唔", 3) == 0) &&
        S_has_any(v, h[j].s, h[j].e, THINK) &&
        !S_clause_break(v, h[j].e, h[x].s) &&
        /* in narration, the one reported (劉建宏表示，他不認為出口管制有效) */
        (C->narrating ? S_subject(C, h[j].s - 3) != 0 : S_subject(C, h[j].s - 3) > 0)) {
      if (attributive && S_find_any(v, h[j].e, h[x].s, COPULA) >= h[x].s) return 0;
      for (size_t k = 0; k < j; k++) /* 我不覺得好: the 不 reaches it, counted already */
        if (h[k].type == LC_PAY_CUE && h[k].kind == LC_CUE_NEGATOR && h[k].e == h[j].s &&
            S_within(v, h[k].e, h[x].s, (size_t)h[k].value))
          return 0;
      if (cues && !S_add_cue(cues, h[j].s - 3, h[j].e)) C->oom = true;
      return 1;
    }
    if (h[j].type != LC_PAY_CUE || h[j].kind != LC_CUE_DISAGREE) continue;
    if (h[j].e > h[x].s || S_clause_break(v, h[j].e, h[x].s)) continue;
    if (!S_has_any(v, h[j].s, h[j].e, DENY)) continue;
    if (attributive && h[j].e < h[x].s && S_find_any(v, h[j].e, h[x].s, COPULA) >= h[x].s) continue;
    /* a negator inside it that reaches the judgement has flipped it already
     * (不見得有效: the 不 of 不見得) */
    bool counted = false;
    for (size_t k = 0; k < x && !counted; k++)
      counted = h[k].type == LC_PAY_CUE && h[k].kind == LC_CUE_NEGATOR && h[k].s >= h[j].s &&
                h[k].e <= h[j].e && S_within(v, h[k].e, h[x].s, (size_t)h[k].value);
    if (counted) return 0;
    if (cues && !S_add_cue(cues, h[j].s, h[j].e)) C->oom = true;
    return 1;
  }
  return 0;
}

/* Does a question word (是否, 能否, 請問, 你認為 …) make the sentence a
 * question without a question mark (擴散規則是否合理。)?  Not when it
 * stands in an indirect question (不管是否, 無論是否, 不知道是否, 看能不能);
 * one-character ones (嗎, 呢) only end a question (sentences.c). */
static bool S_asks_by_word(const ctx *C, const hit *h, size_t nh) {
  static const char *const INDIRECT[] = {"不管", "無論", "无论", "不論", "不论", "取決於", "取决于",
                                         "不知道", "不確定", "不确定", "看看", "看", NULL};
  const char *v = C->doc->view;
  for (size_t i = 0; i < nh; i++) {
    if (h[i].type != LC_PAY_CUE || h[i].kind != LC_CUE_QUESTION) continue;
    if (h[i].e - h[i].s <= 3) continue; /* 嗎, 呢: only at the end (你知道嗎，…) */
    size_t cs = S_clause_start(C, h[i].s);
    if (!S_has_any(v, cs, h[i].s, INDIRECT)) return true;
  }
  return false;
}

/* Does v[s..e) give a view as the speaker's own in so many words (我覺得,
 * 我認為, 我的想法, 我個人)? */
static bool S_own_opinion(const char *v, size_t s, size_t e) {
  static const char *const MINE[] = {"我覺得", "我觉得", "我認為", "我认为", "我的想法", "我的看法", "我個人",
                                     "我个人", "我先講", "我先讲", NULL};
  return S_has_any(v, s, e, MINE);
}

/* Does the sentence speak in the first person (我覺得, 我的觀點是, 我們應該),
 * or follow one of its turn that announces the speaker's view: a view the
 * speaker gives as theirs, not a premise? */
static bool S_own_view(const ctx *C, const lc_sentence *se) {
  static const char *const I[] = {"我", "咱", NULL},
                           *const VIEW[] = {"想法", "看法", "觀點", "观点", "立場", "立场", "意見", "意见", NULL};
  const char *v = C->doc->view;
  if (S_has_any(v, se->start, se->end, I)) return true;
  /* or the sentence before in the turn announces it (我先講我的想法啦，這次…) */
  const lc_sentence *first = C->an->sentences.items;
  if (se == first || (se - 1)->turn != se->turn) return false;
  const lc_sentence *p = se - 1;
  return S_has_any(v, p->start, p->end, I) && S_has_any(v, p->start, p->end, VIEW);
}

/* Does the sentence give someone else's view (有人主張, 業者認為)? */
static bool S_relays(const hit *h, size_t nh) {
  for (size_t i = 0; i < nh; i++)
    if (h[i].type == LC_PAY_CUE && (h[i].kind == LC_CUE_OTHERS || h[i].kind == LC_CUE_REPORT))
      return true;
  return false;
}

/* Does sentence si judge topic k itself (當然支持 answering 您支持X嗎？)?
 * Then its reply does not adopt the answered stance on k a second time. */
static bool S_own_on(const lc_vec *own, const lc_vec *own_idx, const lc_vec *own_cnt, int si,
                     int k) {
  int first = LC_AT(*own_idx, int, si), cnt = LC_AT(*own_cnt, int, si);
  for (int q = first; first >= 0 && q < first + cnt; q++)
    if (LC_AT(*own, tscore, q).topic == k) return true;
  return false;
}

/* Did turn k judge a topic (its sentences' own scores, own_cnt)? */
static bool S_has_own(const ctx *C, const lc_vec *own_cnt, size_t k) {
  for (int sj = C->sent_first[k]; sj < C->sent_end[k]; sj++)
    if (LC_AT(*own_cnt, int, sj) > 0) return true;
  return false;
}

/* Is a cue of the given kind one of the meanings of the word of h[x] (they
 * stand side by side, the same span)? */
static bool S_means(const hit *h, size_t nh, size_t x, int kind) {
  size_t j = x;
  while (j > 0 && h[j - 1].s == h[x].s) j--;
  for (; j < nh && h[j].s == h[x].s; j++)
    if (h[j].e == h[x].e && h[j].type == LC_PAY_CUE && h[j].kind == kind) return true;
  return false;
}

/* Is the subject before p the speaker's own company, alone at its clause's
 * start (公司不會放棄中國市場, 本公司絕不會退出: a CEO's refusal, not a
 * prediction about another)? */
static bool S_own_company(const ctx *C, size_t p) {
  static const char *const CO[] = {"我們公司", "我们公司", "本公司", "敝公司", "公司", "集團", "集团", NULL};
  const char *v = C->doc->view;
  size_t cs = S_clause_start(C, p);
  while (cs < p && v[cs] == ' ') cs++;
  size_t l = S_word_at(v, cs, p, CO);
  if (!l) return false;
  for (size_t q = cs + l; q < p;) { /* then adverbs only (公司也絕對不會) */
    size_t a = S_word_at(v, q, p, ADVERB);
    if (!a) return false;
    q += a;
  }
  return true;
}

/* A negator that forbids, or refuses, the restriction or relaxation it
 * negates (我們不能放棄中國市場, 絕不能放棄, 不要放寬管制, 我們不會放棄) is a
 * judgement against it, as 不應該 is.  For the verb's hit h[j] of a sentence,
 * the negator's becomes one (so the verb is no longer negated, and inverts
 * the topic it governs), whose topic field is how many hits on the verb is;
 * returns its index, or (size_t)-1.  Those that forbid (不能, 不要, 別, 絕不能)
 * judge whoever the subject is; those that refuse (不會, 不想, 絕不) only when
 * the subject is the speaker or none (美國不會取消關稅 predicts; 我們不可能
 * 放棄 refuses, as 我們不會放棄 does).  A plain 不
 * or 沒 states a fact (政府沒有限制出口), and 不必, 不用 only that there is no
 * need.  The judgement bears only on the topics the verb inverts (S_bears):
 * 不能靠打壓競爭對手 says nothing of a topic the verb does not take.  A
 * question that forbids forbids (怎麼可以放棄中國市場？ 豈能放寬管制？). */
LC_COLD static size_t S_forbid(ctx *C, const hit *sh, size_t nh, size_t j) {
  static const char FORBID2[] = "不能不可不要怎能豈能岂能", FORBID1[] = "別别勿",
                    FORBID3[] = "怎麼能怎么能",
                    REFUSE2[] = "不會不会不想不願不愿不肯絕不绝不決不决不永不不是",
                    REFUSE3[] = "不願意不愿意不打算再也不就是不不可能", MODAL[] = "能可要應应該该得",
                    FORBID4[] = "沒有理由没有理由怎麼可以怎么可以";
  const char *v = C->doc->view;
  hit *h = (hit *)C->hits.items + (sh - (const hit *)C->hits.items); /* the sentence's, writable */
  /* (a verb that is a judgement too, an act named as folly: 不能把它拱手讓給
   *對手 negates the folly, as a negator does) */
  if (S_means(h, nh, j, LC_CUE_POLARITY)) return (size_t)-1;
  size_t x = j;
  /* the judgement layer's hit before the verb (not another meaning of it) */
  while (x-- > 0 && !(h[x].type == LC_PAY_CUE && h[x].e <= h[j].s &&
                       (h[x].kind == LC_CUE_NEGATOR || h[x].kind == LC_CUE_POLARITY ||
                        h[x].kind == LC_CUE_RESTRICT || h[x].kind == LC_CUE_RELAX ||
                        h[x].kind == LC_CUE_HARM || h[x].kind == LC_CUE_NEUTRAL ||
                        h[x].kind == LC_CUE_HEDGE)))
    if (h[x].s + 60 < h[j].s) return (size_t)-1;
  if (x == (size_t)-1 || h[x].kind != LC_CUE_NEGATOR || !S_within(v, h[x].e, h[j].s, (size_t)h[x].value) ||
      S_clause_break(v, h[x].e, h[j].s))
    return (size_t)-1;
  size_t s = h[x].s, e = h[x].e, n = e - s;
  float val;
  if ((n == 6 && lc_in_set(v + s, FORBID2, 6)) || (n == 3 && lc_in_set(v + s, FORBID1, 3)) ||
      (n == 9 && lc_in_set(v + s, FORBID3, 9)) || (n == 12 && lc_in_set(v + s, FORBID4, 12))) {
    val = -1.5f;
  } else if (n == 6 && lc_in_set(v + s, REFUSE2, 6) && e + 3 <= h[j].s && lc_in_set(v + e, MODAL, 3)) {
    val = -1.5f; /* 絕不能, 決不可 */
  } else if ((n == 6 && lc_in_set(v + s, REFUSE2, 6)) || (n == 9 && lc_in_set(v + s, REFUSE3, 9))) {
    /* the subject: before the negator, past an intensifier (我們絕對不會) */
    size_t p = s;
    for (size_t m = x; m-- > 0 && h[m].e >= s;)
      if (h[m].type == LC_PAY_CUE && h[m].kind == LC_CUE_INTENSIFIER && h[m].e == s) { p = h[m].s; break; }
    if (S_subject(C, p) < 0 && !S_own_company(C, p)) return (size_t)-1;
    val = -1.0f;
  } else {
    return (size_t)-1;
  }
  h[x].kind = LC_CUE_POLARITY;
  h[x].value = val;
  h[x].topic = (int)(j - x);
  return x;
}

/* Is the judgement h[i], negated, the A of 不是 A，(而)是 B: a negator
 * that ends in 是 or 非 before it in its clause, and the next clause of the
 * sentence opens with 是, 而是, 反而是, 其實是 or 更是 (not 是的, 是不是,
 * 是否)? */
static bool S_corrected(const ctx *C, const hit *h, size_t i, size_t se) {
  static const char *const IS[] = {"而是", "反而是", "其實是", "其实是", "更是", "是", NULL},
                           *const NOT_IS[] = {"是的", "是不是", "是否", NULL};
  const char *v = C->doc->view;
  size_t ce = S_clause_end(v, h[i].e, se);
  if (ce >= se) return false;
  size_t q = ce + 1;
  while (q < se && v[q] == ' ') q++;
  if (!S_word_at(v, q, se, IS) || S_word_at(v, q, se, NOT_IS)) return false;
  size_t cs = S_clause_start(C, h[i].s);
  for (size_t j = i; j-- > 0 && h[j].s >= cs;)
    if (h[j].type == LC_PAY_CUE && h[j].kind == LC_CUE_NEGATOR && h[j].e <= h[i].s &&
        (lc_at(v, h[j].e - 3, h[j].e, "是") || lc_at(v, h[j].e - 3, h[j].e, "非")))
      return true;
  return false;
}

/* A negator that forbids the policy it takes as its object (不要再加徵關稅了,
 * 美國別再加關稅, 不准實施禁令) judges it as 不應該 does: the policy's term
 * within six characters after it in its clause with no cue between, and no
 * thought forbidden instead (不要以為, 別小看, 別忘了) nor a sale (不要再賣閹割版); or
 * the policy's term up to two characters before it, when what it forbids
 * raises the policy and ends the clause (關稅不要再加了), or, in a sentence
 * that names no topic (named false), of the topic carried (別再加了).  The
 * negator's hit of the sentence's hits sh becomes a judgement. */
LC_COLD static void S_forbid_policy(ctx *C, const hit *sh, size_t nh, size_t q, bool named) {
  static const char *const FORBID[] = {"不要", "別", "别", "不准", "勿", "不許", "不许", NULL},
                           *const THOUGHT[] = {"以為", "以为", "小看", "忘", "低估", "高估", "誤會", "误会",
                                               "怕", "擔心", "担心", "緊張", "紧张", "說", "说", "講", "讲",
                                               "管", "理", "想", NULL},
                           /* (selling what a control holds back: 不要再賣閹割版 wants the control) */
                           *const SELL[] = {"賣", "卖", "出口", "出售", "銷售", "销售", "送", "運", "运", NULL};
  const char *v = C->doc->view;
  hit *h = (hit *)C->hits.items + (sh - (const hit *)C->hits.items); /* the sentence's, writable */
  if (S_word_at(v, h[q].s, h[q].e, FORBID) != h[q].e - h[q].s) return;
  size_t p = h[q].e;
  if (lc_at(v, p, C->doc->vlen, "再")) p += 3;
  if (S_word_at(v, p, C->doc->vlen, THOUGHT)) return;
  const lc_topic *tp = C->lex->topics.items;
  /* or the policy before it, when the verb forbidden raises it and ends the
   * clause (關稅不要再加了, 管制範圍別再擴大) */
  static const char *const RAISE[] = {"提高", "調高", "调高", "上調", "上调", "調漲", "调涨", "升高", "拉高",
                                      "加碼", "加码", "擴大", "扩大", "加重", "升級", "升级", "增加", "加",
                                      "漲", "涨", NULL};
  size_t rl = S_word_at(v, p, C->doc->vlen, RAISE);
  if (rl && S_verb_ends_clause(v, p + rl, S_clause_end(v, p, C->doc->vlen))) {
    /* (in a sentence that names no topic, the topic carried: 別再加了, 希望
     * 不要再加碼了; raising a policy or the stake in a market, either way
     * more of it) */
    if (!named) {
      h[q].kind = LC_CUE_POLARITY;
      h[q].value = -1.5f;
      return;
    }
    for (size_t j = q, cs = S_clause_start(C, h[q].s); j-- > 0 && h[j].s >= cs;) {
      if (h[j].type != LC_PAY_TOPIC || h[j].topic < 0 || h[j].value <= 0 ||
          tp[h[j].topic].kind != LC_TOPIC_POLICY || !S_within(v, h[j].e, h[q].s, 2))
        continue;
      for (size_t m = j + 1; m < q; m++) /* (no cue between) */
        if (h[m].type == LC_PAY_CUE && h[m].s >= h[j].e) return;
      h[q].kind = LC_CUE_POLARITY;
      h[q].value = -1.5f;
      return;
    }
  }
  for (size_t j = q + 1; j < nh && h[j].s < h[q].e + 18; j++) {
    if (h[j].s < h[q].e) continue;
    if (h[j].type == LC_PAY_CUE) return;
    if (h[j].type != LC_PAY_TOPIC || h[j].topic < 0 || h[j].value <= 0 ||
        tp[h[j].topic].kind != LC_TOPIC_POLICY || S_clause_break(v, h[q].e, h[j].s))
      continue;
    if (S_has_any(v, h[q].e, h[j].s, SELL)) return;
    h[q].kind = LC_CUE_POLARITY;
    h[q].value = -1.5f;
    return;
  }
}

/* Is v[s..e) a word of worry (擔心, 恐慌, 焦慮, 悲觀, 令人擔憂)?  Under a negator
 * (不必擔心, 並不擔憂, 別太悲觀) it says there is nothing to fear from what is
 * spoken of, which is no judgement of it (a policy one need not fear is not
 * one the speaker supports). */
static bool S_worry(const char *v, size_t s, size_t e) {
  static const char WORRY2[] = "擔心担心擔憂担忧憂慮忧虑憂心忧心恐慌焦慮焦虑悲觀悲观害怕緊張紧张驚慌惊慌恐懼恐惧",
                    WORRY4[] = "令人擔憂令人担忧";
  return (e - s == 6 && lc_in_set(v + s, WORRY2, 6)) || (e - s == 12 && lc_in_set(v + s, WORRY4, 12));
}

static bool S_takes_object(const char *v, size_t s, size_t e);

/* Verbs of falling (S_falls) */
static const char *const FALL[] = {"變差", "变差", "變弱", "变弱", "下降", "下滑", "減弱", "减弱", "衰退",
                                   "流失", "萎縮", "萎缩", "弱化", "降低", "減少", "减少", "消失",
                                   "大打折扣", "打折扣", NULL};

/* Does a verb of falling that closes its clause follow the good v[s..e)
 * within four characters, adverbs only between (競爭力變差。 信任會大幅下降了;
 * not 支持下降關稅, whose verb has an object, nor 應該逐步減少, a wish for the
 * fall, nor 有效讓走私減少)? */
static bool S_falls(const ctx *C, size_t s, size_t e, size_t se) {
  static const char *const WANT[] = {"希望", "必須", "必须", "建議", "建议", "主張", "主张", "可以", "最好", NULL};
  /* what may stand between: adverbs and the like (競爭力就跟著變差了, 信任會大幅下降) */
  static const char *const GAP[] = {"跟著", "跟着", "大幅", "明顯", "明显", "逐漸", "逐渐", "嚴重", "严重", "持續",
                                    "持续", "開始", "开始", "已經", "已经", "正在", "可能", "恐怕", "一直",
                                    "就", "也", "都", "會", "会", "將", "将", "恐", "再", "更", "又", "還", "还", NULL};
  const char *v = C->doc->view;
  for (size_t q = e, n = 0; q < se && n <= 4 && !S_is_break(v[q]); n++) {
    if (C->fall_second >> (v[q + 1] & 63) & 1) { /* (v[se] is readable) */
      size_t l = S_word_at(v, q, se, FALL);
      if (l) return !S_takes_object(v, s, e) && S_word_at(v, s, e, WANT) != e - s && S_verb_ends_clause(v, q + l, se);
    }
    size_t g = S_word_at(v, q, se, GAP);
    if (!g) return false;
    q += g;
  }
  return false;
}

/* Is the good at s..e the object of 把/將 … 讓給 (把一半的學習機會讓給別人,
 * 將商機拱手送給對手): given away, a loss? */
static bool S_given_away(ctx *C, size_t s, size_t e, size_t se) {
  static const char *const BA[] = {"把", "將", "将", NULL},
                           *const GIVE[] = {"讓給", "让给", "送給", "送给", "讓出", "让出", "拱手",
                                            "白白送", "雙手奉上", "双手奉上", NULL};
  const char *v = C->doc->view;
  size_t ce = S_clause_end(v, e, se);
  return S_find_any(v, e, ce, GIVE) < ce && S_find_any(v, S_clause_start(C, s), s, BA) < s;
}

static const char CHANGE2[] = "下滑衰退萎縮萎缩成長成长增長增长"; /* S_measured_change */

/* Is the word of change v[s..e) (one of CHANGE2: 下滑, 成長, 衰退, 萎縮; the
 * caller has checked) in a clause that gives a figure (a digit, %, 百分之,
 * or a numeral before 成 or 倍), or whose clause before follows one (占百分之
 * 七，較去年同期明顯下滑)? */
static bool S_measured_change(const char *v, size_t s, size_t e, size_t ss, size_t cs, size_t se) {
  static const char NUM[] = "一二兩两三四五六七八九十半幾几";
  size_t ce = S_clause_end(v, e, se);
  /* (and the clause before in the sentence, when this one opens with a
   * comparison: 較, 比) */
  size_t from = cs;
  size_t w = cs;
  while (w < s && v[w] == ' ') w++;
  if (cs > ss && w + 3 <= s && (memcmp(v + w, "較", 3) == 0 || memcmp(v + w, "较", 3) == 0 ||
                                memcmp(v + w, "比", 3) == 0)) {
    from = cs - 1;
    while (from > ss && !S_is_break(v[from - 1]) && v[from - 1] != '\n') from--;
  }
  /* a figure near the word: forty characters before it, twenty after (a
   * long clause costs no more) */
  if (s - from > 120) from = s - 120;
  if (ce - e > 60) ce = e + 60;
  for (size_t k = from; k < ce; k++) {
    unsigned char c = (unsigned char)v[k];
    if (c == '%') return true;
    if (c >= '0' && c <= '9') { /* a number, not a year or a date (2025年) nor a name (5G, G7) */
      size_t a = k;
      while (k < ce && ((v[k] >= '0' && v[k] <= '9') || v[k] == '.' || v[k] == ',')) k++;
      bool named = (a > 0 && ((v[a - 1] | 0x20) >= 'a' && (v[a - 1] | 0x20) <= 'z')) ||
                   (k < se && ((v[k] | 0x20) >= 'a' && (v[k] | 0x20) <= 'z'));
      bool date = k + 3 <= se && (memcmp(v + k, "年", 3) == 0 || memcmp(v + k, "月", 3) == 0 ||
                                  memcmp(v + k, "日", 3) == 0 || memcmp(v + k, "號", 3) == 0 ||
                                  memcmp(v + k, "号", 3) == 0);
      if (!named && !date) return true;
      k--;
      continue;
    }
    if (k + 9 <= ce && memcmp(v + k, "百分之", 9) == 0) return true;
    if (k + 6 <= ce && lc_in_set(v + k, NUM, 3) &&
        (memcmp(v + k + 3, "成", 3) == 0 || memcmp(v + k + 3, "倍", 3) == 0))
      return true;
  }
  return false;
}

/* Is the cue v[s..e) part of a formula that judges nothing: a greeting
 * (歡迎 after a name, ending the sentence, or followed by where or whom
 * it welcomes: 育德，歡迎。 歡迎收聽; 很高興 before coming or meeting: 很高興來,
 * 很高興跟大家見面), a word named as the next subject (談談機會, 聊聊風險),
 * or news awaited (最新進展, 後續進展)? */
static bool S_formula(const char *v, size_t s, size_t e, size_t ss, size_t se) {
  static const char *const GREETED[] = {"來到", "来到", "收聽", "收听", "收看", "光臨", "光临",
                                               "蒞臨", "莅临", "回到", "各位", "大家", "再來", "再来",
                                               "回來", "回来", "上節目", "上节目", "歡迎", "欢迎", NULL},
                           *const MET[] = {"來", "来", "再", "參加", "参加", "受邀", "見到", "见到",
                                           "跟大家", "和大家", "與大家", "与大家", "跟各位", "和各位",
                                           "在這", "在这", "上節目", "上节目", "上你", "上您", "認識",
                                           "认识", "再次", "回到", NULL},
                           *const AWAITED[] = {"最新", "後續", "后续", "相關", "相关", NULL};
  static const char WELCOME2[] = "歡迎欢迎", GLAD2[] = "高興高兴榮幸荣幸", NAMING2[] = "談談谈谈聊聊說說说说講講讲讲討論讨论",
                    NAMING3[] = "談一談谈一谈聊一聊";
  size_t n = e - s;
  if (n == 6 && lc_in_set(v + s, WELCOME2, 6)) {
    size_t k = e;
    while (k < se && v[k] == ' ') k++;
    if (S_word_at(v, k, se, GREETED)) return true;
    /* (after a name: 我們非常歡迎。 answers whether they welcome it) */
    size_t b = s;
    while (b > ss && v[b - 1] == ' ') b--;
    return S_clause_ends(v, k, se) && b > ss && v[b - 1] == ',' && lc_u8_count(v + ss, b - 1 - ss) <= 5;
  }
  if (n == 6 && lc_in_set(v + s, GLAD2, 6)) return S_word_at(v, e, se, MET) > 0;
  if ((s >= ss + 6 && lc_in_set(v + s - 6, NAMING2, 6)) || (s >= ss + 9 && lc_in_set(v + s - 9, NAMING3, 9)))
    return true;
  if (n == 6 && (lc_at(v, s, e, "進展") || lc_at(v, s, e, "进展"))) {
    size_t p = s >= ss + 3 && memcmp(v + s - 3, "的", 3) == 0 ? s - 3 : s;
    if (S_strip_back(v, ss, p, AWAITED) != p) return true;
  }
  return false;
}

/* Is v[s..e) an attitude (a worry, a feeling, support or opposition, as a
 * noun) owned by someone other than the speaker (你的擔心, 您們的疑慮, 大家
 * 的期待, 他們的反對)? */
static bool S_others_attitude(const char *v, size_t ss, size_t s, size_t e, bool feeling) {
  static const char ATTITUDE2[] = "支持反對反对質疑质疑不滿不满疑慮疑虑顧慮顾虑期待期望擔憂担忧";
  static const char *const OWNER[] = {"你的", "您的", "妳的", "你們的", "你们的", "您們的", "您们的",
                                      "他的", "她的", "他們的", "他们的", "她們的", "她们的",
                                      "大家的", "外界的", "對方的", "对方的", "各位的", NULL};
  if (s < ss + 6 || memcmp(v + s - 3, "的", 3) != 0) return false; /* (every owner ends in 的) */
  if (!feeling && !S_worry(v, s, e) && !(e - s == 6 && lc_in_set(v + s, ATTITUDE2, 6))) return false;
  size_t o = S_strip_back(v, ss, s, OWNER);
  return o != s && !(o >= ss + 3 && memcmp(v + o - 3, "其", 3) == 0); /* (not 其他的: other) */
}

/* Does the clause from cs open with thanks (謝謝, 感謝; past 我們 and an adverb
 * or two: 我們也非常感謝)?  Then a word for the attitude of the one thanked
 * that ends it (謝謝委員支持。 謝謝委員的指教。 感謝大家的支持和鼓勵) is no
 * position (S_thanked); thanks for what someone did is one (感謝部長成功談判了
 * 協議). */
static bool S_thanks(const char *v, size_t cs, size_t e) {
  static const char THANKS[] = "謝謝谢谢感謝感谢多謝多谢";
  for (size_t p = cs, k = 0; k < 6 && p + 6 <= e; k++, p += 3) {
    uint32_t c = (uint32_t)(unsigned char)v[p] << 16 | (uint32_t)(unsigned char)v[p + 1] << 8 |
                 (unsigned char)v[p + 2];
    switch (c) {
    case 0xE8AC9D: case 0xE8B0A2: case 0xE6849F: case 0xE5A49A: /* 謝谢感多 */
      return lc_in_set(v + p, THANKS, 6);
    case 0xE68891: case 0xE58091: case 0xE4BBAC: case 0xE4B99F: case 0xE8A681: /* 我們们也要 */
    case 0xE5BE88: case 0xE99D9E: case 0xE5B8B8: case 0xE5868D: case 0xE6ACA1: /* 很非常再次 */
    case 0xE79C9F: case 0xE5BF83: case 0xE789B9: case 0xE588A5: case 0xE588AB: /* 真心特別别 */
      continue;
    default:
      return false; /* most clauses */
    }
  }
  return false;
}


/* Is the judgement h[x], in a clause that opens with thanks (S_thanks), a word
 * for the attitude of the one thanked that ends the clause? */
static bool S_thanked(const char *v, const hit *h, size_t x, size_t se) {
  static const char ATTITUDE[] = "支持支援肯定認同认同鼓勵鼓励信任幫助帮助指教關心关心厚愛厚爱諒解谅解體諒体谅協助协助配合",
                    AND[] = "和與与及、";
  /* praise of the talk thanked for (謝謝三位的精彩討論, 謝謝兩位精彩的分享) */
  static const char *const TALK[] = {"分享", "討論", "讨论", "發言", "发言", "說明", "说明", "回答",
                                     "解說", "解说", "介紹", "介绍", "參與", "参与", "對談", "对谈",
                                     "演講", "演讲", "見解", "见解", "觀點", "观点", "意見", "意见",
                                     "收聽", "收听", "收看", "分析", "解讀", "解读", "講解", "讲解",
                                     "評論", "评论", "訪談", "访谈", NULL};
  /* the thanks word itself, for a talk named at the clause's end (感謝邱教授
   *精闢的分析與解讀) */
  static const char *const THANKS_WORD[] = {"感謝", "感谢", "謝謝", "谢谢", NULL};
  size_t reach = S_word_at(v, h[x].s, h[x].e, THANKS_WORD) ? 60 : 9;
  for (size_t q = h[x].e; q < se && q <= h[x].e + reach && !S_is_break(v[q]);
       q += lc_u8len((unsigned char)v[q])) {
    size_t l = S_word_at(v, q, se, TALK);
    if (l && S_clause_ends(v, q + l, se)) return true;
  }
  if (h[x].e - h[x].s != 6 || !lc_in_set(v + h[x].s, ATTITUDE, 6)) return false;
  size_t q = h[x].e; /* past more of them: 支持和鼓勵 */
  while (q + 9 <= se && lc_in_set(v + q, AND, 3) && lc_in_set(v + q + 3, ATTITUDE, 6)) q += 9;
  return S_clause_ends(v, q, se);
}


/* Drops from C->contribs the judgements marked gone, and their cues from
 * cues (each judgement's cues come after those of the one before; those
 * kept are told where theirs now stand); returns judge less them. */
static float S_drop_contribs(ctx *C, float judge, lc_vec *cues) {
  contrib *cb = C->contribs.items;
  lc_cue_hit *cu = cues->items;
  size_t w = 0, cut = 0;
  for (size_t i = 0; i < C->contribs.len; i++) {
    if (!cb[i].gone) {
      cb[i].cue0 -= (uint32_t)cut;
      cb[i].cue1 -= (uint32_t)cut;
      cb[w++] = cb[i];
      continue;
    }
    judge -= cb[i].value;
    size_t c0 = cb[i].cue0 - cut, c1 = cb[i].cue1 - cut;
    memmove(cu + c0, cu + c1, (cues->len - c1) * sizeof *cu);
    cues->len -= c1 - c0;
    cut += c1 - c0;
  }
  C->contribs.len = w;
  return judge;
}

/* Does the clause from cs put a claim in words that the next clause rejects
 * (說它沒用，我不能同意; 要說管制完全沒用，我覺得太誇張了; 有人認為…，我並不
 * 認同)?  The claim's clause opens with 說, 認為, 覺得 or 主張 (past 但, 要,
 * 如果, 你, 有人), not 說明 or 說實話, and
 * the rejection has no object of its own.  Where the claim's clause ends,
 * or 0. */
static size_t S_claim_clause(const char *v, size_t cs, size_t se) {
  static const char *const LEAD[] = {"但是", "可是", "不過", "不过", "要是", "如果", "但", "要", "若",
                                     "你", "有人", "有些人", "別人", "别人", NULL},
                           *const SAY[] = {"說", "说", "認為", "认为", "覺得", "觉得", "主張", "主张", NULL},
                           *const NOT_SAY[] = {"說明", "说明", "說服", "说服", "說實話", "说实话", "說真的",
                                               "说真的", "說白了", "说白了", "說起來", "说起来", "說到", "说到",
                                               "說實在", "说实在", "說老實話", "说老实话", "說穿了", "说穿了",
                                               NULL},
                           *const REJECT[] = {"不能同意", "不同意", "無法同意", "无法同意", "不認同", "不认同",
                                              "不敢苟同", "不這麼看", "不这么看", "不這麼認為", "不这么认为",
                                              "太誇張", "太夸张", "言過其實", "言过其实", "不公允", "站不住腳",
                                              "站不住脚", "說不過去", "说不过去", "不是事實", "不是事实",
                                              "並非事實", "并非事实", "似是而非", NULL};
  static const char *const THIS[] = {"這", "这", "此", "那", NULL};
  size_t a = cs, l;
  while (a < se && v[a] == ' ') a++;
  /* most clauses hold no 說 (認為, 覺得, 主張) in their first eight
   * characters (the leads and 說) */
  size_t look = a + 24 < se ? a + 24 : se;
  if (S_find_any(v, a, look, SAY) >= look) return 0;
  for (int k = 0; k < 3 && (l = S_word_at(v, a, se, LEAD)) > 0; k++) a += l;
  if (!S_word_at(v, a, se, SAY) || S_word_at(v, a, se, NOT_SAY)) return 0;
  size_t ce = S_clause_end(v, a, se); /* the claim's clause ends */
  if (ce >= se) return 0;
  size_t ne = S_clause_end(v, ce + 1, se); /* the next clause ends */
  /* a rejection without an object of its own (我不同意, 太誇張了, 不同意這種
   *說法; not 我不同意取消) */
  size_t r = S_find_any(v, ce + 1, ne, REJECT);
  if (r >= ne) return 0;
  size_t re = r + S_word_at(v, r, ne, REJECT), pe = re;
  static const char *const PART[] = {"了", "啦", "的", "啊", "吧", NULL};
  pe += S_word_at(v, pe, ne, PART);
  while (pe < ne && (v[pe] == ' ' || lc_at(v, pe, se, "。"))) pe += v[pe] == ' ' ? 1 : 3;
  return pe >= ne || S_word_at(v, re, ne, THIS) ? ce : 0;
}

/* A claim put in words and rejected (S_claim_clause): the claim's judgements
 * count the other way and the rejection's, which judge the claim, not at
 * all.  Returns the sentence's judgement so changed. */
static float S_claim_rejected(ctx *C, size_t se, float judge, lc_vec *cues) {
  const char *v = C->doc->view;
  contrib *cb = C->contribs.items;
  size_t n = C->contribs.len;
  bool changed = false;
  for (size_t i = 0; i < n; i++) {
    size_t cs = cb[i].clause;
    if (i > 0 && cb[i - 1].clause == cs) continue; /* one look per clause */
    size_t ce = S_claim_clause(v, cs, se);
    if (!ce) continue;
    size_t nc = ce + 1; /* the rejection's clause starts, past spaces */
    while (nc < se && v[nc] == ' ') nc++;
    nc = S_clause_start(C, nc);
    for (size_t j = 0; j < n; j++) {
      if (cb[j].clause == cs) {
        judge -= 2 * cb[j].value;
        cb[j].value = -cb[j].value;
      } else if (cb[j].clause == nc) {
        cb[j].gone = changed = true;
      }
    }
  }
  return changed ? S_drop_contribs(C, judge, cues) : judge;
}

/* 還是 between two choices (到底是好東西還是陷阱, 該收緊還是放寬): */
static const char *const OR_ELSE[] = {"還是", "还是", NULL};
static const char *const CONCEDE_WORDS[] = {"雖然", "虽然", "雖", "虽", "儘管", "尽管", "即使", NULL};

/* A question between two choices, put as a statement (今天要聊的是CUDA到底是
 * 好東西還是陷阱。): a clause that holds 還是 with a judgement after it, and
 * one before it or 到底 / 究竟, judges neither.  Not 還是 as "still" (我還是
 * 覺得很好: nothing before it).  Returns the sentence's judgement so changed. */
static float S_either(ctx *C, const hit *h, size_t se, float judge, lc_vec *cues) {
  static const char *const WHICH[] = {"到底", "究竟", NULL};
  const char *v = C->doc->view;
  bool changed = false;
  contrib *cb = C->contribs.items;
  /* a judgement after 還是 in its clause (most clauses have none: the
   * search runs from the clause's start to the judgement only) */
  for (size_t i = 0, done = (size_t)-1; i < C->contribs.len; i++) {
    size_t cs = cb[i].clause, at = h[cb[i].hit].s;
    if (cs == done) continue;
    size_t p = S_find_any(v, cs, at, OR_ELSE);
    if (p >= at) continue;
    /* 到底/究竟, or 是 before a judgement before 還是 (是好東西還是陷阱);
     * not after a concession (雖然有用還是弊大於利: 還是 is "still") */
    if (S_has_any(v, cs, p, CONCEDE_WORDS)) continue;
    bool before = S_has_any(v, cs, p, WHICH);
    size_t is = S_find_any(v, cs, p, (const char *const[]){"是", NULL});
    for (size_t k = 0; k < C->contribs.len && !before; k++)
      before = cb[k].clause == cs && h[cb[k].hit].s > is && h[cb[k].hit].s < p;
    if (!before) continue;
    done = cs;
    size_t ce = S_clause_end(v, p, se);
    for (size_t k = 0; k < C->contribs.len; k++)
      if (h[cb[k].hit].s >= cs && h[cb[k].hit].s < ce) cb[k].gone = changed = true;
  }
  return changed ? S_drop_contribs(C, judge, cues) : judge;
}

/* Two judgements weighed in one clause, one outweighing the other (風險已
 * 經遠遠大於機會, 機會多於風險, 好處不及代價): the lesser one, what the
 * comparison sets below, does not count.  Returns the sentence's judgement
 * so changed. */
static float S_outweighs(ctx *C, const hit *h, float judge, lc_vec *cues) {
  static const char *const MORE[] = {"大於", "大于", "多於", "多于", "高於", "高于", "超過", "超过",
                                     "勝過", "胜过", "壓過", "压过", "蓋過", "盖过", NULL},
                           *const LESS[] = {"小於", "小于", "少於", "少于", "低於", "低于", "不及", NULL};
  const char *v = C->doc->view;
  contrib *cb = C->contribs.items;
  bool changed = false;
  for (size_t i = 0; i + 1 < C->contribs.len; i++) {
    const hit *a = &h[cb[i].hit], *b = &h[cb[i + 1].hit];
    if (cb[i].clause != cb[i + 1].clause || b->s < a->e || b->s - a->e > 30 || cb[i].gone ||
        (cb[i].value > 0) == (cb[i + 1].value > 0))
      continue;
    /* the lesser side: every judgement of its sign on its side of the
     * comparison, in the clause (大於成長機會: 成長 and 機會) */
    size_t from, to;
    if (S_has_any(v, a->e, b->s, MORE)) from = i + 1, to = C->contribs.len;
    else if (S_has_any(v, a->e, b->s, LESS)) from = 0, to = i + 1;
    else continue;
    bool up = cb[from == 0 ? i : i + 1].value > 0;
    for (size_t k = from; k < to; k++)
      if (cb[k].clause == cb[i].clause && (cb[k].value > 0) == up) cb[k].gone = changed = true;
  }
  return changed ? S_drop_contribs(C, judge, cues) : judge;
}

/* A view the sentence sets out and then turns round in a short last clause
 * (那套規則是假設技術越少人用越好，我的看法剛好相反; 本來是要削弱對手，結果
 * 正好相反): the judgements before that clause count the other way, and
 * the turn is a cue.  Returns the sentence's judgement so changed. */
static float S_opposite(ctx *C, size_t ss, size_t se, float judge, lc_vec *cues) {
  static const char END[] = "。了啦的"; /* (！ is ! in the view) */
  static const char *const WHOSE[] = {"我", "結果", "结果", "事實上", "事实上", "實際上", "实际上", NULL},
                           *const WITH[] = {"跟", "和", "與", "与", "同", NULL};
  const char *v = C->doc->view;
  size_t e = se;
  for (;;) { /* past the sentence's end marks and particles */
    if (e > ss && (v[e - 1] == ' ' || v[e - 1] == '!' || v[e - 1] == '.')) e--;
    else if (e >= ss + 3 && lc_in_set(v + e - 3, END, 3)) e -= 3;
    else break;
  }
  if (e < ss + 6 || memcmp(v + e - 6, "相反", 6) != 0) return judge;
  size_t cs = S_clause_start(C, e - 6);
  if (cs <= ss || e - cs > 30) return judge; /* a clause before; at most ten characters */
  /* the speaker's view or what came of it, not one contrary to others'
   * (我支持管制，和美國政府的看法相反) */
  if (!S_has_any(v, cs, e - 6, WHOSE) || S_has_any(v, cs, e - 6, WITH)) return judge;
  contrib *cb = C->contribs.items;
  bool any = false;
  for (size_t i = 0; i < C->contribs.len; i++) {
    if (cb[i].clause >= cs) {
      cb[i].gone = true;
    } else {
      judge -= 2 * cb[i].value;
      cb[i].value = -cb[i].value;
      any = true;
    }
  }
  judge = S_drop_contribs(C, judge, cues);
  if (any && !S_add_cue(cues, e - 6, e)) C->oom = true;
  return judge;
}

/* Words for a view held before (以前我支持…) and for now (現在我認為…). */
static const char *const PAST[] = {"以前", "以往", "過去", "过去", "原本", "曾經", "曾经", "當初",
                                   "当初", "起初", "一度", NULL};
static const char *const NOW[] = {"現在", "现在", "如今", "目前", "後來", "后来", "現今", "现今",
                                  NULL};

/* Where a view of now that replaces one held before begins: a word for now
 * after a past word's clause in the sentence (以前我支持X，但現在我認為…),
 * or opening the next sentence, past a contrast and 我 (以前我支持X。但現在
 * 我認為…); not one that says the view goes on (現在也是, 現在仍然).  From
 * e, the end of the past word, to se, the sentence's end; or -1. */
static size_t S_now_at(const char *v, size_t e, size_t se, size_t vlen) {
  static const char *const GOES_ON[] = {"也", "還", "还", "仍", "依然", "一樣", "一样", "照樣",
                                        "照样", NULL};
  static const char *const LEAD[] = {"但是", "可是", "不過", "不过", "然而", "但", "而", "我們",
                                     "我们", "我", NULL};
  size_t m = S_find_any(v, e, se, NOW);
  if (m >= se) { /* the next sentence, on the same or the next line */
    m = se;
    for (int nl = 0; m < vlen && (v[m] == ' ' || (v[m] == '\n' && nl++ < 1)); m++) {}
    for (size_t l; m < vlen && (l = S_word_at(v, m, vlen, LEAD)) > 0;) m += l;
    if (m >= vlen || !S_word_at(v, m, vlen, NOW)) return (size_t)-1;
  }
  size_t after = m + S_word_at(v, m, vlen, NOW);
  while (after < vlen && v[after] == ' ') after++;
  if (after < vlen && S_word_at(v, after, vlen, GOES_ON)) return (size_t)-1;
  return m;
}

static bool S_clause_named(const ctx *C, const hit *h, size_t nh, size_t pos);

/* A short answer (the sentence se, opening turn's reply to turn q) that
 * echoes an A-not-A of q's (會不會 asked of the one answering, 要不要, 該不該,
 * 可不可以, 應不應該), or a modal of a question with 嗎 asked of the one
 * answering (你會想回去嗎？ — 不會。):
 * the modal alone, or with the verb after the A-not-A (該留), after 當然,
 * 一定 or 絕對 and before particles: +1; the same after 不: -1; else 0.
 * The answer's words are v[*es..*ee). */
static int S_echo_answer(const lc_doc *doc, const lc_turn *q, const lc_sentence *se, size_t *es,
                         size_t *ee) {
  static const char MODAL[] = "會会要該该可應应";
  static const char *const YOU[] = {"你", "您", "貴", "贵", NULL};
  static const char *const SURE[] = {"當然", "当然", "一定", "絕對", "绝对", NULL},
                           *const TAIL[] = {"啊", "啦", "了", "的", "吧", "呀", "喔", "囉", "。", "!", ",", " ", NULL},
                           *const NOT[] = {"不", NULL},
                           *const SECOND[] = {"以", "該", "该", NULL}; /* 可以, 應該 */
  static const char *const CONTRAST[] = {"但", "可是", "不過", "不过", "只是", "然而", NULL};
  const char *v = doc->view;
  size_t a = se->start, b = se->end;
  while (a < b && v[a] == ' ') a++;
  /* (or the sentence's first clause, when no contrast follows: 一定會，而且
   * 要加倍投入) */
  size_t c1 = S_clause_end(v, a, b);
  if (c1 < b && !S_has_any(v, c1, b, CONTRAST)) b = c1;
  for (size_t l; b > a && (l = S_word_at(v, b - (v[b - 1] & 0x80 ? 3 : 1), b, TAIL)) > 0 &&
                 b - l >= a;)
    b -= l;
  if (b <= a || b - a > 21) return 0; /* at most seven characters */
  *es = a;
  *ee = b;
  a += S_word_at(v, a, b, SURE);
  int yes = 1;
  if (S_word_at(v, a, b, NOT)) { yes = -1; a += 3; }
  /* the question's end, and whether it asks with 嗎 */
  size_t qe = q->end;
  while (qe > q->start && (v[qe - 1] == ' ' || v[qe - 1] == '\n' || v[qe - 1] == '?')) qe--;
  bool ma = qe >= q->start + 3 && (memcmp(v + qe - 3, "嗎", 3) == 0 || memcmp(v + qe - 3, "吗", 3) == 0);
  if (a + 3 <= b && !lc_in_set(v + a, MODAL, 3)) {
    /* or the verb the question put to the one answering after its modal,
     * without it (您會參與嗎？ — 不參與。 會不會參與？ — 參與。) */
    size_t vl = b - a;
    if (vl < 6 || vl > 12) return 0;
    for (size_t p = q->start; p + 3 + vl <= qe; p += lc_u8len((unsigned char)v[p])) {
      if (!lc_in_set(v + p, MODAL, 3) || memcmp(v + p + 3, v + a, vl) != 0) continue;
      bool anota = p >= q->start + 6 && memcmp(v + p - 3, "不", 3) == 0 && memcmp(v + p - 6, v + p, 3) == 0;
      bool asked = !(p >= q->start + 3 && memcmp(v + p - 3, "不", 3) == 0) && ma;
      size_t ys = p >= q->start + 12 ? p - 12 : q->start;
      if ((anota || asked) && S_find_any(v, ys, p, YOU) < p) return yes;
    }
    return 0;
  }
  if (a + 3 > b) return 0;
  /* the question's A-not-A of that modal: M不M */
  size_t m = (size_t)-1;
  for (size_t p = q->start; p + 9 <= q->end && m == (size_t)-1; p++)
    if (memcmp(v + p, v + a, 3) == 0 && memcmp(v + p + 3, "不", 3) == 0 && memcmp(v + p + 6, v + a, 3) == 0) m = p + 9;
  if (m == (size_t)-1) {
    /* or the modal in a question with 嗎 asked of the one answering (你會想
     * 回到大陸市場嗎？ — 不會。) */
    if (!ma) return 0;
    size_t qs = qe; /* (the question's own sentence: 您好。美國會放寬嗎？ asks of the US) */
    while (qs > q->start && v[qs - 1] != '?' && v[qs - 1] != '!' && v[qs - 1] != '\n' &&
           !(qs >= q->start + 3 && memcmp(v + qs - 3, "。", 3) == 0))
      qs--;
    size_t y = S_find_any(v, qs, qe, YOU);
    for (size_t p = y; p + 3 <= qe && m == (size_t)-1; p += lc_u8len((unsigned char)v[p]))
      if (memcmp(v + p, v + a, 3) == 0 && !(p >= 3 && memcmp(v + p - 3, "不", 3) == 0) &&
          S_find_any(v, p >= qs + 12 ? p - 12 : qs, p, YOU) < p) /* (you its subject: 您會…, 你們還會…) */
        m = p + 3;
    if (m == (size_t)-1) return 0;
  }
  /* 會 asks what will be: a stance only when the one asked is to act (貴公司
   * 會不會退出？), not a forecast (美國會不會加徵關稅？) */
  if ((memcmp(v + a, "會", 3) == 0 || memcmp(v + a, "会", 3) == 0) && S_find_any(v, q->start, m, YOU) >= m) return 0;
  size_t r = a + 3;
  if (r < b && S_word_at(v, r, b, SECOND) && (m + 3 <= q->end && memcmp(v + m, v + r, 3) == 0)) {
    r += 3; /* 可不可以 — 可以, 應不應該 — 應該 */
    m += 3;
  }
  if (r == b) return yes;
  /* the verb that followed the A-not-A or the modal (該不該留 — 該留, 會參與嗎
   * — 不會參與) */
  return b - r <= 12 && m + (b - r) <= q->end && memcmp(v + m, v + r, b - r) == 0 ? yes : 0;
}

/* Is the word at v[s..e) in a short quotation (C->scare) that the sentence
 * speaks of as a word: 「失利」的說法, 所謂的「好政策」, 「脫鉤」這個詞? */
static bool S_quoted_word(const ctx *C, size_t s, size_t e, size_t ss, size_t se) {
  static const char *const AS_WORD[] = {"的說法", "的说法", "這種說法", "这种说法", "這個說法", "这个说法",
                                        "之說", "之说", "的講法", "的讲法", "這個詞", "这个词", "的字眼",
                                        "這個字眼", "这个字眼", "的標籤", "的标签", "一詞", "一词", NULL},
                           *const SO_CALLED[] = {"所謂", "所谓", NULL};
  const char *v = C->doc->view;
  for (size_t i = 0; i < C->scare.len; i++) {
    const span *q = &LC_AT(C->scare, span, i);
    if (s < q->s || e > q->e) continue;
    if (S_word_at(v, q->e, se, AS_WORD)) return true;
    for (size_t k = 0; SO_CALLED[k]; k++) { /* 所謂 (的) before the quotation */
      size_t w = strlen(SO_CALLED[k]), a = q->s;
      if (a >= ss + 3 && memcmp(v + a - 3, "的", 3) == 0) a -= 3;
      if (a >= ss + w && memcmp(v + a - w, SO_CALLED[k], w) == 0) return true;
    }
  }
  return false;
}

/* 與其 A，不如 B (與其全盤撤銷，不如修補): 與其 rejects what its clause
 * names or does (a judgement against it), 不如 prefers what its clause names
 * (one for it).  Each counts only with the other in the sentence, 與其 first
 * and 不如 opening a later clause, and only where its clause names a topic
 * or holds a verb that restricts or relaxes one; not 與其說…不如說,
 * which only words a thing one way rather than another. */
static bool S_rather(const ctx *C, const hit *h, size_t nh, size_t i) {
  const char *v = C->doc->view;
  bool first = !lc_at(v, h[i].s, h[i].e, "不如");
  size_t cs = S_clause_start(C, h[i].s), other = (size_t)-1;
  for (size_t j = 0; j < nh && other == (size_t)-1; j++) {
    if (j == i || h[j].type != LC_PAY_CUE || h[j].tag != LC_TAG_RATHER) continue;
    if (lc_at(v, h[j].s, h[j].e, "不如") != first) continue;
    size_t js = S_clause_start(C, h[j].s);
    if (first ? js > cs : js < cs) other = j;
  }
  if (other == (size_t)-1) return false;
  size_t a = first ? i : other;
  if (lc_at(v, h[a].e, C->doc->vlen, "說") || lc_at(v, h[a].e, C->doc->vlen, "说")) return false;
  for (size_t j = 0; j < nh; j++) /* a clear term (not 台灣 alone) */
    if (h[j].type == LC_PAY_TOPIC && h[j].topic >= 0 && h[j].value >= MIN_TOPIC && S_clause_start(C, h[j].s) == cs)
      return true;
  for (size_t j = 0; j < nh; j++) /* (不如把重心移往別處: a verb that restricts the topic carried) */
    if (h[j].type == LC_PAY_CUE && (h[j].kind == LC_CUE_RESTRICT || h[j].kind == LC_CUE_RELAX) &&
        S_clause_start(C, h[j].s) == cs)
      return true;
  return false;
}

/* A commitment of the speaker's side (我們會, 我們打算, 目標是, 方向是) is
 * advocacy, as 應該 is, of a verb that restricts or relaxes a topic later in
 * its sentence and nothing else judges (我們會逐步退出那個市場, 我們的目標是
 * 降低對單一市場的依賴): the verb turns it on the topic.  Not asked (我們會不
 * 會, 我們要不要, 難道我們要…嗎), not of a topic carried or hardly named
 * (我們會把蟲子管制在一定數量以下), and not of anything else (我們會看關稅
 * 怎麼走: no view). */
static bool S_commits(const ctx *C, const hit *h, size_t nh, size_t i, size_t se) {
  ctx *c = (ctx *)C;
  const char *v = C->doc->view;
  if (S_word_at(v, h[i].e, se, (const char *const[]){"不", "沒", "没", NULL})) return false;
  if (c->commit_ss != C->sent_ss) { /* what the sentence holds, found once */
    c->commit_ss = C->sent_ss;
    c->commit_judged = c->commit_named = false;
    c->commit_act = 0;
    for (size_t j = 0; j < nh; j++) {
      if (h[j].type == LC_PAY_TOPIC && h[j].topic >= 0 && fabsf(h[j].value) >= MIN_TOPIC) {
        bool verb = false; /* (not the verb itself: 把蟲子管制在…; the hits of a span are together) */
        size_t k = j;
        while (k > 0 && h[k - 1].s == h[j].s) k--;
        for (; k < nh && h[k].s == h[j].s && !verb; k++)
          verb = h[k].type == LC_PAY_CUE && (h[k].kind == LC_CUE_RESTRICT || h[k].kind == LC_CUE_RELAX) && h[k].e == h[j].e;
        c->commit_named |= !verb;
      }
      if (h[j].type != LC_PAY_CUE) continue;
      if (h[j].kind == LC_CUE_RESTRICT || h[j].kind == LC_CUE_RELAX) c->commit_act = h[j].s + 1;
      else if ((h[j].kind == LC_CUE_POLARITY || h[j].kind == LC_CUE_HARM) && h[j].tag != LC_TAG_COMMIT &&
               h[j].value != 0)
        c->commit_judged = true;
    }
  }
  /* a verb after it, no other judgement, a topic named */
  return c->commit_act > h[i].e && !c->commit_judged && c->commit_named;
}

/* 寧可 A，也不要 B (寧可有一套不完美的規則，也不要一片空白; 寧願退出那個市場，
 * 也不願…): A is preferred, whatever faults its clause grants it.  Counts
 * only where its clause names a topic or holds a verb that restricts or
 * relaxes one, and a later clause rejects the other way (也不, 而不, 都不). */
static bool S_prefers(const ctx *C, const hit *h, size_t nh, size_t i, size_t se) {
  static const char *const REJECT[] = {"也不", "而不", "都不", "也别", "也別", NULL};
  const char *v = C->doc->view;
  size_t ce = S_clause_end(v, h[i].e, se);
  if (ce >= se) return false;
  bool named = false;
  for (size_t j = i + 1; j < nh && h[j].s < ce && !named; j++)
    named = (h[j].type == LC_PAY_TOPIC && h[j].topic >= 0 && fabsf(h[j].value) >= MIN_TOPIC) ||
            (h[j].type == LC_PAY_CUE && (h[j].kind == LC_CUE_RESTRICT || h[j].kind == LC_CUE_RELAX));
  if (!named) return false;
  size_t q = ce + 1;
  while (q < se && v[q] == ' ') q++;
  return S_word_at(v, q, se, REJECT) > 0;
}

/* A concession or an appearance that a contrast later in the sentence takes
 * back: 雖然X有效，但… grants what the view after the contrast outweighs, and
 * 看似有效，長期卻… says X only seems so.  The judgements from the word's
 * clause to the contrast (但, 卻, 可是, 然而, 其實, 實際上, 不過, 問題是) do not
 * count after a concession (雖然, 儘管, 固然, 我不是說) and count against after an
 * appearance (看似, 似乎, 看起來, 聽起來, 表面上).  A view held before (以前, 過去, 原本, 曾經)
 * and replaced by one of now (S_now_at) does not count either.  Returns the
 * sentence's judgement so changed.  Asked only of a sentence with a neutral
 * word: these words are neutral cues (似乎, 看起來 are hedges too). */
LC_COLD static float S_concede(ctx *C, const hit *h, size_t nh, size_t se, float judge,
                                   lc_vec *cues) {
  static const char *const APPEAR[] = {"看似", "似乎", "看起來", "看起来", "聽起來", "听起来", "貌似", "看上去",
                                       "表面上", "乍看", "說好聽", "说好听", "講好聽", "讲好听", NULL};
  static const char *const CONCEDE[] = {"雖然", "虽然", "儘管", "尽管", "固然", "雖說", "虽说",
                                        "不是說", "不是说", NULL};
  static const char *const CONTRAST[] = {"卻", "却", "但", "可是", "然而", "其實", "其实",
                                         "實際上", "实际上", "不過", "不过", "說難聽", "说难听", "講難聽",
                                         "讲难听", "而是", "問題是", "问题是", "問題在於", "问题在于", NULL};
  const char *v = C->doc->view;
  for (size_t j = 0; j < nh; j++) {
    if (h[j].type != LC_PAY_CUE || h[j].kind != LC_CUE_NEUTRAL) continue;
    size_t n = h[j].e - h[j].s;
    bool appear = S_word_at(v, h[j].s, h[j].e, APPEAR) == n;
    bool past = !appear && S_word_at(v, h[j].s, h[j].e, PAST) == n;
    if (!appear && !past && S_word_at(v, h[j].s, h[j].e, CONCEDE) != n) continue;
    size_t m = h[j].e; /* the contrast */
    if (past) {
      m = S_now_at(v, h[j].e, se, C->doc->vlen);
      if (m == (size_t)-1) continue;
    } else {
      m = S_find_any(v, m, se, CONTRAST);
      if (m >= se) continue;
    }
    size_t from = S_clause_start(C, h[j].s);
    bool drop = false;
    contrib *cb = C->contribs.items;
    for (size_t i = 0; i < C->contribs.len; i++) {
      size_t at = h[cb[i].hit].s;
      if (at < from || at >= m) continue;
      if (appear) {
        judge -= cb[i].value * 1.8f;
        cb[i].value *= -0.8f;
      } else {
        cb[i].gone = drop = true;
      }
    }
    if (drop) judge = S_drop_contribs(C, judge, cues);
  }
  return judge;
}

/* Understanding granted before a contrast (企業想做中國市場的心情我可以理解，
 * 但這件事不應該由財報來決定): the granting concedes and is no judgement;
 * what comes after the contrast is the view.  Returns the sentence's
 * judgement so changed. */
static float S_understood(ctx *C, const hit *h, size_t se, float judge, lc_vec *cues) {
  static const char UNDERSTAND[] = "可以理解情有可原"; /* (the cues of cues.tsv, four characters each) */
  const char *v = C->doc->view;
  contrib *cb = C->contribs.items;
  bool drop = false;
  for (size_t i = 0; i < C->contribs.len; i++) {
    const hit *x = &h[cb[i].hit];
    if (x->e - x->s != 12 || !lc_in_set(v + x->s, UNDERSTAND, 12)) continue;
    if (S_find_any(v, x->e, se, TURN_WORDS) < se) cb[i].gone = drop = true;
  }
  return drop ? S_drop_contribs(C, judge, cues) : judge;
}

/* A view turned by a contrast (出口管制的出發點可以理解，可是執行上太粗糙了):
 * when the judgements before 但, 可是, 不過, 然而 or 卻 and those after it
 * go opposite ways, about the same topics (after it, none named or only
 * those named before), what comes after is the view and what comes before
 * counts half.  Returns the sentence's judgement so changed. */
static float S_turned(ctx *C, const hit *h, size_t nh, size_t se, float judge) {
  const char *v = C->doc->view;
  contrib *cb = C->contribs.items;
  size_t n = C->contribs.len, first = h[cb[0].hit].s;
  bool pos = false, neg = false; /* most sentences judge one way only */
  for (size_t i = 0; i < n; i++) {
    pos |= cb[i].value > 0;
    neg |= cb[i].value < 0;
    if (h[cb[i].hit].s < first) first = h[cb[i].hit].s;
  }
  if (!pos || !neg) return judge;
  size_t m = S_find_any(v, first, se, TURN_WORDS);
  if (m >= se) return judge;
  float before = 0, after = 0;
  for (size_t i = 0; i < n; i++) {
    if (h[cb[i].hit].s < m) before += cb[i].value; else after += cb[i].value;
  }
  if (before == 0 || after == 0 || (before > 0) == (after > 0)) return judge;
  uint64_t tb = 0, ta = 0;
  for (size_t j = 0; j < nh; j++)
    if (h[j].type == LC_PAY_TOPIC && h[j].topic >= 0 && h[j].topic < 64 && h[j].value > 0)
      *(h[j].s < m ? &tb : &ta) |= (uint64_t)1 << h[j].topic;
  if (ta & ~tb) return judge; /* another topic after it: each clause its own (支持X，但反對Y) */
  for (size_t i = 0; i < n; i++)
    if (h[cb[i].hit].s < m) {
      judge -= cb[i].value * 0.5f;
      cb[i].value *= 0.5f;
    }
  return judge;
}

/* Is sentence se one clause whose subject is a demonstrative (這, 那: 這完全是錯
 * 的。 那很有道理。), which answering a view refers to that view? */
static bool S_judges_view(const ctx *C, const lc_sentence *se) {
  const char *v = C->doc->view;
  size_t p = se->start;
  while (p < se->end && v[p] == ' ') p++;
  return !C->brk.len && se->end - p >= 6 &&
         (memcmp(v + p, "這", 3) == 0 || memcmp(v + p, "这", 3) == 0 || memcmp(v + p, "那", 3) == 0);
}

/* Verbs that remedy a harm (S_remedied); rivals, and pushes that make the
 * other side act (S_rival_gains: neutral cues in cues.tsv, so the scan finds
 * them, tagged by lc_cue_tag) */
/* Burdens a lowering may take as its object (S_relaxes) */
static const char *const BURDEN[] = {"風險", "风险", "成本", "衝擊", "冲击", "依賴", "依赖", "壓力", "压力",
                                     "負擔", "负担", "損失", "损失", "傷害", "伤害", "不確定性", "不确定性",
                                     "集中度", NULL};
/* Measures of a business that rise and fall (S_relaxes_now) */
static const char *const MEASURE[] = {"營收", "营收", "出口", "出貨", "出货", "訂單", "订单", "利潤", "利润",
                                      "收入", "銷售", "销售", "銷量", "销量", "業績", "业绩", "產值", "产值",
                                      "股價", "股价", "市佔", "市占", "獲利", "获利", "毛利", NULL};
static const char *const REMEDY[] = {"補上", "补上", "堵住", "堵", "填補", "填补", "修補", "修补",
                                     "解決", "解决", "化解", "緩解", "缓解", "減少", "减少", "降低",
                                     "消除", "避免", "防止", "防範", "防范", "減輕", "减轻", NULL};
static const char *const RIVAL[] = {"競爭者", "竞争者", "競爭對手", "竞争对手", "對手", "对手",
                                    "對岸", "对岸", "華為", "华为", "敵人", "敌人", "替代廠商", "替代厂商",
                                    "替代業者", "替代业者", NULL};
static const char *const PUSH[] = {"逼", "迫使", "促使", NULL};

/* Is the harm h[x] done to a rival, its object (削弱對手, 打擊了競爭對手)?
 * Then it is a gain, and not doing it (沒有削弱對手) a failure. */
static bool S_harms_rival(const ctx *C, const hit *h, size_t nh, size_t x, size_t se) {
  if (!(C->kinds >> LC_CUE_NEUTRAL & 1)) return false; /* the rivals are neutral cues */
  static const char *const HURT[] = {"削弱", "打擊", "打击", "重創", "重创", "壓制", "压制", "遏制",
                                     "拖慢", "牽制", "牵制", "圍堵", "围堵", NULL};
  const char *v = C->doc->view;
  if (S_word_at(v, h[x].s, h[x].e, HURT) != h[x].e - h[x].s) return false; /* (not 落後於對手) */
  size_t o = h[x].e;
  if (lc_at(v, o, se, "了")) o += 3;
  for (size_t j = x + 1; j < nh && h[j].s <= o; j++)
    if (h[j].s == o && h[j].type == LC_PAY_CUE && h[j].tag == LC_TAG_RIVAL) return true;
  return false;
}

/* Is the harm or fault at s..e remedied by a verb just before it in its
 * clause (補上漏洞, 堵住漏洞, 降低衝擊, 避免損失), or kept small after it
 * (把衝擊降到最低, 影響有限, 衝擊不大, 把風險分散出去)? */
static bool S_remedied(const ctx *C, size_t s, size_t e, size_t se) {
  static const char *const SMALL[] = {"降到最低", "減到最低", "减到最低", "有限", "不大", "分散", "化解",
                                      "減輕", "减轻", NULL};
  const char *v = C->doc->view;
  size_t cs = S_clause_start(C, s), w = s - cs > 42 ? s - 42 : cs; /* 12 characters and a verb */
  while (w > cs && ((unsigned char)v[w] & 0xC0) == 0x80) w--;
  for (size_t i = S_find_masked(v, w, s, REMEDY, C->remedy_second); i < s;
       i = S_find_masked(v, i + lc_u8len((unsigned char)v[i]), s, REMEDY, C->remedy_second)) {
    size_t l = S_word_at(v, i, s, REMEDY);
    /* the harm its object, or the head of its object (補上了過去出口管制的漏洞) */
    if (l && S_within(v, i + l, s, s >= 3 && lc_at(v, s - 3, s, "的") ? 12 : 4) &&
        !S_clause_break(v, i + l, s))
      return true;
  }
  for (size_t i = e, n = 0; i < se && n < 6 && !S_is_break(v[i]); i += lc_u8len((unsigned char)v[i]), n++)
    if (S_word_at(v, i, se, SMALL)) return true;
  return false;
}

/* Is the praise at s..e "too" much (太樂觀, 過於理想: a fault), not an
 * exclamation (太好了, 太棒啦)? */
static bool S_too(const char *v, size_t s, size_t e, size_t se) {
  static const char *const TOO[] = {"太", "過於", "过于", "過度", "过度", NULL},
                           *const EXCLAIM[] = {"了", "啦", "啊", "囉", "喔", NULL};
  bool too = false;
  for (size_t k = 0; TOO[k] && !too; k++) {
    size_t l = strlen(TOO[k]);
    too = s >= l && memcmp(v + s - l, TOO[k], l) == 0;
  }
  return too && !(e < se && S_word_at(v, e, se, EXCLAIM));
}

/* Does what is praised at pos go to a rival: a causative, then a rival,
 * before it in its clause (只會讓本土競爭者變得更強大, 等於幫華為壯大); a
 * push that backfires (反而逼中國加速研發); or a clause about a rival's own
 * (華為的進展就是證明)? */
static bool S_rival_gains(const ctx *C, const hit *h, size_t nh, size_t x, size_t se, bool harm) {
  static const char *const CAUSE[] = {"讓", "让", "使", "令", "幫", "帮", "助長", "助长", NULL},
                           *const PUSHED[] = {"中國", "中国", "對方", "对方", "北京", NULL},
                           *const EXAMPLE[] = {"的例子", "例子", "的例證", "的例证", "的證明",
                                               "的证明", NULL},
                           *const BACKFIRE[] = {"反而", "反倒", "只會", "只会", "結果", "结果",
                                                "反過來", "反过来", "等於", "等于", NULL},
                           *const SELF_RELIANT[] = {"加速", "加快", "自主", "自研", "研發", "研发",
                                                    "國產", "国产", "替代", "自己", "自立", NULL};
  static const char *const SPEED[] = {"加速", "加快", NULL};
  const char *v = C->doc->view;
  /* a backfire that speeds the other side's own work (只會加速中國自主研發) */
  if (!harm && S_word_at(v, h[x].s, h[x].e, SPEED) == h[x].e - h[x].s && S_word_at(v, h[x].e, se, PUSHED) &&
      S_has_any(v, S_clause_start(C, h[x].s), h[x].s, BACKFIRE))
    return true;
  /* the rivals and pushes are neutral cues (cues.tsv), so the scan has found
   * them: most sentences hold none */
  if (!(C->kinds >> LC_CUE_NEUTRAL & 1)) return false;
  /* within the clause and 40 characters before the praise (hits come by
   * start: a long unpunctuated stretch costs no more) */
  size_t pos = h[x].s, cs = S_clause_start(C, pos), first = pos;
  if (pos - cs > 120) {
    cs = pos - 120;
    while (((unsigned char)v[cs] & 0xC0) == 0x80) cs++;
  }
  if (!harm) {
    static const char *const MAKE[] = {"培養", "培养", "養出", "养出", "養大", "养大", "造就", "扶植", "催生",
                                       "製造出", "制造出", "創造出", "创造出", NULL},
                             *const ADV[] = {"往往", "都", "反而", "只有", "就", "卻", "却", "反倒", NULL};
    size_t o = h[x].e + (lc_at(v, h[x].e, se, "的") ? 3 : 0);
    /* a rival made strong: the praise before the rival, a verb of making
     * before it (培養出一個強大的對手, 養大了競爭者) */
    for (size_t j = x + 1; j < nh && h[j].s <= o; j++)
      if (h[j].s == o && h[j].type == LC_PAY_CUE && h[j].tag == LC_TAG_RIVAL && S_find_any(v, cs, pos, MAKE) < pos)
        return true;
    /* the one who gains named after it (受益的往往是當地的替代廠商) */
    if (o > h[x].e) {
      o += S_word_at(v, o, se, ADV);
      if (lc_at(v, o, se, "是")) {
        size_t ce = S_clause_end(v, o, se), lim = o + 3 + 24 < ce ? o + 3 + 24 : ce;
        for (size_t j = x + 1; j < nh && h[j].s < lim; j++)
          if (h[j].s > o && h[j].type == LC_PAY_CUE && h[j].tag == LC_TAG_RIVAL) return true;
      }
    }
  }
  bool push = false;
  size_t rival = (size_t)-1; /* the last rival named before the praise */
  size_t a = cs; /* where the clause's words begin */
  while (a < pos && v[a] == ' ') a++;
  for (size_t j = x; j-- > 0 && h[j].s >= cs;) {
    if (h[j].type != LC_PAY_CUE) continue;
    bool r = h[j].tag == LC_TAG_RIVAL, p = h[j].tag == LC_TAG_PUSH;
    if (!r && !p) continue;
    /* a clause about a rival's own (華為的進展), not one that praises an
     * example (華為的昇騰就是最好的例子) */
    if (!harm && r && h[j].s == a && lc_at(v, h[j].e, pos, "的") && !S_word_at(v, h[x].e, se, EXAMPLE))
      return true;
    if (r && rival == (size_t)-1) rival = h[j].s;
    if (p && h[j].s < first) first = h[j].s, push = true;
  }
  /* (a push that gets what it was for is no gain of theirs: 逼對方回到談判桌) */
  if (!harm && push && S_has_any(v, first, pos, PUSHED) &&
      (S_has_any(v, cs, first, BACKFIRE) || S_has_any(v, first, h[x].e, SELF_RELIANT)))
    return true; /* 反而逼中國加速… */
  if (rival == (size_t)-1) return false;
  /* a harm to the rival and to us alike is no gain (讓對手和我們兩敗俱傷) */
  static const char *const US[] = {"我們", "我们", "台灣", "台湾", "自己", "雙方", "双方", "兩敗", "两败",
                                   "大家", "都", NULL};
  if (harm && S_find_any(v, rival, pos, US) < pos) return false;
  return S_find_any(v, cs, rival, CAUSE) < rival; /* 讓…競爭對手更強大 */
}

/* Does the clause from c turn from a reported view to the speaker's own (但,
 * 可是, 不過, 其實, 我, 這, 那)? */
static bool S_own_turn(const char *v, size_t c, size_t se) {
  static const char *const OWN[] = {"但", "可是", "不過", "不过", "然而", "其實", "其实", "我",
                                    "這", "这", "那", "您", "你", NULL};
  while (c < se && v[c] == ' ') c++;
  return S_word_at(v, c, se, OWN) > 0;
}

/* Is the good at s..e said to be small after it (成效很有限, 效果相當有限,
 * 幫助有限; not 有限公司)?  1 or 0. */
static int S_limited(const char *v, size_t e, size_t se) {
  static const char *const DEGREE[] = {"很", "相當", "相当", "非常", "十分", "極為", "极为", "也", "都",
                                       "實在", "实在", "恐怕", "其實", "其实", NULL};
  /* (有限 within four characters after it, else nothing to look up) */
  size_t q = e;
  while (q + 6 <= se && q <= e + 9 && memcmp(v + q, "有限", 6) != 0) q += 3;
  if (q + 6 > se || q > e + 9) return 0;
  size_t k = e + S_word_at(v, e, se, DEGREE);
  if (k != q) return 0;
  /* (有限公司, 有限責任 name a company; 有限度地 is "within limits") */
  if (k + 9 <= se && (memcmp(v + k + 6, "度", 3) == 0)) return 0;
  return k + 12 <= se && (memcmp(v + k + 6, "公司", 6) == 0 || memcmp(v + k + 6, "責任", 6) == 0 ||
                          memcmp(v + k + 6, "责任", 6) == 0) ? 0 : 1;
}

/* Is the judgement at s..e a noun said to be wholly absent after it (一點
 * 幫助也沒有, 任何好處都沒有, 半點用處也没有)?  1 or 0. */
static int S_none_of(const char *v, size_t s, size_t e, size_t se) {
  static const char *const SOME[] = {"一點", "一点", "一丁點", "一丁点", "半點", "半点", "任何",
                                     "什麼", "什么", NULL};
  static const char *const NONE[] = {"也沒有", "也没有", "都沒有", "都没有", "也沒", "也没", "都沒",
                                     "都没", "也無", "也无", NULL};
  /* most judgements are followed by neither 也 nor 都 */
  if (e + 6 > se || (memcmp(v + e, "也", 3) != 0 && memcmp(v + e, "都", 3) != 0)) return 0;
  bool some = false;
  for (size_t k = 0; SOME[k] && !some; k++) {
    size_t l = strlen(SOME[k]);
    some = s >= l && memcmp(v + s - l, SOME[k], l) == 0;
  }
  return some && S_word_at(v, e, se, NONE) ? 1 : 0;
}

/* Score one sentence: judgement sum and per-topic scores into C->tw etc.
 * Returns the judgement (0 when none) and appends the deciding cues. */
/* Are others at v[s] (有人, 支持的人) no holder of a view: the object of a
 * preposition or of 給 (把客戶推給別人，實在不智; 跟外界溝通), or what the
 * speaker says they are (我就是那個支持的人, 我是支持的人; not 可是支持的人會說,
 * 每個支持的人)? */
static bool S_not_holder(const char *v, size_t s) {
  static const char OBJ[] = "給给於于向跟和與与對对讓让被把替幫帮比", ONE[] = "個个位", THAT[] = "那這这",
                    IS[] = "我就也正";
  if (s < 3) return false;
  if (lc_in_set(v + s - 3, OBJ, 3)) return true;
  if (s < 6) return false;
  if (lc_in_set(v + s - 3, ONE, 3)) return lc_in_set(v + s - 6, THAT, 3);
  return memcmp(v + s - 3, "是", 3) == 0 && lc_in_set(v + s - 6, IS, 3);
}

static float S_judge(ctx *C, const lc_sentence *se, const hit *h, size_t nh, lc_vec *cues,
                     bool narration) {
  const char *v = C->doc->view;
  float sum = 0, hedge = 1;
  bool theirs = false; /* the words from here on are someone else's view */
  C->contribs.len = 0;
  /* someone else's view runs to the end of its clause, or to the end of the
   * sentence when the verb introduces it (有些人覺得，…) */
  size_t theirs_clause = (size_t)-1;
  bool theirs_all = false;
  C->forbids = false;
  /* the clause of a 不如 that answers a 與其 before it (S_rather) */
  size_t rather_b = (size_t)-1, rather_e = 0;
  for (size_t i = 0, a = (size_t)-1; i < nh; i++) {
    if (h[i].type != LC_PAY_CUE || h[i].tag != LC_TAG_RATHER) continue;
    bool b = lc_at(v, h[i].s, h[i].e, "不如");
    if (!b && a == (size_t)-1 && S_rather(C, h, nh, i)) a = S_clause_start(C, h[i].s);
    else if (b && a != (size_t)-1 && S_clause_start(C, h[i].s) > a) {
      rather_b = S_clause_start(C, h[i].s);
      rather_e = S_clause_end(v, h[i].e, se->end);
      break;
    }
  }
  /* the clause of a 寧可 that prefers what it names (S_prefers) */
  size_t prefer_b = (size_t)-1, prefer_e = 0;
  for (size_t i = 0; i < nh && prefer_b == (size_t)-1; i++)
    if (h[i].type == LC_PAY_CUE && h[i].tag == LC_TAG_PREFER && S_prefers(C, h, nh, i, se->end)) {
      prefer_b = h[i].e;
      prefer_e = S_clause_end(v, h[i].e, se->end);
    }
  for (size_t i = 0; i < nh; i++) {
    if (theirs && !theirs_all && S_clause_start(C, h[i].s) != theirs_clause) {
      /* an interviewer relays the whole sentence (黃仁勳說中國市場很大，放棄
       *太可惜): the clauses after a report that opens it are the reported
       * view, up to one that turns to the speaker's own (但, 我, 這) */
      size_t c = S_clause_start(C, h[i].s);
      if (C->asker && theirs_clause == C->sent_ss && !S_own_turn(v, c, se->end)) theirs_clause = c;
      else theirs = false;
    }
    if (h[i].type != LC_PAY_CUE) continue;
    int who = 0;
    if (h[i].kind == LC_CUE_OTHERS) {
      who = S_not_holder(v, h[i].s) || S_claim_clause(v, S_clause_start(C, h[i].s), se->end) ? 0 : -1;
    } else if (h[i].kind == LC_CUE_REPORT) {
      /* (要說管制完全沒用，我覺得太誇張了: a claim the speaker rejects) */
      who = S_claim_clause(v, S_clause_start(C, h[i].s), se->end) ? 0 : S_subject(C, h[i].s);
    }
    if (who > 0) theirs = theirs_all = false;
    if (who < 0) {
      theirs = true;
      theirs_clause = S_clause_start(C, h[i].s);
      theirs_all = S_introduces(v, h[i].e, se->end);
    }
    /* in narration the reported view is the point: it goes to its agent */
    if (theirs && !narration) continue;
    if (S_in_speech(C, h[i].s)) continue;
    if (h[i].kind == LC_CUE_HEDGE && h[i].value > 0 && h[i].value < hedge) hedge = h[i].value;
    bool judge = h[i].kind == LC_CUE_POLARITY || h[i].kind == LC_CUE_HARM;
    if (!judge) continue;
    if (S_conditional(C, h[i].s)) continue;
    /* a noun after 的 that closes a clause opening with 對於 (對於供應鏈的期待，
     * …; 關於規則的批評，…) names what is spoken of, and judges nothing */
    if (h[i].s >= 3 && lc_at(v, h[i].s - 3, h[i].e, "的") && S_clause_ends(v, h[i].e, se->end)) {
      static const char *const ABOUT[] = {"對於", "对于", "關於", "关于", "至於", "至于", NULL};
      if (S_word_at(v, S_clause_start(C, h[i].s), h[i].s, ABOUT)) continue;
    }
    /* asked whether, not judged: 我不確定X是否有效, X能否奏效 (a leading
     * 您覺得X是錯的？ keeps its judgement, for the answer to adopt) */
    static const char *const WHETHER[] = {"是否", "能否", "可否", "會不會", "会不会", "能不能",
                                          "是不是", "有沒有", "有没有", "該不該", "该不该", NULL};
    bool asked = false;
    for (size_t j = 0; j < i && !asked && C->has_qcue; j++)
      asked = h[j].type == LC_PAY_CUE && h[j].kind == LC_CUE_QUESTION && h[j].e <= h[i].s &&
              S_has_any(v, h[j].s, h[j].e, WHETHER) && !S_clause_break(v, h[j].e, h[i].s);
    if (asked) continue;
    /* the words of a reply that stands alone in its clause (完全正確。
     * 沒錯，…) are the reply, which takes the stance of what it answers: no
     * judgement of their own; 我反對關稅 is one */
    bool in_reply = false;
    if (C->reply_adopts) {
      /* the turn's reply, with its object (我認同這個觀點。 我不認同這種說法。)
       * or a word that is a judgement too (有道理。 正確。) */
      int t = se->turn;
      if (C->reply[t] != 0 && C->reply_s[t] <= h[i].s && h[i].e <= C->reply_e[t])
        in_reply = S_clause_ends(v, C->rend, se->end);
      for (size_t j = 0; j < nh && !in_reply && h[j].s <= h[i].s; j++) { /* hits come by start */
        in_reply = h[j].type == LC_PAY_CUE &&
                   (h[j].kind == LC_CUE_AGREE || h[j].kind == LC_CUE_DISAGREE) &&
                   h[i].e <= h[j].e && (h[j].s != h[i].s || h[j].e != h[i].e) &&
                   S_clause_ends(v, h[j].e, se->end);
        /* not when the topic stands before it in its clause: 關稅我不贊成 judges
         * the tariff */
        size_t cs = in_reply ? S_clause_start(C, h[j].s) : 0;
        for (size_t k = 0; k < j && in_reply; k++)
          if (h[k].type == LC_PAY_TOPIC && h[k].topic >= 0 && h[k].value > 0 && h[k].s >= cs)
            in_reply = false;
      }
    }
    if (in_reply) continue;
    /* thanks for someone's support (謝謝委員支持。 感謝大家的支持), with the
     * 感謝 of its clause */
    if ((C->cond_thanks < 0 ? (C->cond_thanks = S_thanks(v, C->cond_cs, se->end)) : C->cond_thanks) &&
        S_thanked(v, h, i, se->end)) {
      contrib *last = C->contribs.len ? &LC_AT(C->contribs, contrib, C->contribs.len - 1) : NULL;
      if (last && last->clause == C->cond_cs && h[last->hit].e - h[last->hit].s == 6 &&
          (memcmp(v + h[last->hit].s, "感謝", 6) == 0 || memcmp(v + h[last->hit].s, "感谢", 6) == 0)) {
        sum -= last->value;
        cues->len = last->cue0;
        C->contribs.len--;
      }
      continue;
    }
    /* one judgement per span: polarity wins over harm on the same word */
    if (h[i].kind == LC_CUE_HARM) {
      bool dup = false;
      for (size_t j = 0; j < nh; j++)
        if (j != i && h[j].s == h[i].s && h[j].e == h[i].e && h[j].type == LC_PAY_CUE &&
            h[j].kind == LC_CUE_POLARITY)
          dup = true;
      if (dup) continue;
    }
    /* 難得 before a verb is an adverb, for once (我跟她難得意見一致), not praise
     * (這個機會很難得) */
    if (h[i].e - h[i].s == 6 && (memcmp(v + h[i].s, "難得", 6) == 0 || memcmp(v + h[i].s, "难得", 6) == 0) &&
        h[i].e + 3 <= se->end && lc_is_cjk_lead((unsigned char)v[h[i].e]) &&
        !S_word_at(v, h[i].e, se->end, (const char *const[]){"的", "了", "啊", "呀", "啦", "喔", NULL}))
      continue;
    if (h[i].tag == LC_TAG_RATHER && !S_rather(C, h, nh, i)) continue;
    if (h[i].tag == LC_TAG_COMMIT && (se->question || !S_commits(C, h, nh, i, se->end))) continue;
    if (h[i].tag == LC_TAG_PREFER && h[i].e != prefer_b && !S_prefers(C, h, nh, i, se->end)) continue;
    /* (the faults granted to what is preferred: 寧可有一套不完美的規則) */
    if (prefer_b != (size_t)-1 && h[i].s >= prefer_b && h[i].e <= prefer_e && h[i].tag != LC_TAG_PREFER &&
        lc_at(v, h[i].e, se->end, "的"))
      continue;
    /* a word in quotation marks that is spoken of (「失利」的說法, 所謂「…」):
     * mentioned, not used */
    if (C->scare.len && S_quoted_word(C, h[i].s, h[i].e, se->start, se->end)) continue;
    /* opposing a harm done to something (反對把科技合作政治化, 反對關稅武器化):
     * the harm's word judges, as a harm to that thing; the opposing adds
     * nothing of its own */
    if (h[i].kind == LC_CUE_POLARITY && h[i].e - h[i].s == 6 &&
        (lc_at(v, h[i].s, h[i].e, "反對") || lc_at(v, h[i].s, h[i].e, "反对"))) {
      bool harm_after = false;
      for (size_t j = i + 1; j < nh && !harm_after; j++) {
        if (h[j].s < h[i].e || h[j].type != LC_PAY_CUE) continue;
        if (S_clause_break(v, h[i].e, h[j].s)) break;
        harm_after = h[j].kind == LC_CUE_HARM;
      }
      if (harm_after) continue;
    }
    /* a change measured (占百分之七，較去年明顯下滑; 出口下滑了將近三成;
     * 營收成長兩成) is a fact reported, not a judgement */
    if (h[i].e - h[i].s == 6 && lc_in_set(v + h[i].s, CHANGE2, 6) &&
        S_measured_change(v, h[i].s, h[i].e, se->start, S_clause_start(C, h[i].s), se->end))
      continue;
    /* a greeting (育德，歡迎。 歡迎收聽, 很高興來), a word named as the next
     * subject (我們談談機會), or news awaited (最新進展): no judgement */
    if (S_formula(v, h[i].s, h[i].e, se->start, se->end)) continue;
    /* an attitude someone else holds (我懂你的擔心, 大家的疑慮, 他們的反對):
     * theirs, not the speaker's */
    if (S_others_attitude(v, se->start, h[i].s, h[i].e, h[i].tag == LC_TAG_FEEL)) continue;
    /* accepting an interview or an invitation (謝謝高組長接受我們的訪問) */
    if (h[i].e - h[i].s == 6 && (lc_at(v, h[i].s, h[i].e, "接受") || lc_at(v, h[i].s, h[i].e, "答應") ||
                                 lc_at(v, h[i].s, h[i].e, "答应"))) {
      static const char *const GUESTED[] = {"訪問", "访问", "採訪", "采访", "專訪", "专访", "訪談",
                                            "访谈", "邀請", "邀请", "質詢", "质询", "節目", "节目", NULL};
      size_t lim = h[i].e + 30 < se->end ? h[i].e + 30 : se->end, q = h[i].e;
      while (q < lim && !S_is_break(v[q])) q++;
      if (S_find_any(v, h[i].e, q, GUESTED) < q) continue;
    }
    /* (與其整套廢掉，不如修得更合理: what is said of the alternative, in a
     * clause that names no topic, judges the alternative only) */
    if (rather_b != (size_t)-1 && h[i].s >= rather_b && h[i].s < rather_e && !S_clause_named(C, h, nh, h[i].s))
      continue;
    float val = h[i].value;
    size_t cue0 = cues->len;
    int neg = S_negations(C, h, nh, i, cues) + S_denied(C, h, i, cues);
    size_t cop = neg ? (size_t)-1 : S_copula_head(C, h, i);
    if (cop != (size_t)-1) { /* the modifier's judgements are none */
      neg = 1;
      for (size_t q = 0; q < C->contribs.len; q++) {
        contrib *cb = &LC_AT(C->contribs, contrib, q);
        if (h[cb->hit].s >= h[cop].e && cb->value != 0) { sum -= cb->value; cb->value = 0; }
      }
      if (!S_add_cue(cues, h[cop].s, h[cop].e)) { C->oom = true; return 0; }
    }
    /* 不是A，是B corrects A by B: A counts neither way (不是加分題，是必答題;
     * 不是壞事，而是好事), B on its own */
    if ((neg & 1) && S_corrected(C, h, i, se->end)) {
      cues->len = cue0;
      continue;
    }
    /* what good it could be is denied already (看不出有什麼好處, 不覺得有什麼用):
     * a negator before it does not turn it */
    if (neg && h[i].value < 0 && (lc_at(v, h[i].s, h[i].e, "有什麼") || lc_at(v, h[i].s, h[i].e, "有什么")))
      neg = 0;
    /* a warning against excess stands (不要過度依賴, 別太依賴): not turned */
    if ((neg & 1) && h[i].value < 0 && S_excess_warned(v, h[i].s, h[i].e)) neg = 0;
    neg += S_none_of(v, h[i].s, h[i].e, se->end);
    if (h[i].value > 0) neg += S_limited(v, h[i].e, se->end);
    if ((neg & 1) && S_worry(v, h[i].s, h[i].e)) { /* 不必擔心: nothing to fear */
      cues->len = cue0;
      /* and a judgement word just before it is its adverb (無須過度焦慮) */
      contrib *last = C->contribs.len ? &LC_AT(C->contribs, contrib, C->contribs.len - 1) : NULL;
      if (last && h[last->hit].e == h[i].s) {
        sum -= last->value;
        cues->len = last->cue0;
        C->contribs.len--;
      }
      continue;
    }
    if (val < 0 && S_harms_rival(C, h, nh, i, se->end)) val = -val;
    if (neg & 1) val = -val * 0.8f; /* "not good" is weaker than "bad" */
    /* 只會讓競爭對手更強大 is a harm, 能讓對手落後 a gain */
    if (val != 0 && !(val < 0 && (neg & 1)) && S_rival_gains(C, h, nh, i, se->end, val < 0)) val = -val;
    if (val > 0 && !(neg & 1) && S_too(v, h[i].s, h[i].e, se->end)) val = -val * 0.5f; /* 太樂觀 */
    /* a good given away (把一半的學習機會讓給別人) is a loss */
    if (val > 0 && !(neg & 1) && S_given_away(C, h[i].s, h[i].e, se->end)) val = -val;
    /* a good that falls (競爭力變差, 信任會大幅下降) is a loss */
    if (val > 0 && !(neg & 1) && S_falls(C, h[i].s, h[i].e, se->end)) val = -val;
    /* a harm remedied (補上漏洞, 降低衝擊) or kept small (衝擊有限) is no
     * judgement: who remedies it, and whose harm it was, the words do not say */
    if (h[i].value < 0 && !(neg & 1) && S_remedied(C, h[i].s, h[i].e, se->end)) {
      cues->len = cue0;
      continue;
    }
    float mult = 1;
    for (size_t j = 0; j < i; j++) {
      if (h[j].type != LC_PAY_CUE || h[j].kind != LC_CUE_INTENSIFIER) continue;
      if (h[j].e > h[i].s || !S_within(v, h[j].e, h[i].s, 4)) continue;
      if (S_clause_break(v, h[j].e, h[i].s)) continue;
      if (h[j].value > mult) mult = h[j].value;
      if (!S_add_cue(cues, h[j].s, h[j].e)) { C->oom = true; return 0; }
    }
    sum += val * mult;
    contrib *cb = lc_vec_push(&C->contribs);
    if (!cb || !S_add_cue(cues, h[i].s, h[i].e)) { C->oom = true; return 0; }
    cb->clause = S_clause_start(C, h[i].s);
    cb->value = val * mult;
    cb->cue0 = (uint32_t)cue0;
    cb->cue1 = (uint32_t)cues->len;
    cb->hit = (uint32_t)i;
    cb->named = cb->gone = false;
    /* a negator that forbids the verb it negates (S_forbid) */
    cb->verb = h[i].topic > 0 && i + (size_t)h[i].topic < nh ? (uint32_t)(i + (size_t)h[i].topic) : NO_VERB;
    C->forbids |= cb->verb != NO_VERB;
  }
  for (size_t i = 0; i < C->contribs.len; i++) LC_AT(C->contribs, contrib, i).value *= hedge;
  return sum * hedge;
}

/* Does a topic term stand in the clause of pos? */
static bool S_clause_named(const ctx *C, const hit *h, size_t nh, size_t pos) {
  size_t cs = S_clause_start(C, pos);
  for (size_t i = 0; i < nh; i++)
    if (h[i].type == LC_PAY_TOPIC && h[i].topic >= 0 && h[i].value > 0 &&
        S_clause_start(C, h[i].s) == cs)
      return true;
  return false;
}

/* Does a pronoun for a thing stand at v[i] (它, 它們, 其, 這些, 此)? */
static bool S_pronoun_at(const char *v, size_t i, size_t e) {
  static const char *const PRON[] = {"它們", "它们", "這些", "这些", "它", "其", "此", NULL};
  for (size_t k = 0; PRON[k]; k++)
    if (lc_at(v, i, e, PRON[k])) return true;
  return false;
}

/* Does a pronoun as the object of 把 or 將 stand right before the verb at s,
 * in the clause from cs (美國企業不應該把它讓給競爭對手)? */
static bool S_ba_pronoun_before(const char *v, size_t cs, size_t s) {
  static const char *const BA_PRON[] = {"把它們", "把它们", "將它們", "将它们", "把它", "將它",
                                        "将它", "把這些", "把这些", NULL};
  for (size_t k = 0; BA_PRON[k]; k++) {
    size_t l = strlen(BA_PRON[k]);
    if (s >= cs + l && memcmp(v + s - l, BA_PRON[k], l) == 0) return true;
  }
  return false;
}

/* The verbs that take a side (S_no_object, S_two_sided) */
static const char *const SIDE_VERB[] = {"贊成", "赞成", "支持", "同意", "反對", "反对", NULL};

/* Does 對 at v[i] open whom it concerns, then a predicate (撤銷對我們是利多,
 * 對整個供應鏈都是好事)? */
static bool S_to_whom(const char *v, size_t i, size_t se) {
  static const char *const PRED[] = {"是", "來說", "来说", "而言", NULL};
  if (!lc_at(v, i, se, "對") && !lc_at(v, i, se, "对")) return false;
  for (size_t q = i + 3, n = 0; q < se && n < 8 && !S_is_break(v[q]); n++, q += lc_u8len((unsigned char)v[q]))
    if (S_word_at(v, q, se, PRED)) return true;
  return false;
}

/* Has the verb ending at e no object of its own (放棄是錯的, 應該取消。 放棄的
 *代價, 降低可以): its clause ends after it (past 了, 掉), or a copula, a
 * modal, an adverb, 的 or the 到 of an extent (縮小到軍事用途) follows it? */
static bool S_no_object(const char *v, size_t e, size_t se) {
  static const char NEXT[] = "是會会將将就只也都才並并反不沒没等的可很真太實实超蠻蛮挺滿满後后以之越愈到"
                             "帶带造導导使讓让"; /* (撤銷帶來的好處, 撤銷讓業者鬆了一口氣) */
  if (S_verb_ends_clause(v, e, se)) return true;
  /* 擴散規則撤銷對我們是利多: 對 and whom it concerns, then the predicate */
  if (lc_at(v, e, se, "對") || lc_at(v, e, se, "对")) return S_to_whom(v, e, se);
  if (lc_at(v, e, se, "了") || lc_at(v, e, se, "掉")) e += 3;
  if (lc_at(v, e, se, "我")) {
    /* the verb fronted before the speaker's stance on it (廢掉我是贊成的,
     * 鬆綁我們也支持) */
    static const char *const PLURAL[] = {"們", "们", NULL},
                             *const ADV[] = {"倒是", "其實", "其实", "完全", "非常", "還是", "还是", "是", "也", "都", NULL};
    size_t q = e + 3;
    q += S_word_at(v, q, se, PLURAL);
    for (int k = 0, l; k < 2 && (l = (int)S_word_at(v, q, se, ADV)) > 0; k++) q += (size_t)l;
    return S_word_at(v, q, se, SIDE_VERB) > 0;
  }
  return e + 3 <= se && lc_in_set(v + e, NEXT, 3);
}

/* Is the verb h[j] without an object in a clause that names no topic
 * (中國市場很重要，放棄是錯的)?  Then the topic of another clause is its
 * object.  Asked for every term of the sentence: the answers for the first
 * 64 hits are kept in known and free_. */
static bool S_verb_free(const ctx *C, const hit *h, size_t nh, size_t j, size_t se,
                        uint64_t *known, uint64_t *free_) {
  uint64_t bit = j < 64 ? (uint64_t)1 << j : 0;
  if (*known & bit) return *free_ & bit;
  bool r = (h[j].tag == LC_TAG_FLOW || S_no_object(C->doc->view, h[j].e, se)) && !S_clause_named(C, h, nh, h[j].s);
  *known |= bit;
  if (r) *free_ |= bit;
  return r;
}

/* Does the relaxation h[j] relax?  縮小 does when what it narrows is a scope
 * (縮小管制範圍, 管制範圍應該縮小), not a gap or a deficit; a flow does
 * unless prevented (防止…流到); and none does
 * when its object ends in a burden (降低供應鏈集中風險, 減少對關稅的依賴:
 * the words between name whose burden it is). */
static bool S_relaxes_now(const ctx *C, const hit *h, size_t j, size_t se) {
  static const char *const SCOPE[] = {"範圍", "范围", "規模", "规模", "幅度", NULL};
  const char *v = C->doc->view;
  size_t ce = S_clause_end(v, h[j].e, se), lim = h[j].e + 30 < ce ? h[j].e + 30 : ce; /* ten characters */
  const hit *end = (const hit *)C->hits.items + C->hits.len;
  size_t w = S_find_masked(v, h[j].e, lim, BURDEN, C->burden_second), l;
  if (w < lim && (l = S_word_at(v, w, ce, BURDEN)) && !lc_at(v, w + l, ce, "的") &&
      !lc_at(v, w + l, ce, "之")) { /* (降低風險的關稅 lowers the tariff) */
    /* (not the policy's own burden: 降低關稅成本 relaxes the tariff) */
    bool own = false;
    for (const hit *m = h + j + 1; m < end && m->s < w && !own; m++)
      own = m->type == LC_PAY_TOPIC && m->s >= h[j].e && fabsf(m->value) >= 0.7f;
    return own;
  }
  size_t cs = S_clause_start(C, h[j].s);
  if (h[j].tag == LC_TAG_FLOW) { /* (not a flow prevented: 防止…流到軍方手上) */
    static const char *const PREVENT[] = {"防止", "避免", "杜絕", "杜绝", "阻止", "防範", "防范", "以免", NULL};
    return !S_has_any(v, cs, h[j].s, PREVENT);
  }
  /* a measure of business at most two characters before the verb in its
   * clause is what falls or stops (出口管制上路後，營收降低; 我們的出口大幅
   * 下降; 訂單取消了; not 以繳交營收為條件恢復出貨), not a policy, unless a
   * policy is named after it (出口管制應該降低 holds 出口 inside its name) */
  size_t from = h[j].s - cs > 18 ? h[j].s - 18 : cs; /* (a measure of two characters, two between) */
  while (((unsigned char)v[from] & 0xC0) == 0x80) from++;
  for (size_t mw = S_find_any(v, from, h[j].s, MEASURE); mw < h[j].s; mw = S_find_any(v, mw + 3, h[j].s, MEASURE)) {
    if (!S_within(v, mw + S_word_at(v, mw, h[j].s, MEASURE), h[j].s, 2)) continue;
    bool named = false;
    for (const hit *m = h + j; m-- > (const hit *)C->hits.items && m->s >= cs && m->s + 60 >= mw && !named;)
      named = m->type == LC_PAY_TOPIC && m->e > mw && fabsf(m->value) >= 0.7f;
    if (!named) return false;
    break;
  }
  if (h[j].e - h[j].s != 6 || (memcmp(v + h[j].s, "縮小", 6) != 0 && memcmp(v + h[j].s, "缩小", 6) != 0))
    return true;
  return S_has_any(v, cs, ce, SCOPE);
}

/* The same, asked for each term of a sentence: the answer kept for the last
 * verb asked of. */
static bool S_relaxes(const ctx *C, const hit *h, size_t j, size_t se) {
  ctx *c = (ctx *)C;
  if (c->relax_at != h[j].s + 1 || c->relax_se != se) {
    c->relax_at = h[j].s + 1;
    c->relax_se = se;
    c->relax_val = S_relaxes_now(C, h, j, se);
  }
  return c->relax_val;
}

/* The entry of clause cl in topic t's clauses, or NULL. */
static tclause_t *S_tclause(ctx *C, int t, size_t cl) {
  for (int q = 0; q < C->ntclause[t]; q++)
    if (C->tclause[t][q].clause == cl) return &C->tclause[t][q];
  return NULL;
}

/* Topics of a sentence: weights and orientation into C->tw / C->tflip. */
/* Does a modal end at most two characters before s, after a (H20這類產品
 * 應該放行, 這種管制應該要盡快放寬, 管制不如取消), or with rather, 與其
 * (管制的範圍與其放寬，不如…)?  The verb at s then closes a clause
 * whose subject, before the modal, is its object. */
static bool S_modal_before(const char *v, size_t a, size_t s, bool rather) {
  static const char *const MODAL[] = {"應該", "应该", "應當", "应当", "必須", "必须", "必需", "務必",
                                      "务必", "早該", "早该", "可以", "需要", "一定要", "一定得",
                                      "不如", "只能", "應", "应", "該", "该", "須", "须", "要", "得", NULL};
  for (size_t k = s >= a + 18 ? s - 18 : a; k < s; k += lc_u8len((unsigned char)v[k]))
    for (size_t m = 0; MODAL[m]; m++)
      if (lc_at(v, k, s, MODAL[m]) && k + strlen(MODAL[m]) + 6 >= s) return true;
  for (size_t g = 0; rather && g <= 6; g += 3) /* 與其 ending at most two characters before s */
    if (s >= a + 6 + g && (lc_at(v, s - 6 - g, s, "與其") || lc_at(v, s - 6 - g, s, "与其"))) return true;
  return false;
}

/* Is the openness term h[i] only the target of a policy named just after
 * it in its clause, after 對 (對盟友亂課關稅, 對中國的出口管制, 對日本、
 * 韓國這些友邦加徵關稅)?  Then the sentence
 * judges the policy, not the partnership or the market. */
static bool S_aimed_at(const ctx *C, const hit *h, size_t nh, size_t i, size_t se) {
  const char *v = C->doc->view;
  const lc_topic *tp = C->lex->topics.items;
  bool policy = false; /* a policy named just after it (most terms have none) */
  for (size_t j = i + 1; j < nh && !policy; j++) {
    if (h[j].s >= h[i].e + 30) break;
    if (h[j].type == LC_PAY_TOPIC && h[j].topic >= 0 && h[j].value > 0 && h[j].s >= h[i].e &&
        tp[h[j].topic].kind == LC_TOPIC_POLICY) {
      if (S_clause_break(v, h[i].e, h[j].s)) return false;
      policy = true;
    }
  }
  size_t s = h[i].s, cs = S_clause_start(C, s);
  /* the object of 把/將 a listing takes (把更多中國企業列入實體清單, 把華為、
   * 中芯列進名單): the list is the policy */
  static const char *const LIST[] = {"列入", "列進", "列进", NULL},
                           *const ROLL[] = {"清單", "清单", "名單", "名单", NULL};
  bool ba = false;
  for (size_t k = s >= cs + 24 ? s - 24 : cs; k + 3 <= s && !ba; k += lc_u8len((unsigned char)v[k]))
    ba = memcmp(v + k, "把", 3) == 0 || memcmp(v + k, "將", 3) == 0 || memcmp(v + k, "将", 3) == 0;
  if (ba) { /* (within the sentence: a full stop is no clause break) */
    size_t ce = S_clause_end(v, h[i].e, se), le = h[i].e + 30 < ce ? h[i].e + 30 : ce;
    if (S_find_any(v, h[i].e, le, LIST) < le && (policy || S_find_any(v, h[i].e, ce, ROLL) < ce)) return true;
  }
  if (!policy) return false;
  /* 對 up to eight characters before it (對日本、韓國這些友邦) */
  for (size_t k = s >= cs + 24 ? s - 24 : cs; k + 3 <= s; k += lc_u8len((unsigned char)v[k]))
    if (memcmp(v + k, "對", 3) == 0 || memcmp(v + k, "对", 3) == 0) return true;
  return false;
}

/* Demonstratives, and the nouns that name a topic of each kind after one
 * (這條規則, 那套管制, 這個市場: S_demonstrative_kinds, S_names_itself). */
static const char *const THIS_ONE[] = {"這個", "这个", "那個", "那个", "這項", "这项", "那項", "那项",
                                       "這一", "这一", "那一",
                                       "這套", "这套", "那套", "這種", "这种", "該項", "该项", "這條",
                                       "这条", "那條", "那条", "這道", "这道", "這份", "这份", "此項",
                                       "此项", "原本的", "原來的", "原来的", "原先的", "先前的", "舊的",
                                       "旧的", NULL};
static const char *const POLICY_NOUN[] = {"規則", "规则", "規定", "规定", "政策", "措施", "法規",
                                          "法规", "禁令", "管制", "制度", "框架", "限制", "關稅",
                                          "关税", NULL};
static const char *const OPEN_NOUN[] = {"市場", "市场", "生態", "生态", "平台", "平臺", "合作",
                                        "協議", "协议", NULL};

/* The kinds of topic (a bit each, lc_topic_kind) the sentence names by a
 * demonstrative and a noun of that kind in the first five characters of a
 * clause (這條規則…, 這個市場我們…, 但這套管制…, 原先的規則…): 規則, 管制 name a policy,
 * 市場, 合作 an opening.  Read at clause starts only (C->brk), so a long
 * sentence costs a few comparisons a clause. */
static unsigned S_demonstrative_kinds(const ctx *C, size_t se, size_t at[2]) {
  const char *v = C->doc->view;
  const size_t *b = C->brk.items;
  unsigned k = 0;
  for (size_t c = 0; c <= C->brk.len; c++) {
    size_t p = c ? b[c - 1] : C->sent_ss;
    while (p < se && v[p] == ' ') p++;
    for (int n = 0; n < 5 && p + 12 <= se; n++, p += lc_u8len((unsigned char)v[p])) {
      uint32_t c3 = (uint32_t)(unsigned char)v[p] << 16 | (uint32_t)(unsigned char)v[p + 1] << 8 |
                    (unsigned char)v[p + 2];
      /* the first characters of THIS_ONE (這 这 那 該 该 此 原 先 舊 旧), by a
       * hash that gives each its own slot: one branch */
      static const uint32_t DEM[16] = {0xE58E9F, 0xE98099, 0, 0xE8AFA5, 0xE8BF99, 0xE982A3, 0, 0,
                                       0, 0, 0xE8A9B2, 0xE58588, 0xE6ADA4, 0, 0xE8888A, 0xE697A7};
      if (DEM[(uint32_t)(c3 * 0x3C6F239Bu) >> 28] != c3) continue;
      size_t l = S_word_at(v, p, se, THIS_ONE);
      if (!l) continue;
      /* (where the first noun of each kind stands: S_topics) */
      if (S_word_at(v, p + l, se, POLICY_NOUN) && !(k >> LC_TOPIC_POLICY & 1))
        k |= 1u << LC_TOPIC_POLICY, at[LC_TOPIC_POLICY] = p + l;
      if (S_word_at(v, p + l, se, OPEN_NOUN) && !(k >> LC_TOPIC_OPENNESS & 1))
        k |= 1u << LC_TOPIC_OPENNESS, at[LC_TOPIC_OPENNESS] = p + l;
      break;
    }
  }
  return k;
}

/* Does the term at s stand right after 比 (up to one character between:
 * 至少比賣給中國安全, or a determiner), the lesser side of a comparison judged in the same
 * clause?  Not after 相比 or 對比, which open a clause of their own. */
static bool S_compared(const char *v, size_t cs, size_t s) {
  /* (or a determiner between: 比任何禁令都有效, 比現行的管制更好) */
  static const char *const DET[] = {"任何", "所有", "這種", "这种", "那種", "那种", "這些", "这些", "那些",
                                    "現行的", "现行的", "現在的", "现在的", "目前的", "現行", "现行", NULL};
  size_t k; /* 比 just before, or one character before (a lead byte never follows a char's start) */
  if (s >= cs + 3 && memcmp(v + s - 3, "比", 3) == 0) k = s - 3;
  else if (s >= cs + 6 && memcmp(v + s - 6, "比", 3) == 0) k = s - 6;
  else { /* or 比 and a determiner filling the gap to the term */
    k = s >= cs + 12 ? s - 12 : cs;
    while (k + 3 <= s && !(memcmp(v + k, "比", 3) == 0 && S_word_at(v, k + 3, s, DET) == s - k - 3)) k++;
    if (k + 3 > s) return false;
  }
  return !(k >= cs + 3 && (memcmp(v + k - 3, "相", 3) == 0 || memcmp(v + k - 3, "對", 3) == 0 ||
                           memcmp(v + k - 3, "对", 3) == 0));
}

static bool S_topics(ctx *C, const lc_sentence *se, const hit *h, size_t nh, lc_vec *cues) {
  const char *v = C->doc->view;
  const lc_topic *tp = C->lex->topics.items;
  bool any = false;
  /* no topic named: nothing below is read (the callers look at tw, tflip,
   * tterms and tclause only when this returns true, or topics_named) */
  bool named = false;
  C->cond_topic = false;
  for (size_t i = 0; i < nh && !named; i++)
    named = h[i].type == LC_PAY_TOPIC && h[i].topic >= 0 && h[i].value > 0;
  C->topics_named = named;
  if (!named) return false;
  for (int t = 0; t < C->ntopics; t++) {
    C->tw[t] = 0;
    C->tflip[t] = 1;
    C->tterms[t].len = 0;
    C->ntclause[t] = 0;
  }
  C->tturned = 0;
  if (C->forbids) memset(C->tgov, 0, (size_t)C->ntopics * sizeof *C->tgov); /* read only then */
  float *extra = C->ctxw + C->ntopics; /* scratch: weight of further terms */
  for (int t = 0; t < C->ntopics; t++) extra[t] = 0;
  uint64_t known = 0, free_ = 0; /* S_verb_free of the first 64 hits */
  uint64_t aimed = 0, unaimed = 0; /* openness topics named only as a policy's target */
  for (size_t i = 0; i < nh; i++) {
    if (h[i].type != LC_PAY_TOPIC || h[i].topic < 0 || h[i].value <= 0) continue;
    int t = h[i].topic;
    if (S_in_speech(C, h[i].s)) continue;
    if (t < 64 && tp[t].kind == LC_TOPIC_OPENNESS)
      *(S_aimed_at(C, h, nh, i, se->end) ? &aimed : &unaimed) |= (uint64_t)1 << t;
    /* 不管出口管制怎麼改，我們都很樂觀: the condition's topic is not judged,
     * nor is the topic carried from before (the sentence says it does not
     * matter) */
    if (S_conditional(C, h[i].s)) {
      /* (the judgements after a condition are of what it names; those before
       * it still judge the topic carried: 我覺得是錯的決定，算力一旦出去…;
       * whatever the case, 不管 X…, none do) */
      static const char *const WHATEVER[] = {"不管", "無論", "无论", "不論", "不论", NULL};
      size_t ccs = S_clause_start(C, h[i].s);
      bool before = !S_word_at(v, ccs, se->end, WHATEVER) && C->contribs.len;
      for (size_t q = 0; q < C->contribs.len && before; q++)
        before = LC_AT(C->contribs, contrib, q).clause < ccs;
      if (!before) C->cond_topic = true;
      continue;
    }
    /* flip: the term's orientation in the sentence; cflip: in its own
     * clause, where a verb in another clause (放棄它, 我們損失了…) does not
     * reach; far: the clauses of such verbs */
    int base = h[i].kind ? -1 : 1; /* a term that names the opposite (自由貿易) */
    /* the end of its noun phrase: a term of the same topic right after it,
     * or after 的 or 之, is its head (跟阿聯的合作計畫喊停了: a verb after
     * the head governs both) */
    size_t pe = h[i].e;
    for (size_t m = i + 1; m < nh && h[m].s <= pe + 3; m++) {
      if (h[m].type != LC_PAY_TOPIC || h[m].topic != t || h[m].e <= pe) continue;
      if (h[m].s == pe || (h[m].s == pe + 3 && (memcmp(v + pe, "的", 3) == 0 || memcmp(v + pe, "之", 3) == 0)))
        pe = h[m].e;
    }
    int flip = base, cflip = base, nfar = 0;
    size_t far[2];
    size_t cl = S_clause_start(C, h[i].s);
    /* the lesser side of a comparison (至少比賣給中國安全), in its own clause */
    if (S_compared(v, cl, h[i].s)) cflip = -base;
    /* most sentences hold no word that could invert the topic */
    unsigned inv = tp[t].kind == LC_TOPIC_OPENNESS ? 1u << LC_CUE_RESTRICT | 1u << LC_CUE_HARM
                   : tp[t].kind == LC_TOPIC_POLICY ? 1u << LC_CUE_RELAX : 0;
    for (size_t j = 0; j < nh && (C->kinds & inv); j++) {
      if (h[j].type != LC_PAY_CUE) continue;
      bool gov = false, away = false;
      int k = h[j].kind;
      bool flips = (tp[t].kind == LC_TOPIC_OPENNESS && (k == LC_CUE_RESTRICT || k == LC_CUE_HARM)) ||
                   (tp[t].kind == LC_TOPIC_POLICY && k == LC_CUE_RELAX && S_relaxes(C, h, j, se->end));
      if (!flips) continue;
      if (k == LC_CUE_HARM) {
        /* harm anywhere in the clause (對X是威脅), or in a clause of the
         * sentence that names no topic of its own (中國市場很大，我們損失了
         * 55億美元) */
        size_t a = h[j].s < h[i].s ? h[j].e : h[i].e, b = h[j].s < h[i].s ? h[i].s : h[j].s;
        gov = a <= b && !S_clause_break(v, a, b);
        if (!gov) gov = away = !S_clause_named(C, h, nh, h[j].s);
      } else if (h[j].s >= h[i].e && (S_pronoun_at(v, h[j].e, se->end) ||
                                       S_ba_pronoun_before(v, S_clause_start(C, h[j].s), h[j].s))) {
        /* 中國市場很重要，放棄它是錯的 (…，不應該把它讓給對手): the verb's object is
         * the topic */
        gov = true;
        away = S_clause_break(v, h[i].e, h[j].s);
      } else if (h[j].s <= h[i].s && h[j].e <= h[i].e) { /* 禁止…中國市場 */
        size_t scope = h[j].value > 24 ? (size_t)h[j].value : 24;
        /* (not a word that describes it: 封閉的生態系, 封閉式平台 is that
         * ecosystem, closed, not an act that closes it) */
        bool describes = (h[j].e + 3 <= h[i].s && (memcmp(v + h[j].e, "的", 3) == 0 ||
                                                  memcmp(v + h[j].e, "式", 3) == 0 ||
                                                  memcmp(v + h[j].e, "型", 3) == 0)) ||
                         /* (封閉平台, 封閉生態: closed, not closing) */
                         (h[j].e == h[i].s && h[j].e - h[j].s == 6 &&
                          (memcmp(v + h[j].s, "封閉", 6) == 0 || memcmp(v + h[j].s, "封闭", 6) == 0));
        gov = !describes && S_within(v, h[j].e, h[i].s, scope) && !S_clause_break(v, h[j].e, h[i].s);
      } else if (h[j].s >= pe && !S_clause_break(v, h[i].e, h[j].s)) {
        /* 將/把 X 排斥, X 被限制, 跟 X 切斷 (…合作): the object stands before
         * the verb; so it
         * does when the verb closes the clause soon after it (出口管制應該
         * 取消。 關稅降低，…), but not when the verb has an object of its
         * own (關稅降低了利潤) */
        static const char *const BA[] = {"將", "将", "把", "被", "遭", NULL},
                                 /* (what follows a sale's verb is the buyer: H20應該可以賣給中國
                                  * sells H20; so it is after a flow's, LC_TAG_FLOW) */
                                 *const SELL_TO[] = {"賣給", "卖给", "賣到", "卖到", "出售給", "出售给",
                                                     "賣進", "卖进", "出口到", "銷往", "销往", NULL};
        static const char WITH[] = "跟與与和同";
        /* (a causative between makes the topic the cause, and the verb the
         * fall of what follows it: 出口管制讓營收降低) */
        static const char *const CAUSES[] = {"讓", "让", "使得", "令", "導致", "导致", "造成", NULL};
        gov = !S_has_any(v, pe, h[j].s, CAUSES) &&
              (S_has_any(v, S_clause_start(C, h[i].s), h[j].s, BA) ||
              (h[i].s >= cl + 3 && lc_in_set(v + h[i].s - 3, WITH, 3) && S_within(v, pe, h[j].s, 4)) ||
              ((S_within(v, pe, h[j].s, 4) || (S_within(v, pe, h[j].s, 12) && S_modal_before(v, pe, h[j].s, true))) &&
               (S_no_object(v, h[j].e, se->end) || S_word_at(v, h[j].s, h[j].e, SELL_TO) == h[j].e - h[j].s ||
                h[j].tag == LC_TAG_FLOW)));
      }
      if (!gov && k != LC_CUE_HARM && (h[j].s >= h[i].e || h[j].e <= h[i].s) &&
          S_clause_start(C, h[j].s) != cl && S_verb_free(C, h, nh, j, se->end, &known, &free_)) {
        /* a verb without an object in another clause that names no topic:
         * the topic is its object (中國市場很重要，放棄是錯的; 我支持調降，關稅
         * 只會推高成本) */
        gov = away = true;
      }
      if (gov && !(S_negations(C, h, nh, j, NULL) & 1)) {
        /* the verb's hit, with its other meanings (取消: restrict and relax) */
        for (size_t m = j; C->forbids && m-- > 0 && h[m].s == h[j].s;)
          if (m < 64) C->tgov[t] |= (uint64_t)1 << m;
        for (size_t m = j; C->forbids && m < nh && h[m].s == h[j].s; m++)
          if (m < 64) C->tgov[t] |= (uint64_t)1 << m;
        if (!S_add_cue(cues, h[j].s, h[j].e)) { C->oom = true; return false; }
        flip = -base;
        if (!away) { cflip = -base; break; }
        if (nfar < 2) far[nfar++] = S_clause_start(C, h[j].s);
      }
    }
    /* a tightening forbidden bears on the policy it tightens, next to it
     * in its clause, without inverting it (管制不要再收緊了, 別再收緊關稅) */
    if (C->forbids && tp[t].kind == LC_TOPIC_POLICY && !h[i].kind)
      for (size_t j = 0; j < nh && j < 64; j++) {
        if (h[j].type != LC_PAY_CUE || h[j].kind != LC_CUE_RESTRICT || h[j].tag != LC_TAG_TIGHT) continue;
        size_t a = h[j].s < h[i].s ? h[j].e : h[i].e, b = h[j].s < h[i].s ? h[i].s : h[j].s;
        bool inside = h[j].s >= h[i].s && h[j].e <= h[i].e; /* (收緊管制, a term) */
        if (inside || (a <= b && S_within(v, a, b, 6) && !S_clause_break(v, a, b))) C->tgov[t] |= (uint64_t)1 << j;
      }
    if (h[i].value > C->tw[t]) {
      extra[t] += C->tw[t];
      C->tw[t] = h[i].value;
      C->tflip[t] = flip;
      if (t < 64) C->tturned = (C->tturned & ~((uint64_t)1 << t)) | (uint64_t)(flip != base) << t;
    } else {
      extra[t] += h[i].value;
    }
    if (!S_add_cue(&C->tterms[t], h[i].s, h[i].e)) { C->oom = true; return false; }
    tclause_t *e = S_tclause(C, t, cl);
    if (!e && C->ntclause[t] < MAX_TCLAUSE) {
      e = &C->tclause[t][C->ntclause[t]++];
      e->clause = cl;
      e->w = -1;
    }
    if (e && (!e->named || h[i].value > e->w)) {
      e->named = true;
      e->w = h[i].value;
      e->flip = (int8_t)cflip;
    }
    for (int q = 0; q < nfar; q++) /* the clauses of the verbs that govern it from afar */
      if (!S_tclause(C, t, far[q]) && C->ntclause[t] < MAX_TCLAUSE) {
        e = &C->tclause[t][C->ntclause[t]++];
        e->clause = far[q];
        e->w = 0;
        e->flip = -1;
        e->named = false;
      }
  }
  /* a demonstrative and a noun of a carried topic's kind name it, beside
   * the topics the sentence names (這條規則把世界切成三等，連友好國家都被
   * 設了上限: the rule asked about, and the partners) */
  int best[2] = {-1, -1}; /* per kind, the carried topic of most weight */
  for (int t = 0; t < C->ntopics; t++) {
    int *b = &best[tp[t].kind == LC_TOPIC_OPENNESS];
    if (C->ctxw[t] > 0 && (*b < 0 || C->ctxw[t] > C->ctxw[*b])) *b = t;
  }
  /* or, none of its kind carried, the one of its kind last named clearly
   * (對，我反對這個規則。 two turns after the rule was named) */
  float bw[2];
  for (int q = 0; q < 2; q++) {
    bw[q] = best[q] >= 0 ? C->ctxw[best[q]] : 0.7f;
    if (best[q] < 0) best[q] = C->last_named[q];
  }
  if ((best[0] >= 0 && C->tw[best[0]] < bw[0]) || (best[1] >= 0 && C->tw[best[1]] < bw[1])) {
    size_t at[2] = {(size_t)-1, (size_t)-1};
    unsigned k = S_demonstrative_kinds(C, se->end, at);
    for (int q = 0; q < 2; q++) {
      int t = best[q];
      /* the noun itself a term of a topic of the kind, weak alone (這一規則):
       * that topic, whatever is carried */
      unsigned kind = q ? LC_TOPIC_OPENNESS : LC_TOPIC_POLICY;
      for (size_t i = 0; k >> kind & 1 && i < nh; i++)
        if (h[i].type == LC_PAY_TOPIC && h[i].s == at[kind] && h[i].topic >= 0 &&
            h[i].value > 0 && tp[h[i].topic].kind == kind) {
          t = h[i].topic;
          break;
        }
      if (t < 0 || !(k >> tp[t].kind & 1) || C->tw[t] >= bw[q]) continue;
      C->tw[t] = bw[q];
      C->tflip[t] = 1; /* the topic itself, not its withdrawal (S_names_itself) */
    }
  }
  /* a topic needs one clear term, or several weak ones together */
  for (int t = 0; t < C->ntopics; t++) {
    if (t < 64 && (aimed & ~unaimed) >> t & 1) C->tw[t] = 0;
    if (C->tw[t] <= 0) continue;
    float w = C->tw[t] + 0.3f * extra[t];
    if (w > 1) w = 1;
    if (w < MIN_TOPIC) { C->tw[t] = 0; continue; }
    C->tw[t] = w;
    any = true;
    C->last_named[tp[t].kind == LC_TOPIC_OPENNESS] = t;
    bool mixed = false; /* read only for the topics of the sentence */
    for (int q = 1; q < C->ntclause[t]; q++) mixed |= C->tclause[t][q].flip != C->tclause[t][0].flip;
    C->tmixed[t] = mixed || (C->ntclause[t] && C->tclause[t][0].flip != C->tflip[t]);
  }
  return any;
}

/* Is the judgement at v[s..e) a verb that takes what follows as its object
 * (支持, 反對, 應該): in a clause that names no topic it bears on the clause
 * after it (我支持政府跟美國談判，降低稅率), not on the one before. */
static bool S_takes_object(const char *v, size_t s, size_t e) {
  static const char W2[] = "支持支援贊成赞成贊同赞同反對反对應該应该應當应当不應不应不該不该", W3[] = "不應該不应该";
  return (e - s == 6 && lc_in_set(v + s, W2, 6)) || (e - s == 9 && lc_in_set(v + s, W3, 9));
}

/* Does the clause at p open with a contrast (但, 可是, 不過, 然而, 卻)? */
static bool S_contrast_at(const ctx *C, size_t p) {
  static const char W1[] = "但卻却", W2[] = "可是不過不过然而只是";
  const char *v = C->doc->view;
  while (v[p] == ' ') p++; /* the view ends in NUL */
  return (p + 3 <= C->doc->vlen && lc_in_set(v + p, W1, 3)) ||
         (p + 6 <= C->doc->vlen && lc_in_set(v + p, W2, 6));
}

/* Does a clause in (a, b] open with a contrast?  a and b are clause starts
 * of the sentence of S_breaks. */
static bool S_contrast(const ctx *C, size_t a, size_t b) {
  const size_t *k = C->brk.items;
  for (size_t i = 0; i < C->brk.len && k[i] <= b; i++)
    if (k[i] > a && S_contrast_at(C, k[i])) return true;
  return false;
}

/* Does a clause of the sentence of S_breaks after its first open with a
 * contrast?  Found once per sentence. */
static bool S_has_contrast(const ctx *C) {
  ctx *c = (ctx *)C;
  if (c->contrast < 0) {
    c->contrast = 0;
    for (size_t i = 0; i < C->brk.len && !c->contrast; i++) c->contrast = S_contrast_at(C, LC_AT(C->brk, size_t, i));
  }
  return c->contrast > 0;
}

/* Does judgement c bear on topic t: unless it forbids a verb that does not
 * invert t (S_forbids)? */
static inline bool S_bears(const ctx *C, const contrib *c, int t) {
  return c->verb == NO_VERB || c->verb >= 64 || (C->tgov[t] >> c->verb & 1);
}

/* The orientation of topic t for a judgement in clause cl, which neither
 * names t nor governs it: that of the nearest clause of t, the one before it
 * (禁止出口，完全沒有道理) or, for a verb that takes an object
 * (S_takes_object), the one after (我支持政府跟美國談判，降低稅率); 0 when
 * that one comes after a contrast (合作很好，但我們不能放棄中國市場: the praise
 * is of something else), while what follows a contrast still judges the
 * topic before it (擴散規則的出發點可以理解，但執行上確實有問題). */
static int S_far_flip(const ctx *C, int t, size_t cl, bool forward) {
  const tclause_t *tc = C->tclause[t];
  const tclause_t *before = NULL, *after = NULL;
  for (int q = 0; q < C->ntclause[t]; q++) {
    if (tc[q].clause < cl && (!before || tc[q].clause > before->clause)) before = &tc[q];
    if (tc[q].clause > cl && (!after || tc[q].clause < after->clause)) after = &tc[q];
  }
  const tclause_t *n = forward ? (after ? after : before) : (before ? before : after);
  if (!n) return C->tflip[t];
  if (n->clause > cl && S_contrast(C, cl, n->clause)) return 0;
  return n->flip;
}

/* The judgement that bears on topic t, oriented (times the flip of the
 * clauses it stands in).  When every judgement stands in a clause that
 * names a topic (我支持出口管制，但關稅是愚蠢的), each topic takes the
 * judgements of its own clauses; when some judgement stands apart, it is the
 * sentence's predicate (不讓企業在中國競爭，完全沒有道理) and the whole
 * sentence's judgement bears on every topic, each judgement oriented as the
 * nearest clause of the topic (S_far_flip). */
/* Does the clause from cs open with 它 (它們), maybe after 但 or 而且? */
static bool S_opens_with_it(const char *v, size_t cs) {
  static const char *const LEAD[] = {"但是", "可是", "而且", "但", "而", NULL},
                           *const IT[] = {"它", NULL};
  while (v[cs] == ' ') cs++; /* (the view ends in NUL) */
  cs += S_word_at(v, cs, cs + 6, LEAD);
  return S_word_at(v, cs, cs + 3, IT) > 0;
}

/* Does a clause of the sentence that names no topic, judging, open with 它? */
static bool S_it_clause(const ctx *C, int t) {
  for (size_t i = 0; i < C->contribs.len; i++) {
    const contrib *c = &LC_AT(C->contribs, contrib, i);
    bool mine = false;
    for (int q = 0; q < C->ntclause[t] && !mine; q++) mine = C->tclause[t][q].clause == c->clause;
    if (!mine && !c->named && S_opens_with_it(C->doc->view, c->clause)) return true;
  }
  return false;
}

static float S_topic_judgement(const ctx *C, const hit *h, int t, float whole) {
  float own = 0, adj = 0;
  bool has_own = false, has_free = false, mixed = C->tmixed[t];
  int tf = C->tflip[t];
  const char *v = C->doc->view;
  for (size_t i = 0; i < C->contribs.len; i++) {
    const contrib *c = &LC_AT(C->contribs, contrib, i);
    const tclause_t *mine = NULL;
    for (int q = 0; q < C->ntclause[t] && !mine; q++)
      if (C->tclause[t][q].clause == c->clause) mine = &C->tclause[t][q];
    if (mine) {
      if (S_bears(C, c, t)) own += c->value * (mixed ? mine->flip : tf);
      has_own = true;
    } else if (!c->named) {
      has_free = true;
    }
  }
  if (!has_free) return has_own ? own : 0;
  /* a clause that opens with 它 after the term was turned by a verb (撤銷是理
   * 所當然的，它根本不該出台) speaks of the thing itself, not of what was done to it */
  bool it = t < 64 && (C->tturned >> t & 1) && S_it_clause(C, t);
  if (!mixed && !C->forbids && !it && !S_has_contrast(C)) return whole * (float)tf; /* most sentences */
  for (size_t i = 0; i < C->contribs.len; i++) {
    const contrib *c = &LC_AT(C->contribs, contrib, i);
    const tclause_t *mine = NULL;
    for (int q = 0; q < C->ntclause[t] && !mine; q++)
      if (C->tclause[t][q].clause == c->clause) mine = &C->tclause[t][q];
    bool bears = S_bears(C, c, t);
    if (mine && !mixed && bears) continue;
    const hit *x = &h[c->hit];
    int f = !bears ? 0 : mine ? mine->flip : S_far_flip(C, t, c->clause, S_takes_object(v, x->s, x->e));
    if (it && !mine && bears && S_opens_with_it(v, c->clause)) f = -tf;
    adj += c->value * (float)(f - tf);
  }
  return whole * (float)tf + adj;
}

/* The judgement that bears on topic t carried from the sentence before (this
 * one names it by no clear term): times the carried orientation, except in a
 * clause whose verb takes the topic as its object, left out or by a pronoun
 * (降低可以，但完全放棄是錯的。 取消是對的。 放棄它是錯的。) or by a weak term of
 * the topic (失去這個市場是巨大的損失), where a restriction inverts an openness
 * topic and a relaxation a policy one; a harm in the clause inverts an
 * openness topic (我們會損失很多), as it does where the topic is named. */
/* Does the clause from cs open with a copula, a predicate of the clause
 * before it (是很不明智的, 這是錯的, 實在是太短視了, 等於自斷手腳, 對整個
 * 供應鏈都是好事)? */
static bool S_copula_clause(const char *v, size_t cs, size_t se) {
  static const char *const COPULA[] = {"是", "這是", "这是", "那是", "實在是", "实在是", "真是",
                                       "根本是", "簡直是", "简直是", "都是", "也是", "可說是",
                                       "可说是", "等於", "等于", "就等於", "就等于", "無異於",
                                       "无异于", "形同", "相當於", "相当于", NULL};
  while (cs < se && v[cs] == ' ') cs++;
  return cs < se && (S_word_at(v, cs, se, COPULA) > 0 || S_to_whom(v, cs, se));
}

/* Is the clause from cs only the speaker's side taken on what the clause
 * before told, the verb of it at v[s..e) closing the clause (規則被撤銷，我是
 * 舉雙手贊成的; 取消了，我們完全支持): 我 or 我們, up to two adverbs, the verb,
 * 的 or a particle? */
static bool S_stance_clause(const char *v, size_t cs, size_t s, size_t e, size_t se) {
  static const char *const ME_[] = {"我們", "我们", "我", NULL},
                           *const ADV[] = {"倒是", "其實", "其实", "完全", "非常", "十分", "當然", "当然",
                                           "絕對", "绝对", "還是", "还是", "是", "也", "都", "很", NULL};
  while (cs < se && v[cs] == ' ') cs++;
  size_t q = cs + S_word_at(v, cs, se, ME_);
  if (q == cs) return false;
  for (int k = 0, l; k < 2 && q < s && (l = (int)S_word_at(v, q, s, ADV)) > 0; k++) q += (size_t)l;
  if (q != s || e < s + 6 || !S_word_at(v, e - 6, e, SIDE_VERB)) return false;
  if (lc_at(v, e, se, "的")) e += 3;
  return S_verb_ends_clause(v, e, se);
}

/* Does the sentence from ss name the carried topic itself by a demonstrative
 * and a noun for a policy or a market (那個規則本身就不合理 answering 規則
 * 後來撤回了, 原本的規則…: the rule is judged, not its withdrawal; 這個決定 may be the
 * withdrawal), by a modal and the policy's own verb (沒有必要管 answering
 * 應該放寬嗎: controlling is judged, not relaxing), or by its return (我不希望
 * 它回來, 恢復)? */
static bool S_names_itself(const char *v, size_t ss, size_t se) {
  /* or a modal before the policy's own verb (根本沒有必要管, 必須管制) */
  static const char *const MUST_CONTROL[] = {"要管", "須管", "须管", "該管", "该管", "必要管制",
                                             "必要限制", "必須限制", "必须限制", NULL};
  for (size_t i = S_find_any(v, ss, se, THIS_ONE); i + 12 <= se; i = S_find_any(v, i + 3, se, THIS_ONE)) {
    size_t n = i + S_word_at(v, i, se, THIS_ONE);
    if (S_word_at(v, n, se, POLICY_NOUN) || S_word_at(v, n, se, OPEN_NOUN)) return true;
  }
  /* or its return (不希望它以任何形式回來: the rule comes back, not its withdrawal) */
  static const char *const RETURN[] = {"回來", "回来", "恢復", "恢复", "復活", "复活", "捲土重來", "卷土重来",
                                       "重新上路", "再上路", "重新實施", "重新实施", NULL};
  if (S_has_any(v, ss, se, MUST_CONTROL)) return true;
  /* (not a return hoped against: 希望它不要換個名字再回來 judges the withdrawal) */
  for (size_t r = S_find_any(v, ss, se, RETURN); r < se; r = S_find_any(v, r + 3, se, RETURN)) {
    size_t a = r, cs = r;
    while (cs > ss && !S_is_break(v[cs - 1])) cs--;
    for (int n = 0; n < 8 && a > cs; n++) {
      a--;
      while (a > cs && ((unsigned char)v[a] & 0xC0) == 0x80) a--;
    }
    size_t n = S_find_any(v, a, r, (const char *const[]){"不", "別", "别", "沒", "没", NULL});
    /* (a negated wish is the wish's: 我不希望它回來 judges the thing) */
    if (n >= r || S_word_at(v, n + 3, r, (const char *const[]){"希望", "想", "願", "愿", NULL})) return true;
  }
  return false;
}

/* Which way does the sentence from ss want a restriction to go: +1 when
 * it asks for it to be tightened or complains that it is too lax (…落後盟
 * 國，必須大幅收緊; 稅率太寬鬆，形同虛設), -1 when it complains that it is
 * too strict or refuses a tightening (管制太嚴了; 不應該再收緊; 我不認為…太
 * 寬鬆), 0 when it says neither or both.  A policy topic the sentence
 * judges is judged that way: the faults of 太寬鬆 are the laxness's.  A
 * tightening verb not refused counts only after a modal (必須, 應該, 一定得
 * … 收緊): in 再加嚴只會傷到廠商 the tightening is what is judged.  A word
 * is refused by a negator up to four characters before it, or by a denial
 * (不認為, 並非) or 與其 anywhere before it in its clause. */
static int S_tightening(const ctx *C, const hit *h, size_t nh, size_t se, size_t *ws_, size_t *we_) {
  static const char *const NEG[] = {"不", "沒", "没", "別", "别", "勿", "無需", "无需", "毋須",
                                    "毋须", "反對", "反对", "唔", "冇", NULL};
  static const char *const NOT_NEG[] = {"不只", "不僅", "不仅", "不但", "不光", "不斷", "不断", "不如",
                                        "不管", "不論", "不论", "不少", "不小", "不同", "不止", NULL};
  static const char *const DENY[] = {"不認為", "不认为", "不覺得", "不觉得", "不以為", "不以为",
                                     "並不", "并不", "並非", "并非", "否認", "否认", "與其", "与其", NULL};
  const char *v = C->doc->view;
  int dir = 0;
  for (size_t q = 0; q < nh; q++) {
    int tag = h[q].type == LC_PAY_CUE ? h[q].tag : LC_TAG_NONE;
    if (tag != LC_TAG_TIGHT && tag != LC_TAG_LAX && tag != LC_TAG_STRICT) continue;
    size_t i = h[q].s;
    int pass = tag == LC_TAG_TIGHT ? 0 : tag == LC_TAG_LAX ? 1 : 2;
    size_t cs = S_clause_start(C, i);
    /* another's view, reported (林委員說管制太嚴，我的看法剛好相反…) */
    bool theirs = false;
    for (size_t r = 0; r < q && !theirs; r++)
      theirs = h[r].type == LC_PAY_CUE && (h[r].kind == LC_CUE_REPORT || h[r].kind == LC_CUE_OTHERS) &&
               h[r].s >= cs && S_subject(C, h[r].s) < 0;
    if (theirs) continue;
    bool refused = S_has_any(v, cs, i, DENY);
    for (size_t k = i >= cs + 12 ? i - 12 : cs; k < i && !refused; k += lc_u8len((unsigned char)v[k]))
      refused = S_word_at(v, k, i, NEG) && !S_word_at(v, k, se, NOT_NEG);
    int d = pass == 2 ? -1 : 1;
    if (*ws_ == *we_) { *ws_ = i; *we_ = h[q].e; }
    if (refused) { dir -= d; continue; }
    if (pass == 0 && !S_modal_before(v, cs, i, false)) continue; /* 必須大幅收緊 */
    dir += d;
  }
  return dir > 0 ? 1 : dir < 0 ? -1 : 0;
}

/* S_tightening of the sentence at ss, asked once a sentence; its first word
 * in C->tight_s..tight_e. */
static int S_tight(ctx *C, const hit *h, size_t nh, size_t ss, size_t se) {
  if (C->tight_ss != ss) {
    C->tight_ss = ss;
    C->tight_s = C->tight_e = 0;
    C->tight = S_tightening(C, h, nh, se, &C->tight_s, &C->tight_e);
  }
  return C->tight;
}

/* Does the side-taking verb h[x] (反對, 支持) have an object of its own that
 * is not the carried topic: three characters or more after it in its clause,
 * no pronoun, no noun for a policy, an opening or a decision, and no word of
 * the lexicons at all (我一直支持家鄉的棒球隊; not 我反對這樣做, 我支持政府的
 * 做法, 我反對放寬, 我反對走得太快)? */
static bool S_foreign_object(const ctx *C, const hit *h, size_t nh, size_t x, size_t se) {
  static const char *const BACK[] = {"它", "這", "这", "那", "此", "其", "如此", NULL},
                           *const DECISION[] = {"做法", "作法", "決定", "决定", "方向", "方案", "立場",
                                                "立场", "安排", "選擇", "选择", NULL};
  const char *v = C->doc->view;
  size_t e = h[x].e;
  if (S_word_at(v, h[x].s, e, SIDE_VERB) != e - h[x].s) return false;
  size_t q = S_clause_words_end(v, e, se);
  if (q < e + 9) return false; /* none, or a word (支持啊, 反對開放) */
  if (S_word_at(v, e, q, BACK) || S_find_any(v, e, q, POLICY_NOUN) < q || S_find_any(v, e, q, OPEN_NOUN) < q ||
      S_find_any(v, e, q, DECISION) < q || S_find_any(v, e, q, THIS_ONE) < q)
    return false;
  for (size_t j = x + 1; j < nh && h[j].s < q; j++) /* words that bear on a topic: not something else */
    if (h[j].s >= e) return false;
  return true;
}

/* Does the sentence from ss point back at what was said before (這是對的,
 * 那樣做不行, 此舉…, 它…), or is it a few words (我支持。 早該如此。)?  A
 * topic carried turned (應該退出來。) is judged turned only by such a
 * sentence: one with words of its own (政治風險那麼高，…不值得) speaks of the
 * topic itself. */
static bool S_points_back(const char *v, size_t ss, size_t se) {
  static const char *const BACK[] = {"這", "这", "那", "此", "如此", "它", "其", "這樣", "这样", NULL},
                           *const LEAD[] = {"但是", "可是", "不過", "不过", "所以", "因此", "而且", "但", "我覺得",
                                            "我觉得", "我認為", "我认为", NULL};
  while (ss < se && v[ss] == ' ') ss++;
  if (S_within(v, ss, se, 10)) return true;
  size_t l = S_word_at(v, ss, se, LEAD);
  if (l) {
    ss += l;
    while (ss < se && (v[ss] == ' ' || v[ss] == ',')) ss++;
  }
  return S_word_at(v, ss, se, BACK) > 0;
}

static float S_carried_judgement(ctx *C, const hit *h, size_t nh, size_t se, int t, float judge,
                                 lc_vec *cues) {
  int cf = C->ctxflip[t];
  if (cf < 0 && C->ctx_own && !S_points_back(C->doc->view, C->sent_ss, se)) cf = 1;
  /* a verb that takes a side on something else (我一直支持家鄉的棒球隊),
   * found once a sentence */
  if (C->foreign_ss != C->sent_ss) {
    C->foreign_ss = C->sent_ss;
    C->foreign = 0;
    C->foreign_sum = 0;
    for (size_t i = 0; i < C->contribs.len && i < 64; i++) {
      const contrib *c = &LC_AT(C->contribs, contrib, i);
      if (h[c->hit].e - h[c->hit].s == 6 && S_foreign_object(C, h, nh, c->hit, se)) {
        C->foreign |= (uint64_t)1 << i;
        C->foreign_sum += c->value;
      }
    }
  }
  uint64_t foreign = C->foreign;
  judge -= C->foreign_sum;
  const lc_topic *tp = &LC_AT(C->lex->topics, lc_topic, t);
  unsigned inv = tp->kind == LC_TOPIC_OPENNESS ? 1u << LC_CUE_RESTRICT | 1u << LC_CUE_HARM
                 : tp->kind == LC_TOPIC_POLICY ? 1u << LC_CUE_RELAX : 0;
  const char *v = C->doc->view;
  if (cf < 0 && C->itself_ss != C->sent_ss) { /* asked once a sentence */
    C->itself_ss = C->sent_ss;
    C->itself = S_names_itself(v, C->sent_ss, se);
  }
  bool itself = cf < 0 && C->itself;
  /* a verb closing its clause without an object (早就該廢了, 放棄是錯的)
   * takes the carried topic of its kind, a relaxation a policy and a
   * restriction an openness topic: when both kinds are carried, the other
   * kind is not what the sentence judges */
  unsigned both = 1u << LC_CUE_RELAX | 1u << LC_CUE_RESTRICT;
  if (C->kinds & both) {
    unsigned mine = tp->kind == LC_TOPIC_POLICY ? 1u << LC_CUE_RELAX : 1u << LC_CUE_RESTRICT;
    unsigned loose = 0;
    for (size_t j = 0; j < nh; j++)
      if (h[j].type == LC_PAY_CUE && (both >> h[j].kind & 1) && !(loose >> h[j].kind & 1) &&
          S_no_object(v, h[j].e, se) && !(S_negations(C, h, nh, j, NULL) & 1))
        loose |= 1u << h[j].kind;
    if (loose && !(loose & mine)) {
      const lc_topic *all = C->lex->topics.items;
      for (int k = 0; k < C->ntopics; k++)
        if (k != t && C->ctxw[k] > 0 && all[k].kind != tp->kind) return 0;
    }
  }
  if (!(C->kinds & inv) && !C->forbids && !itself) return judge * (float)cf; /* most sentences */
  float r = judge * (float)cf;
  for (size_t i = 0; i < C->contribs.len; i++) {
    const contrib *c = &LC_AT(C->contribs, contrib, i);
    if (i < 64 && (foreign >> i & 1)) continue;
    int f = cf;
    if (itself) { /* the judgement's clause names the topic itself (那套規則…) */
      if (S_names_itself(v, c->clause, S_clause_end(v, c->clause, se))) f = 1;
    }
    const tclause_t *e = NULL;
    for (int q = 0; C->topics_named && q < C->ntclause[t] && !e; q++)
      if (C->tclause[t][q].clause == c->clause) e = &C->tclause[t][q];
    if (e) {
      f = !S_bears(C, c, t) ? 0 : e->flip; /* its weak term's (S_topics) */
    } else {
      /* a judgement that forbids a verb bears on the topic only as that verb's object */
      if (c->verb != NO_VERB) f = 0;
      bool found = false;
      for (size_t j = 0; j < nh && !found; j++) {
        if (h[j].type != LC_PAY_CUE || !(inv >> h[j].kind & 1)) continue;
        if (h[j].kind == LC_CUE_RELAX && !S_relaxes(C, h, j, se)) continue;
        if (c->verb != NO_VERB && j != c->verb) continue;
        /* in the judgement's clause, or in the one before when the
         * judgement's is its predicate (…擋在門外，是很不明智的) */
        size_t vc = S_clause_start(C, h[j].s);
        if (vc != c->clause &&
            !(c->clause > 0 && vc == S_clause_start(C, c->clause - 1) &&
              /* or a feeling (LC_TAG_FEEL) with only its feeler in its
               * clause (後來撤回了，我們很高興): about the event told before */
              (S_copula_clause(v, c->clause, se) || h[c->hit].tag == LC_TAG_FEEL ||
               S_stance_clause(v, c->clause, h[c->hit].s, h[c->hit].e, se))))
          continue;
        if (h[j].kind != LC_CUE_HARM && h[j].tag != LC_TAG_FLOW && !S_no_object(v, h[j].e, se) &&
            !S_pronoun_at(v, h[j].e, se))
          continue;
        if (S_negations(C, h, nh, j, NULL) & 1) continue;
        f = -1;
        found = true;
        if (!S_add_cue(cues, h[j].s, h[j].e)) { C->oom = true; return 0; }
      }
    }
    r += c->value * (float)(f - cf);
  }
  return r;
}

/* The cues the analysis reads by their words (lc_cue_tag): staying on,
 * praise of an openness topic whatever the question or the term (退出中國
 * 市場) that names it; a tightening of a restriction (a restriction
 * itself); complaints that a restriction is too lax or too strict
 * (judgements: S_tightening). */
int lc_cue_tag(int kind, const char *t, size_t n) {
  static const char *const STAY[] = {"留下來", "留下来", "繼續服務", "继续服务", "繼續經營", "继续经营",
                                     "深耕", "堅守", "坚守", "留在那裡", "留在那里", "留在那邊",
                                     "留在那边", "留在當地", "留在当地", "留在中國", "留在中国",
                                     "留在大陸", "留在大陆", "不會離開", "不会离开", NULL};
  static const char *const TIGHT[] = {"收緊", "收紧", "緊縮", "紧缩", "加嚴", "加严", "從嚴", "从严",
                                      "更嚴", "更严", "嚴格執行", "严格执行", "加強管制", "加强管制",
                                      "強化管制", "强化管制", "擴大管制", "扩大管制", "納管", "纳管",
                                      "納入管制", "纳入管制", "再嚴", "再严", "嚴一點", "严一点", "嚴一些", "严一些", NULL};
  static const char *const LAX[] = {"太寬鬆", "太宽松", "過於寬鬆", "过于宽松", "過度寬鬆", "过度宽松",
                                    "太鬆", "太松", "過鬆", "过松", "不夠嚴", "不够严", "不夠緊",
                                    "不够紧", "形同虛設", "形同虚设", "鑽漏洞", "钻漏洞", "漏洞", NULL};
  static const char *const STRICT[] = {"太嚴", "太严", "過嚴", "过严", "過於嚴格", "过于严格",
                                       "過度嚴格", "过度严格", "太緊", "太紧", "過緊", "过紧", "範圍太寬", "范围太宽",
                                       "範圍太廣", "范围太广", "範圍過寬", "范围过宽", "範圍過廣", "范围过广",
                                       "管得太寬", "管得太宽", "管得太廣", "管得太广", "打擊面太廣", "打击面太广", NULL};
  static const char *const BOTH[] = {"兩面刃", "两面刃", "雙面刃", "双面刃", "有利也有弊", "有利有弊",
                                     "利弊參半", "利弊参半", "各有利弊", "有好有壞", "有好有坏",
                                     "好壞參半", "好坏参半", "喜憂參半", "喜忧参半", "褒貶不一",
                                     "褒贬不一", "有得有失", "一半肯定", "一半批評", "一半批评",
                                     "一部分支持", "一部分反對", "一部分反对", "一半支持", "一半反對",
                                     "一半反对", "一半一半", "有兩面", "有两面", "兩面都有", "两面都有", NULL};
  static const char *const DECLINE[] = {"不做評論", "不做评论", "不予置評", "不予置评", "無可奉告",
                                        "无可奉告", "不便評論", "不便评论", "不方便評論",
                                        "不方便评论", "不予評論", "不予评论", "不願評論",
                                        "不愿评论", "不想評論", "不想评论", "不作評論",
                                        "不作评论", NULL};
  /* a position disowned, the speaker's own only (政府沒有立場 reports one) */
  static const char *const NO_VIEW[] = {"沒有立場", "没有立场", "沒有特別的立場", "没有特别的立场",
                                        "沒有特定的立場", "没有特定的立场", "沒有特別立場",
                                        "没有特别立场", "沒有特別的看法", "没有特别的看法", "不表態", "不表态", "未表態", "未表态",
                                        "未曾表態", "未曾表态", "並未表態", "并未表态", "沒有表態", "没有表态",
                                        "不持立場", "不持立场", "交給企業", "交给企业", "尊重企業的",
                                        "尊重企业的", "尊重企業自己", "尊重企业自己", "由企業自己決定",
                                        "由企业自己决定", "由企業自行", "由企业自行", "沒有定見", "没有定见", NULL};
  static const char *const ELSE[] = {"否則", "否则", "不然", "要不然", NULL};
  /* verbs of commenting: a negator just before declines (不評論, 不便多說,
   * 不會對政策本身表達看法); some are verbs of reporting too */
  static const char *const COMMENT[] = {"評論", "评论", "評價", "评价", "表態", "表态", "發表意見",
                                        "发表意见", "回答", "置評", "置评", "表達看法", "表达看法",
                                        "表示看法", "發表看法", "发表看法", "表達意見", "表达意见",
                                        "表示意見", "表示意见", "多說", "多说", "多談", "多谈",
                                        "亂講", "乱讲", "亂說", "乱说", "表示贊成或反對",
                                        "表示赞成或反对", "表示支持或反對", "表示支持或反对",
                                        "說支持或反對", "说支持或反对", "判斷", "判断", "展開", "展开",
                                        "講太多", "讲太多", "說太多", "说太多", "多講", "多讲", NULL};
  static const char *const RATHER[] = {"與其", "与其", "不如", NULL};
  static const char *const FEEL[] = {"高興", "高兴", "開心", "开心", "欣慰", "慶幸", "庆幸",
                                     "鬆了一口氣", "松了一口气", "鬆一口氣", "松一口气", "鬆了一大口氣", "松了一大口气", "遺憾",
                                     "遗憾", "可惜", "惋惜", "痛心", "失望", "難過", "难过",
                                     "樂見", "乐见", "喜聞樂見", "喜闻乐见", NULL};
  /* an act named as folly: asking whether to do it says it must not be
   * done (難道要把市場拱手讓人嗎？ blames giving it away, as the words do) */
  static const char *const SCORN[] = {"拱手讓人", "拱手让人", "拱手相讓", "拱手相让", "拱手讓給",
                                      "拱手让给", "自廢武功", "自废武功",
                                      "自毀長城", "自毁长城", "飲鴆止渴", "饮鸩止渴", "作繭自縛",
                                      "作茧自缚", "殺雞取卵", "杀鸡取卵", "自掘墳墓", "自掘坟墓",
                                      "坐以待斃", "坐以待毙", "自斷手腳", "自断手脚", "引狼入室",
                                      "開門揖盜", "开门揖盗", "白白送給", "白白送给", "雙手奉上",
                                      "双手奉上", NULL};
  /* a view taken back: the speaker's (a word with 我, or 我 before it) */
  static const char *const RETRACT[] = {"我收回", "收回剛才", "收回刚才", "收回前面", "收回先前",
                                        "修正我的看法", "修正我剛才", "修正我刚才", "修正我之前",
                                        "修正我先前", "修正我原本", "修正一下我的看法", "改變看法", "改变看法",
                                        "改變了看法", "改变了看法", "改變我的看法", "改变我的看法",
                                        "改變了我的看法", "改变了我的看法", "改變主意", "改变主意",
                                        "改變了主意", "改变了主意", "我說錯了", "我说错了", "是我錯了",
                                        "是我错了", "被你說服了", "被你说服了", "被說服了", "被说服了",
                                        "改變我剛才", "改变我刚才", "改變剛才", "改变刚才", "修正剛才", "修正刚才",
                                        "收回我剛才", "收回我刚才", "改變我的說法", "改变我的说法", "我改口", NULL};
  /* the speaker's side committing to an act (我們會逐步退出, 我們的目標是降低
   * 對…的依賴): S_commits */
  static const char *const COMMIT[] = {"我們會", "我们会", "我們將", "我们将", "我們要", "我们要",
                                       "我們打算", "我们打算", "我們計畫", "我们计划", "我們計劃",
                                       "我們決定", "我们决定", "我們正在", "我们正在", "目標是", "目标是",
                                       "方向是", "我們致力", "我们致力", NULL};
  /* 寧可 A，也不要 B (S_prefers) */
  static const char *const PREFER[] = {"寧可", "宁可", "寧願", "宁愿", NULL};
  /* what is restricted flowing to whom it is kept from: what follows is
   * where to, not the verb's object (不該流到軍方手上) */
  static const char *const FLOW[] = {"流到", "流入", "流進", "流进", "落入", NULL};
  static const struct { int kind; const char *const *ws; int tag; } T[] = {
      {LC_CUE_RELAX, FLOW, LC_TAG_FLOW}, {LC_CUE_POLARITY, PREFER, LC_TAG_PREFER},
      {LC_CUE_NEUTRAL, RETRACT, LC_TAG_RETRACT}, {LC_CUE_POLARITY, COMMIT, LC_TAG_COMMIT},
      {LC_CUE_POLARITY, RATHER, LC_TAG_RATHER}, {LC_CUE_POLARITY, FEEL, LC_TAG_FEEL},
      {LC_CUE_POLARITY, SCORN, LC_TAG_SCORN},
      {LC_CUE_NEUTRAL, ELSE, LC_TAG_ELSE},  {LC_CUE_NEUTRAL, RIVAL, LC_TAG_RIVAL},
      {LC_CUE_NEUTRAL, PUSH, LC_TAG_PUSH},
      {LC_CUE_POLARITY, STAY, LC_TAG_STAY}, {LC_CUE_RESTRICT, TIGHT, LC_TAG_TIGHT},
      {LC_CUE_POLARITY, LAX, LC_TAG_LAX},   {LC_CUE_POLARITY, STRICT, LC_TAG_STRICT},
      {LC_CUE_NEUTRAL, BOTH, LC_TAG_BOTH},  {LC_CUE_NEUTRAL, DECLINE, LC_TAG_DECLINE},
      {LC_CUE_NEUTRAL, NO_VIEW, LC_TAG_NO_VIEW}, {LC_CUE_REPORT, COMMENT, LC_TAG_COMMENT},
      {LC_CUE_NEUTRAL, COMMENT, LC_TAG_COMMENT}};
  for (size_t k = 0; k < sizeof T / sizeof *T; k++)
    if (T[k].kind == kind)
      for (size_t i = 0; T[k].ws[i]; i++)
        if (T[k].ws[i][0] == t[0] && strlen(T[k].ws[i]) == n && memcmp(T[k].ws[i], t, n) == 0) return T[k].tag;
  return LC_TAG_NONE;
}

/* Does the sentence declare a view both ways (兩面刃, 有利也有弊, 一半肯定)?
 * The words are neutral cues, hiding the praise and blame inside them.  Not
 * when a later clause takes a side in the first person (關稅是雙面刃，…，我是
 * 不贊成啦): weighing both sides is then the way to the speaker's stance. */
static bool S_two_sided(const ctx *C, const hit *h, size_t nh) {
  const char *v = C->doc->view;
  size_t both = (size_t)-1;
  for (size_t q = 0; q < nh && both == (size_t)-1; q++)
    if (h[q].type == LC_PAY_CUE && h[q].tag == LC_TAG_BOTH) both = q;
  if (both == (size_t)-1) return false;
  for (size_t q = both + 1; q < nh; q++) {
    if (h[q].type != LC_PAY_CUE || h[q].kind != LC_CUE_POLARITY || h[q].s < h[both].e) continue;
    /* (a side verb, alone or closing the cue: 反對, 堅決反對, 舉雙手贊成) */
    if (h[q].e < h[q].s + 6 || S_word_at(v, h[q].e - 6, h[q].e, SIDE_VERB) != 6) continue;
    size_t cs = S_clause_start(C, h[q].s);
    if (cs > h[both].s && S_find_any(v, cs, h[q].s, (const char *const[]){"我", NULL}) < h[q].s) return false;
  }
  return true;
}

static int S_cmp_ev(const void *a, const void *b);

/* Does the sentence judge two aspects of one thing two ways in short
 * parallel clauses, with no contrast between them (方向對，做法錯; 短期有利，
 * 長期有害; 出發點很好，執行很差)?  Each of two clauses of at most ten
 * characters names an aspect before its judgements, all of one sign, at
 * least 1 in all, the signs opposite; the sentence names at most one
 * topic. */
static bool S_parallel_both(const ctx *C, const hit *h, size_t nh, size_t se) {
  static const char *const CONCEDE[] = {"雖然", "虽然", "儘管", "尽管", "只是", NULL},
                           *const ASPECT[] = {"方向", "做法", "作法", "出發點", "出发点", "初衷", "立意", "理念",
                                              "執行", "执行", "手段", "短期", "長期", "长期", "效果", "目標",
                                              "目标", "精神", "設計", "设计", "細節", "细节", NULL};
  const char *v = C->doc->view;
  const contrib *cb = C->contribs.items;
  size_t n = C->contribs.len;
  if (n < 2 || n > 4) return false;
  /* (a restriction or a relaxation may turn a clause's judgement of the
   * topic: 中國市場很重要，退出它是不智的) */
  if (C->kinds & (1u << LC_CUE_OTHERS | 1u << LC_CUE_REPORT)) return false;
  for (size_t i = 0; i < nh && (C->kinds & (1u << LC_CUE_RESTRICT | 1u << LC_CUE_RELAX)); i++) {
    if (h[i].type != LC_PAY_CUE || (h[i].kind != LC_CUE_RESTRICT && h[i].kind != LC_CUE_RELAX)) continue;
    bool inside = false; /* (管制 of 出口管制 is the topic's own word) */
    for (size_t j = 0; j < nh && !inside; j++)
      inside = h[j].type == LC_PAY_TOPIC && h[j].s <= h[i].s && h[i].e <= h[j].e;
    if (!inside) return false;
  }
  int topic = -1;
  for (size_t i = 0; i < nh; i++)
    if (h[i].type == LC_PAY_TOPIC && h[i].topic >= 0 && h[i].value > 0) {
      if (topic >= 0 && topic != h[i].topic) return false;
      topic = h[i].topic;
    }
  float pos = 0, neg = 0;
  size_t pc = (size_t)-1, nc = (size_t)-1;
  for (size_t i = 0; i < n; i++) {
    size_t c = cb[i].clause, e = S_clause_words_end(v, c, se);
    if (!S_within(v, c, e, 10) || S_find_any(v, c, h[cb[i].hit].e, ASPECT) >= h[cb[i].hit].e) return false;
    size_t *mine = cb[i].value > 0 ? &pc : &nc;
    if (*mine != (size_t)-1 && *mine != c) return false; /* one clause a side */
    *mine = c;
    if (cb[i].value > 0) pos += cb[i].value; else neg -= cb[i].value;
  }
  if (pc == (size_t)-1 || nc == (size_t)-1 || pc == nc || pos < 1 || neg < 1) return false;
  return S_find_any(v, C->sent_ss, se, TURN_WORDS) >= se && S_find_any(v, C->sent_ss, se, CONCEDE) >= se;
}

static acc *S_acc(ctx *C, int speaker, bool reported, int topic) {
  size_t need = ((size_t)speaker * 2 + 2) * (size_t)C->ntopics;
  if (need > C->acc_cap) { /* grow the index with the speakers */
    size_t cap = C->acc_cap ? C->acc_cap : 64;
    while (cap < need) cap *= 2;
    int32_t *t = realloc(C->acc_of, cap * sizeof *t);
    if (!t) return NULL;
    for (size_t i = C->acc_cap; i < cap; i++) t[i] = -1;
    C->acc_of = t;
    C->acc_cap = cap;
  }
  size_t k = ((size_t)speaker * 2 + (reported ? 1 : 0)) * (size_t)C->ntopics + (size_t)topic;
  if (C->acc_of[k] >= 0) return &LC_AT(C->accs, acc, C->acc_of[k]);
  acc *x = lc_vec_push(&C->accs);
  if (!x) return NULL;
  x->speaker = speaker;
  x->topic = topic;
  x->reported = reported;
  x->source = -1;
  x->weak = -1;
  x->evidence.size = sizeof(lc_evidence);
  C->acc_of[k] = (int32_t)C->accs.len - 1;
  return x;
}

static void S_ev_free(lc_evidence *e) {
  lc_vec_free(&e->cues);
  lc_vec_free(&e->terms);
}

/* dst = src for one topic's context: weight, orientation and term spans
 * (spans lists are kept without repeats by S_add_cue: a plain copy). */
static bool S_copy_topic(float *dw, int *dflip, lc_vec *dterms, float sw, int sflip,
                         const lc_vec *sterms) {
  *dw = sw;
  *dflip = sflip;
  return lc_vec_copy(dterms, sterms);
}

static bool S_emit(ctx *C, int speaker, int topic, int sentence, float score, bool reported,
                   const lc_vec *cues, const lc_vec *terms, int answers, bool agreement) {
  int tn = LC_AT(C->an->sentences, lc_sentence, sentence).turn;
  acc *a = S_acc(C, speaker, reported, topic);
  if (!a) return false;
  if (a->turn0 != tn + 1) { /* the sums before this turn */
    a->pos0 = a->pos;
    a->neg0 = a->neg;
    a->turn0 = tn + 1;
  }
  if (score > 0) a->pos += score; else a->neg -= score;
  if (reported) a->source = LC_AT(C->doc->turns, lc_turn, tn).speaker;
  lc_evidence e;
  memset(&e, 0, sizeof e);
  e.sentence = sentence;
  e.score = score;
  e.answers = answers;
  e.answers_turn = answers >= 0 ? LC_AT(C->an->sentences, lc_sentence, answers).turn : -1;
  e.agreement = agreement;
  lc_evidence *slot = NULL;
  e.cues.size = e.terms.size = sizeof(lc_cue_hit);
  if (answers >= 0 || a->plain < MAX_EVIDENCE) {
    slot = lc_vec_push(&a->evidence);
    if (!slot) return false;
    if (answers < 0) a->plain++;
  } else { /* full: replace the weakest if this one is better */
    lc_evidence *ev = a->evidence.items;
    if (a->weak < 0) { /* found again only after a replacement */
      for (size_t i = 0; i < a->evidence.len; i++)
        if (ev[i].answers < 0 && (a->weak < 0 || S_cmp_ev(&ev[i], &ev[a->weak]) > 0)) a->weak = (long)i;
    }
    if (a->weak < 0 || S_cmp_ev(&e, &ev[a->weak]) >= 0) return true;
    slot = &ev[a->weak];
    a->weak = -1;
    /* its lists' memory is taken over by the new one */
    e.cues = slot->cues;
    e.terms = slot->terms;
    e.terms.len = 0;
  }
  *slot = e;
  /* both lists are kept without repeats by S_add_cue: plain copies */
  return lc_vec_copy(&slot->cues, cues) && (!terms || lc_vec_copy(&slot->terms, terms));
}

/* Does the speaker take back a view of theirs in the sentence: a word for it
 * (LC_TAG_RETRACT) that holds 我 or has 我 before it in its clause (好啦，我
 * 收回; 我必須修正我的看法; 我後來改變了看法), not another's (他改口了)? */
static bool S_takes_back(const ctx *C, const hit *h, size_t nh) {
  static const char *const I[] = {"我", NULL};
  const char *v = C->doc->view;
  for (size_t i = 0; i < nh; i++) {
    if (h[i].type != LC_PAY_CUE || h[i].tag != LC_TAG_RETRACT || S_in_speech(C, h[i].s)) continue;
    size_t cs = S_clause_start(C, h[i].s);
    bool negated = false; /* (我不會改變看法, 我絕對不收回) */
    for (size_t j = 0; j < i && !negated; j++)
      negated = h[j].type == LC_PAY_CUE && h[j].kind == LC_CUE_NEGATOR && h[j].s >= cs && h[j].e <= h[i].s;
    if (negated) continue;
    /* 我 the word's subject: in it (我收回), or at most three characters
     * before it (我必須修正我的看法, 我後來改變了看法), not another's (他改口了,
     * 我覺得川普改變主意了) */
    if (lc_at(v, h[i].s, h[i].e, "我")) return true;
    size_t from = h[i].s;
    for (int n = 0; n < 4 && from > cs; n++) {
      from--;
      while (from > cs && ((unsigned char)v[from] & 0xC0) == 0x80) from--;
    }
    size_t at = S_find_any(v, from, h[i].s, I);
    if (at < h[i].s && !lc_at(v, at, h[i].s, "我們") && !lc_at(v, at, h[i].s, "我们")) return true;
  }
  return false;
}

/* A view taken back in turn ti, whose first sentence is first (我收回, 我
 * 必須修正我的看法): the speaker's own view of topic from the turns before
 * it no longer counts, its sums and its evidence; what this turn says of
 * the topic does.  Taken back again in the same turn, nothing more goes. */
static void S_retract(ctx *C, int speaker, int topic, size_t ti, int first) {
  size_t k = ((size_t)speaker * 2) * (size_t)C->ntopics + (size_t)topic;
  if (k >= C->acc_cap || C->acc_of[k] < 0) return;
  acc *a = &LC_AT(C->accs, acc, C->acc_of[k]);
  bool mine = a->turn0 == (int)ti + 1; /* sums before the turn kept apart */
  a->pos = mine ? a->pos - a->pos0 : 0;
  a->neg = mine ? a->neg - a->neg0 : 0;
  if (a->pos < 0) a->pos = 0;
  if (a->neg < 0) a->neg = 0;
  a->pos0 = a->neg0 = 0;
  a->turn0 = (int)ti + 1;
  lc_evidence *ev = a->evidence.items;
  size_t w = 0;
  a->plain = 0;
  for (size_t i = 0; i < a->evidence.len; i++) {
    if (ev[i].sentence < first) { S_ev_free(&ev[i]); continue; }
    a->plain += ev[i].answers < 0;
    ev[w++] = ev[i];
  }
  a->evidence.len = w;
  a->weak = -1;
}

/* Take back what S_emit counted of sentence's own judgement score on topic
 * for speaker: its sums and its evidence, when kept (a view a contrast
 * opening the next sentence turns: S_contrast_open). */
static bool S_unemit(ctx *C, int speaker, int topic, int sentence, float score) {
  acc *a = S_acc(C, speaker, false, topic);
  if (!a) return false;
  if (score > 0) a->pos -= score; else a->neg += score;
  if (a->pos < 0) a->pos = 0;
  if (a->neg < 0) a->neg = 0;
  lc_evidence *ev = a->evidence.items;
  for (size_t i = 0; i < a->evidence.len; i++) {
    if (ev[i].sentence != sentence || ev[i].answers >= 0) continue;
    S_ev_free(&ev[i]);
    memmove(ev + i, ev + i + 1, (a->evidence.len - i - 1) * sizeof *ev);
    a->evidence.len--;
    a->plain--;
    a->weak = -1;
    break;
  }
  return true;
}

/* Does the sentence at v[s..e) open with a contrast (可是, 但是, 不過, 然而)? */
static bool S_contrast_open(const char *v, size_t s, size_t e) {
  static const char *const ONLY[] = {"只不過", "只不过", NULL};
  while (s < e && (v[s] == ' ' || v[s] == '\n')) s++;
  return S_word_at(v, s, e, TURN_WORDS) > 0 || S_word_at(v, s, e, ONLY) > 0;
}

/* Does the clause from cs, which names no topic, have a subject of its own,
 * neither the speaker nor a word for part of what is judged?  Before its
 * first cue (h[x]'s or one before it), past the adverbs and modal verbs after
 * a subject (也, 只好, 應該): a word for people or an institution (政府, 業者,
 * 美國, 我們公司, 他們) or a name (川普, 白宮); past connectives (但, 所以),
 * 他 or 她.  Not the speaker (我, 我們, 我個人; nor 我們 last, made to act:
 * 等於叫我們…), a part of the topic (效果,
 * 做法), a clause that opens with a preposition or a causative (對業者, 讓企業:
 * the topic is what acts) nor one that refers to the topic (政府放棄它是錯的).
 * The words are of one and two characters (3 and 6 bytes), the cheap tests
 * first. */
static bool S_other_subject(const ctx *C, const hit *h, size_t nh, size_t x, size_t cs, size_t se) {
  static const char AFTER1[] = "應应要能會会也都就還还又才更仍已將将則则卻却倒並并得", AFTER2[] =
      "只好只能只得必須必须需要還是还是仍然依然已經已经一定正在將會将会可以總是总是一直始終始终同樣同样真的其實其实";
  static const char AGENT1[] = "者商府司員员們们國国界廠厂戶户人家方黨党院署業业", HE1[] = "他她";
  static const char LEAD1[] = "但而", LEAD2[] =
      "但是可是不過不过而且並且并且所以因此因為因为然後然后同時同时現在现在目前未來未来其實其实那麼那么";
  static const char ME1[] = "我咱", ME2[] = "我們我们咱們咱们個人个人本人我方本席大家", ME3[] = "我自己我個人我个人",
                    ME4[] = "我們自己我们自己";
  static const char NO_SUBJECT1[] = "讓让使令對对為为給给把將将被向跟和與与從从在由替靠用以",
                    NO_SUBJECT2[] = "導致导致造成害得搞得弄得";
  const char *v = C->doc->view;
  size_t p = h[x].s;
  for (size_t i = x; i-- > 0 && h[i].s >= cs;)
    if (h[i].type == LC_PAY_CUE) p = h[i].s;
  if (p - cs < 3) return false; /* most open with their cue (非常愚蠢) */
  size_t a = cs;
  while (p - a >= 3 && (p - a >= 6 && lc_in_set(v + p - 6, AFTER2, 6) ? (p -= 6)
                        : lc_in_set(v + p - 3, AFTER1, 3)         ? (p -= 3) : 0))
    ;
  if (p - a < 3) return false;
  bool agent = lc_in_set(v + p - 3, AGENT1, 3), he = !agent && lc_in_set(v + p - 3, HE1, 3);
  for (size_t i = 0; i < nh && h[i].s < p && !agent && !he; i++) /* a name */
    agent = h[i].type == LC_PAY_ALIAS && h[i].e == p && h[i].s >= a;
  if (!agent && !he) return false;
  /* the speaker, last (等於叫我們自斷手腳: the one made to act) */
  if (p - a >= 6 && lc_in_set(v + p - 6, ME2, 6)) return false;
  while (p - a >= 6 && (lc_in_set(v + a, LEAD2, 6) ? (a += 6) : lc_in_set(v + a, LEAD1, 3) ? (a += 3) : 0))
    ;
  size_t n = p - a;
  if (he ? n != 3 : (n == 3 && lc_in_set(v + a, ME1, 3)) || (n == 6 && lc_in_set(v + a, ME2, 6)) ||
                        (n == 9 && lc_in_set(v + a, ME3, 9)) || (n == 12 && lc_in_set(v + a, ME4, 12)))
    return false;
  if (lc_in_set(v + a, NO_SUBJECT1, 3) || (n >= 6 && lc_in_set(v + a, NO_SUBJECT2, 6))) return false;
  for (size_t i = p; i + 3 <= se && !S_is_break(v[i]); i++) /* 它 */
    if (memcmp(v + i, "它", 3) == 0) return false;
  return true;
}

/* Is the judgement h[x] a harm (損失, 威脅), as one of the meanings of its
 * word (S_means)? */
static bool S_harm(const hit *h, size_t nh, size_t x) { return S_means(h, nh, x, LC_CUE_HARM); }

/* Which clauses of a sentence that names a topic name one (contrib.named,
 * for S_topic_judgement).  A clause with a subject of its own that names
 * none (擴散規則不公平，政府應該積極爭取) judges its subject, not the topic of
 * another clause: its judgements are dropped from C->contribs, and their cues
 * from cues.  Not a harm, which says what the subject suffered (禁止出口，輝達
 * 損失了55億美元): the damage is done by what the sentence is about.  Returns
 * the sentence's judgement less the judgements dropped.  Kept out of
 * lc_analyse (whose inlined calls are at GCC's limit of growth: more there
 * pushes the per-sentence ones out). */
LC_NOINLINE static float S_clause_topics(ctx *C, const hit *h, size_t nh, size_t se, float judge,
                                         lc_vec *cues) {
  contrib *cb = C->contribs.items;
  size_t n = C->contribs.len, last = (size_t)-1;
  bool drop = false;
  if (!C->brk.len) { /* one clause, which names the topic */
    for (size_t i = 0; i < n; i++) cb[i].named = true;
    return judge;
  }
  bool named = false;
  int other = 0; /* the clause's subject is another's: 1, not: -1, not yet known: 0 */
  for (size_t i = 0; i < n; i++) {
    if (cb[i].clause != last) { /* the judgements of a clause come together */
      last = cb[i].clause;
      named = false;
      other = 0;
      for (int k = 0; k < C->ntopics && !named; k++)
        for (int q = 0; C->tw[k] > 0 && q < C->ntclause[k] && !named; q++)
          if (C->tclause[k][q].clause == last) {
            /* a clause whose verb governs a topic named elsewhere (政府不應該
             * 一味封閉) judges that topic, whatever its subject, but stays
             * free for the others */
            named = C->tclause[k][q].named;
            if (!named) other = -1;
          }
    }
    cb[i].named = named;
    if (named || S_harm(h, nh, cb[i].hit) ||
        (other ? other : (other = S_other_subject(C, h, nh, cb[i].hit, last, se) ? 1 : -1)) < 0)
      continue;
    cb[i].gone = drop = true;
  }
  return drop ? S_drop_contribs(C, judge, cues) : judge;
}

/* May a name stand at v[a..p) in the sentence from s: at its start or a
 * clause's, after a title, a conjunction, 在 (在X看來) or 據, and not
 * inside a known organisation's name (高通) nor right after another
 * character of a word (市場馬上認為, 官方鄭重認為)? */
static bool S_name_boundary(const ctx *C, const hit *h, size_t nh, size_t s, size_t a, size_t p) {
  static const char *const BEFORE[] = {"和", "與", "与", "及", "跟", "、", "在", "據", "据",
                                       "由", "前", NULL};
  const char *v = C->doc->view;
  for (size_t i = 0; i < nh; i++)
    if (h[i].type == LC_PAY_ALIAS && h[i].s < p && h[i].e > a &&
        LC_AT(C->lex->aliases, lc_alias, h[i].topic).kind == LC_ALIAS_ORG)
      return false;
  if (a == s) return true;
  size_t l;
  uint32_t c = lc_u8prev(v, a, &l);
  if (!lc_is_cjk(c)) return true; /* punctuation, a space, Latin */
  return lc_title_suffix(v, s, a) > 0 || S_strip_back(v, s, a, BEFORE) != a;
}


/* A person who holds the view reported at rv but does not speak in the
 * document (a news story on what 黃仁勳 thinks): a known person's alias
 * before the verb, or a name of two or three Chinese characters just before
 * it (past an adverb and a title: 李四也認為, 張忠謀教授表示) that begins with
 * a common surname and does not end like an organisation or a place (白宮,
 * 韓國, 金管會, 高層), and those joined to them (X和Y都認為).  Made speakers
 * with role mentioned, written to out; returns how many (C->oom on failure). */
/* A person's name in Latin letters before a verb of reporting at rv: one to
 * three words, each capitalised as written, that end at p (Daniel Ortiz認為)
 * or before 在/於 and the circumstance (Daniel Ortiz在受訪時說, at most 16
 * characters before the verb).  Its view span in *a..*b. */
static bool S_latin_name(const lc_doc *doc, size_t ss, size_t p, size_t rv, size_t *a, size_t *b) {
  const char *v = doc->view, *t = doc->text;
  bool found = false;
  for (size_t i = ss; i < rv;) {
    if (!(v[i] >= 'a' && v[i] <= 'z')) { i += lc_u8len((unsigned char)v[i]); continue; }
    size_t s = i, words = 1;
    while (i < rv && ((v[i] >= 'a' && v[i] <= 'z') || v[i] == ' ' || v[i] == '.' || v[i] == '-' || v[i] == '\''))
      words += v[i++] == ' ';
    size_t e = i;
    while (e > s && v[e - 1] == ' ') e--, words--;
    if (words > 3 || e - s < 3 || (s > ss && (unsigned char)v[s - 1] < 0x80)) continue;
    bool at = e == p || ((lc_at(v, e, rv, "在") || lc_at(v, e, rv, "於") || lc_at(v, e, rv, "于")) &&
                         S_within(v, e, rv, 16));
    if (!at) continue;
    bool caps = true; /* every word capitalised in the text */
    for (size_t k = s; k < e && caps; k++)
      if (k == s || v[k - 1] == ' ') {
        char c = t[lc_view_to_text(doc, k, false)];
        caps = c >= 'A' && c <= 'Z';
      }
    if (caps) { *a = s, *b = e, found = true; }
  }
  return found;
}

/* Is the verb of saying at v[s..e) part of a noun (法說會, 說明會, 小說, 演說,
 * 遊說), not a verb? */
static bool S_inside_noun(const ctx *C, size_t s, size_t e) {
  static const char BEFORE[] = "法演小遊游學学", AFTER[] = "會会";
  const char *v = C->doc->view;
  return (s >= 3 && lc_at(v, s, e, "說") && lc_in_set(v + s - 3, BEFORE, 3)) ||
         (s >= 3 && lc_at(v, s, e, "说") && lc_in_set(v + s - 3, BEFORE, 3)) ||
         (e + 3 <= C->doc->vlen && lc_in_set(v + e, AFTER, 3));
}

/* Where the words before a verb of reporting at p begin once a time and a
 * circumstance are set aside (王冠宇昨(12)日在法說會後受訪時直言, 李四今天
 * 在記者會上表示): a clause of 在/於 … 時/後/中/上 of at most 16 characters,
 * then a word of time (昨日, 昨(12)日, 今天, 日前, 稍早, 上週); p if none. */
static size_t S_strip_when(const char *v, size_t s, size_t p) {
  static const char *const AT[] = {"在", "於", "于", "接受", "出席", "參加", "参加", "受訪", "受访", NULL},
                           *const END[] = {"時", "时", "後", "后", "中", "上", NULL},
                           *const WHEN[] = {"昨日", "今日", "昨天", "今天", "日前", "稍早", "上週", "上周",
                                            "本週", "本周", "週一", "周一", "近日", "第一時間", "第一时间", "隨即",
                                            "随即", "隨後", "随后", "旋即", "當天", "当天", "昨", "今", NULL};
  size_t q = p;
  if (S_strip_back(v, s, q, END) != q) {
    /* back to the phrase's opening word; past 接受, 出席 to a 在 before them
     * (在阿布扎比出席論壇時) */
    bool verb = false;
    for (size_t k = q, n = 0, e = q; k > s && n <= 16; n++) {
      k--;
      while (k > s && ((unsigned char)v[k] & 0xC0) == 0x80) k--;
      size_t l = S_word_at(v, k, e, AT);
      if (!l) continue;
      if (verb && l != 3) continue;
      q = k;
      if (l == 3) break;
      verb = true;
    }
  }
  /* (12)日: a date in brackets after 昨 or 今 */
  if (q >= s + 3 && lc_at(v, q - 3, q, "日")) {
    size_t k = q - 3;
    if (k > s && v[k - 1] == ')') {
      size_t o = k - 1;
      while (o > s && v[o - 1] != '(' && k - o < 6) o--;
      if (o > s && v[o - 1] == '(') q = o - 1;
    }
  }
  return S_strip_back(v, s, q, WHEN);
}

/* The speaker named by a transliteration (喬安娜·費雪) that key[0..n) ends
 * (費雪), or -1: one of the few S_mentioned met. */
static int S_by_tail(const ctx *C, const char *key, size_t n) {
  for (size_t i = 0; i < C->ntranslit; i++) {
    const char *k = LC_AT(C->doc->speakers, lc_speaker, C->translit[i]).key;
    size_t kl = strlen(k);
    /* (the whole dot before the part, not the B7 that ends 德) */
    if (kl > n + 2 && memcmp(k + kl - n, key, n) == 0 && lc_dot_before(k, 0, kl - n)) return C->translit[i];
  }
  return -1;
}

/* Keep speaker id for S_by_tail when its name is transliterated (has a middle dot). */
static void S_note_translit(ctx *C, int id) {
  const char *k = LC_AT(C->doc->speakers, lc_speaker, id).key;
  bool dot = false;
  for (size_t e = 1; k[e - 1] && !dot; e++) dot = lc_dot_before(k, 0, e) > 0;
  for (size_t i = 0; i < C->ntranslit && dot; i++) dot = C->translit[i] != id;
  if (dot && C->ntranslit < sizeof C->translit / sizeof *C->translit) C->translit[C->ntranslit++] = id;
}

/* Where a transliterated name (喬安娜·費雪: characters, a middle dot, characters)
 * that ends at p begins, after any title before it (研究員喬安娜·費雪); 0 if none. */
static size_t S_translit_before(const char *v, size_t s, size_t p) {
  size_t k = p;
  for (int n = 0; n < 6 && k >= s + 3 && lc_is_cjk_lead((unsigned char)v[k - 3]); n++) k -= 3;
  size_t dl = k < p ? lc_dot_before(v, s, k) : 0;
  if (!dl) return 0;
  size_t a = k - dl, first = a;
  for (int n = 0; n < 5 && a >= s + 3 && lc_is_cjk_lead((unsigned char)v[a - 3]); n++) a -= 3;
  if (a == first) return 0;
  /* (not the title, the 的 or the word that joins before it: 研究員喬安娜,
   * 與會的約翰, 此外瑪蒂娜; a first part longer than four characters keeps
   * its last three) */
  static const char *const JOIN[] = {"此外", "另外", "同時", "同时", "據悉", "据悉", "的", "並", "并", "而",
                                     "則", "则", "也", "和", "與", "与", "及", NULL};
  for (size_t j = a + 3; j < first; j += 3)
    if (lc_title_suffix(v, s, j) || S_strip_back(v, a, j, JOIN) != j) a = j;
  if (first - a > 12) a = first - 9;
  return a;
}

static size_t S_mentioned(ctx *C, const lc_sentence *se, const hit *h, size_t nh, size_t rv,
                          int *out, size_t max) {
  static const char *const ADV[] = {"同樣", "同样", "一直", "向來", "向来", "早就", "曾經", "曾经",
                                    "也", "都", "則", "则", "亦", "還", "还", "就", "更", "曾",
                                    "僅", "仅", "只", "並", "并", "另", NULL};
  static const char *const COUNTRY_END[] = {"國", "国", NULL};
  static const char *const NOT_NAME_END[] = {
      "盟", "宮", "宫", "會", "会", "層", "层", "方", "府", "部", "院", "局", "署", "黨",
      "党", "界", "市", "省", "州", "區", "区", "們", "们", "業", "业", "司", "廠", "厂", "校",
      "軍", "军", "家", "人", "者", "商", "行", "所", "處", "处", "度", "面",
      /* words, not names: 任何, 許多, 高些, 方面 */
      "何", "多", "些", "般", "種", "种", "樣", "样", "位", NULL};
  static const char *const AND[] = {"和", "與", "与", "及", "跟", "、", NULL};
  lc_doc *doc = C->doc;
  const char *v = doc->view;
  size_t n = 0, nc = 0, p = S_strip_back(v, se->start, S_strip_when(v, se->start, rv), ADV);
  /* the people just before the verb, joined by 和, 與, 、 (X和Y都認為),
   * found from the verb back, made speakers in reading order */
  struct { size_t a, b; const lc_alias *al; int id; } cand[8];
  while (nc < max && nc < 8) {
    size_t tend = p, tl = lc_title_suffix(v, se->start, p);
    p -= tl;
    if (tl && p - se->start >= 3 && memcmp(v + p - 3, "前", 3) == 0) p -= 3; /* 前部長 */
    bool found = false;
    for (size_t i = 0; i < nh && !found; i++) { /* a known person */
      if (h[i].type != LC_PAY_ALIAS || h[i].e != p) continue;
      const lc_alias *al = &LC_AT(C->lex->aliases, lc_alias, h[i].topic);
      if (al->kind != LC_ALIAS_PERSON) continue;
      cand[nc].a = h[i].s, cand[nc].b = h[i].e, cand[nc].id = -1, cand[nc++].al = al;
      found = true;
    }
    size_t ta = found ? 0 : S_translit_before(v, se->start, p);
    if (ta) { /* a name transliterated (研究員喬安娜·費雪表示) */
      cand[nc].a = ta, cand[nc].b = p, cand[nc].id = -1, cand[nc++].al = NULL;
      found = true;
    }
    for (size_t chars = 3; !found && chars >= 2; chars--) { /* a name */
      if (p < se->start + 3 * chars) continue;
      size_t a = p - 3 * chars;
      bool ok = true;
      for (size_t k = a; k < p && ok; k += 3) {
        size_t l;
        uint32_t c = lc_u8dec((const unsigned char *)v + k, &l);
        ok = l == 3 && lc_is_cjk(c);
      }
      int tail = ok ? S_by_tail(C, v + a, p - a) : -1; /* 費雪, after 喬安娜·費雪 */
      if (tail >= 0 && S_name_boundary(C, h, nh, se->start, a, p)) {
        cand[nc].a = a, cand[nc].b = p, cand[nc].id = tail, cand[nc++].al = NULL;
        found = true;
        continue;
      }
      size_t sl = ok ? lc_surname_len(v, a, p) : 0;
      /* (or, after a title, a name of no common surname, a foreign one:
       * 副部長諾瓦克認為, 研究員施密特表示) */
      if (ok && !sl && chars == 3 && lc_title_suffix(v, se->start, a) && !lc_title_suffix(v, a, p)) sl = 3;
      if (!sl || sl >= p - a || S_strip_back(v, a, p, NOT_NAME_END) != p) continue;
      if (chars == 2 && S_strip_back(v, a, p, COUNTRY_END) != p) continue; /* 韓國; 王建國 is a name */
      if (!S_name_boundary(C, h, nh, se->start, a, p)) continue;
      cand[nc].a = a, cand[nc].b = p, cand[nc].id = -1, cand[nc++].al = NULL;
      found = true;
    }
    /* a surname and the title: 王部長表示, 李前部長認為 */
    if (!found && tl && p >= se->start + 3 && lc_surname_len(v, p - 3, p) == 3 &&
        S_name_boundary(C, h, nh, se->start, p - 3, p)) {
      cand[nc].a = p - 3, cand[nc].b = tend, cand[nc].id = -1, cand[nc++].al = NULL;
      found = true;
    }
    if (!found) break;
    size_t from = cand[nc - 1].a, q = S_strip_back(v, se->start, from, AND);
    if (q == from) break;
    p = q;
  }
  while (nc-- > 0) {
    const lc_alias *al = cand[nc].al;
    int id = cand[nc].id >= 0 ? cand[nc].id : al ? lc_speaker_mentioned(doc, al->canon_key, strlen(al->canon_key), al->canon,
                                       cand[nc].a, cand[nc].b)
                : lc_speaker_mentioned(doc, v + cand[nc].a, cand[nc].b - cand[nc].a, NULL,
                                       cand[nc].a, cand[nc].b);
    if (id < 0) { C->oom = true; return n; }
    S_note_translit(C, id);
    bool dup = false;
    for (size_t k = 0; k < n; k++) dup |= out[k] == id;
    if (!dup) out[n++] = id;
  }
  if (n) return n;
  size_t la, lb; /* a name in Latin letters (智庫學者Daniel Ortiz在受訪時說) */
  if (S_latin_name(doc, se->start, p, rv, &la, &lb)) {
    int id = lc_speaker_mentioned(doc, v + la, lb - la, NULL, la, lb);
    if (id < 0) { C->oom = true; return n; }
    out[n++] = id;
    return n;
  }
  for (size_t i = 0; i < nh && n < max; i++) { /* a known person further back (X日前在台北表示) */
    if (h[i].type != LC_PAY_ALIAS || h[i].e > rv || !S_within(v, h[i].e, rv, 16)) continue;
    const lc_alias *a = &LC_AT(C->lex->aliases, lc_alias, h[i].topic);
    if (a->kind != LC_ALIAS_PERSON) continue;
    int id = lc_speaker_mentioned(doc, a->canon_key, strlen(a->canon_key), a->canon, h[i].s, h[i].e);
    if (id < 0) { C->oom = true; return n; }
    out[n++] = id;
    break;
  }
  return n;
}

/* Speakers named as the agent of a report in narration: 「X認為」, 「在X看來」,
 * 「X和Y都認為」.  Returns how many were written to out. */
/* Is the subject of the verb of reporting at rv a pronoun for a person (他
 *表示, 她也認為, 他們則指出)? */
static bool S_pronoun_reports(const ctx *C, size_t rv) {
  static const char *const HE[] = {"他們", "他们", "她們", "她们", "他", "她", NULL};
  const char *v = C->doc->view;
  size_t cs = S_clause_start(C, rv);
  while (cs < rv && v[cs] == ' ') cs++;
  size_t l = S_word_at(v, cs, rv, HE);
  if (!l) return false;
  if (S_within(v, cs + l, rv, 3)) return true;
  /* where or when, between (他在電話訪問中指出, 她於記者會上表示) */
  static const char *const AT[] = {"在", "於", "于", "接受", "出席", "參加", "参加", "受訪", "受访", NULL}, *const END[] = {"中", "時", "时", "上", "裡",
                                                                        "里", "後", "后", "前", NULL};
  size_t q = cs + l;
  while (q < rv && (v[q] == ' ' || lc_at(v, q, rv, "也") || lc_at(v, q, rv, "則") || lc_at(v, q, rv, "则")))
    q += v[q] == ' ' ? 1 : 3;
  if (!S_word_at(v, q, rv, AT) || !S_within(v, q, rv, 14)) return false;
  for (size_t k = q + 3; k < rv; k += lc_u8len((unsigned char)v[k]))
    if (S_word_at(v, k, rv, END) && S_within(v, k + 3, rv, 3)) return true;
  return false;
}

/* Add id to the set more[0..*n) of 64 at most, once. */
static void S_add_id(int *more, size_t *n, int id) {
  for (size_t k = 0; k < *n; k++)
    if (more[k] == id) return;
  if (*n < 64) more[(*n)++] = id;
}

static int S_cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static size_t S_agents(ctx *C, const lc_sentence *se, const hit *h, size_t nh, int *out,
                       size_t max) {
  lc_doc *doc = C->doc;
  const char *v = doc->view;
  size_t n = 0;
  /* the first report verb */
  size_t rv = (size_t)-1;
  for (size_t i = 0; i < nh; i++)
    if (h[i].type == LC_PAY_CUE && h[i].kind == LC_CUE_REPORT && !S_inside_noun(C, h[i].s, h[i].e)) {
      rv = h[i].s;
      break;
    }
  C->report_seen = rv != (size_t)-1;
  C->report_at = rv;
  if (rv == (size_t)-1) return 0;
  /* names before it: speakers' keys and alias mentions; the document's own
   * speakers one by one (their label forms too), those mentioned in
   * narration, who may be thousands, looked up by the words before the verb */
  size_t own = doc->speakers.len < C->nsp0 ? doc->speakers.len : C->nsp0;
  for (size_t si = 0; si < own && n < max; si++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, si);
    if (sp->narrator) continue;
    bool found = false;
    size_t kl = strlen(sp->key);
    for (size_t i = se->start; i + kl <= rv && !found; i++)
      if (v[i] == sp->key[0] && memcmp(v + i, sp->key, kl) == 0 && S_within(v, i + kl, rv, 16))
        found = true;
    for (size_t j = 0; j < sp->keys.len && !found; j++) { /* label forms */
      const char *lk = LC_AT(sp->keys, char *, j);
      size_t ll = strlen(lk);
      for (size_t i = se->start; ll && i + ll <= rv && !found; i++)
        if (v[i] == lk[0] && memcmp(v + i, lk, ll) == 0 && S_within(v, i + ll, rv, 16)) found = true;
    }
    for (size_t i = 0; i < nh && !found; i++) { /* an alias of this speaker */
      if (h[i].type != LC_PAY_ALIAS || h[i].e > rv || !S_within(v, h[i].e, rv, 16)) continue;
      const lc_alias *a = &LC_AT(C->lex->aliases, lc_alias, h[i].topic);
      if (strcmp(a->canon_key, sp->key) == 0) found = true;
    }
    if (found) out[n++] = (int)si;
  }
  if (n < max && doc->speakers.len > own) {
    for (; C->mkey_seen < doc->speakers.len; C->mkey_seen++) { /* the lengths their keys have */
      size_t kl = strlen(LC_AT(doc->speakers, lc_speaker, C->mkey_seen).key);
      if (kl > 0 && kl < 128) C->mkey_lens[kl >> 6] |= (uint64_t)1 << (kl & 63);
      else if (kl && C->nmkey_long < sizeof C->mkey_long / sizeof *C->mkey_long)
        C->mkey_long[C->nmkey_long++] = (int)C->mkey_seen;
    }
    int more[64];
    size_t nm = 0;
    /* a key that ends at most 16 characters before the verb, of a length
     * some key has */
    for (size_t e = rv; e > se->start && S_within(v, e, rv, 16);) {
      for (int w = 0; w < 2; w++)
        for (uint64_t m = C->mkey_lens[w]; m; m &= m - 1) {
          size_t L = (size_t)w * 64 + (size_t)__builtin_ctzll(m);
          if (L > e - se->start) continue;
          size_t i = e - L;
          if (((unsigned char)v[i] & 0xC0) == 0x80) continue;
          int id = lc_speaker_find(doc, v + i, L);
          if (id >= (int)own && !LC_AT(doc->speakers, lc_speaker, id).narrator) S_add_id(more, &nm, id);
        }
      e--;
      while (e > se->start && ((unsigned char)v[e] & 0xC0) == 0x80) e--;
    }
    for (size_t q = 0; q < C->nmkey_long; q++) { /* (the few longer keys, one by one) */
      const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, C->mkey_long[q]);
      size_t kl = strlen(sp->key);
      bool found = false;
      for (size_t i = se->start; i + kl <= rv && !found; i++)
        if (v[i] == sp->key[0] && memcmp(v + i, sp->key, kl) == 0 && S_within(v, i + kl, rv, 16)) found = true;
      if (found && !sp->narrator) S_add_id(more, &nm, C->mkey_long[q]);
    }
    for (size_t i = 0; i < nh; i++) { /* an alias of such a speaker */
      if (h[i].type != LC_PAY_ALIAS || h[i].e > rv || !S_within(v, h[i].e, rv, 16)) continue;
      const lc_alias *a = &LC_AT(C->lex->aliases, lc_alias, h[i].topic);
      int id = lc_speaker_find(doc, a->canon_key, strlen(a->canon_key));
      if (id >= (int)own && !LC_AT(doc->speakers, lc_speaker, id).narrator) S_add_id(more, &nm, id);
    }
    qsort(more, nm, sizeof *more, S_cmp_int);
    for (size_t i = 0; i < nm && n < max; i++) out[n++] = more[i];
  }
  if (n == 0) n = S_mentioned(C, se, h, nh, rv, out, max); /* people who do not speak here */
  return n;
}

/* Words that go on with a subject just named (S_subject_person), and an
 * opening bracket (the view's are ASCII) */
static const char *const SUBJECT_NEXT[] = {"則", "则", "也", "的", "對", "对", "在", "替", "更", "卻", "却",
                                           "還", "还", "並", "并", "曾", "一向", NULL};

/* Where the first of them is in v[a..b), or b. */
static size_t S_next_after_subject(const ctx *C, size_t a, size_t b) {
  const char *v = C->doc->view;
  size_t w = S_find_masked(v, a, b, SUBJECT_NEXT, C->next_second);
  const char *br = memchr(v + a, '(', w - a);
  return br ? (size_t)(br - v) : w;
}

/* Does the sentence open with a pronoun for a person as its subject (她批評…,
 * 他也提到…)? */
static bool S_pronoun_opens(const ctx *C, const lc_sentence *se) {
  static const char *const HE[] = {"他", "她", NULL}, *const NOT[] = {"們", "们", "人", "的", NULL};
  const char *v = C->doc->view;
  size_t p = se->start;
  while (p < se->end && v[p] == ' ') p++;
  size_t l = S_word_at(v, p, se->end, HE);
  return l && !S_word_at(v, p + l, se->end, NOT);
}

/* The person a sentence of narration with no verb of reporting names as
 * its subject, whom a pronoun that reports next refers to (…理事邱美華則把
 * 焦點放在市場。她表示，…  …研究員葛瑞德（Gregory Grant）的看法截然不同。
 * 他在受訪時表示，…): a speaker of the document, or a name of two or three
 * Chinese characters that begins with a common surname and follows a title,
 * either one followed by a word that goes on with its subject (則, 也, 的,
 * an opening bracket), or a speaker who opens a clause.  The last one named,
 * its span in *sa..*sb; false if none.  The speaker is made only when a
 * pronoun refers to it (lc_analyse). */
static bool S_subject_person(const ctx *C, const lc_sentence *se, size_t *sa, size_t *sb) {
  const lc_doc *doc = C->doc;
  const char *v = doc->view;
  bool found = false;
  /* a speaker's key or a name of two to four CJK characters ending at p */
  for (size_t p = S_next_after_subject(C, se->start, se->end); p < se->end;
       p = S_next_after_subject(C, p + lc_u8len((unsigned char)v[p]), se->end)) {
    for (size_t kl = 12; kl >= 6; kl -= 3) { /* one the document has (at most four characters) */
      if (p - se->start < kl || lc_speaker_find(doc, v + p - kl, kl) < 0) continue;
      *sa = p - kl, *sb = p, found = true;
      break;
    }
    if (found && *sb == p) continue;
    size_t ta = S_translit_before(v, se->start, p); /* (研究員喬安娜·費雪（…）) */
    if (ta && lc_title_suffix(v, se->start, ta)) {
      *sa = ta, *sb = p, found = true;
      continue;
    }
    for (size_t chars = 3; chars >= 2; chars--) { /* a name after a title */
      if (p < se->start + 3 * chars) continue;
      size_t a = p - 3 * chars, sl = lc_surname_len(v, a, p);
      bool cjk = true;
      for (size_t k = a; k < p && cjk; k += 3) {
        size_t l;
        cjk = lc_is_cjk(lc_u8dec((const unsigned char *)v + k, &l)) && l == 3;
      }
      if (!cjk || !sl || sl >= p - a || !lc_title_suffix(v, se->start, a)) continue;
      *sa = a, *sb = p, found = true;
      break;
    }
  }
  /* or a speaker of the document who opens a clause, whatever follows
   * (談到關稅，王冠宇語氣明顯轉硬。) */
  for (size_t c = se->start; c < se->end;) {
    size_t q = c;
    while (q < se->end && v[q] == ' ') q++;
    for (size_t kl = 12; kl >= 6; kl -= 3)
      if (q + kl <= se->end && (lc_speaker_find(doc, v + q, kl) >= 0 || S_by_tail(C, v + q, kl) >= 0) &&
          (!found || q + kl >= *sb)) {
        *sa = q, *sb = q + kl, found = true;
        break;
      }
    while (c < se->end && !S_is_break(v[c])) c++; /* the next clause */
    if (c < se->end) c++;
  }
  return found;
}

static int S_cmp_ev(const void *a, const void *b) {
  const lc_evidence *x = a, *y = b;
  float ax = fabsf(x->score), ay = fabsf(y->score);
  if (ax != ay) return ax > ay ? -1 : 1;
  return (x->sentence > y->sentence) - (x->sentence < y->sentence);
}

/* Group evidence into positions, in a deterministic order. */
static int S_cmp_acc(const void *a, const void *b) {
  const acc *x = a, *y = b;
  if (x->speaker != y->speaker) return x->speaker < y->speaker ? -1 : 1;
  if (x->reported != y->reported) return x->reported ? 1 : -1;
  return (x->topic > y->topic) - (x->topic < y->topic);
}

/* Positions in a fixed order: by speaker, own before reported, topic. */
static bool S_positions(ctx *C) {
  lc_analysis *an = C->an;
  if (C->accs.len > 1) qsort(C->accs.items, C->accs.len, sizeof(acc), S_cmp_acc);
  for (size_t i = 0; i < C->accs.len; i++) {
    acc *a = &LC_AT(C->accs, acc, i);
    if (!a->evidence.len) continue; /* a view taken back, none said after */
    lc_position *p = lc_vec_push(&an->positions);
    if (!p) return false;
    p->speaker = a->speaker;
    p->topic = a->topic;
    p->reported = a->reported;
    p->source_speaker = a->reported ? a->source : -1;
    p->score = a->pos - a->neg;
    float hi = a->pos > a->neg ? a->pos : a->neg, lo = a->pos > a->neg ? a->neg : a->pos;
    if (lo >= 0.5f && lo >= 0.5f * hi) p->stance = LC_STANCE_MIXED;
    else if (p->score > MIN_SCORE) p->stance = LC_STANCE_SUPPORT;
    else if (p->score < -MIN_SCORE) p->stance = LC_STANCE_OPPOSE;
    else p->stance = LC_STANCE_NEUTRAL;
    p->evidence = a->evidence; /* moved */
    a->evidence.items = NULL;
    a->evidence.len = a->evidence.cap = 0;
    if (p->evidence.len > 1)
      qsort(p->evidence.items, p->evidence.len, sizeof(lc_evidence), S_cmp_ev);
  }
  return true;
}

/* People mentioned in narration (speakers from nsp0 on) stay only when a
 * view of theirs was found; positions follow their new indices. */
static bool S_drop_silent(ctx *C, size_t nsp0) {
  lc_doc *doc = C->doc;
  size_t n = doc->speakers.len - nsp0;
  if (!n) return true;
  bool *keep = calloc(n, sizeof *keep);
  int *map = malloc(n * sizeof *map);
  bool ok = keep && map;
  lc_vec *ps = &C->an->positions;
  for (size_t i = 0; ok && i < ps->len; i++) {
    int s = LC_AT(*ps, lc_position, i).speaker;
    if (s >= (int)nsp0) keep[s - (int)nsp0] = true;
  }
  ok = ok && lc_speakers_drop(doc, nsp0, keep, map);
  for (size_t i = 0; ok && i < ps->len; i++) {
    lc_position *p = &LC_AT(*ps, lc_position, i);
    if (p->speaker >= (int)nsp0) p->speaker = map[p->speaker - (int)nsp0];
  }
  free(keep);
  free(map);
  return ok;
}

bool lc_split_sentences(lc_analysis *an, const lc_doc *doc, int turn);
bool lc_find_claims(lc_analysis *an, const lc_doc *doc);
bool lc_summarise(lc_analysis *an, const lc_doc *doc);

/* The length of the first of ws that stands at v[i..e), or 0. */
static size_t S_word_at(const char *v, size_t i, size_t e, const char *const *ws) {
  for (size_t k = 0; ws[k]; k++)
    if (lc_at(v, i, e, ws[k])) return strlen(ws[k]);
  return 0;
}

/* One place in a short phrase: the words that may stand there (longer
 * ones first), and whether it may stay empty; a phrase ends with ws NULL. */
typedef struct slot {
  const char *const *ws;
  bool optional;
} slot;

/* Where the first of the phrases ps that stands at v[i..e) ends (with
 * end: the one that ends there), or (size_t)-1. */
static size_t S_phrase(const char *v, size_t i, size_t e, const slot *const *ps, size_t end) {
  for (; *ps; ps++) {
    size_t p = i;
    for (const slot *sl = *ps; sl->ws && p != (size_t)-1; sl++) {
      size_t l = p < e ? S_word_at(v, p, e, sl->ws) : 0;
      if (!l && sl->optional)
        while (sl[1].ws == sl->ws) sl++; /* nor will the same words after it */
      p = l || sl->optional ? p + l : (size_t)-1;
    }
    if (p != (size_t)-1 && (end == (size_t)-1 || p == end)) return p;
  }
  return (size_t)-1;
}

/* The one spoken to (你, 您): praised for what was said (您說得很對) or the
 * owner of the view agreed with (我同意您的看法). */
static const char *const ADDRESSEE[] = {"您們", "您们", "你們", "你们", "您", "你", "妳", NULL};
static const char *const JUST_NOW[] = {"剛才", "刚才", "剛剛", "刚刚", NULL};

/* A lead that names whom the speaker sides with (我跟郭教授的看法一致, 我和阿傑
 * 站在一起, 我跟部長難得意見一致): 我 or 我們, 跟 / 和 / 與 / 同, a name of one
 * to six characters, then up to the cue only 的 + a word for a view and
 * adverbs.  Returns the name's end and sets *ns to its start, or 0. */
static size_t S_with_name(const char *v, size_t a, size_t b, size_t *ns) {
  static const char *const WE[] = {"我們", "我们", "我", NULL};
  static const char *const WITH[] = {"跟", "和", "與", "与", "同", NULL};
  static const char *const VIEW[] = {"的看法", "的意見", "的意见", "的立場", "的立场", "的想法",
                                     "的觀點", "的观点", "的", NULL}; /* 的 when the cue is 看法一致 */
  static const char *const ADV[] = {"難得", "难得", "也", "都", "很", "完全", "還是", "还是", NULL};
  size_t q = a + S_word_at(v, a, b, WE);
  if (q == a) return 0;
  size_t w = S_word_at(v, q, b, WITH);
  if (!w) return 0;
  q += w;
  size_t start = q;
  for (int n = 1; n <= 6 && q + 3 <= b; n++) {
    if (!lc_is_cjk_lead((unsigned char)v[q]) && !((v[q] >= 'a' && v[q] <= 'z'))) return 0;
    q += lc_u8len((unsigned char)v[q]);
    if (n < 2 && (unsigned char)v[start] >= 0x80) continue; /* a CJK name: two characters at least */
    size_t r = q + S_word_at(v, q, b, VIEW);
    for (int k = 0, l; k < 2 && (l = (int)S_word_at(v, r, b, ADV)) > 0; k++) r += (size_t)l;
    if (r == b) { *ns = start; return q; }
  }
  return 0;
}

/* Is v[a..b) the speaker and an adverb before a reply that stands alone
 * (我也同意。 我並不同意。 我們不太同意。 我很認同…), or the one spoken to
 * and how they said it (您說得很對。 你剛才講得完全正確。)? */
static bool S_reply_lead(const char *v, size_t a, size_t b) {
  static const char *const WE[] = {"我們", "我们", "我", NULL};
  static const char *const ADV[] = {"也", "並", "并", "還", "还", "倒", "真", "都", "就", "是",
                                    "很", "完全", "非常", "十分", NULL};
  static const char *const SAID[] = {"說得", "说得", "講得", "讲得", "說的", "说的", "講的",
                                     "讲的", NULL};
  static const char *const DEGREE[] = {"很", "真", "太", "也", "都", "完全", "非常", "十分",
                                       "確實", "确实", "實在", "实在", NULL};
  static const slot I_SAY[] = {{WE, false}, {ADV, true}, {ADV, true}, {NULL, false}};
  static const slot YOU_SAID[] = {{ADDRESSEE, false}, {JUST_NOW, true}, {SAID, false},
                                  {DEGREE, true}, {DEGREE, true}, {NULL, false}};
  /* the one whose view was relayed: 他說得沒錯 answering 黃仁勳說… */
  static const char *const THIRD[] = {"他", "她", NULL};
  static const slot THEY_SAID[] = {{THIRD, false}, {SAID, true}, {DEGREE, true}, {DEGREE, true},
                                   {NULL, false}};
  static const slot *const LEADS[] = {I_SAY, YOU_SAID, THEY_SAID, NULL};
  /* most leads are none: a lead begins with 我, 你, 您, 妳, 他 or 她, whose
   * second bytes are 88, BD, 82, A6, BB and A5 (v[a + 1] is readable: the
   * view ends in NUL) */
  unsigned char b1 = (unsigned char)v[a + 1];
  if (b1 != 0x88 && b1 != 0xBD && b1 != 0x82 && b1 != 0xA6 && b1 != 0xBB && b1 != 0xA5) return false;
  return S_phrase(v, a, b, LEADS, b) == b;
}

/* Does a name of two to six characters from q end its clause (我附議吳教授。)?
 * Its end, or 0. */
static size_t S_bare_name(const char *v, size_t q, size_t se) {
  for (size_t n = 1, e = q + 3; n <= 6 && e <= se && lc_is_cjk_lead((unsigned char)v[e - 3]); n++, e += 3)
    if (n >= 2 && S_clause_ends(v, e, se)) return e;
  return 0;
}

/* Does v[a..) open with a name or a title of two to six characters and how
 * they said it, before a reply at b (吳教授說得對, 王委員剛才講的沒錯)?
 * The name's end, or 0.  Whose it is, S_named_turn finds. */
static size_t S_name_said(const char *v, size_t a, size_t b, size_t se) {
  static const char *const SAID[] = {"說得", "说得", "講得", "讲得", "說的", "说的", "講的",
                                     "讲的", NULL};
  static const char *const DEGREE[] = {"很", "真", "太", "也", "都", "完全", "非常", "十分",
                                       "確實", "确实", "實在", "实在", NULL};
  static const slot SAID_HOW[] = {{JUST_NOW, true}, {SAID, false}, {DEGREE, true}, {DEGREE, true},
                                  {NULL, false}};
  static const slot *const HOW[] = {SAID_HOW, NULL};
  for (size_t n = 1, q = a + 3; n <= 6 && q <= b && lc_is_cjk_lead((unsigned char)v[q - 3]); n++, q += 3) {
    if (n < 2) continue;
    if (q == b ? S_word_at(v, b, se, SAID) > 0 : S_phrase(v, q, b, HOW, b) == b) return q;
  }
  /* or a Latin name (the view is case-folded: michael說得對) */
  size_t q = a;
  while (q < b && q - a < 24 && ((v[q] >= 'a' && v[q] <= 'z') || (q > a && (v[q] == ' ' || v[q] == '.' || v[q] == '-'))))
    q++;
  while (q > a && v[q - 1] == ' ') q--;
  if (q - a >= 2 && (v[q - 1] >= 'a' && v[q - 1] <= 'z') &&
      (q == b ? S_word_at(v, b, se, SAID) > 0 : S_phrase(v, q, b, HOW, b) == b))
    return q;
  return 0;
}

/* What stands between the owner of a view and the view (您的看法, 你剛才說的),
 * and the words for a view (S_reply_object). */
static const char *const REPLY_OF[] = {"所說的", "所说的", "說的", "说的", "講的", "讲的", "提的",
                                       "的", NULL};
static const char *const REPLY_VIEW[] = {"看法", "說法", "说法", "觀點", "观点", "意見", "意见",
                                         "見解", "见解", "論點", "论点", "講法", "讲法", "想法",
                                         "分析", "判斷", "判断", "評估", "评估", "觀察", "观察",
                                         "結論", "结论", "立場", "立场", "點", "点", NULL};

/* Is v[i..e) a person's view (孫策略長的看法, 王教授剛才的分析: two to six
 * characters of name and title, then 的 and a word for a view)?  Its end,
 * the name's end in *ne; or -1. */
static size_t S_named_view(const char *v, size_t i, size_t e, size_t *ne) {
  static const slot NAMED_VIEW[] = {{REPLY_OF, false}, {REPLY_VIEW, false}, {NULL, false}};
  static const slot *const NAMED[] = {NAMED_VIEW, NULL};
  for (size_t n = 0, q = i; n < 6 && q + 3 <= e && lc_is_cjk_lead((unsigned char)v[q]) &&
                            !lc_at(v, q, e, "的");
       n++) {
    q += 3;
    size_t p = n >= 1 ? S_phrase(v, q, e, NAMED, (size_t)-1) : (size_t)-1;
    if (p != (size_t)-1) { *ne = q; return p; }
  }
  return (size_t)-1;
}

/* If what follows a reply cue at v[i..e) is the view it answers (您的看法,
 * 你剛才說的, 這個觀點, 這種說法, 這一點) and the clause ends there, the
 * object's end; else i. */
static size_t S_reply_object(const char *v, size_t i, size_t e) {
  static const char *const THIS[] = {"這樣的", "这样的", "這個", "这个", "這種", "这种", "這一",
                                     "这一", "那個", "那个", "那種", "那种", "這", "这", "那",
                                     "此", NULL};
  static const slot YOURS[] = {{ADDRESSEE, false}, {JUST_NOW, true}, {REPLY_OF, false}, {REPLY_VIEW, true},
                               {NULL, false}}; /* 您的看法, 你剛才說的 */
  static const slot THIS_VIEW[] = {{THIS, false}, {REPLY_VIEW, false}, {NULL, false}}; /* 這個觀點 */
  static const slot *const OBJECTS[] = {YOURS, THIS_VIEW, NULL};
  size_t p = S_phrase(v, i, e, OBJECTS, (size_t)-1), ne;
  if (p == (size_t)-1) p = S_named_view(v, i, e, &ne); /* or a person's */
  return p != (size_t)-1 && S_clause_ends(v, p, e) ? p : i;
}

/* Does h[0..hn) hold n[0..nn)? */
static bool S_holds(const char *h, size_t hn, const char *n, size_t nn) {
  for (size_t i = 0; nn && i + nn <= hn; i++)
    if (memcmp(h + i, n, nn) == 0) return true;
  return false;
}

/* The turn after the last one, within twelve before turn ti, by the
 * speaker whose view ti's reply names after its cue (which ends at ce:
 * 我同意李小姐的看法 names 李美玲, whose name or label begins with 李 or
 * holds 李小姐); ti when it names none, or no one found. */
static size_t S_named_turn(const ctx *C, size_t ti, size_t ce, bool *named) {
  const lc_doc *doc = C->doc;
  const char *v = doc->view;
  const lc_sentence *se = &LC_AT(C->an->sentences, lc_sentence, C->sent_first[ti]);
  while (ce < se->end && v[ce] == ' ') ce++;
  size_t ne = 0;
  if (ce < se->end && S_named_view(v, ce, se->end, &ne) == (size_t)-1)
    ne = S_bare_name(v, ce, se->end); /* a name alone after the cue (我附議吳教授。) */
  if (!ne && (ne = S_name_said(v, se->start, C->reply_s[ti], se->end)) != 0) /* 吳教授說得對 */
    ce = se->start;
  size_t ns;
  if (!ne && (ne = S_with_name(v, se->start, C->reply_s[ti], &ns)) != 0) ce = ns; /* 我跟阿傑站在一起 */
  if (!ne) return ti;
  int replier = LC_AT(doc->turns, lc_turn, ti).speaker;
  for (size_t k = ti; k-- > 0 && ti - k <= 12;) {
    int spk = LC_AT(doc->turns, lc_turn, k).speaker;
    const lc_speaker *us = &LC_AT(doc->speakers, lc_speaker, spk);
    if (spk == replier || us->narrator) continue;
    bool match = false;
    for (size_t l = 0; l <= us->labels.len && !match; l++) {
      const char *nm = l < us->labels.len ? LC_AT(us->labels, char *, l) : us->name;
      size_t nl = strlen(nm);
      match = (nl >= 3 && memcmp(nm, v + ce, 3) == 0 && lc_surname_len(v, ce, ne) == 3) ||
              S_holds(nm, nl, v + ce, ne - ce);
    }
    /* a Latin name as the view has it, case-folded (michael in michael tsai) */
    if (!match && us->key && ne - ce >= 2 && (unsigned char)v[ce] < 0x80)
      match = S_holds(us->key, strlen(us->key), v + ce, ne - ce);
    if (match) { *named = true; return k + 1; }
  }
  return ti;
}

/* The negators that decline a comment (S_declines, S_declined) */
static const char *const DECLINE_NEG[] = {"不", "唔", "沒", "没", "冇", NULL};

/* Does hit x decline to judge or disown a position (不予置評, 沒有立場)? */
static bool S_declines(const ctx *C, const hit *h, size_t x) {
  if (h[x].type != LC_PAY_CUE) return false;
  if (h[x].tag == LC_TAG_DECLINE || h[x].tag == LC_TAG_NO_VIEW) return true;
  if (h[x].tag != LC_TAG_COMMENT) return false;
  /* a verb of commenting after a negator, a modal and a phrase that says
   * where or on what (不評論, 不便多說, 不方便在這裡表示贊成或反對, 不會對政策
   * 本身表達看法): the negator opens that pattern, so 不過 …回答, 不少評論,
   * 沒人回答 and 不同意他們的評論 decline nothing */
  static const char *const MODAL[] = {"方便", "便", "適合", "适合", "宜", "想", "太想", "會", "会",
                                      "辦法", "办法",
                                      "願意", "愿意", "願", "愿", "予", "做", "作", "打算", "再",
                                      "要", "就", NULL};
  static const char *const ON[] = {"對", "对", "在", "就", "針對", "针对", "跟", NULL};
  const char *v = C->doc->view;
  size_t a = h[x].s;
  for (int n = 0; n < 8 && a > 0 && !S_is_break(v[a - 1]); n++) {
    do a--; while (a > 0 && ((unsigned char)v[a] & 0xC0) == 0x80);
    if (a + 3 <= h[x].s && memcmp(v + a, "。", 3) == 0) return false;
    size_t l = S_word_at(v, a, h[x].s, DECLINE_NEG);
    if (!l) continue;
    size_t p = a + l;
    p += S_word_at(v, p, h[x].s, MODAL);
    if (p == h[x].s) return true;
    if (!S_word_at(v, p, h[x].s, ON)) return false;
    for (size_t q = p; q < h[x].s; q++)
      if (S_is_break(v[q])) return false;
    /* and no judgement or reply in the phrase */
    for (size_t j = x; j-- > 0 && h[j].e > p;)
      if (h[j].type == LC_PAY_CUE && h[j].s >= p &&
          (h[j].kind == LC_CUE_POLARITY || h[j].kind == LC_CUE_RESTRICT ||
           /* not the preposition 對 itself */
           ((h[j].kind == LC_CUE_AGREE || h[j].kind == LC_CUE_DISAGREE) && h[j].e - h[j].s > 3)))
        return false;
    return true;
  }
  return false;
}

/* The topics (a bit each, the first 64) that turn ti declines to judge:
 * those named in a sentence that says so (至於關稅本身，我不做評論。 不予置評,
 * 無可奉告, 不便評論), or, when it names none, those of the turn it answers.
 * The turn's own judgements do not count for them (我支持政府讓製造業回流的
 * 目標 is then no view of the tariff). */
static uint64_t S_declined(ctx *C, const hit *h, size_t nh, size_t ti, bool answers_prev) {
  /* what may stand before a comment declined with no subject (現階段不方便…,
   * 也不多說了; not 商務部也沒回答) */
  static const char *const ADV[] = {"現階段", "现阶段", "目前", "暫時", "暂时", "今天", "這裡", "这里",
                                    "還是", "还是", "先", "就", "也", "都", "暫", "暂", NULL};
  static const char *const BUT[] = {"但", "可是", "不過", "不过", "然而", "只是", NULL};
  const char *v = C->doc->view;
  uint64_t mask = 0;
  C->decl_si = -1;
  int si = C->sent_first[ti], done = -1; /* hits come by start: so do their sentences */
  for (size_t i = 0; i < nh; i++) {
    if (!S_declines(C, h, i)) continue;
    bool own = h[i].tag == LC_TAG_NO_VIEW || h[i].tag == LC_TAG_COMMENT;
    while (si < C->sent_end[ti] && LC_AT(C->an->sentences, lc_sentence, si).end <= h[i].s) si++;
    if (si >= C->sent_end[ti] || si == done) continue;
    const lc_sentence *se = &LC_AT(C->an->sentences, lc_sentence, si); /* the sentence that declines */
    if (se->start > h[i].s) continue;
    if (own) { /* 我沒有特別的立場, 我並未表態…: 我 or no subject in its clause */
      size_t a = h[i].s, n = 0;
      bool me = false;
      while (a > se->start && !S_is_break(v[a - 1]) && !(a >= se->start + 3 && memcmp(v + a - 3, "。", 3) == 0)) {
        do a--; while (a > se->start && ((unsigned char)v[a] & 0xC0) == 0x80);
        me |= memcmp(v + a, "我", 3) == 0;
        n++;
      }
      if (!me && h[i].tag == LC_TAG_COMMENT) {
        /* a comment declined with no subject: only adverbs before the negator */
        size_t q = a, l;
        while (q < h[i].s && v[q] == ' ') q++;
        while ((l = S_word_at(v, q, h[i].s, ADV)) > 0) q += l;
        if (!S_word_at(v, q, h[i].s, DECLINE_NEG)) continue;
      } else if (!me && n > 2) {
        continue;
      }
      /* not when a contrast follows (這件事我沒有立場，但執行上太粗糙了) */
      if (S_has_any(v, h[i].e, se->end, BUT)) continue;
    }
    done = si;
    if (C->decl_si < 0) { C->decl_si = si; C->decl_s = h[i].s; C->decl_e = h[i].e; }
    /* the topics the sentence names by a clear term (市場會決定 names no market) */
    uint64_t named = 0;
    for (size_t j = i + 1; j-- > 0 && h[j].s >= se->start;)
      if (h[j].type == LC_PAY_TOPIC && h[j].topic >= 0 && h[j].topic < 64 && h[j].value >= MIN_TOPIC)
        named |= (uint64_t)1 << h[j].topic;
    for (size_t j = i + 1; j < nh && h[j].s < se->end; j++)
      if (h[j].type == LC_PAY_TOPIC && h[j].topic >= 0 && h[j].topic < 64 && h[j].value >= MIN_TOPIC &&
          h[j].e <= se->end)
        named |= (uint64_t)1 << h[j].topic;
    if (!named && answers_prev)
      for (int k = 0; k < C->ntopics && k < 64; k++)
        if (C->qw[k] > 0) named |= (uint64_t)1 << k;
    mask |= named;
  }
  return mask;
}

/* Is question se rhetorical, a statement its speaker makes by asking?  +1
 * when its words say what it states: a negator that asks how one could
 * (怎麼可以拱手讓人？ is 不可以拱手讓人) or a judgement that asks what use it
 * is (有什麼意義呢？ is 沒有意義); -1 when it asks whether the opposite is
 * not so (難道…嗎？ 豈不是…？: 難道出口管制有用嗎？ says it is of no use); or
 * 0. */
static int S_rhetorical(const ctx *C, const lc_sentence *se, size_t *at, size_t *end) {
  static const char *const NEGATES[] = {"難道", "难道", "豈不", "岂不", NULL};
  static const char *const STATES[] = {"怎麼可以", "怎么可以", "怎麼能", "怎么能", "怎能", "怎可",
                                       "豈能", "岂能", "豈可", "岂可", "何必", "有什麼意義",
                                       "有什么意义", "有何意義", "有何意义", "有什麼用",
                                       "有什么用", "有什麼好處", "有什么好处", NULL};
  const char *v = C->doc->view;
  if ((*at = S_find_any(v, se->start, se->end, NEGATES)) < se->end) {
    *end = *at + S_word_at(v, *at, se->end, NEGATES);
    return -1;
  }
  if ((*at = S_find_any(v, se->start, se->end, STATES)) == se->end) return 0;
  *end = *at + S_word_at(v, *at, se->end, STATES);
  return 1;
}

/* A restriction or relaxation proposed in a rhetorical question that judges
 * nothing itself (難道要放棄中國市場嗎？ 怎麼可以取消出口管制？) is refused, as
 * 不應該 would refuse it: the hit of its verb, after the question's word
 * at m, or nh.  Not one that offers another choice (難道要放棄，還是留下？
 * asks). */
static size_t S_proposal_refused(ctx *C, const hit *h, size_t nh, size_t m, size_t se) {
  static const char *const PROPOSE[] = {"要", "該", "该", "應該", "应该", "應", "应", NULL},
                           *const NOT[] = {"不", "沒", "没", "別", "别", "會", "会", NULL};
  const char *v = C->doc->view;
  if (S_has_any(v, m, se, OR_ELSE)) return nh;
  for (size_t q = 0; q < nh; q++) {
    if (h[q].type != LC_PAY_CUE || h[q].s < m) continue;
    if (h[q].kind == LC_CUE_QUESTION && h[q].s > m) return nh;
    if (h[q].kind != LC_CUE_RESTRICT && h[q].kind != LC_CUE_RELAX) continue;
    /* a proposal (難道要…), not a prediction (難道政府會放寬…) nor one denied
     * (難道你不覺得應該放寬…) */
    if (m >= h[q].s || S_has_any(v, m, h[q].s, NOT) || !S_has_any(v, m, h[q].s, PROPOSE)) return nh;
    return S_clause_named(C, h, nh, h[q].s) && !(S_negations(C, h, nh, q, NULL) & 1) ? q : nh;
  }
  return nh;
}

/* The refusal of S_proposal_refused in a question that judges nothing, made
 * the sentence's one judgement (-1, its cues the question's word and the
 * verb): true when there is one, the sentence then no question. */
LC_NOINLINE static bool S_refuse_proposal(ctx *C, lc_sentence *se, const hit *h, size_t nh, lc_vec *cues) {
  size_t at, end;
  if (!S_rhetorical(C, se, &at, &end)) return false;
  size_t q = S_proposal_refused(C, h, nh, at, se->end);
  if (q >= nh) return false;
  contrib *cb = lc_vec_push(&C->contribs);
  size_t c0 = cues->len;
  if (!cb || !S_add_cue(cues, at, end) || !S_add_cue(cues, h[q].s, h[q].e)) { C->oom = true; return false; }
  *cb = (contrib){.clause = S_clause_start(C, h[q].s), .value = -1, .cue0 = (uint32_t)c0,
                  .cue1 = (uint32_t)cues->len, .hit = (uint32_t)q, .verb = NO_VERB, .named = true};
  se->question = false;
  return true;
}

/* Agreement: a reply that opens a turn with 沒錯 / 正是如此 / 我不同意, or
 * with one whose object is the view answered (我同意您的看法。).  The cue's
 * span goes to cs..ce, the reply's end (past its object) to re.  A weak
 * one (對, 好的: below 0.8) is an acknowledgement, not agreement, from the
 * one asking (asker: an interviewer, host or reporter moving on) or before
 * thanks (好的，謝謝處長。). */
static float S_reply(const ctx *C, const lc_sentence *se, const hit *h, size_t nh, size_t *cs,
                     size_t *ce, size_t *re, bool asker) {
  const char *v = C->doc->view;
  for (size_t i = 0; i < nh; i++) {
    if (h[i].s - se->start > 30) break; /* past the longest lead (你們剛才說得非常) */
    if (h[i].type != LC_PAY_CUE) continue;
    if (h[i].kind != LC_CUE_AGREE && h[i].kind != LC_CUE_DISAGREE) continue;
    bool lead = h[i].s != se->start;
    size_t wn;
    if (lead && !S_reply_lead(v, se->start, h[i].s) && !S_name_said(v, se->start, h[i].s, se->end) &&
        !S_with_name(v, se->start, h[i].s, &wn))
      continue;
    /* short: the cue is most of its clause (是的, / 沒錯，就是這樣。) */
    size_t k = h[i].e, end = h[i].e;
    while (k < se->end && (v[k] == ' ')) k++;
    bool punct = k >= se->end || v[k] == ',' || v[k] == '.' || v[k] == '!' ||
                 (k + 3 <= se->end && memcmp(v + k, "。", 3) == 0);
    if (h[i].kind == LC_CUE_AGREE && h[i].value < 0.8f) {
      if (asker) continue;
      size_t t = k + (k < se->end && v[k] == ',');
      while (t < se->end && v[t] == ' ') t++;
      if (punct && S_thanks(v, t, se->end)) continue;
    }
    if (!punct) {
      end = S_reply_object(v, k, se->end);
      /* 附議 takes the one seconded (我附議吳教授。: S_named_turn) */
      size_t ne;
      if (end == k && (lc_at(v, h[i].s, h[i].e, "附議") || lc_at(v, h[i].s, h[i].e, "附议")) &&
          (ne = S_bare_name(v, k, se->end)) != 0)
        end = ne;
      if (end == k) {
        if (lead || !S_within(v, h[i].e, se->end, 4)) continue;
        end = h[i].e;
      }
    }
    *cs = h[i].s;
    *ce = h[i].e;
    *re = end;
    return h[i].kind == LC_CUE_AGREE ? h[i].value : -h[i].value;
  }
  return 0;
}

/* What a thread's analyses keep from one document to the next: the
 * working vectors and arrays of lc_analyse, their memory reused (freeing
 * and allocating them again for every document of an archive cost a tenth
 * of its instructions).  Freed when the thread ends, or by
 * lc_analysis_release(). */
typedef struct scratch {
  lc_vec matches, hits, brk, speech, scare, contribs, accs, cues, own, own_idx, own_cnt;
  lc_vec tw, tflip, ctxw, ctxflip, tclause, ntclause, tmixed, tgov, qw, qflip; /* per topic */
  lc_vec sent_first, sent_end, reply, reply_s, reply_e, named, relayed; /* per turn */
  lc_vec acc_of;
  lc_vec *terms; /* per topic, three lists each: tterms, cterms, qterms */
  size_t nterms;
} scratch;

static void S_scratch_free(void *p) {
  scratch *z = p;
  if (!z) return;
  lc_vec *v[] = {&z->matches, &z->hits, &z->brk, &z->speech, &z->scare, &z->contribs, &z->accs, &z->cues,
                 &z->own, &z->own_idx, &z->own_cnt, &z->tw, &z->tflip, &z->ctxw, &z->ctxflip,
                 &z->tclause, &z->ntclause, &z->tmixed, &z->tgov, &z->qw, &z->qflip, &z->sent_first, &z->sent_end,
                 &z->reply, &z->reply_s, &z->reply_e, &z->named, &z->relayed, &z->acc_of};
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) lc_vec_free(v[i]);
  for (size_t i = 0; i < z->nterms; i++) lc_vec_free(&z->terms[i]);
  free(z->terms);
  free(z);
}

static _Thread_local scratch *tl_scratch;
static pthread_key_t scratch_key;
static pthread_once_t scratch_once = PTHREAD_ONCE_INIT;
static bool scratch_key_ok;

static void S_scratch_key_init(void) {
  scratch_key_ok = pthread_key_create(&scratch_key, S_scratch_free) == 0;
}

static scratch *S_scratch(void) {
  if (tl_scratch) return tl_scratch;
  pthread_once(&scratch_once, S_scratch_key_init);
  tl_scratch = calloc(1, sizeof *tl_scratch);
  if (tl_scratch && scratch_key_ok) pthread_setspecific(scratch_key, tl_scratch);
  return tl_scratch;
}

void lc_analysis_release(void) {
  if (tl_scratch && scratch_key_ok) pthread_setspecific(scratch_key, NULL);
  S_scratch_free(tl_scratch);
  tl_scratch = NULL;
}

/* v, emptied, for items of size sz */
static lc_vec *S_fresh(lc_vec *v, size_t sz) {
  v->size = sz;
  v->len = 0;
  return v;
}

/* n zeroed items of size sz in v (as calloc would give), or NULL */
static void *S_zeroed(lc_vec *v, size_t n, size_t sz) {
  v->size = sz;
  if (v->cap < n) {
    if (n > SIZE_MAX / sz) return NULL;
    void *p = realloc(v->items, n * sz);
    if (!p) return NULL;
    v->items = p;
    v->cap = n;
  }
  memset(v->items, 0, n * sz);
  v->len = n;
  return v->items;
}

/* 3 * n empty lists of lc_cue_hit */
static lc_vec *S_term_lists(scratch *z, size_t n) {
  if (z->nterms < 3 * n) {
    lc_vec *t = realloc(z->terms, 3 * n * sizeof *t);
    if (!t) return NULL;
    for (size_t i = z->nterms; i < 3 * n; i++) t[i] = (lc_vec)LC_VEC(lc_cue_hit);
    z->terms = t;
    z->nterms = 3 * n;
  }
  for (size_t i = 0; i < 3 * n; i++) S_fresh(&z->terms[i], sizeof(lc_cue_hit));
  return z->terms;
}

lc_status lc_analyse(lc_doc *doc) {
  const lc_lexicon *lex = doc->lex;
  const lc_topic *tp = lex->topics.items;
  lc_analysis *an = calloc(1, sizeof *an);
  if (!an) return LC_ENOMEM;
  doc->an = an;
  an->sentences.size = sizeof(lc_sentence);
  an->positions.size = sizeof(lc_position);
  an->claims.size = sizeof(lc_claim);
  an->summaries.size = sizeof(lc_summary);
  ctx C;
  memset(&C, 0, sizeof C);
  C.doc = doc;
  C.lex = lex;
  C.an = an;
  C.cond_cs = (size_t)-1;
  C.commit_ss = (size_t)-1;
  C.if_second = S_second_bytes(IF_WORDS);
  C.remedy_second = S_second_bytes(REMEDY);
  C.burden_second = S_second_bytes(BURDEN);
  C.next_second = S_second_bytes(SUBJECT_NEXT);
  C.last_named[0] = C.last_named[1] = -1;
  C.itself_ss = C.foreign_ss = (size_t)-1;
  C.tight_ss = (size_t)-1;
  C.me_second = S_second_bytes(ME);
  C.adv_second = S_second_bytes(ADVERB);
  C.fall_second = S_second_bytes(FALL);
  scratch *z = S_scratch();
  if (!z) return LC_ENOMEM;
  C.matches = *S_fresh(&z->matches, sizeof(lc_match));
  C.hits = *S_fresh(&z->hits, sizeof(hit));
  C.brk = *S_fresh(&z->brk, sizeof(size_t));
  C.accs = *S_fresh(&z->accs, sizeof(acc));
  C.contribs = *S_fresh(&z->contribs, sizeof(contrib));
  C.speech = *S_fresh(&z->speech, sizeof(span));
  C.scare = *S_fresh(&z->scare, sizeof(span));
  C.ntopics = (int)lex->topics.len;
  size_t nt = doc->turns.len, ntp = (size_t)C.ntopics + 1;
  C.tw = S_zeroed(&z->tw, ntp, sizeof *C.tw);
  C.tflip = S_zeroed(&z->tflip, ntp, sizeof *C.tflip);
  C.ctxw = S_zeroed(&z->ctxw, 2 * ntp, sizeof *C.ctxw);
  C.tclause = S_zeroed(&z->tclause, ntp, sizeof *C.tclause);
  C.ntclause = S_zeroed(&z->ntclause, ntp, sizeof *C.ntclause);
  C.tmixed = S_zeroed(&z->tmixed, ntp, sizeof *C.tmixed);
  C.tgov = S_zeroed(&z->tgov, ntp, sizeof *C.tgov);
  C.qw = S_zeroed(&z->qw, ntp, sizeof *C.qw);
  C.qflip = S_zeroed(&z->qflip, ntp, sizeof *C.qflip);
  C.ctxflip = S_zeroed(&z->ctxflip, ntp, sizeof *C.ctxflip);
  lc_vec *lists = S_term_lists(z, ntp);
  C.tterms = lists;
  C.cterms = lists ? lists + ntp : NULL;
  C.qterms = lists ? lists + 2 * ntp : NULL;
  C.sent_first = S_zeroed(&z->sent_first, nt + 1, sizeof *C.sent_first);
  C.sent_end = S_zeroed(&z->sent_end, nt + 1, sizeof *C.sent_end);
  C.reply = S_zeroed(&z->reply, nt + 1, sizeof *C.reply);
  C.reply_s = S_zeroed(&z->reply_s, nt + 1, sizeof *C.reply_s);
  C.reply_e = S_zeroed(&z->reply_e, nt + 1, sizeof *C.reply_e);
  C.named = S_zeroed(&z->named, nt + 1, sizeof *C.named);
  C.relayed = S_zeroed(&z->relayed, nt + 1, sizeof *C.relayed);
  C.acc_of = z->acc_of.items;
  C.acc_cap = z->acc_of.cap;
  if (C.acc_of) memset(C.acc_of, -1, C.acc_cap * sizeof *C.acc_of);
  lc_vec cues = *S_fresh(&z->cues, sizeof(lc_cue_hit));
  /* per sentence, own score per topic for the agreement pass */
  lc_vec own = *S_fresh(&z->own, sizeof(tscore));
  lc_vec own_idx = *S_fresh(&z->own_idx, sizeof(int)); /* per sentence: first index into own, -1 */
  lc_vec own_cnt = *S_fresh(&z->own_cnt, sizeof(int)); /* per sentence: how many */
  lc_status st = LC_ENOMEM;
  if (!C.tw || !C.tflip || !C.ctxw || !C.ctxflip || !C.sent_first || !C.sent_end || !lists ||
      !C.tclause || !C.ntclause || !C.tmixed || !C.tgov || !C.reply || !C.reply_s || !C.reply_e || !C.named || !C.relayed || !C.qw ||
      !C.qflip)
    goto done;

  int prev_speaker = -1, qage = 0;
  bool prev_narration = false;
  size_t nsp0 = doc->speakers.len; /* those after are mentioned in narration */
  C.nsp0 = C.mkey_seen = nsp0;
  /* the people the last narration paragraph reported, whom a pronoun that
   * opens the next one goes on reporting (…指出，…。 / 他強調，…) */
  int last_agents[8];
  size_t nlast = 0;
  size_t subject_a = 0, subject_b = 0; /* a person named since the last report (S_subject_person), or b 0 */
  for (size_t ti = 0; ti < nt; ti++) {
    const lc_turn *t = &LC_AT(doc->turns, lc_turn, ti);
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, t->speaker);
    C.sent_first[ti] = (int)an->sentences.len;
    if (!lc_split_sentences(an, doc, (int)ti)) goto done;
    C.sent_end[ti] = (int)an->sentences.len;
    if (!S_hits(&C, t)) goto done;
    const hit *h = C.hits.items;
    size_t nh = C.hits.len, hi = 0;
    /* context: the topics of the turn this one answers (another speaker's,
     * just before), so 「我不支持。」 after 「你支持關稅嗎？」 is about tariffs */
    bool answers_prev = ti > 0 && prev_speaker >= 0 && prev_speaker != t->speaker && !sp->narrator;
    /* a paragraph of narration goes on with the story of the one before
     * (…宣布撤銷「AI擴散規則」。 — 許文彬認為，撤銷這項規則對台灣是利多。) */
    bool story = ti > 0 && sp->narrator && prev_narration;
    bool carry = answers_prev || story;
    lc_vec none = LC_VEC(lc_cue_hit);
    bool named = false; /* a sentence of this turn names a topic */
    bool ctx_judged = false; /* or judges the topics it answers, naming none */
    C.ctx_own = false;
    for (int k = 0; k < C.ntopics; k++)
      if (!S_copy_topic(&C.ctxw[k], &C.ctxflip[k], &C.cterms[k], carry ? C.qw[k] : 0, carry ? C.qflip[k] : 1,
                        carry ? &C.qterms[k] : &none))
        goto done;
    int agents[8];
    size_t nagents = 0;
    if (!sp->narrator || (ti > 0 && LC_AT(doc->turns, lc_turn, ti - 1).section != t->section))
      nlast = 0, subject_b = 0; /* (a pronoun does not reach past a turn of dialogue or a heading) */
    C.asker = sp->role == LC_ROLE_INTERVIEWER || sp->role == LC_ROLE_HOST || sp->role == LC_ROLE_REPORTER;
    C.narrating = sp->narrator;
    uint64_t declined = sp->narrator ? 0 : S_declined(&C, h, nh, ti, answers_prev);
    for (int si = C.sent_first[ti]; si < C.sent_end[ti]; si++) {
      int *oi = lc_vec_push(&own_idx), *oc = lc_vec_push(&own_cnt);
      if (!oi || !oc) goto done;
      *oi = -1;
      lc_sentence *se = &LC_AT(an->sentences, lc_sentence, si);
      while (hi < nh && h[hi].s < se->start) hi++;
      size_t hj = hi;
      while (hj < nh && h[hj].s < se->end) hj++;
      const hit *sh = h ? h + hi : NULL;
      size_t snh = hj - hi;
      if (snh && !S_breaks(&C, se->start, se->end)) goto done;
      if (si == C.sent_first[ti] && !sp->narrator)
        C.reply[ti] = S_reply(&C, se, sh, snh, &C.reply_s[ti], &C.reply_e[ti], &C.rend, C.asker);
      cues.len = 0;
      /* (a reply whose object is a view, 我不認同這樣的說法, judges that view,
       * not the topic asked about, though the question holds no judgement) */
      C.reply_adopts = si == C.sent_first[ti] && answers_prev &&
                       (!LC_AT(doc->turns, lc_turn, ti - 1).is_question || S_has_own(&C, &own_cnt, ti - 1) ||
                        (C.reply[ti] != 0 && C.rend > C.reply_e[ti]));
      /* quoted speech only matters where a cue or a topic stands; in
       * narration a quotation is the view reported (他強調，「…」) */
      if (snh && !sp->narrator) {
        if (!S_speech_spans(doc, se->start, se->end, &C.speech, &C.scare)) goto done;
      } else {
        C.speech.len = C.scare.len = 0;
      }
      unsigned kinds = 0; /* the kinds of cue the sentence holds */
      for (size_t q = 0; q < snh; q++) kinds |= (unsigned)(sh[q].type == LC_PAY_CUE) << sh[q].kind;
      C.kinds = kinds;
      C.has_qcue = kinds >> LC_CUE_QUESTION & 1;
      if ((kinds >> LC_CUE_NEGATOR & 1) && (kinds & (1u << LC_CUE_RESTRICT | 1u << LC_CUE_RELAX)))
        for (size_t q = 0; q < snh; q++) /* a negator that forbids a restriction (S_forbid) */
          if (sh[q].type == LC_PAY_CUE && (sh[q].kind == LC_CUE_RESTRICT || sh[q].kind == LC_CUE_RELAX))
            S_forbid(&C, sh, snh, q);
      if (kinds >> LC_CUE_NEGATOR & 1) {
        bool names = false; /* does the sentence name a topic? */
        for (size_t q = 0; q < snh && !names; q++)
          names = sh[q].type == LC_PAY_TOPIC && sh[q].topic >= 0 && sh[q].value > 0;
        for (size_t q = 0; q < snh; q++) /* a negator that forbids a policy (S_forbid_policy) */
          if (sh[q].type == LC_PAY_CUE && sh[q].kind == LC_CUE_NEGATOR) S_forbid_policy(&C, sh, snh, q, names);
      }
      if (!se->question && C.has_qcue && S_asks_by_word(&C, sh, snh)) se->question = true;
      float judge = S_judge(&C, se, sh, snh, &cues, sp->narrator);
      if (C.oom) goto done;
      if (C.contribs.len && (kinds >> LC_CUE_NEUTRAL & 1))
        judge = S_concede(&C, sh, snh, se->end, judge, &cues);
      if (C.contribs.len && !sp->narrator) judge = S_claim_rejected(&C, se->end, judge, &cues);
      if (C.contribs.len && !sp->narrator) judge = S_opposite(&C, se->start, se->end, judge, &cues);
      if (C.contribs.len) judge = S_either(&C, sh, se->end, judge, &cues);
      if (C.contribs.len >= 2) judge = S_outweighs(&C, sh, judge, &cues);
      if (C.contribs.len >= 2) judge = S_understood(&C, sh, se->end, judge, &cues);
      if (C.contribs.len >= 2) judge = S_turned(&C, sh, snh, se->end, judge);
      /* what follows 否則 is the cost of not doing what came before (…的前提
       *是遵守管制，否則合作夥伴會變成漏洞): its judgement counts the other way */
      if (C.contribs.len && (kinds >> LC_CUE_NEUTRAL & 1)) {
        size_t from = (size_t)-1; /* the first clause that opens with one, to the end */
        for (size_t q = 0; q < snh && from == (size_t)-1; q++)
          if (sh[q].type == LC_PAY_CUE && sh[q].tag == LC_TAG_ELSE && sh[q].s > se->start &&
              S_clause_start(&C, sh[q].s) == sh[q].s)
            from = sh[q].s;
        for (size_t q = 0; q < C.contribs.len && from != (size_t)-1; q++) {
          contrib *cb = &LC_AT(C.contribs, contrib, q);
          if (cb->clause < from) continue;
          judge -= 2 * cb->value;
          cb->value = -cb->value;
        }
      }
      bool has_topic = S_topics(&C, se, sh, snh, &cues);
      named |= has_topic;
      if (C.oom) goto done;
      if (!sp->narrator && (kinds >> LC_CUE_NEUTRAL & 1) && S_takes_back(&C, sh, snh))
        for (int k = 0; k < C.ntopics; k++) /* 我收回: the view before this turn no longer counts */
          if ((has_topic ? C.tw[k] : C.ctxw[k]) > 0) S_retract(&C, t->speaker, k, ti, C.sent_first[ti]);
      /* a guest's statement before a closing question stands (出口管制傷害
       *非常大，說放棄就放棄嗎？ …很糟，不是嗎？): the judgements of the clauses
       * before the last one count, the last clause asks; an interviewer's
       * premise before a question stays part of the question, unless they
       * give it as theirs (我先講我的想法啦，這次的關稅真的太離譜了，…？) */
      bool asker = C.asker;
      if (se->question && !sp->narrator && !asker && !C.contribs.len && has_topic &&
          (kinds & (1u << LC_CUE_RESTRICT | 1u << LC_CUE_RELAX)) && S_refuse_proposal(&C, se, sh, snh, &cues))
        judge = -1; /* 難道要退出中國市場嗎？ */
      if (C.oom) goto done;
      size_t rhet_at, rhet_end;
      int rhet = se->question && !sp->narrator && !asker && C.contribs.len ? S_rhetorical(&C, se, &rhet_at, &rhet_end) : 0;
      if (rhet) { /* a question that states (中國市場那麼大，怎麼可以拱手讓人？) */
        if (rhet < 0) { /* (an act named as folly stays folly: LC_TAG_SCORN) */
          contrib *cb = C.contribs.items;
          for (size_t q = 0; q < C.contribs.len; q++)
            if (sh[cb[q].hit].tag != LC_TAG_SCORN) {
              judge -= 2 * cb[q].value;
              cb[q].value = -cb[q].value;
            }
        }
        se->question = false;
      } else if (se->question && !sp->narrator && (!asker || S_own_opinion(doc->view, se->start, se->end)) &&
                 C.contribs.len && se->end > se->start) {
        size_t last = S_clause_start(&C, se->end - 1), w = 0;
        float sum = 0;
        contrib *cb = C.contribs.items;
        for (size_t q = 0; q < C.contribs.len; q++)
          if (cb[q].clause < last) { sum += cb[q].value; cb[w++] = cb[q]; }
        if (w) {
          C.contribs.len = w;
          judge = sum;
          se->question = false;
        }
      }
      else if (asker && t->is_question && !se->question && !sp->narrator && C.contribs.len &&
               !S_own_view(&C, se)) {
        /* an interviewer's premise, a statement before the turn's question
         * (…被禁止出口，損失55億美元。你怎麼看？), states no view of theirs
         * unless they give it as theirs (我覺得…) */
        C.contribs.len = 0;
        judge = 0;
      }
      if (sp->narrator) {
        int found[8];
        size_t nf = S_agents(&C, se, sh, snh, found, 8);
        if (C.oom) goto done;
        sp = &LC_AT(doc->speakers, lc_speaker, t->speaker); /* a speaker may have been added */
        if (nf) { memcpy(agents, found, nf * sizeof *found); nagents = nf; }
        /* a report of someone else's (白宮則認為…), not of the one just
         * named, by a pronoun (他表示，…) */
        else if (C.report_seen && !S_pronoun_reports(&C, C.report_at)) nagents = 0;
        else if (subject_b && (C.report_seen || S_pronoun_opens(&C, se))) {
          /* the one just named (…則…。她表示… / 她批評…) */
          int id = lc_speaker_find(doc, doc->view + subject_a, subject_b - subject_a);
          if (id < 0) id = S_by_tail(&C, doc->view + subject_a, subject_b - subject_a);
          if (id < 0) id = lc_speaker_mentioned(doc, doc->view + subject_a, subject_b - subject_a, NULL, subject_a,
                                                 subject_b);
          if (id < 0) goto done;
          S_note_translit(&C, id);
          sp = &LC_AT(doc->speakers, lc_speaker, t->speaker);
          agents[0] = id;
          nagents = 1;
          subject_b = 0;
        }
        else if (C.report_seen && !nagents && si == C.sent_first[ti] && nlast) {
          memcpy(agents, last_agents, nlast * sizeof *agents); /* 他強調 opening a paragraph */
          nagents = nlast;
        }
        if (nagents) { memcpy(last_agents, agents, nagents * sizeof *agents); nlast = nagents; }
        size_t sa, sb;
        if (C.report_seen && nagents) subject_b = 0;
        else if (!nagents && S_subject_person(&C, se, &sa, &sb)) subject_a = sa, subject_b = sb;
        /* a report that the one named declines to judge (…並未表態支持或反對) */
        bool declines = false;
        for (size_t q = 0; q < snh && !declines; q++) declines = S_declines(&C, sh, q);
        if (declines && has_topic && nagents) {
          cues.len = 0;
          for (size_t q = 0; q < snh; q++)
            if (S_declines(&C, sh, q) && !S_add_cue(&cues, sh[q].s, sh[q].e)) goto done;
          for (int k = 0; k < C.ntopics; k++) {
            if (C.tw[k] <= 0) continue;
            for (size_t a = 0; a < nagents; a++)
              if (!S_emit(&C, agents[a], k, si, 0.0f, true, &cues, &C.tterms[k], -1, false)) goto done;
          }
          judge = 0;
          C.contribs.len = 0;
        }
      }
      bool use_ctx = false;
      if (!has_topic && !C.cond_topic && !C.asker) {
        for (int k = 0; k < C.ntopics; k++)
          if (C.ctxw[k] > 0) { use_ctx = true; break; }
      }
      /* a short answer that echoes the question's A-not-A (會不會退出？ —
       * 會。 不會了。 該不該留？ — 該留。): yes or no to what was asked */
      if (use_ctx && judge == 0 && !C.contribs.len && si == C.sent_first[ti] && answers_prev &&
          !sp->narrator && !C.asker && !se->question) {
        size_t es, ee;
        int yes = S_echo_answer(doc, &LC_AT(doc->turns, lc_turn, ti - 1), se, &es, &ee);
        /* (a sentence without hits has had no clause breaks found: the
         * judgement below reads them and the sentence's start) */
        if (yes && !snh && !S_breaks(&C, se->start, se->end)) goto done;
        if (yes) {
          if (!S_add_cue(&cues, es, ee)) goto done;
          judge = (float)yes;
        }
      }
      /* a view the interviewer relays from others (也有人主張…, 許多業者認為…)
       * is no position of theirs, but a reply to it adopts it (正是如此。) or
       * disputes it (我並不同意。) */
      bool relayed = false;
      if (asker && has_topic && judge == 0 && !sp->narrator && S_relays(sh, snh)) {
        cues.len = 0;
        judge = S_judge(&C, se, sh, snh, &cues, true);
        if (C.oom) goto done;
        relayed = judge != 0 || C.contribs.len; /* (judgements that cancel out are relayed too) */
      }
      if (has_topic) C.relayed[ti] = relayed;
      /* a reply whose subject is the view relayed to it (有人認為中國市場已經不
       * 重要了。 — 這完全是錯的。) judges that view: it disputes or adopts it as
       * 我不同意。 or 我同意。 would, with its judgement's strength */
      if (si == C.sent_first[ti] && C.reply_adopts && C.reply[ti] == 0 && !has_topic &&
          C.contribs.len && C.relayed[ti - 1] && S_judges_view(&C, se)) {
        const contrib *cb = &LC_AT(C.contribs, contrib, C.contribs.len - 1);
        size_t rs = sh[cb->hit].s; /* from its first cue (完全是錯的) */
        for (uint32_t q = cb->cue0; q < cb->cue1; q++)
          if (LC_AT(cues, lc_cue_hit, q).start < rs) rs = LC_AT(cues, lc_cue_hit, q).start;
        C.reply[ti] = judge > 2 ? 2 : judge < -2 ? -2 : judge;
        C.reply_s[ti] = rs;
        C.reply_e[ti] = sh[cb->hit].e;
        judge = 0;
        C.contribs.len = 0;
        cues.len = 0;
      }
      /* so is a leading question's judgement (所以您認為出口管制是錯誤的？ —
       * 是的。); judgements that cancel out over the sentence may still each
       * bear on the topic of their own clause (我支持出口管制，但反對關稅) */
      if (has_topic && C.contribs.len) judge = S_clause_topics(&C, sh, snh, se->end, judge, &cues);
      /* a view declared mixed (兩面刃, 有利也有弊, 一半肯定、一半批評) is that,
       * whatever its words of praise or blame */
      bool two_sided = false, parallel = false;
      if (!sp->narrator && !C.asker && !se->question && (has_topic || use_ctx) &&
          (((kinds >> LC_CUE_NEUTRAL & 1) && S_two_sided(&C, sh, snh)) ||
           (parallel = S_parallel_both(&C, sh, snh, se->end)))) {
        two_sided = true;
        for (int k = 0; k < C.ntopics; k++) {
          float w = has_topic ? C.tw[k] : C.ctxw[k] * CONTEXT_WEIGHT;
          if (w <= 0) continue;
          if (!parallel) { /* (the parallel judgements' cues are the evidence) */
            cues.len = 0;
            for (size_t q = 0; q < snh; q++)
              if (sh[q].type == LC_PAY_CUE && sh[q].tag == LC_TAG_BOTH && !S_add_cue(&cues, sh[q].s, sh[q].e)) goto done;
          }
          if (!S_emit(&C, t->speaker, k, si, 0.0f, false, &cues, has_topic ? &C.tterms[k] : &C.cterms[k], -1, false))
            goto done;
          acc *a = S_acc(&C, t->speaker, false, k); /* the view so far, balanced */
          if (!a) goto done;
          float m = a->pos > a->neg ? a->pos : a->neg;
          a->pos = a->neg = m > w ? m : w;
        }
        judge = 0;
        C.contribs.len = 0;
      }
      bool leading = (se->question && has_topic && !sp->narrator) || relayed;
      /* a sentence that judges nothing but asks for a tightening or refuses
       * one (管制一定得收緊, 不需要再收緊了: S_tightening) judges the policy
       * topics it names or carries that way */
      int bare = 0;
      unsigned judging = 1u << LC_CUE_POLARITY | 1u << LC_CUE_HARM | 1u << LC_CUE_OTHERS |
                         1u << LC_CUE_AGREE | 1u << LC_CUE_DISAGREE;
      if (judge == 0 && !C.contribs.len && !two_sided && (kinds >> LC_CUE_RESTRICT & 1) && !(kinds & judging) &&
          !se->question && !C.asker && (has_topic || use_ctx)) {
        /* (not another's view: 我的同事覺得…應該收緊) */
        bool theirs = false;
        for (size_t q = 0; q < snh && !theirs; q++)
          theirs = sh[q].type == LC_PAY_CUE && sh[q].kind == LC_CUE_REPORT && S_subject(&C, sh[q].s) < 0;
        if (!theirs && (bare = S_tight(&C, sh, snh, se->start, se->end)) != 0 &&
            !S_add_cue(&cues, C.tight_s, C.tight_e))
          goto done;
      }
      if ((judge != 0 || bare || C.contribs.len > 1) && (!se->question || leading) &&
          (has_topic || use_ctx)) {
        /* staying on (我們會留下來, 繼續經營) praises an openness topic
         * whatever the term or the question said (會退出中國市場嗎？) */
        int contrast = -1; /* S_contrast_open, asked once */
        float stay_v[8], stay_sum = 0;
        uint32_t stay_i[8];
        size_t nstay = 0, stay_cl[8], ncl = 0;
        for (size_t q = 0; q < C.contribs.len && ncl < 8 && !bare; q++) {
          const contrib *cb = &LC_AT(C.contribs, contrib, q);
          if (cb->value > 0 && sh[cb->hit].tag == LC_TAG_STAY) stay_cl[ncl++] = S_clause_start(&C, sh[cb->hit].s);
        }
        /* with the judgements of the staying in its clause (留在那邊比較聰明),
         * their own sign */
        for (size_t q = 0; q < C.contribs.len && nstay < 8 && ncl; q++) {
          const contrib *cb = &LC_AT(C.contribs, contrib, q);
          if (cb->value == 0) continue;
          size_t cl = S_clause_start(&C, sh[cb->hit].s), r = 0;
          while (r < ncl && stay_cl[r] != cl) r++;
          if (r == ncl) continue;
          stay_i[nstay] = (uint32_t)q;
          stay_v[nstay++] = cb->value;
          stay_sum += cb->value;
        }
        for (int k = 0; k < C.ntopics; k++) {
          float w = has_topic ? C.tw[k] : C.ctxw[k] * CONTEXT_WEIGHT;
          if (w <= 0 || (bare && tp[k].kind != LC_TOPIC_POLICY)) continue;
          /* (and it says nothing of a policy: 完全脫鉤不現實，我們會繼續經營) */
          bool staying = nstay > 0;
          for (size_t q = 0; staying && q < nstay; q++) LC_AT(C.contribs, contrib, stay_i[q]).value = 0;
          float jw = staying ? judge - stay_sum : judge;
          float sc = bare ? (float)bare * w
                          : (has_topic ? S_topic_judgement(&C, sh, k, jw)
                                       : S_carried_judgement(&C, sh, snh, se->end, k, jw, &cues)) * w;
          if (staying) {
            for (size_t q = 0; q < nstay; q++) LC_AT(C.contribs, contrib, stay_i[q]).value = stay_v[q];
            if (tp[k].kind == LC_TOPIC_OPENNESS) sc += stay_sum * w;
          }
          if (C.oom) goto done;
          if (fabsf(sc) < 0.1f) continue;
          /* blame where a policy is named clearly and this opening only by
           * weaker words (關稅同時落在盟友身上，這叫懲罰朋友) is the policy's:
           * the partners, the market are who bear it, not what is judged */
          if (sc < 0 && has_topic && tp[k].kind == LC_TOPIC_OPENNESS && C.tw[k] < 0.9f) {
            bool clear = false;
            for (int q = 0; q < C.ntopics && !clear; q++)
              clear = tp[q].kind == LC_TOPIC_POLICY && C.tw[q] >= 0.9f;
            if (clear) continue;
          }
          /* a restriction too lax or too strict (S_tightening) */
          if (tp[k].kind == LC_TOPIC_POLICY && S_tight(&C, sh, snh, se->start, se->end))
            sc = (float)C.tight * fabsf(sc);
          if (sp->narrator) {
            for (size_t a = 0; a < nagents; a++)
              if (!S_emit(&C, agents[a], k, si, sc, true, &cues, has_topic ? &C.tterms[k] : &C.cterms[k], -1, false)) goto done;
          } else {
            bool emits = !leading && !(k < 64 && (declined >> k & 1));
            if (emits && si > C.sent_first[ti] && LC_AT(own_cnt, int, si - 1) &&
                (contrast < 0 ? (contrast = S_contrast_open(doc->view, se->start, se->end)) : contrast)) {
              /* …出口管制，我完全尊重。可是這樣做真的不划算。: the sentence
               * before, judging the topic the other way, conceded it */
              int f = LC_AT(own_idx, int, si - 1), n = LC_AT(own_cnt, int, si - 1);
              for (int q = f; f >= 0 && q < f + n; q++) {
                tscore *o = &LC_AT(own, tscore, q);
                if (o->topic != k || !o->emitted || (o->score > 0) == (sc > 0)) continue;
                if (!S_unemit(&C, t->speaker, k, si - 1, o->score)) goto done;
                o->score = 0;
                o->emitted = false;
              }
            }
            if (emits &&
                !S_emit(&C, t->speaker, k, si, sc, false, &cues, has_topic ? &C.tterms[k] : &C.cterms[k], -1, false))
              goto done;
            ctx_judged |= emits && !has_topic;
            tscore *o = lc_vec_push(&own);
            if (!o) goto done;
            o->topic = k;
            o->score = sc;
            o->emitted = emits;
            int *first = &LC_AT(own_idx, int, si);
            if (*first < 0) *first = (int)own.len - 1;
            LC_AT(own_cnt, int, si)++;
          }
        }
      }
      if (declined && si == C.decl_si && !C.asker) {
        /* the topics declined are the speaker's, neutral (我沒有特別的立場) */
        for (int k = 0; k < C.ntopics && k < 64; k++) {
          if (!(declined >> k & 1) || (has_topic && C.tw[k] <= 0)) continue;
          cues.len = 0;
          if (!S_add_cue(&cues, C.decl_s, C.decl_e) ||
              !S_emit(&C, t->speaker, k, si, 0.0f, false, &cues, has_topic && C.tw[k] > 0 ? &C.tterms[k] : NULL, -1, false))
            goto done;
        }
      }
      if (has_topic) { /* carried to the next sentence */
        C.ctx_own = true;
        for (int k = 0; k < C.ntopics; k++)
          if (!S_copy_topic(&C.ctxw[k], &C.ctxflip[k], &C.cterms[k], C.tw[k], C.tflip[k], &C.tterms[k]))
            goto done;
      }
      hi = hj;
    }
    /* what this turn was last about, for the turn that answers it: the
     * topics it named, or those it took from the turn before; a topic
     * passes through one short prompt that names none (為什麼？ 然後呢？), or
     * one of at most 30 characters that replies (是的，我們已經公告。) or
     * points back (您覺得這對輝達是壞事？), but no further, and not through a longer turn about something else
     * (您支持美國的AI發展嗎？), so 「我很好。」 five turns on is about nothing;
     * one that judges it passes it on */
    prev_speaker = sp->narrator ? -1 : t->speaker;
    prev_narration = sp->narrator;
    static const char *const BACK[] = {"這", "这", "此", "它", NULL};
    bool passes = S_within(doc->view, t->start, t->end, 8) ||
                  (!sp->narrator && S_within(doc->view, t->start, t->end, 30) &&
                   (C.reply[ti] != 0 || S_has_any(doc->view, t->start, t->end, BACK)));
    /* a turn that judges what it answers, naming nothing (a second guest
     * answering the same question: 我覺得係好機會…), passes it on */
    qage = named || ctx_judged ? 0 : passes ? qage + 1 : 2;
    C.named[ti] = named;
    for (int k = 0; k < C.ntopics; k++)
      if (!S_copy_topic(&C.qw[k], &C.qflip[k], &C.qterms[k], qage < 2 ? C.ctxw[k] : 0,
                        C.ctxflip[k], qage < 2 ? &C.cterms[k] : &none))
        goto done;
  }

  /* agreement replies adopt the stance of what they answer */
  for (size_t ti = 1; ti < nt; ti++) {
    const lc_turn *t = &LC_AT(doc->turns, lc_turn, ti);
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, t->speaker);
    if (sp->narrator || C.sent_first[ti] >= C.sent_end[ti]) continue;
    int si = C.sent_first[ti];
    size_t cs = C.reply_s[ti], ce = C.reply_e[ti];
    float agree = C.reply[ti];
    if (agree == 0) continue;
    /* the answered turn: the last one by another speaker; if it holds no
     * judgement, that speaker's turn before it (a running argument); or,
     * when the reply names whose view it is (我同意李小姐的看法), the last
     * turn of the speaker so named */
    int other = -1;
    bool named_one = false;
    size_t from = S_named_turn(&C, ti, ce, &named_one), near = from == ti ? 4 : 12;
    for (size_t k = from; k-- > 0 && ti - k <= near;) {
      const lc_turn *u = &LC_AT(doc->turns, lc_turn, k);
      if (u->speaker == t->speaker) {
        /* past the replier's own short replies (「沒錯。」) in the exchange,
         * when this one says the same (正是如此。 … 完全正確。); one that says the
         * opposite answers only what came after it (沒錯。 … 我不同意。) */
        if (C.sent_end[k] - C.sent_first[k] == 1 && (C.reply[k] == 0 || (C.reply[k] > 0) == (agree > 0)) &&
            S_within(doc->view, u->start, u->end, 8))
          continue;
        break;
      }
      const lc_speaker *us = &LC_AT(doc->speakers, lc_speaker, u->speaker);
      if (us->narrator) break;
      if (other >= 0 && u->speaker != other) break;
      other = u->speaker;
      bool adopted = false;
      /* a reply that names whom it agrees with (我附議杜先生) takes that turn's
       * view on each of its topics, the last said; another its last view */
      uint64_t taken = 0;
      for (int sj = C.sent_end[k]; sj-- > C.sent_first[k] && (!adopted || named_one);) {
        int first = LC_AT(own_idx, int, sj), cnt = LC_AT(own_cnt, int, sj);
        for (int q = first; first >= 0 && q < first + cnt; q++) {
          const tscore *o = &LC_AT(own, tscore, q);
          if (o->topic < 64) {
            if (taken >> o->topic & 1) continue;
            taken |= (uint64_t)1 << o->topic;
          }
          if (S_own_on(&own, &own_idx, &own_cnt, si, o->topic)) { adopted = true; continue; }
          cues.len = 0;
          if (!S_add_cue(&cues, cs, ce)) goto done;
          if (!S_emit(&C, t->speaker, o->topic, si, o->score * agree, false, &cues, NULL, sj, agree > 0))
            goto done;
          adopted = true;
        }
      }
      /* a question on a topic of its own is what is answered, though it
       * holds no judgement (那生態系的部分呢？ — 是的，…): no older turn
       * stands in for it */
      if (adopted || (u->is_question && C.named[k])) break;
    }
  }

  if (!S_positions(&C)) goto done;
  if (!S_drop_silent(&C, nsp0)) goto done;
  if (!lc_find_claims(an, doc)) goto done;
  if (!lc_summarise(an, doc)) goto done;
  st = LC_OK;
done:
  for (size_t i = 0; i < C.accs.len; i++) {
    acc *a = &LC_AT(C.accs, acc, i);
    for (size_t k = 0; k < a->evidence.len; k++) S_ev_free(&LC_AT(a->evidence, lc_evidence, k));
    lc_vec_free(&a->evidence);
  }
  /* the working memory goes back to the thread's scratch, kept */
  z->acc_of.items = C.acc_of;
  z->acc_of.cap = C.acc_cap;
  z->matches = C.matches;
  z->hits = C.hits;
  z->brk = C.brk;
  z->accs = C.accs;
  z->contribs = C.contribs;
  z->speech = C.speech;
  z->scare = C.scare;
  z->cues = cues;
  z->own = own;
  z->own_idx = own_idx;
  z->own_cnt = own_cnt;
  return st;
}

void lc_analysis_free(lc_analysis *an) {
  if (!an) return;
  for (size_t i = 0; i < an->positions.len; i++) {
    lc_position *p = &LC_AT(an->positions, lc_position, i);
    for (size_t j = 0; j < p->evidence.len; j++) {
      lc_vec_free(&LC_AT(p->evidence, lc_evidence, j).cues);
      lc_vec_free(&LC_AT(p->evidence, lc_evidence, j).terms);
    }
    lc_vec_free(&p->evidence);
  }
  for (size_t i = 0; i < an->summaries.len; i++)
    lc_vec_free(&LC_AT(an->summaries, lc_summary, i).sentences);
  lc_vec_free(&an->sentences);
  lc_vec_free(&an->positions);
  lc_vec_free(&an->claims);
  lc_vec_free(&an->summaries);
  free(an);
}

size_t lc_doc_position_count(const lc_doc *doc) {
  return doc->an ? doc->an->positions.len : 0;
}
