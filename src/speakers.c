/*
 * speakers.c: one entry per person.  Label names merge through the alias
 * lexicon (黃仁勳 = 黄仁勋 = Jensen Huang); roles come from role words in
 * labels (主持人 -> host, 委員 -> official), from commentary markers, or,
 * for plain names, from who mostly asks.
 */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "lexicon.h"

const char *lc_role_name(lc_role r) {
  static const char *const N[] = {"",         "interviewer", "interviewee",
                                  "host",     "guest",       "reporter",
                                  "official", "commentator", "narrator",
                                  "mentioned"};
  return (unsigned)r < sizeof N / sizeof N[0] ? N[r] : "";
}

static uint32_t S_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static int S_find(const lc_doc *doc, const char *key, size_t n, size_t *slot) {
  if (!doc->spk_hcap) return -1;
  size_t s = S_hash(key, n) & (doc->spk_hcap - 1);
  while (doc->spk_hash[s] >= 0) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, doc->spk_hash[s]);
    if (strlen(sp->key) == n && memcmp(sp->key, key, n) == 0) {
      if (slot) *slot = s;
      return doc->spk_hash[s];
    }
    s = (s + 1) & (doc->spk_hcap - 1);
  }
  if (slot) *slot = s;
  return -1;
}

static bool S_index(lc_doc *doc) {
  size_t need = doc->speakers.len * 2 + 2;
  if (need <= doc->spk_hcap) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, doc->speakers.len - 1);
    size_t slot;
    S_find(doc, sp->key, strlen(sp->key), &slot);
    doc->spk_hash[slot] = (int32_t)doc->speakers.len - 1;
    return true;
  }
  size_t cap = doc->spk_hcap ? doc->spk_hcap * 2 : 64;
  while (cap < need) cap *= 2;
  int32_t *h = malloc(cap * sizeof *h);
  if (!h) return false;
  memset(h, -1, cap * sizeof *h);
  free(doc->spk_hash);
  doc->spk_hash = h;
  doc->spk_hcap = cap;
  for (size_t i = 0; i < doc->speakers.len; i++) {
    const lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, i);
    size_t slot;
    S_find(doc, sp->key, strlen(sp->key), &slot);
    h[slot] = (int32_t)i;
  }
  return true;
}

static lc_role S_role_of(const char *k, size_t n) {
  static const struct { const char *w; lc_role r; } R[] = {
      {"主持人", LC_ROLE_HOST},        {"主持", LC_ROLE_HOST},
      {"主播", LC_ROLE_HOST},          {"host", LC_ROLE_HOST},
      {"moderator", LC_ROLE_HOST},     {"司儀", LC_ROLE_HOST},
      {"司仪", LC_ROLE_HOST},          {"mc", LC_ROLE_HOST},
      {"emcee", LC_ROLE_HOST},         {"記者", LC_ROLE_REPORTER},
      {"记者", LC_ROLE_REPORTER},      {"reporter", LC_ROLE_REPORTER},
      {"問", LC_ROLE_INTERVIEWER},     {"问", LC_ROLE_INTERVIEWER},
      {"q", LC_ROLE_INTERVIEWER},      {"提問", LC_ROLE_INTERVIEWER},
      {"提问", LC_ROLE_INTERVIEWER},   {"訪問者", LC_ROLE_INTERVIEWER},
      {"访问者", LC_ROLE_INTERVIEWER}, {"採訪者", LC_ROLE_INTERVIEWER},
      {"采访者", LC_ROLE_INTERVIEWER}, {"interviewer", LC_ROLE_INTERVIEWER},
      {"question", LC_ROLE_INTERVIEWER}, {"答", LC_ROLE_INTERVIEWEE},
      {"a", LC_ROLE_INTERVIEWEE},      {"回答", LC_ROLE_INTERVIEWEE},
      {"受訪者", LC_ROLE_INTERVIEWEE}, {"受访者", LC_ROLE_INTERVIEWEE},
      {"interviewee", LC_ROLE_INTERVIEWEE}, {"answer", LC_ROLE_INTERVIEWEE},
      {"來賓", LC_ROLE_GUEST},         {"来宾", LC_ROLE_GUEST},
      {"嘉賓", LC_ROLE_GUEST},         {"嘉宾", LC_ROLE_GUEST},
      {"guest", LC_ROLE_GUEST},        {NULL, LC_ROLE_NONE}};
  for (size_t i = 0; R[i].w; i++)
    if (strlen(R[i].w) == n && memcmp(R[i].w, k, n) == 0) return R[i].r;
  /* one of several in a role (記者甲, 記者乙, 來賓a, 觀眾 2, 聽眾一): that role */
  size_t b = lc_ordinal_base(k, n);
  if (b < n) {
    lc_role r = S_role_of(k, b);
    if (r != LC_ROLE_NONE) return r;
  }
  /* a role after whose it is (中央社記者, 彭博社記者, 節目主持人, 現場來賓) */
  static const struct { const char *w; lc_role r; } END[] = {
      {"記者", LC_ROLE_REPORTER}, {"记者", LC_ROLE_REPORTER}, {"主持人", LC_ROLE_HOST},
      {"來賓", LC_ROLE_GUEST},    {"来宾", LC_ROLE_GUEST},    {"嘉賓", LC_ROLE_GUEST},
      {"嘉宾", LC_ROLE_GUEST},    {NULL, LC_ROLE_NONE}};
  for (size_t i = 0; END[i].w; i++) {
    size_t l = strlen(END[i].w);
    if (n > l && memcmp(k + n - l, END[i].w, l) == 0) return END[i].r;
  }
  if (lc_label_is_role(k, n)) return LC_ROLE_OFFICIAL; /* 主席, …委員, …部長 */
  return LC_ROLE_NONE;
}

static bool S_add_label(lc_vec *v, const char *s, size_t n) {
  for (size_t i = 0; i < v->len; i++) {
    const char *l = LC_AT(*v, char *, i);
    if (strlen(l) == n && memcmp(l, s, n) == 0) return true;
  }
  char **slot = lc_vec_push(v);
  if (!slot) return false;
  *slot = lc_strndup(s, n);
  return *slot != NULL;
}

/* The speaker for a label name (normalised key), created on first use; the
 * name's original bytes are view [ns, ne).  A legislator's name with the
 * title inside it is keyed by the person's name without it (張委員立德 is
 * 張立德: one speaker with a later 張立德：, and across documents), named as
 * first written.  Returns -1 when out of memory. */
int lc_speaker_for_name(lc_doc *doc, const char *key, size_t n, size_t ns,
                        size_t ne, lc_role role) {
  const char *canon = NULL, *ckey = NULL;
  if (doc->lex) lc_lexicon_alias(doc->lex, key, n, &canon, &ckey);
  const char *k = ckey ? ckey : key;
  size_t kn = ckey ? strlen(ckey) : n;
  size_t ts, te;
  lc_view_span_to_text(doc, ns, ne, &ts, &te);
  char bare[64]; /* the name without an inner title */
  size_t at = 0, tl = ckey ? 0 : lc_inner_title(key, n, &at);
  if (tl && n - tl < sizeof bare) {
    memcpy(bare, key, at);
    memcpy(bare + at, key + at + tl, n - at - tl);
    k = bare;
    kn = n - tl;
  }
  int id = S_find(doc, k, kn, NULL);
  if (id < 0) {
    lc_speaker *sp = lc_vec_push(&doc->speakers);
    if (!sp) return -1;
    sp->labels.size = sp->keys.size = sizeof(char *);
    sp->key = lc_strndup(k, kn);
    sp->canon = canon;
    sp->name = lc_strndup(doc->text + ts, te - ts); /* as first written */
    sp->role = role != LC_ROLE_NONE ? role : S_role_of(key, n);
    if (!sp->key || !sp->name) return -1;
    id = (int)doc->speakers.len - 1;
    if (!S_index(doc)) return -1;
  }
  lc_speaker *sp = &LC_AT(doc->speakers, lc_speaker, id);
  if (role != LC_ROLE_NONE) sp->role = role;
  if (!S_add_label(&sp->labels, doc->text + ts, te - ts)) return -1;
  if (!S_add_label(&sp->keys, key, n)) return -1;
  return id;
}

/* A speaker no label names, found by its key (which no label's can be:
 * it starts with byte 1), created on first use. */
static int S_implicit(lc_doc *doc, const char *key, const char *name, lc_role role) {
  int id = S_find(doc, key, strlen(key), NULL);
  if (id >= 0) return id;
  lc_speaker *sp = lc_vec_push(&doc->speakers);
  if (!sp) return -1;
  sp->labels.size = sp->keys.size = sizeof(char *);
  sp->key = lc_strndup(key, strlen(key));
  sp->name = lc_strndup(name, strlen(name));
  sp->role = role;
  sp->narrator = role == LC_ROLE_NARRATOR;
  if (!sp->key || !sp->name) return -1;
  if (!S_index(doc)) return -1;
  return (int)doc->speakers.len - 1;
}

/* The one who answers in a document whose only labels ask (問：… then the
 * answer unlabelled), when its title names nobody: 答, an interviewee. */
int lc_speaker_answerer(lc_doc *doc) {
  return S_implicit(doc, "\x01answer", "答", LC_ROLE_INTERVIEWEE);
}

int lc_speaker_narrator(lc_doc *doc) {
  return S_implicit(doc, "\x01narrator", "narrator", LC_ROLE_NARRATOR);
}

/* The byte length of white space or a closing quote or bracket
 * (lc_is_closing, in the view) that ends at u[p], or 0. */
static size_t S_closer_before(const unsigned char *u, size_t s, size_t p) {
  if (p <= s) return 0;
  unsigned char c = u[p - 1];
  if (c < 0x80)
    return c == ' ' || c == '\n' || c == ')' || c == ']' || c == '"' || c == '\'';
  if (p - s < 3 || u[p - 2] != 0x80) return 0;
  if (u[p - 3] == 0xE3) /* 」 』 】 》 〉 〕 〗 */
    return (c == 0x8D || c == 0x8F || c == 0x91 || c == 0x8B || c == 0x89 || c == 0x95 ||
            c == 0x97) ? 3 : 0;
  if (u[p - 3] == 0xE2) return (c == 0x9D || c == 0x99) ? 3 : 0; /* ” ’ */
  return 0;
}

/* Does a sentence end at u[p] ('\n', '?', '!', ';', '.' or 。 E3 80 82)? */
static bool S_sentence_end_before(const unsigned char *u, size_t s, size_t p) {
  unsigned char c = u[p - 1];
  return c == '\n' || c == '?' || c == '!' || c == ';' || c == '.' ||
         (c == 0x82 && p - s >= 3 && u[p - 2] == 0x80 && u[p - 3] == 0xE3);
}

/* Does a turn end asking?  Its last sentence ends with a question mark
 * (？ is '?' in the view) or a final 嗎/吗/呢, past closing quotes and
 * brackets, or is a short request (請問…, 請談談…).  A question asked and
 * answered inside a turn (為什麼？因為…) is not enough.  Bytes are tested
 * directly: this runs for every turn. */
/* Where v[s..e) ends, past closing quotes, brackets, white space and full
 * stops; *asks when it ends with a question mark or a final 嗎/吗/呢. */
static size_t S_ask_end(const unsigned char *u, size_t s, size_t e, bool *asks) {
  size_t p = e, l;
  while ((l = S_closer_before(u, s, p))) p -= l;
  if (p > s && u[p - 1] == '?') { *asks = true; return p; }
  for (;;) { /* past full stops */
    if (p > s && u[p - 1] == '.') p--;
    else if (p - s >= 3 && u[p - 1] == 0x82 && u[p - 2] == 0x80 && u[p - 3] == 0xE3) p -= 3;
    else if ((l = S_closer_before(u, s, p))) p -= l;
    else break;
  }
  static const char *const Q[] = {"嗎", "吗", "呢", NULL};
  *asks = false;
  for (size_t i = 0; Q[i] && !*asks; i++)
    *asks = p - s >= 3 && memcmp(u + p - 3, Q[i], 3) == 0;
  return p;
}

bool lc_ends_asking(const char *v, size_t s, size_t e) {
  bool asks;
  S_ask_end((const unsigned char *)v, s, e, &asks);
  return asks;
}

static bool S_asks(const lc_doc *doc, const lc_turn *t) {
  const unsigned char *u = (const unsigned char *)doc->view;
  size_t e = t->end, s = t->start;
  if (e <= s || e == (size_t)-1) return false;
  bool asks;
  size_t p = S_ask_end(u, s, e, &asks);
  if (asks) return true;
  /* a request is short: 請 (E8 AB 8B) or 请 (E8 AF B7) at most 60 bytes
   * back, at the turn's start or after a sentence's end, with none after it
   * (found by the rare lead byte E8: most turns have no 請 there) */
  static const char *const ASK[] = {"請問", "请问", "請您", "请您", "請你", "请你",
                                    "請談", "请谈", "請說", "请说", "請先", "请先",
                                    "請介紹", "请介绍", "請再", "请再", NULL};
  size_t lim = p - s > 60 ? p - 60 : s;
  for (const unsigned char *c = memchr(u + lim, 0xE8, p - lim); c && c + 6 <= u + p;
       c = memchr(c + 1, 0xE8, (size_t)(u + p - c - 1))) {
    size_t a = (size_t)(c - u);
    if (!((c[1] == 0xAB && c[2] == 0x8B) || (c[1] == 0xAF && c[2] == 0xB7))) continue;
    if (a > s && !S_sentence_end_before(u, s, a)) continue;
    bool ends = false;
    for (size_t k = a + 3; k < p && !ends; k++)
      ends = S_sentence_end_before(u, a, k + 1);
    if (ends) continue;
    for (size_t i = 0; ASK[i]; i++) {
      size_t n = strlen(ASK[i]);
      if (p - a >= n && memcmp(u + a, ASK[i], n) == 0) return true;
    }
  }
  return false;
}

static bool S_legislative(const char *k) {
  return strcmp(k, "主席") == 0 || strstr(k, "委員") || strstr(k, "委员");
}

lc_status lc_assign_speakers(lc_doc *doc) {
  lc_speaker *sp = doc->speakers.items;
  size_t ns = doc->speakers.len;
  lc_turn *t = doc->turns.items;
  for (size_t i = 0; i < doc->turns.len; i++) {
    lc_speaker *s = &sp[t[i].speaker];
    s->turns++;
    size_t a = lc_view_to_text_near(doc, t[i].start, false);
    size_t b = lc_view_to_text_near(doc, t[i].end, true);
    s->chars += b > a ? lc_u8_count(doc->text + a, b - a) : 0;
    t[i].is_question = S_asks(doc, &t[i]);
    if (t[i].is_question) s->questions++;
  }
  bool host = false, asker = false;
  for (size_t i = 0; i < ns; i++) {
    if (sp[i].role == LC_ROLE_HOST) host = true;
    if (sp[i].role == LC_ROLE_INTERVIEWER || sp[i].role == LC_ROLE_REPORTER) asker = true;
  }
  /* the plain name that mostly asks is the interviewer */
  long best = -1;
  double best_ratio = 0;
  size_t plain = 0;
  for (size_t i = 0; i < ns; i++) {
    if (sp[i].role != LC_ROLE_NONE || !sp[i].turns) continue;
    plain++;
    double r = (double)sp[i].questions / (double)sp[i].turns;
    if (r > best_ratio || (r == best_ratio && best >= 0 && sp[i].turns > sp[best].turns)) {
      best_ratio = r;
      best = (long)i;
    }
  }
  for (size_t i = 0; i < ns; i++) {
    /* an official invited by a host is a guest; legislative records (主席,
     * 委員) have no host */
    if (host && sp[i].role == LC_ROLE_OFFICIAL && !S_legislative(sp[i].key))
      sp[i].role = LC_ROLE_GUEST;
    if (sp[i].role != LC_ROLE_NONE) continue;
    if (host) sp[i].role = LC_ROLE_GUEST;
    else if (asker) sp[i].role = LC_ROLE_INTERVIEWEE;
    else if ((long)i == best && best_ratio >= 0.3 && (plain > 1 || best_ratio > 0.5))
      sp[i].role = LC_ROLE_INTERVIEWER;
    else sp[i].role = LC_ROLE_INTERVIEWEE;
  }
  return LC_OK;
}

int lc_speaker_find(const lc_doc *doc, const char *key, size_t n) { return S_find(doc, key, n, NULL); }

int lc_speaker_mentioned(lc_doc *doc, const char *key, size_t n, const char *canon, size_t ns,
                         size_t ne) {
  int id = S_find(doc, key, n, NULL);
  if (id >= 0) return id;
  /* one who speaks under a role word and is named so (答 is 羅啟文): the
   * document's own speakers, which come before those mentioned */
  for (size_t i = 0; i < doc->speakers.len; i++) {
    const lc_speaker *o = &LC_AT(doc->speakers, lc_speaker, i);
    if (o->role == LC_ROLE_MENTIONED) break;
    if (!o->narrator && o->name && strlen(o->name) == n && memcmp(o->name, key, n) == 0) return (int)i;
  }
  lc_speaker *sp = lc_vec_push(&doc->speakers);
  if (!sp) return -1;
  sp->labels.size = sp->keys.size = sizeof(char *);
  sp->key = lc_strndup(key, n);
  sp->canon = canon;
  if (canon) {
    sp->name = lc_strndup(canon, strlen(canon));
  } else {
    size_t ts, te;
    lc_view_span_to_text(doc, ns, ne, &ts, &te);
    sp->name = lc_strndup(doc->text + ts, te - ts);
  }
  sp->role = LC_ROLE_MENTIONED;
  if (!sp->key || !sp->name) return -1;
  if (!S_index(doc)) return -1;
  return (int)doc->speakers.len - 1;
}

/* Drop the speakers from index `from` on that hold no position (mentioned
 * in narration, no view found); map[i - from] gets each one's new index, or
 * -1.  Their order is kept. */
bool lc_speakers_drop(lc_doc *doc, size_t from, const bool *keep, int *map) {
  lc_speaker *sp = doc->speakers.items;
  size_t w = from;
  for (size_t i = from; i < doc->speakers.len; i++) {
    if (!keep[i - from]) {
      lc_speaker_clear(&sp[i]);
      map[i - from] = -1;
      continue;
    }
    map[i - from] = (int)w;
    sp[w++] = sp[i];
  }
  if (w == doc->speakers.len) return true;
  doc->speakers.len = w;
  free(doc->spk_hash); /* indexed again */
  doc->spk_hash = NULL;
  doc->spk_hcap = 0;
  for (size_t i = 0; i < w; i++) {
    doc->speakers.len = i + 1;
    if (!S_index(doc)) return false;
  }
  return true;
}

void lc_speaker_clear(lc_speaker *sp) {
  free(sp->name);
  free(sp->key);
  for (size_t k = 0; k < sp->labels.len; k++) free(LC_AT(sp->labels, char *, k));
  for (size_t k = 0; k < sp->keys.len; k++) free(LC_AT(sp->keys, char *, k));
  lc_vec_free(&sp->labels);
  lc_vec_free(&sp->keys);
}
